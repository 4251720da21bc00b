// A `.json` or `.jsonc` config file is JSON (with comments and trailing commas, as VS Code's settings):
// what is only YAML (bare keys, `#` comments, single quotes) is a mistake reported at its place, in
// JSON's words.
import * as assert from 'node:assert/strict';
import { parseConfigFile } from '../../server/src/core/config/file';
import { RULES } from '../../server/src/core/rules';

const ids = RULES.map((rule) => rule.id);

function problemsOf(text: string, fileName = '.team-charter.json') {
  return parseConfigFile(text, fileName, ids).problems;
}

describe('JSON config files', () => {
  it('reads JSON with comments and trailing commas', () => {
    const text = ['{', '  // quieter while the charters settle', '  "rules": { "role-unused": "off", },', '  /* drafts */ "ignores": ["drafts/**"],', '}'].join('\n');
    const result = parseConfigFile(text, '.team-charter.jsonc', ids);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.config?.rules, { 'role-unused': 'off' });
    assert.deepEqual(result.config?.ignores, ['drafts/**']);
  });

  it('rejects what only YAML allows, at its place', () => {
    const bare = problemsOf('{rules: {role-unused: off}}');
    assert.equal(bare.length, 1, 'one mistake, not its consequences');
    assert.equal(bare[0].message, 'Not valid JSON: unexpected text here (keys and strings are written in double quotes)');
    assert.deepEqual(bare[0].range.start, { line: 0, character: 1 });
    const hash = problemsOf('{\n  # a YAML comment\n  "rules": {}\n}');
    assert.equal(hash[0].range.start.line, 1);
    assert.ok(problemsOf("{ 'rules': {} }").length > 0, 'single quotes are not JSON');
  });

  it('places a setting problem where the JSON writes it', () => {
    const problems = problemsOf('{\n  "rules": {\n    "no-such-rule": "off"\n  }\n}');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^Unknown rule 'no-such-rule'/);
    assert.deepEqual(problems[0].range, { start: { line: 2, character: 4 }, end: { line: 2, character: 18 } });
  });

  it('keeps reading YAML files as YAML', () => {
    const result = parseConfigFile('rules: { role-unused: off } # quiet\n', '.team-charter.yaml', ids);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.config?.rules, { 'role-unused': 'off' });
  });
});
