// `extends` on the command line reads only regular files of at most 1 MiB inside the checked file's git
// repository (or the current directory), plus `--extends-root` folders; anything else is one `schema`
// finding on the `extends` value saying why. The cases that used to hang or eat memory (a FIFO,
// /dev/zero) run in a child process with a timeout, so a regression fails instead of freezing mocha.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, makeFolder, REPO_ROOT, ERROR_YAML, CLI, runBuiltCli } from '../helpers/cli';

const CATALOG = 'team: Org\nroles:\n  designer:\n    title: Product Designer\n';

/** ERROR_YAML's only finding is `designer` undefined: an extends that is followed makes it clean. */
const extending = (target: string) => ERROR_YAML.replace('roles:', `extends: ${JSON.stringify(target)}\nroles:`);

interface Diagnostic {
  rule: string;
  message: string;
  range: { start: { line: number; character: number } };
}

function diagnostics(argv: string[], cwd: string): Diagnostic[] {
  const result = cli(['check', '-f', 'json', ...argv], { cwd });
  assert.equal(result.stderr, '');
  const reports = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }[];
  return reports.flatMap((report) => report.diagnostics);
}

/** The one finding a refused extends gives: on the `extends` value, rule `schema`, saying why. */
function assertRefused(found: Diagnostic[], target: string, reason: RegExp): void {
  const rules = found.map((diagnostic) => diagnostic.rule).sort();
  assert.deepEqual(rules, ['role-undefined', 'schema'], JSON.stringify(found));
  const refusal = found.find((diagnostic) => diagnostic.rule === 'schema')!;
  assert.ok(refusal.message.startsWith(`Not following extends '${target}': `), refusal.message);
  assert.match(refusal.message, reason);
  assert.deepEqual(refusal.range.start, { line: 1, character: 'extends: "'.length });
}

/** The CLI from source in a child process, killed after 15 s (a read that blocks cannot be interrupted in-process). */
function cliInChild(argv: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(REPO_ROOT, 'server/src/cli/main.ts'), ...argv], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TEAM_CHARTER_THREADS: '1', NODE_PATH: path.join(REPO_ROOT, 'node_modules') },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function childDiagnostics(argv: string[], cwd: string): Diagnostic[] {
  const result = cliInChild(['check', '-f', 'json', ...argv], cwd);
  assert.notEqual(result.status, null, 'the check ended (the child was not stopped by its hang guard)');
  return (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }[]).flatMap((report) => report.diagnostics);
}

describe('CLI extends confinement', function () {
  let base: string;
  let repo: string;

  beforeEach(() => {
    // base/repo is a git repository (the default root); base/outside and base/shared are not in it.
    base = makeFolder({
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/org/roles.charter.yaml': CATALOG,
      'outside/roles.charter.yaml': CATALOG,
      'shared/roles.charter.yaml': CATALOG,
    });
    repo = path.join(base, 'repo');
  });

  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  const write = (relative: string, text: string) => fs.writeFileSync(path.join(repo, relative), text);

  it('still follows extends inside the repository, from YAML and from Markdown front matter', () => {
    fs.mkdirSync(path.join(repo, 'team'));
    write('team/app.charter.yaml', extending('../org/roles.charter.yaml'));
    write(
      'team/web.charter.md',
      '---\nteam: Web\nextends: ../org/roles.charter.yaml\n---\n# Web\n\n## Roles\n\n- **Product Manager**: plans.\n\n' +
        '## Responsibilities\n\n| Responsibility | Product Manager | Product Designer |\n| --- | --- | --- |\n| Roadmap | A/R | C |\n',
    );
    assert.deepEqual(diagnostics(['team'], repo), []);
  });

  it('takes the enclosing repository as the root, not the current directory', () => {
    fs.mkdirSync(path.join(repo, 'team'));
    write('team/app.charter.yaml', extending('../org/roles.charter.yaml'));
    assert.deepEqual(diagnostics(['app.charter.yaml'], path.join(repo, 'team')), []);
  });

  it('takes the current directory as the root outside a repository', () => {
    fs.rmSync(path.join(repo, '.git'), { recursive: true });
    write('app.charter.yaml', extending('./org/roles.charter.yaml'));
    assert.deepEqual(diagnostics(['app.charter.yaml'], repo), []);
    fs.mkdirSync(path.join(repo, 'team'));
    write('team/app.charter.yaml', extending('../org/roles.charter.yaml'));
    assertRefused(diagnostics(['app.charter.yaml'], path.join(repo, 'team')), '../org/roles.charter.yaml', /outside the current directory/);
  });

  it('refuses ../ out of the repository, naming the repository', () => {
    write('app.charter.yaml', extending('../outside/roles.charter.yaml'));
    const found = diagnostics(['app.charter.yaml'], repo);
    assertRefused(found, '../outside/roles.charter.yaml', /: it is outside the repository .* \(--extends-root allows another folder\)\.$/);
    assert.ok(found.some((diagnostic) => diagnostic.message.includes(`the repository ${repo} `)));
  });

  it('refuses an absolute path outside, and says the same whether or not the file exists', () => {
    const target = path.join(base, 'outside/roles.charter.yaml');
    write('app.charter.yaml', extending(target));
    write('other.charter.yaml', extending(path.join(base, 'outside/missing.charter.yaml')));
    assertRefused(diagnostics(['app.charter.yaml'], repo), target, /outside the repository/);
    assertRefused(diagnostics(['other.charter.yaml'], repo), path.join(base, 'outside/missing.charter.yaml'), /outside the repository/);
  });

  it('refuses symbolic links inside the repository that lead outside it (file and folder)', () => {
    fs.symlinkSync(path.join(base, 'outside/roles.charter.yaml'), path.join(repo, 'link.charter.yaml'));
    fs.symlinkSync(path.join(base, 'outside'), path.join(repo, 'linked'));
    write('app.charter.yaml', extending('./link.charter.yaml'));
    write('web.charter.yaml', extending('./linked/roles.charter.yaml'));
    assertRefused(diagnostics(['app.charter.yaml'], repo), './link.charter.yaml', /outside the repository/);
    assertRefused(diagnostics(['web.charter.yaml'], repo), './linked/roles.charter.yaml', /outside the repository/);
    // A link that stays inside is followed.
    fs.symlinkSync(path.join(repo, 'org/roles.charter.yaml'), path.join(repo, 'inside.charter.yaml'));
    write('ok.charter.yaml', extending('./inside.charter.yaml'));
    assert.deepEqual(diagnostics(['ok.charter.yaml'], repo), []);
  });

  it('refuses a FIFO without waiting for a writer', function () {
    const made = spawnSync('mkfifo', [path.join(repo, 'pipe.charter.yaml')]);
    if (made.error || made.status !== 0) this.skip();
    write('app.charter.yaml', extending('./pipe.charter.yaml'));
    // Waiting for a writer would not end: the child's timeout (cliInChild) is the hang guard.
    assertRefused(childDiagnostics(['app.charter.yaml'], repo), './pipe.charter.yaml', /: it is not a regular file\.$/);
  });

  it('refuses devices: outside the repository, and not regular files even when / is allowed', function () {
    if (!fs.existsSync('/dev/zero')) this.skip();
    write('zero.charter.yaml', extending('/dev/zero'));
    write('stdin.charter.yaml', extending('/dev/stdin'));
    assertRefused(childDiagnostics(['zero.charter.yaml'], repo), '/dev/zero', /outside the repository/);
    assertRefused(childDiagnostics(['stdin.charter.yaml'], repo), '/dev/stdin', /outside the repository/);
    assertRefused(childDiagnostics(['zero.charter.yaml', '--extends-root', '/'], repo), '/dev/zero', /: it is not a regular file\.$/);
  });

  it('refuses a file over 1 MiB, including a huge sparse one, without reading it', () => {
    const padded = `${CATALOG}${'#'.repeat(1024 * 1024 - CATALOG.length)}\n`;
    write('big.charter.yaml', padded);
    const sparse = path.join(repo, 'sparse.charter.yaml');
    fs.writeFileSync(sparse, CATALOG);
    fs.truncateSync(sparse, 3 * 1024 ** 3);
    write('app.charter.yaml', extending('./big.charter.yaml'));
    write('web.charter.yaml', extending('./sparse.charter.yaml'));
    assertRefused(diagnostics(['app.charter.yaml'], repo), './big.charter.yaml', /: it is larger than 1 MiB\.$/);
    assertRefused(childDiagnostics(['web.charter.yaml'], repo), './sparse.charter.yaml', /: it is larger than 1 MiB\.$/);
    // Exactly 1 MiB is still read.
    write('big.charter.yaml', padded.slice(0, 1024 * 1024 - 1) + '\n');
    assert.deepEqual(diagnostics(['app.charter.yaml'], repo), []);
  });

  it('reports a missing target as not existing', () => {
    write('app.charter.yaml', extending('./org/missing.charter.yaml'));
    assertRefused(diagnostics(['app.charter.yaml'], repo), './org/missing.charter.yaml', /: it does not exist\.$/);
  });

  it('--extends-root widens the folders extends may read (relative to the current directory, repeatable)', () => {
    write('app.charter.yaml', extending('../shared/roles.charter.yaml'));
    write('web.charter.yaml', extending('../outside/roles.charter.yaml'));
    assertRefused(diagnostics(['app.charter.yaml'], repo), '../shared/roles.charter.yaml', /outside the repository/);
    assert.deepEqual(diagnostics(['app.charter.yaml', '--extends-root', '../shared'], repo), []);
    // The repository stays allowed, and a folder not named stays refused.
    write('ok.charter.yaml', extending('./org/roles.charter.yaml'));
    assert.deepEqual(diagnostics(['ok.charter.yaml', '--extends-root', '../shared'], repo), []);
    assertRefused(
      diagnostics(['web.charter.yaml', '--extends-root', '../shared'], repo),
      '../outside/roles.charter.yaml',
      /outside the repository .* and the --extends-root folders .*shared\.$/,
    );
    assert.deepEqual(diagnostics(['web.charter.yaml', '--extends-root', '../shared', '--extends-root', '../outside'], repo), []);
  });

  it('--extends-root must name a folder (exit 2)', () => {
    write('app.charter.yaml', extending('./org/roles.charter.yaml'));
    const missing = cli(['check', 'app.charter.yaml', '--extends-root', '../nowhere'], { cwd: repo });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^team-charter: cannot read --extends-root '\.\.\/nowhere': no such file or directory\n$/);
    const file = cli(['check', 'app.charter.yaml', '--extends-root', 'app.charter.yaml'], { cwd: repo });
    assert.equal(file.code, 2);
    assert.match(file.stderr, /is not a folder/);
  });

  it('confines the worker threads of the executable the same way', function () {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
    const files = [0, 1, 2, 3, 4, 5].map((i) => `team${i}.charter.yaml`);
    files.forEach((file, i) => write(file, extending(i % 2 ? '../outside/roles.charter.yaml' : './org/roles.charter.yaml')));
    const result = runBuiltCli(['check', '-f', 'json', ...files], { cwd: repo, timeout: 120_000, env: { TEAM_CHARTER_THREADS: '3' } });
    const reports = JSON.parse(result.stdout) as { file: string; diagnostics: Diagnostic[] }[];
    assert.equal(reports.length, 6);
    for (const report of reports) {
      const index = Number(/team(\d)/.exec(report.file)![1]);
      if (index % 2) assertRefused(report.diagnostics, '../outside/roles.charter.yaml', /outside the repository/);
      else assert.deepEqual(report.diagnostics, [], report.file);
    }
  });
});
