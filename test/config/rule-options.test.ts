// Rule options (`["warning", { "max": 8 }]`) from the three places settings come from: the config file
// (a bad option is a problem at its place, so the file is not used), `--rule` (a bad one is a usage
// error, exit 2) and the editor's settings (a bad one is left out). Each reaches the rule; a severity
// given later keeps the options given before it, as in ESLint.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigFile } from '../../server/src/core/config/file';
import { mergeRuleSettings } from '../../server/src/core/config/settings';
import { RULES } from '../../server/src/core/rules';
import { ConfigFiles } from '../../server/src/host/configFiles';
import { parseCliArgs, UsageError } from '../../server/src/cli/args';
import { readSettings } from '../../server/src/core/config/editorSettings';
import { cli, makeFolder } from '../helpers/cli';
import { fileUri, LspClient } from '../helpers/lspClient';
import { PROBLEM_CHARTER_MARKDOWN } from '../helpers/fixtures';

const ids = RULES.map((rule) => rule.id);

/** A charter whose Product Owner is accountable for 3 of its 4 responsibilities. */
const BUSY = `team: Kiosk
roles:
  po:
    title: Product Owner
  dev:
    title: Developer
responsibilities:
  - name: Roadmap
    accountable: po
    responsible: dev
  - name: Pricing
    accountable: po
    responsible: dev
  - name: Releases
    accountable: po
    responsible: dev
  - name: Builds
    accountable: dev
    responsible: dev
`;

describe('rule options', () => {
  describe('in the config file', () => {
    it('reads [severity, options] in YAML and JSON', () => {
      const yaml = parseConfigFile('rules:\n  role-overload: [warning, { max: 8, share: 0.4 }]\n', '.team-charter.yaml', ids);
      assert.deepEqual(yaml.config?.rules, { 'role-overload': { severity: 'warning', options: { max: 8, share: 0.4 } } });
      const json = parseConfigFile('{ "overrides": [{ "files": ["a/**"], "rules": { "role-overload": ["error", {}] } }] }', '.team-charter.json', ids);
      assert.deepEqual(json.config?.overrides[0].rules, { 'role-overload': 'error' }, 'no options given: the severity alone');
    });

    const problem = (text: string) => {
      const result = parseConfigFile(text, '.team-charter.yaml', ids);
      assert.equal(result.config, undefined, 'a config with a bad option is not used');
      assert.equal(result.problems.length, 1);
      const [{ message, range }] = result.problems;
      const lines = text.split('\n');
      return { message, at: lines[range.start.line].slice(range.start.character, range.end.character) };
    };

    it('reports a bad option where it is written', () => {
      assert.deepEqual(problem('rules:\n  role-overload: [warning, { max: 0 }]\n'), {
        message: 'The max option of role-overload must be a whole number of 1 or more, not 0.',
        at: '0',
      });
      assert.deepEqual(problem('rules:\n  role-overload: [warning, { limit: 3 }]\n'), {
        message: "Unknown option 'limit' for role-overload: its options are max, share, minResponsibilities.",
        at: 'limit',
      });
      assert.deepEqual(problem('rules:\n  role-overload: [warning, { share: 2 }]\n'), {
        message: 'The share option of role-overload must be a number above 0 and at most 1, not 2.',
        at: '2',
      });
      assert.deepEqual(problem('rules:\n  role-overload: [warning, 8]\n'), { message: 'The options of role-overload are an object, such as { "max": 10 }.', at: '8' });
      assert.deepEqual(problem('rules:\n  role-unused: [warning, { max: 3 }]\n'), { message: 'role-unused has no options: give its severity alone.', at: '{ max: 3 }' });
      assert.match(problem('rules:\n  role-overload: [warning, {}, x]\n').message, /is a severity, or a list of a severity and an object of options/);
      assert.match(problem('rules:\n  role-overload: [warning, { toString: 3 }]\n').message, /^Unknown option 'toString'/, 'only the options the rule declares');
    });

    it('is one line on stderr and exit 2 on the command line', () => {
      const cwd = makeFolder({ '.team-charter.yaml': 'rules:\n  role-overload: [warning, { max: -1 }]\n', 'a.charter.yaml': BUSY });
      const run = cli(['check', '.'], { cwd });
      assert.equal(run.code, 2);
      assert.equal(run.stderr, "team-charter: invalid config file .team-charter.yaml:2:35: The max option of role-overload must be a whole number of 1 or more, not -1\n");
    });

    it('reaches the rule, and an override or --rule that gives a severity alone keeps the options', () => {
      const cwd = makeFolder({
        '.team-charter.yaml': 'rules:\n  role-overload: [warning, { max: 2 }]\noverrides:\n  - files: ["strict/**"]\n    rules: { role-overload: error }\n',
        'a.charter.yaml': BUSY,
        'strict/b.charter.yaml': BUSY,
      });
      const run = cli(['check', '.'], { cwd });
      assert.match(run.stdout, /^a\.charter\.yaml:4:12 {2}warning {2}"Product Owner" is accountable for 3 of 4 responsibilities \(more than 2\)\./m);
      assert.match(run.stdout, /^strict\/b\.charter\.yaml:4:12 {2}error {2}"Product Owner" is accountable for 3 of 4 responsibilities \(more than 2\)\./m);
      const info = cli(['check', '--rule', 'role-overload=info', '.'], { cwd });
      assert.match(info.stdout, /^a\.charter\.yaml:4:12 {2}info {2}.*\(more than 2\)/m);
      const loose = cli(['check', '--rule', 'role-overload=["warning", {"max": 3}]', '.'], { cwd });
      assert.doesNotMatch(loose.stdout, /role-overload/, 'options on the command line replace the config file\'s');
    });

    it('the settings of a charter merge as ESLint does', () => {
      const folder = makeFolder({ '.team-charter.yaml': 'rules:\n  role-overload: [info, { max: 4 }]\n' });
      const files = new ConfigFiles((file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined));
      const settings = files.settingsFor(path.join(folder, 'a.charter.yaml'), {}, { 'role-overload': 'error' });
      assert.deepEqual(settings.severities['role-overload'], { severity: 'error', options: { max: 4 } });
      assert.deepEqual(mergeRuleSettings({ x: { severity: 'info', options: { max: 4 } } }, { x: { severity: 'warning', options: { share: 0.3 } } }), {
        x: { severity: 'warning', options: { share: 0.3 } },
      });
    });
  });

  describe('on the command line', () => {
    const rule = (value: string) => {
      const request = parseCliArgs(['check', '--rule', value]);
      assert.equal(request.kind, 'check');
      return request.kind === 'check' ? request.severities : {};
    };
    const usage = (value: string) => {
      try {
        parseCliArgs(['check', '--rule', value]);
      } catch (error) {
        assert.ok(error instanceof UsageError);
        return error.message;
      }
      assert.fail('no usage error');
    };

    it('takes a severity, or a JSON list of a severity and options', () => {
      assert.deepEqual(rule('role-overload=warning'), { 'role-overload': 'warning' });
      assert.deepEqual(rule('role-overload=["error", {"max": 6}]'), { 'role-overload': { severity: 'error', options: { max: 6 } } });
      assert.deepEqual(rule('role-overload=["error"]'), { 'role-overload': 'error' });
    });

    it("takes ESLint's forms: 'id: severity', a mapping of several, numbers 0, 1, 2 and warn, lists unquoted", () => {
      assert.deepEqual(rule('role-unused: off'), { 'role-unused': 'off' });
      assert.deepEqual(rule('role-unused=0'), { 'role-unused': 'off' });
      assert.deepEqual(rule('role-unused: 1'), { 'role-unused': 'warning' });
      assert.deepEqual(rule('role-unused=warn'), { 'role-unused': 'warning' });
      assert.deepEqual(rule('{role-unused: 2, role-boundary: off}'), { 'role-unused': 'error', 'role-boundary': 'off' });
      assert.deepEqual(rule('role-overload: [2, {max: 6}]'), { 'role-overload': { severity: 'error', options: { max: 6 } } });
      assert.deepEqual(rule('role-overload=[warning]'), { 'role-overload': 'warning' });
      assert.equal(usage('role-unused=3'), "bad severity '3' for rule 'role-unused': use off, hint, info, warning or error (or 0, 1, 2)");
    });

    it('refuses a bad option in one line', () => {
      assert.equal(usage('role-overload=["warning", {"share": 0}]'), 'the share option of role-overload must be a number above 0 and at most 1, not 0');
      assert.equal(usage('role-overload=["warning", {"most": 3}]'), "unknown option 'most' for role-overload: its options are max, share, minResponsibilities");
      assert.equal(usage('role-overload=[warning, {max: 3'), `--rule role-overload=[...] needs JSON, such as role-overload='["warning", {}]', not '[warning, {max: 3'`);
      assert.equal(usage('role-overload=["loud"]'), 'the severity of role-overload must be off, hint, info, warning or error (or a list starting with one)');
      assert.equal(usage('role-unused=["warning", {"max": 3}]'), 'role-unused has no options: give its severity alone');
    });

    it('exits 2 for a bad option', () => {
      const run = cli(['check', '--rule', 'role-overload=["warning", {"max": "ten"}]', '.'], { cwd: makeFolder({ 'a.charter.yaml': BUSY }) });
      assert.equal(run.code, 2);
      assert.equal(run.stderr, 'team-charter: the max option of role-overload must be a whole number of 1 or more, not "ten"\n');
    });
  });

  describe("in the editor's settings (teamCharter.rules)", () => {
    it('accepts the config file\'s form and leaves out a setting the rule would refuse', () => {
      const { rules } = readSettings({
        rules: {
          'role-overload': ['warning', { max: 5 }],
          'role-unused': ['off'],
          'role-undefined': ['warning', { max: 5 }],
          'accountable-missing': ['loud'],
        },
      });
      assert.deepEqual(rules, { 'role-overload': { severity: 'warning', options: { max: 5 } }, 'role-unused': 'off' });
      assert.deepEqual(readSettings({ rules: { 'role-overload': ['warning', { max: 0 }] } }).rules, {});
    });

    it('reach the rule through the language server', async function () {
      const root = makeFolder({});
      const rules = { 'role-overload': ['warning', { max: 1 }] };
      const client = await LspClient.start({ rootDir: root, configurationSupport: false, initializationOptions: { teamCharter: { rules } } });
      try {
        const uri = fileUri(path.join(root, 'team.charter.md'));
        await client.open(uri, PROBLEM_CHARTER_MARKDOWN);
        const { diagnostics } = await client.currentDiagnostics(uri);
        const overload = diagnostics.filter((diagnostic) => diagnostic.code === 'role-overload');
        assert.deepEqual(
          overload.map((diagnostic) => String(diagnostic.message).split('. ')[0]),
          ['"Engineering Manager" is accountable for 2 of 4 responsibilities (more than 1)'],
        );
      } finally {
        await client.stop();
      }
    });
  });
});
