// The README's pre-commit setup, run by pre-commit itself: a project repository built here names a
// local clone of this repository (its working tree as it is now, committed) at a pinned `rev`, and
// `pre-commit run` installs the hooks as it does for a user (npm install in its clone, `npm pack`,
// `npm install -g` of the tarball) and runs them. npm runs offline, from the cache `npm install` filled.
// Skipped, saying so, where pre-commit is not installed (Debian: `apt-get install pre-commit`).
// Slow (installing the clone's devDependencies, as pre-commit does, takes a minute or more).
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ERROR_YAML, REPO_ROOT, WARNING_YAML } from '../helpers/cli';
import { temporaryFolder } from '../helpers/folders';

// Nobody is responsible for the roadmap: --fix makes its accountable role responsible.
const FIXABLE = WARNING_YAML;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/** A repository holding this checkout's working tree (tracked and new files, not ignored ones), committed. */
function cloneOfThisRepository(into: string): string {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  for (const file of listed.split('\0').filter((name) => name !== '' && fs.existsSync(path.join(REPO_ROOT, name)))) {
    fs.cpSync(path.join(REPO_ROOT, file), path.join(into, file), { verbatimSymlinks: true });
  }
  git(into, 'init', '-q');
  git(into, 'add', '-A');
  git(into, 'commit', '-q', '-m', 'the working tree under test');
  return git(into, 'rev-parse', 'HEAD').trim();
}

describe('pre-commit, as the README sets it up', function () {
  // A hang guard, well above the install's few minutes on a loaded machine.
  this.timeout(1_800_000);
  let work: string;
  let project: string;
  let env: NodeJS.ProcessEnv;

  before(function () {
    if (spawnSync('pre-commit', ['--version']).error || spawnSync('git', ['--version']).error) {
      console.log('    (pre-commit or git is not installed: skipping the pre-commit test; `apt-get install pre-commit` to run it)');
      this.skip();
    }
    work = temporaryFolder('team-charter-pre-commit-');
    const hooks = path.join(work, 'team-charter');
    fs.mkdirSync(hooks);
    const rev = cloneOfThisRepository(hooks);
    project = path.join(work, 'project');
    fs.mkdirSync(project);
    git(project, 'init', '-q');
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const example = /### pre-commit[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(example, "the README's pre-commit example");
    assert.match(example, /^ {4}rev: v?\d+\.\d+\.\d+$/m, 'the example pins a tag, not a branch');
    // The README's configuration, pointed at the local clone and its commit, with the fix hook added.
    const config = example
      .replace(/repo: \S+/, `repo: ${hooks}`)
      .replace(/rev: \S+/, `rev: ${rev}`)
      .replace(/(\n {6}- id: team-charter\n(?: {8}.*\n)*)/, '$1      - id: team-charter-fix\n');
    fs.writeFileSync(path.join(project, '.pre-commit-config.yaml'), config);
    env = { ...process.env, PRE_COMMIT_HOME: path.join(work, 'cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const run = (...args: string[]) => spawnSync('pre-commit', ['run', ...args], { cwd: project, env, encoding: 'utf8' });

  it('installs the hooks and fails a commit of a charter with an error, naming it', () => {
    fs.writeFileSync(path.join(project, 'team.charter.yaml'), ERROR_YAML);
    fs.writeFileSync(path.join(project, 'README.md'), '# Not a charter\n');
    git(project, 'add', '-A');
    const result = run('team-charter', '--all-files');
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /^Team Charter\.+Failed$/m);
    assert.match(result.stdout, /team\.charter\.yaml:8:\d+ {2}error {2}Role "designer" is not defined/);
    assert.doesNotMatch(result.stdout, /README/);
  });

  it('the fix hook applies the safe fixes, and then the check passes', () => {
    fs.writeFileSync(path.join(project, 'team.charter.yaml'), FIXABLE);
    git(project, 'add', '-A');
    const fixing = run('team-charter-fix', '--all-files');
    assert.equal(fixing.status, 1, 'pre-commit fails a hook that changed files');
    assert.match(fixing.stdout, /files were modified by this hook/);
    assert.match(fs.readFileSync(path.join(project, 'team.charter.yaml'), 'utf8'), /responsible: pm/);
    git(project, 'add', '-A');
    const checked = run('team-charter', '--all-files');
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.match(checked.stdout, /^Team Charter\.+Passed$/m);
  });
});
