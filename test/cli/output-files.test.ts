// Where reports are written: `check --output-file` and `--report-file`, `export --output`. Never
// through a symbolic link (a pull request can commit one where CI writes its SARIF), a path that cannot
// be written fails at once in one line (exit 2), and one run can write several formats.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, CLEAN_YAML, ERROR_YAML, makeFolder, WARNING_YAML, runBuiltCli } from '../helpers/cli';

const ONE_LINE = /^team-charter: [^\n]+\n$/;

/** base/repo (checked, the current directory) and base/outside, where no output may land. */
function repoWithOutside(): { repo: string; outside: string } {
  const base = makeFolder({ 'repo/x.charter.yaml': ERROR_YAML, 'outside/victim.txt': 'precious\n' });
  return { repo: path.join(base, 'repo'), outside: path.join(base, 'outside') };
}

describe('CLI output files', () => {
  describe('never written through a symbolic link', () => {
    it('check --output-file: a link to a file outside is refused (exit 2, one line) and the file is untouched', () => {
      const { repo, outside } = repoWithOutside();
      fs.symlinkSync('../outside/victim.txt', path.join(repo, 'team-charter.sarif'));
      const result = cli(['check', '-f', 'sarif', '--output-file', 'team-charter.sarif', '.'], { cwd: repo });
      assert.equal(result.code, 2);
      assert.equal(result.stderr, "team-charter: cannot write --output-file 'team-charter.sarif': it is a symbolic link, and output files are never written through one\n");
      assert.equal(result.stdout, '');
      assert.equal(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8'), 'precious\n');
    });

    it('export --output: a dangling link is refused, and its target is not created', () => {
      const { repo, outside } = repoWithOutside();
      fs.symlinkSync('../outside/new.csv', path.join(repo, 'out.csv'));
      const result = cli(['export', '-f', 'csv', '-o', 'out.csv', '.'], { cwd: repo });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^team-charter: cannot write --output 'out\.csv': it is a symbolic link/);
      assert.match(result.stderr, ONE_LINE);
      assert.ok(!fs.existsSync(path.join(outside, 'new.csv')));
    });

    it('--report-file, and a folder on the way that is a link, are refused the same way', () => {
      const { repo, outside } = repoWithOutside();
      fs.symlinkSync('../outside', path.join(repo, 'reports'));
      for (const argv of [
        ['check', '--report-file', 'sarif=reports/tc.sarif', '.'],
        ['check', '-o', 'reports/deeper/tc.txt', '.'],
      ]) {
        const result = cli(argv, { cwd: repo });
        assert.equal(result.code, 2, argv.join(' '));
        assert.match(result.stderr, /: 'reports' is a symbolic link, and output files are never written through one\n$/);
        assert.match(result.stderr, ONE_LINE);
      }
      assert.deepEqual(fs.readdirSync(outside), ['victim.txt']);
    });

    it('the built executable refuses a link too (O_NOFOLLOW where the platform has it)', () => {
      const { repo, outside } = repoWithOutside();
      fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(repo, 'report.txt'));
      const run = runBuiltCli(['check', '-o', 'report.txt', '.'], { cwd: repo });
      assert.equal(run.code, 2);
      assert.match(run.stderr, ONE_LINE);
      assert.equal(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8'), 'precious\n');
    });

    it('still writes a regular file (replacing what it held) and creates missing folders', () => {
      const cwd = makeFolder({ 'x.charter.yaml': ERROR_YAML, 'old.txt': 'x'.repeat(10_000) });
      assert.equal(cli(['check', '-o', 'old.txt', '.'], { cwd }).code, 1);
      assert.match(fs.readFileSync(path.join(cwd, 'old.txt'), 'utf8'), /^x\.charter\.yaml:8:\d+ {2}error/);
      assert.equal(cli(['check', '-o', 'a/b/c/report.txt', '.'], { cwd }).code, 1);
      assert.ok(fs.statSync(path.join(cwd, 'a/b/c/report.txt')).isFile());
    });
  });

  describe('an unwritable path exits 2 at once with one line, whatever the file system', () => {
    // In a child process with a hang guard: the recursive mkdir this replaced spun forever under /proc.
    const run = (args: string[], cwd: string) => runBuiltCli([...args], { cwd, timeout: 120_000 });

    it("check -o /proc/nope/x (a file system that answers 'no such file' to every mkdir)", function () {
      if (!fs.existsSync('/proc/self')) this.skip();
      const cwd = makeFolder({ 'x.charter.yaml': CLEAN_YAML });
      const result = run(['check', '-o', '/proc/nope/x', '.'], cwd);
      assert.equal(result.code, 2, 'ended by itself, with exit 2');
      assert.equal(result.stderr, "team-charter: cannot write --output-file '/proc/nope/x': cannot create folder '/proc/nope': no such file or directory\n");
    });

    it('export -o under /proc, and under /sys, and below a file', function () {
      const cwd = makeFolder({ 'x.charter.yaml': CLEAN_YAML, file: '' });
      const cases: string[][] = [['export', '-f', 'csv', '-o', 'file/out.csv', '.']];
      if (fs.existsSync('/proc/self')) cases.push(['export', '-f', 'json', '-o', '/proc/nope/deeper/x.json', '.']);
      if (fs.existsSync('/sys/kernel')) cases.push(['check', '--report-file', 'sarif=/sys/nope/x.sarif', '.']);
      for (const args of cases) {
        const result = run(args, cwd);
        assert.equal(result.code, 2, args.join(' '));
        assert.match(result.stderr, ONE_LINE, args.join(' '));
      }
    });
  });

  describe('--report-file', () => {
    it('writes more formats from the same run, beside the one on stdout', () => {
      const cwd = makeFolder({ 'w.charter.yaml': WARNING_YAML, 'x.charter.yaml': ERROR_YAML });
      const result = cli(['check', '--format', 'github', '--report-file', 'sarif=out/tc.sarif', '--report-file', 'markdown=summary.md', '.'], { cwd });
      assert.equal(result.code, 1);
      assert.equal(result.stdout.trimEnd().split('\n').length, 2);
      assert.match(result.stdout, /^::error file=x\.charter\.yaml,/m);
      assert.equal(JSON.parse(fs.readFileSync(path.join(cwd, 'out/tc.sarif'), 'utf8')).runs[0].results.length, 2);
      assert.match(fs.readFileSync(path.join(cwd, 'summary.md'), 'utf8'), /^### Team Charter: ❌ 2 problems \(1 error, 1 warning\)/);
    });

    it('is a usage error without format=file, with an unknown format, or twice to one file', () => {
      const cwd = makeFolder({ 'x.charter.yaml': CLEAN_YAML });
      for (const [argv, message] of [
        [['--report-file', 'tc.sarif'], /--report-file needs format=file/],
        [['--report-file', 'xml=tc.xml'], /unknown format 'xml' in --report-file/],
        [['-o', 'a.txt', '--report-file', 'json=a.txt'], /'a\.txt' is given as two reports' file/],
      ] as const) {
        const result = cli(['check', ...argv, '.'], { cwd });
        assert.equal(result.code, 2);
        assert.match(result.stderr, message);
      }
    });
  });

  describe('paths for the code host, relative to the repository root whatever the current directory', () => {
    it('github annotations and SARIF URIs name docs/x.charter.yaml when run in docs/', () => {
      const root = makeFolder({ '.git/HEAD': 'ref: refs/heads/main\n', 'docs/x.charter.yaml': ERROR_YAML });
      const cwd = path.join(root, 'docs');
      const result = cli(['check', '--format', 'github', '--report-file', 'sarif=../tc.sarif', '.'], { cwd });
      assert.match(result.stdout, /^::error file=docs\/x\.charter\.yaml,line=8,/m);
      const run = JSON.parse(fs.readFileSync(path.join(root, 'tc.sarif'), 'utf8')).runs[0];
      assert.deepEqual(run.results[0].locations[0].physicalLocation.artifactLocation, { uri: 'docs/x.charter.yaml', uriBaseId: '%SRCROOT%' });
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${root}/`);
      // Stylish and JSON stay relative to where the user is.
      assert.match(cli(['check', '.'], { cwd }).stdout, /^x\.charter\.yaml:8:/m);
    });

    it('outside a repository, relative to the current directory; a file outside it by its file URI', () => {
      const base = makeFolder({ 'here/x.charter.yaml': ERROR_YAML, 'there/y.charter.yaml': ERROR_YAML });
      const cwd = path.join(base, 'here');
      const result = cli(['check', '--format', 'sarif', '.', '../there/y.charter.yaml'], { cwd });
      const locations = JSON.parse(result.stdout).runs[0].results.map((entry: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => entry.locations[0].physicalLocation.artifactLocation);
      assert.deepEqual(locations, [{ uri: 'x.charter.yaml', uriBaseId: '%SRCROOT%' }, { uri: `file://${base}/there/y.charter.yaml` }]);
    });
  });
});
