// The config file through the CLI: the nearest one above each charter, in JSON, JSONC or YAML; rule
// severities, overrides by glob, files and ignores for directory walks; --rule above the config; a
// broken config is one line on stderr and exit 2.
import * as assert from 'node:assert/strict';
import { cli, CLEAN_YAML, ERROR_YAML, makeFolder } from '../helpers/cli';

describe('config file: CLI', () => {
  it('sets rule severities from the nearest .team-charter.yaml above the charter', () => {
    const cwd = makeFolder({ '.team-charter.yaml': 'rules:\n  role-undefined: warning\n', 'teams/a.charter.yaml': ERROR_YAML });
    const run = cli(['check', '.'], { cwd });
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /teams\/a\.charter\.yaml:8:23 {2}warning .* role-undefined/);
  });

  it('reads JSON and JSONC (comments, trailing commas); the nearest file wins, unmerged', () => {
    const cwd = makeFolder({
      '.team-charter.json': '{ "rules": { "role-undefined": "off" } }',
      'teams/.team-charter.jsonc': '{\n  // this folder is strict\n  "rules": { "role-undefined": "error", },\n}\n',
      'a.charter.yaml': ERROR_YAML,
      'teams/b.charter.yaml': ERROR_YAML,
    });
    const run = cli(['check', '.'], { cwd });
    assert.equal(run.code, 1);
    assert.doesNotMatch(run.stdout, /^a\.charter\.yaml/m);
    assert.match(run.stdout, /teams\/b\.charter\.yaml:8:23 {2}error/);
  });

  it('applies overrides whose files match, and --rule above everything', () => {
    const cwd = makeFolder({
      '.team-charter.yaml': 'overrides:\n  - files: ["drafts/**"]\n    rules: { role-undefined: off }\n',
      'drafts/a.charter.yaml': ERROR_YAML,
      'b.charter.yaml': ERROR_YAML,
    });
    const run = cli(['check', '.'], { cwd });
    assert.doesNotMatch(run.stdout, /drafts/);
    assert.match(run.stdout, /b\.charter\.yaml/);
    const flagged = cli(['check', '--rule', 'role-undefined=info', '.'], { cwd });
    assert.equal(flagged.code, 0);
    assert.match(flagged.stdout, /drafts\/a\.charter\.yaml:8:23 {2}info/);
  });

  it('walks directories with the config\'s files globs, leaving out its ignores', () => {
    const cwd = makeFolder({
      '.team-charter.yml': 'files: ["docs/**/*.md", "**/*.charter.yaml"]\nignores: ["archive/"]\n',
      'docs/team.md': '# Team\n\n## Roles\n\n- **Product Manager**: roadmap.\n',
      'archive/old.charter.yaml': ERROR_YAML,
      'ok.charter.yaml': CLEAN_YAML,
    });
    const run = cli(['check', '--format', 'json', '.'], { cwd });
    assert.deepEqual((JSON.parse(run.stdout) as { file: string }[]).map((file) => file.file).sort(), ['docs/team.md', 'ok.charter.yaml']);
  });

  it('reportUnusedDisableDirectives in the config reports unused comments', () => {
    const cwd = makeFolder({
      '.team-charter.yaml': 'reportUnusedDisableDirectives: warning\n',
      'a.charter.yaml': `# team-charter-disable-file role-unused\n${CLEAN_YAML}`,
    });
    assert.match(cli(['check', '.'], { cwd }).stdout, /1:1 {2}warning {2}Unused team-charter-disable-file directive/);
  });

  for (const [name, text, reason] of [
    ['.team-charter.yaml', 'rules:\n  role-unsed: off\n', /^team-charter: invalid config file \.team-charter\.yaml:2:3: Unknown rule 'role-unsed'\. Rules are accountable-missing, /],
    ['.team-charter.json', '{ "rules": { "role-unused": "of" } }', /^team-charter: invalid config file \.team-charter\.json:1:29: The severity of role-unused must be off, hint, info, warning or error/],
    ['.team-charter.json', '{ "rules": ', /^team-charter: invalid config file \.team-charter\.json:1:\d+: Not valid JSON: /],
    ['.team-charter.yaml', 'rule:\n  role-unused: off\n', /^team-charter: invalid config file \.team-charter\.yaml:1:1: Unknown setting 'rule'\. Settings are files, ignores, rules/],
  ] as const) {
    it(`a broken config (${name}: ${JSON.stringify(text)}) is one line on stderr and exit 2`, () => {
      const cwd = makeFolder({ [name]: text, 'a.charter.yaml': CLEAN_YAML });
      const run = cli(['check', '.'], { cwd });
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, reason);
      assert.equal(run.stderr.trimEnd().split('\n').length, 1);
    });
  }
});
