// Config files as markdownlint-cli2 users expect them: every file from the repository's root down to a
// charter's folder applies (nearer over farther; `root: true` stops the search), `extends` of a shared
// file in the repository, ESLint's severities 0/1/2 and `warn`, `--config`, `--ignore-pattern`,
// `--print-config`, and named files that the ignores match skipped with a warning. Through the CLI, and
// the merge through the language server too.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, CLEAN_YAML, ERROR_YAML, makeFolder, WARNING_YAML } from '../helpers/cli';
import { fileUri, LspClient } from '../helpers/lspClient';

/** A charter with one role-undefined error (`designer`) and one role-unused warning (`em`). */
const TWO_FINDINGS = ERROR_YAML.replace('roles:\n', 'roles:\n  em:\n    title: Engineering Manager\n');

function rules(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => /^\S+:\d+:\d+ {2}/.test(line))
    .map((line) => line.replace(/^(\S+):\d+:\d+ {2}(\w+) {2}.* {2}(\S+)$/, '$1 $2 $3'));
}

describe('config files: merged from the root down, extends, severities', () => {
  it("merges a folder's config over the root's: the root's rules and ignores still apply below it", () => {
    const cwd = makeFolder({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.team-charter.yaml': 'ignores: ["**/archive/"]\nrules:\n  role-undefined: warning\n',
      'teams/.team-charter.yaml': 'rules:\n  role-unused: off\n',
      'teams/a.charter.yaml': TWO_FINDINGS,
      'teams/archive/old.charter.yaml': ERROR_YAML,
      'b.charter.yaml': TWO_FINDINGS,
    });
    const run = cli(['check', '.'], { cwd });
    assert.deepEqual(rules(run.stdout), [
      'b.charter.yaml warning role-unused',
      'b.charter.yaml warning role-undefined',
      'teams/a.charter.yaml warning role-undefined',
    ]);
    assert.equal(run.code, 0);
  });

  it('stops at a config file that says root: true', () => {
    const cwd = makeFolder({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.team-charter.yaml': 'rules:\n  role-undefined: off\n',
      'teams/.team-charter.yaml': 'root: true\nrules:\n  role-unused: off\n',
      'teams/a.charter.yaml': TWO_FINDINGS,
    });
    assert.deepEqual(rules(cli(['check', '.'], { cwd }).stdout), ['teams/a.charter.yaml error role-undefined']);
  });

  it('merges a shared config named by extends under the file that extends it', () => {
    const cwd = makeFolder({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'config/charters.base.yaml': 'rules:\n  role-undefined: warning\n  role-unused: off\n',
      'teams/.team-charter.yaml': 'extends: ../config/charters.base.yaml\nrules:\n  role-unused: warning\n',
      'teams/a.charter.yaml': TWO_FINDINGS,
    });
    assert.deepEqual(rules(cli(['check', 'teams'], { cwd }).stdout), ['teams/a.charter.yaml warning role-unused', 'teams/a.charter.yaml warning role-undefined']);
  });

  it('refuses, in one line, an extends that names no file or one outside the repository', () => {
    const outside = makeFolder({ 'base.yaml': 'rules: {}\n' });
    const cwd = makeFolder({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.team-charter.yaml': 'extends: [./missing.yaml]\n',
      'a.charter.yaml': CLEAN_YAML,
    });
    const missing = cli(['check', '.'], { cwd });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, "team-charter: invalid config file .team-charter.yaml:1:11: Cannot extend './missing.yaml': there is no such file\n");
    fs.writeFileSync(path.join(cwd, '.team-charter.yaml'), `extends: ${JSON.stringify(path.join(outside, 'base.yaml'))}\n`);
    const far = cli(['check', '.'], { cwd });
    assert.equal(far.code, 2);
    assert.match(far.stderr, /^team-charter: invalid config file \.team-charter\.yaml:1:10: Cannot extend '[^']+': it is outside the repository [^\n]+\n$/);
  });

  it("takes ESLint's severities: 0, 1, 2 and warn", () => {
    const cwd = makeFolder({
      '.team-charter.json': '{ "rules": { "role-undefined": 1, "role-unused": 0, "responsible-missing": "warn" }, "reportUnusedDisableDirectives": 2 }',
      'a.charter.yaml': TWO_FINDINGS,
      'b.charter.yaml': `# team-charter-disable-file raci-invalid\n${WARNING_YAML}`,
    });
    assert.deepEqual(rules(cli(['check', '.'], { cwd }).stdout), [
      'a.charter.yaml warning role-undefined',
      'b.charter.yaml error unused-disable-directive',
      'b.charter.yaml warning responsible-missing',
    ]);
  });

  it('--print-config shows the settings a file gets: the config files merged, and --rule over them', () => {
    const cwd = makeFolder({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.team-charter.yaml': 'rules:\n  role-undefined: warning\n  role-overload: [warning, { max: 5 }]\n',
      'teams/.team-charter.yaml': 'rules:\n  role-unused: 0\n',
    });
    const run = cli(['--print-config', 'teams/a.charter.yaml', '--rule', 'role-overload=error'], { cwd });
    assert.equal(run.code, 0);
    const printed = JSON.parse(run.stdout);
    assert.deepEqual(printed.configFiles, ['.team-charter.yaml', 'teams/.team-charter.yaml']);
    assert.equal(printed.rules['role-undefined'], 'warning');
    assert.equal(printed.rules['role-unused'], 'off');
    assert.equal(printed.rules['accountable-missing'], 'error');
    assert.deepEqual(printed.rules['role-overload'], ['error', { max: 5 }]);
    assert.equal(printed.ignored, false);
  });

  it('skips a named file that the ignores match, with one warning, and exits 0 (as ESLint does for pre-commit)', () => {
    const cwd = makeFolder({ '.team-charter.yaml': 'ignores: ["archive/"]\n', 'archive/old.charter.yaml': ERROR_YAML, 'a.charter.yaml': CLEAN_YAML });
    const skipped = cli(['check', 'archive/old.charter.yaml'], { cwd });
    assert.equal(skipped.code, 0);
    assert.equal(skipped.stderr, "team-charter: warning: 'archive/old.charter.yaml' is not checked: the config's ignores (or --ignore-pattern) match it; --no-ignore checks it\n");
    const withOther = cli(['check', '--format', 'json', 'archive/old.charter.yaml', 'a.charter.yaml'], { cwd });
    assert.deepEqual(JSON.parse(withOther.stdout).map((file: { file: string }) => file.file), ['a.charter.yaml']);
    assert.equal(cli(['check', '--no-warn-ignored', 'archive/old.charter.yaml'], { cwd }).stderr, '');
    assert.equal(cli(['check', '--no-ignore', 'archive/old.charter.yaml'], { cwd }).code, 1);
  });

  it('--config uses one file for every charter, globs relative to the current folder; --ignore-pattern adds ignores', () => {
    const cwd = makeFolder({
      '.team-charter.yaml': 'rules:\n  role-undefined: off\n',
      'ci/strict.yaml': 'ignores: ["drafts/"]\nrules:\n  role-unused: error\n',
      'drafts/x.charter.yaml': ERROR_YAML,
      'a.charter.yaml': TWO_FINDINGS,
    });
    assert.deepEqual(rules(cli(['check', '-c', 'ci/strict.yaml', '.'], { cwd }).stdout), ['a.charter.yaml error role-unused', 'a.charter.yaml error role-undefined']);
    assert.deepEqual(rules(cli(['check', '--config', 'ci/strict.yaml', '--ignore-pattern', 'a.*', '--no-error-on-unmatched-pattern', '.'], { cwd }).stdout), []);
    assert.deepEqual(rules(cli(['check', '--ignore-pattern', 'drafts/**', '.'], { cwd }).stdout), ['a.charter.yaml warning role-unused']);
    const missing = cli(['check', '-c', 'nope.yaml', '.'], { cwd });
    assert.deepEqual([missing.code, missing.stderr], [2, "team-charter: cannot read --config 'nope.yaml': no such file or directory\n"]);
  });
});

describe('config files merged, in the language server', function () {
  let root: string;
  let client: LspClient;

  before(async function () {
    root = makeFolder({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'base.yaml': 'rules:\n  role-unused: off\n',
      '.team-charter.yaml': 'extends: base.yaml\nrules:\n  role-undefined: 1\n',
      'teams/.team-charter.yaml': 'rules:\n  responsible-missing: 0\n',
    });
    client = await LspClient.start({ rootDir: root });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('checks a charter with the root config, what it extends, and the folder config, merged', async () => {
    const uri = fileUri(path.join(root, 'teams/team.charter.yaml'));
    await client.open(uri, TWO_FINDINGS.replace('    responsible: [pm, designer]\n', '    consulted: designer\n'));
    const published = await client.currentDiagnostics(uri);
    // role-undefined as a warning (root), role-unused off (extended), responsible-missing off (folder).
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity]), [['role-undefined', 2]]);
  });
});
