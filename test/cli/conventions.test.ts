// The command-line habits of ESLint and markdownlint-cli2 users: quoted globs, .gitignore and
// --no-ignore, --stdin, --fix and --fix-dry-run, --format github and markdown, --output-file, --quiet,
// FORCE_COLOR. In-process (runCli) for most, and through the built dist/cli.js for stdin and git apply.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { wantsColor } from '../../server/src/cli/run';
import { CLEAN_YAML, cli, ERROR_YAML, makeFolder, runBuiltCli, WARNING_YAML } from '../helpers/cli';


function json(stdout: string): { file: string; diagnostics: { rule: string; severity: string }[] }[] {
  return JSON.parse(stdout);
}

/** A Markdown charter whose release plan has no responsible role; the safe fix makes the accountable one responsible too. */
const FIXABLE_MD = `# Checkout team

## Roles

- **Product Manager**: decides what we build next and why.
- **Engineering Manager**: owns how we build it.

## Responsibilities

| Responsibility  | Product Manager | Engineering Manager |
| --------------- | --------------- | ------------------- |
| Product roadmap | A/R             | C                   |
| Release plan    | C               | A                   |
`;

describe('CLI conventions', () => {
  describe('quoted globs', () => {
    const cwd = makeFolder({
      'docs/a.md': ERROR_YAML.replace(/^/, ''), // a Markdown file named by the glob, whatever its name
      'docs/team/b.md': '# Team\n',
      'docs/c.yaml': CLEAN_YAML,
      'other/d.charter.yaml': CLEAN_YAML,
    });

    it("checks every file a quoted 'docs/**/*.md' matches, whatever its name", () => {
      const result = cli(['check', '--format', 'json', 'docs/**/*.md'], { cwd });
      assert.deepEqual(
        json(result.stdout).map((file) => file.file),
        ['docs/a.md', 'docs/team/b.md'],
      );
    });

    it('takes several globs and plain paths together', () => {
      const result = cli(['check', '--format', 'json', 'docs/*.yaml', 'other'], { cwd });
      assert.deepEqual(
        json(result.stdout).map((file) => file.file),
        ['docs/c.yaml', 'other/d.charter.yaml'],
      );
      assert.equal(result.code, 0);
    });

    it('exits 2 with one line when a glob matches nothing', () => {
      for (const glob of ['docs/**/*.txt', 'nowhere/**/*.md']) {
        const result = cli(['check', glob], { cwd });
        assert.equal(result.code, 2);
        assert.equal(result.stderr, `team-charter: no files match '${glob}'\n`);
        assert.equal(result.stdout, '');
      }
    });
  });

  describe('.gitignore, the config ignores and --no-ignore', () => {
    const cwd = makeFolder({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n*.tmp.charter.yaml\n',
      'team.charter.yaml': CLEAN_YAML,
      'draft.tmp.charter.yaml': ERROR_YAML,
      'build/out.charter.yaml': ERROR_YAML,
      'sub/.gitignore': 'local.charter.yaml\n!keep.tmp.charter.yaml\n',
      'sub/local.charter.yaml': ERROR_YAML,
      'sub/keep.tmp.charter.yaml': CLEAN_YAML,
      'sub/team.charter.yaml': CLEAN_YAML,
      'vendor/.team-charter.yaml': 'ignores: ["old/"]\n',
      'vendor/old/x.charter.yaml': ERROR_YAML,
      'vendor/new.charter.yaml': CLEAN_YAML,
    });
    const files = (argv: string[], where = cwd) => json(cli(['check', '--format', 'json', ...argv], { cwd: where }).stdout).map((file) => file.file);

    it('leaves out what .gitignore files (nested, with negations) and the config ignores match', () => {
      assert.deepEqual(files(['.']), ['sub/keep.tmp.charter.yaml', 'sub/team.charter.yaml', 'team.charter.yaml', 'vendor/new.charter.yaml']);
      assert.equal(cli(['check', '.'], { cwd }).code, 0);
    });

    it('reads the repository root .gitignore when walking a folder below it', () => {
      const ignored = cli(['check', 'build'], { cwd });
      assert.equal(ignored.code, 2);
      assert.equal(ignored.stderr, "team-charter: no charter files found in 'build' (1 ignored by .gitignore or the config's ignores; --no-ignore checks them)\n");
      assert.deepEqual(files(['.'], path.join(cwd, 'sub')), ['keep.tmp.charter.yaml', 'team.charter.yaml']);
    });

    it('applies to globs too', () => {
      assert.deepEqual(files(['**/*.tmp.charter.yaml']), ['sub/keep.tmp.charter.yaml']);
    });

    it('checks everything with --no-ignore (node_modules and .git stay skipped)', () => {
      const all = files(['--no-ignore', '.']);
      assert.equal(all.length, 8);
      assert.ok(all.includes('build/out.charter.yaml') && all.includes('vendor/old/x.charter.yaml') && all.includes('draft.tmp.charter.yaml'));
      assert.equal(cli(['check', '--no-ignore', '.'], { cwd }).code, 1);
    });

    it('checks a file named on the command line even when it is ignored', () => {
      assert.deepEqual(files(['build/out.charter.yaml']), ['build/out.charter.yaml']);
    });
  });

  describe('--stdin', () => {
    const cwd = makeFolder({ 'team/.team-charter.json': '{ "rules": { "role-undefined": "warning" } }' });

    it('checks standard input as the --stdin-filename (its format and its config file)', () => {
      const result = cli(['check', '--stdin', '--stdin-filename', 'team/x.charter.yaml', '--format', 'json'], { cwd, stdin: ERROR_YAML });
      const [file] = json(result.stdout);
      assert.equal(file.file, 'team/x.charter.yaml');
      assert.deepEqual(
        file.diagnostics.map((d) => [d.rule, d.severity]),
        [['role-undefined', 'warning']],
      );
      assert.equal(result.code, 0);
    });

    it('without a name, reads Markdown shown as <stdin>', () => {
      const result = cli(['check', '--stdin'], { cwd, stdin: FIXABLE_MD });
      assert.match(result.stdout, /^<stdin>:13:\d+  warning  .*responsible-missing$/m);
    });

    it('refuses paths, --fix, and --stdin-filename alone, in one line', () => {
      const cases: [string[], RegExp][] = [
        [['check', '--stdin', 'a.md'], /^team-charter: --stdin checks standard input: give no paths/],
        [['check', '--stdin', '--fix'], /^team-charter: --fix cannot write to standard input: use --fix-dry-run/],
        [['check', '--stdin-filename', 'a.md'], /^team-charter: --stdin-filename needs --stdin\n$/],
        [['check', '--fix', '--fix-dry-run'], /^team-charter: --fix and --fix-dry-run cannot be used together\n$/],
      ];
      for (const [argv, message] of cases) {
        const result = cli(argv, { cwd, stdin: '' });
        assert.equal(result.code, 2, argv.join(' '));
        assert.match(result.stderr, message);
        assert.equal(result.stderr.split('\n').length, 2);
      }
    });

    it('reads a pipe through the built executable', () => {
      const result = runBuiltCli(['check', '--stdin', '--stdin-filename', 'x.charter.yaml'], { cwd, input: ERROR_YAML });
      assert.equal(result.code, 1);
      assert.match(result.stdout, /^x\.charter\.yaml:8:\d+  error  .*role-undefined$/m);
    });
  });

  describe('--fix and --fix-dry-run', () => {
    it('--fix writes the safe fixes, keeps a byte order mark and CRLF, then reports what is left', () => {
      const crlf = FIXABLE_MD.replace(/\n/g, '\r\n');
      const cwd = makeFolder({ 'a.charter.md': FIXABLE_MD, 'b.charter.yaml': ERROR_YAML, 'c.charter.md': '\ufeff' + crlf });
      const result = cli(['check', '--fix', '.'], { cwd });
      const fixed = fs.readFileSync(path.join(cwd, 'a.charter.md'), 'utf8');
      assert.match(fixed, /\| Release plan {4}\| C {15}\| A\/R {17}\|/);
      assert.equal(fs.readFileSync(path.join(cwd, 'c.charter.md'), 'utf8'), '\ufeff' + fixed.replace(/\n/g, '\r\n'));
      assert.equal(fs.readFileSync(path.join(cwd, 'b.charter.yaml'), 'utf8'), ERROR_YAML, 'nothing safe to fix: unchanged');
      assert.equal(result.stderr, 'team-charter: fixed 2 files: a.charter.md, c.charter.md\n');
      assert.doesNotMatch(result.stdout, /responsible-missing/);
      assert.match(result.stdout, /b\.charter\.yaml:8:\d+  error .*role-undefined/);
      assert.equal(result.code, 1, 'the error left fails the run');

      const again = cli(['check', '--fix', '.'], { cwd });
      assert.equal(again.stderr, '', 'a second run has nothing left to fix');
    });

    it('--fix-dry-run writes nothing, reports what would be left on stdout, and the fixes as a diff that git apply takes on stderr', () => {
      const cwd = makeFolder({ 'docs/a.charter.md': FIXABLE_MD, 'docs/b.charter.yaml': ERROR_YAML });
      const result = cli(['check', '--fix-dry-run', 'docs'], { cwd });
      assert.equal(fs.readFileSync(path.join(cwd, 'docs/a.charter.md'), 'utf8'), FIXABLE_MD);
      assert.match(result.stderr, /^--- a\/docs\/a\.charter\.md\n\+\+\+ b\/docs\/a\.charter\.md\n@@ /);
      assert.match(result.stderr, /^-\| Release plan {4}\| C {15}\| A {19}\|\n\+\| Release plan {4}\| C {15}\| A\/R {17}\|$/m);
      assert.doesNotMatch(result.stdout, /a\.charter\.md/, 'the fixed file has nothing left');
      assert.match(result.stdout, /^docs\/b\.charter\.yaml:8:\d+ {2}error .* role-undefined$/m);
      assert.equal(result.code, 1);

      const git = spawnSync('git', ['apply', '--check', '-'], { cwd, input: result.stderr, encoding: 'utf8' });
      if (git.error) return; // no git on this machine
      assert.equal(git.status, 0, git.stderr);
      assert.equal(spawnSync('git', ['apply', '-'], { cwd, input: result.stderr }).status, 0);
      assert.equal(cli(['check', '--fix-dry-run', 'docs'], { cwd }).stderr, '', 'the patch applied leaves nothing to fix');
    });

    it('--fix-dry-run keeps the chosen format whole on stdout (JSON that parses), the diff apart on stderr', () => {
      const cwd = makeFolder({ 'a.charter.md': FIXABLE_MD, 'b.charter.yaml': ERROR_YAML });
      const result = cli(['check', '--fix-dry-run', '--format', 'json', '.'], { cwd });
      const reports = JSON.parse(result.stdout) as { file: string; diagnostics: { rule: string }[] }[];
      assert.deepEqual(
        reports.map((report) => [report.file, report.diagnostics.map((diagnostic) => diagnostic.rule)]),
        [
          ['a.charter.md', []],
          ['b.charter.yaml', ['role-undefined']],
        ],
      );
      assert.match(result.stderr, /^--- a\/a\.charter\.md\n\+\+\+ b\/a\.charter\.md\n@@ /);
    });

    it('--fix-dry-run reads standard input', () => {
      const result = cli(['check', '--stdin', '--stdin-filename', 'x.md', '--fix-dry-run'], { cwd: makeFolder({}), stdin: FIXABLE_MD });
      assert.match(result.stderr, /^--- a\/x\.md\n/);
      assert.match(result.stdout, /no problems/);
    });
  });

  describe('--format github', () => {
    it('writes one workflow command per finding, with escaped properties and message', () => {
      const cwd = makeFolder({ 'dir, with: odd/x.charter.yaml': ERROR_YAML, 'w.charter.yaml': WARNING_YAML, 'ok.charter.yaml': CLEAN_YAML });
      const result = cli(['check', '--format', 'github', '.'], { cwd });
      const lines = result.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      assert.match(lines[0], /^::error file=dir%2C with%3A odd\/x\.charter\.yaml,line=8,col=\d+,endLine=8,endColumn=\d+,title=team-charter role-undefined::Role "designer" is not defined/);
      assert.match(lines[1], /^::warning file=w\.charter\.yaml,line=\d+,.*title=team-charter responsible-missing::/);
      assert.equal(result.code, 1);
    });

    it('prints nothing for clean files, and info as notice', () => {
      const cwd = makeFolder({ 'ok.charter.yaml': CLEAN_YAML, 'w.charter.yaml': WARNING_YAML });
      assert.equal(cli(['check', '--format', 'github', 'ok.charter.yaml'], { cwd }).stdout, '');
      assert.match(cli(['check', '--format', 'github', '--rule', 'responsible-missing=info', 'w.charter.yaml'], { cwd }).stdout, /^::notice file=/);
    });
  });

  describe('--format markdown', () => {
    it('writes a heading with the counts and a table, errors first, with escaped cells and linked rules', () => {
      const cwd = makeFolder({ 'w.charter.yaml': WARNING_YAML, 'x.charter.yaml': ERROR_YAML.replace('designer', 'de|sign<b>er') });
      const { stdout, code } = cli(['check', '--format', 'markdown', '.'], { cwd });
      const lines = stdout.split('\n');
      assert.equal(lines[0], '### Team Charter: ❌ 2 problems (1 error, 1 warning)');
      assert.equal(lines[2], 'In 2 of 2 charters checked.');
      assert.equal(lines[4], '| Severity | File | Line | Message | Rule |');
      assert.match(lines[6], /^\| ❌ error \| `x\.charter\.yaml` \| 8:\d+ \| Role "de\\\|sign&lt;b&gt;er" is not defined.* \| \[role-undefined\]\(https:\/\/.*role-undefined\.md\) \|$/);
      assert.match(lines[7], /^\| ⚠️ warning \| `w\.charter\.yaml` \|/);
      assert.equal(code, 1);
    });

    it('says so when there is nothing', () => {
      const cwd = makeFolder({ 'ok.charter.yaml': CLEAN_YAML });
      assert.equal(cli(['check', '--format', 'markdown'], { cwd }).stdout, '### Team Charter: ✅ no problems\n\n1 charter checked.\n');
    });
  });

  describe('--output-file, --quiet and colour', () => {
    it('--output-file writes the report there (creating folders) and nothing to stdout', () => {
      const cwd = makeFolder({ 'x.charter.yaml': ERROR_YAML });
      const result = cli(['check', '--format', 'sarif', '--output-file', 'reports/tc.sarif', '.'], { cwd });
      assert.equal(result.stdout, '');
      assert.equal(result.code, 1, 'the exit status is the same');
      assert.equal(JSON.parse(fs.readFileSync(path.join(cwd, 'reports/tc.sarif'), 'utf8')).runs[0].results.length, 1);
      const short = cli(['check', '-o', 'out.txt', '.'], { cwd });
      assert.match(fs.readFileSync(path.join(cwd, 'out.txt'), 'utf8'), /role-undefined/);
      assert.equal(short.stdout, '');
    });

    it('--output-file that cannot be written exits 2 with one line', () => {
      const cwd = makeFolder({ 'x.charter.yaml': CLEAN_YAML, 'file': '' });
      const result = cli(['check', '-o', 'file/out.txt', '.'], { cwd });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^team-charter: cannot write --output-file 'file\/out\.txt': [^\n]+\n$/);
    });

    it('--quiet shows errors only; --max-warnings still counts the warnings', () => {
      const cwd = makeFolder({ 'w.charter.yaml': WARNING_YAML, 'x.charter.yaml': ERROR_YAML });
      const quiet = cli(['check', '--quiet', '.'], { cwd });
      assert.doesNotMatch(quiet.stdout, /  warning  /);
      assert.match(quiet.stdout, /role-undefined/);
      const onlyWarnings = cli(['check', '--quiet', '--max-warnings', '0', 'w.charter.yaml'], { cwd });
      assert.equal(onlyWarnings.stdout, 'no errors (1 file checked; --quiet left out 1 warning)\n', 'never "no problems" for a run that fails');
      assert.equal(onlyWarnings.stderr, 'team-charter: found too many warnings: 1 (maximum: 0)\n');
      assert.equal(onlyWarnings.code, 1);
      const within = cli(['check', '--quiet', 'w.charter.yaml'], { cwd });
      assert.equal(within.code, 0);
      assert.equal(within.stderr, '');
      assert.doesNotMatch(within.stdout, /no problems/);
      const markdown = cli(['check', '--quiet', '--max-warnings', '0', '--format', 'markdown', 'w.charter.yaml'], { cwd });
      assert.doesNotMatch(markdown.stdout, /no problems/);
      assert.equal(markdown.stderr, 'team-charter: found too many warnings: 1 (maximum: 0)\n');
    });

    it('--max-warnings says why the run failed when only warnings are over the limit', () => {
      const cwd = makeFolder({ 'w.charter.yaml': WARNING_YAML, 'v.charter.yaml': WARNING_YAML, 'x.charter.yaml': ERROR_YAML });
      const over = cli(['check', '--max-warnings', '1', 'v.charter.yaml', 'w.charter.yaml'], { cwd });
      assert.match(over.stdout, /✖ 2 problems \(0 errors, 2 warnings\)/);
      assert.equal(over.stderr, 'team-charter: found too many warnings: 2 (maximum: 1)\n');
      assert.equal(over.code, 1);
      const within = cli(['check', '--max-warnings', '2', 'v.charter.yaml', 'w.charter.yaml'], { cwd });
      assert.equal(within.stderr, '');
      assert.equal(within.code, 0);
      // With errors, the errors are why it fails, as ESLint says it.
      const errors = cli(['check', '--max-warnings', '0', '.'], { cwd });
      assert.equal(errors.stderr, '');
      assert.equal(errors.code, 1);
    });

    it('FORCE_COLOR turns colour on in a pipe (0 or false off); NO_COLOR turns it off', () => {
      assert.equal(wantsColor({}, false), false);
      assert.equal(wantsColor({}, true), true);
      assert.equal(wantsColor({ FORCE_COLOR: '1' }, false), true);
      assert.equal(wantsColor({ FORCE_COLOR: '' }, false), true);
      assert.equal(wantsColor({ FORCE_COLOR: '0' }, true), false);
      assert.equal(wantsColor({ FORCE_COLOR: 'false' }, true), false);
      assert.equal(wantsColor({ NO_COLOR: '1' }, true), false);
      assert.equal(wantsColor({ NO_COLOR: '1', FORCE_COLOR: '1' }, false), true);
      const cwd = makeFolder({ 'x.charter.yaml': ERROR_YAML });
      const forced = runBuiltCli(['check', '.'], { cwd, env: { FORCE_COLOR: '1' } });
      assert.ok(forced.stdout.includes('\u001b[31merror'), 'coloured through a pipe');
      const plain = runBuiltCli(['check', '.'], { cwd });
      assert.ok(!plain.stdout.includes('\u001b['), 'not coloured through a pipe');
    });
  });
});
