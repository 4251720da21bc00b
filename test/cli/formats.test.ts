import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { RULES } from '../../server/src/core/rules';
import { cli, makeFolder, CLEAN_YAML, ERROR_YAML, WARNING_YAML } from '../helpers/cli';

// The emoji is two UTF-16 code units but one code point, so a column counted in code points would be
// one less than the one expected here.
const EMOJI_YAML = `team: "Launch 🚀 队"
roles:
  pm:
    title: Product Manager
responsibilities:
  - { name: "发布 🚀 plan", accountable: pm, responsible: designer }
`;
const emojiLine = EMOJI_YAML.split('\n')[5];
const designerColumn = emojiLine.indexOf('designer');

describe('CLI output formats', () => {
  const cwd = makeFolder({
    'clean.charter.yaml': CLEAN_YAML,
    'error.charter.yaml': ERROR_YAML,
    'warning.charter.yaml': WARNING_YAML,
    'emoji.charter.yaml': EMOJI_YAML,
    'sub dir/error.charter.yaml': ERROR_YAML,
    // Two accountable roles: a finding with related locations, which SARIF carries as relatedLocations.
    'multiple.charter.yaml': CLEAN_YAML.replace('accountable: pm', 'accountable: [pm, em]'),
  });
  const errorLine = ERROR_YAML.split('\n').findIndex((line) => line.includes('designer'));
  const errorColumn = ERROR_YAML.split('\n')[errorLine].indexOf('designer');

  describe('json', () => {
    it('lists every file, clean ones with an empty array, in exactly the §7 shape', () => {
      const { code, stdout } = cli(['check', '--format', 'json', 'clean.charter.yaml', 'error.charter.yaml'], { cwd });
      assert.equal(code, 1);
      assert.deepEqual(JSON.parse(stdout), [
        { file: 'clean.charter.yaml', diagnostics: [] },
        {
          file: 'error.charter.yaml',
          diagnostics: [
            {
              rule: 'role-undefined',
              severity: 'error',
              message: JSON.parse(stdout)[1].diagnostics[0].message,
              range: {
                start: { line: errorLine, character: errorColumn },
                end: { line: errorLine, character: errorColumn + 'designer'.length },
              },
            },
          ],
        },
      ]);
      assert.match(JSON.parse(stdout)[1].diagnostics[0].message, /designer/);
    });

    it('counts columns in UTF-16 code units past emoji and CJK text', () => {
      assert.notEqual(designerColumn, [...emojiLine.slice(0, designerColumn)].length, 'the fixture must tell the two apart');
      const [report] = JSON.parse(cli(['check', '-f', 'json', 'emoji.charter.yaml'], { cwd }).stdout);
      const finding = report.diagnostics.find((diagnostic: { rule: string }) => diagnostic.rule === 'role-undefined');
      assert.deepEqual(finding.range, {
        start: { line: 5, character: designerColumn },
        end: { line: 5, character: designerColumn + 'designer'.length },
      });
    });

    it('shows severities changed by --rule, and drops rules turned off', () => {
      const raised = JSON.parse(cli(['check', '-f', 'json', '--rule', 'responsible-missing=error', 'warning.charter.yaml'], { cwd }).stdout);
      assert.deepEqual(
        raised[0].diagnostics.map((d: { rule: string; severity: string }) => [d.rule, d.severity]),
        [['responsible-missing', 'error']],
      );
      const silenced = cli(['check', '-f', 'json', '--rule', 'role-undefined=off', 'error.charter.yaml'], { cwd });
      assert.equal(silenced.code, 0);
      assert.deepEqual(JSON.parse(silenced.stdout), [{ file: 'error.charter.yaml', diagnostics: [] }]);
    });
  });

  describe('stylish', () => {
    it('prints path:line:column (1-based), severity, message and rule id, then a summary', () => {
      const { stdout } = cli(['check', 'error.charter.yaml', 'warning.charter.yaml'], { cwd });
      const lines = stdout.trimEnd().split('\n');
      assert.match(lines[0], new RegExp(`^error\\.charter\\.yaml:${errorLine + 1}:${errorColumn + 1}  error  .*designer.*  role-undefined$`));
      assert.match(lines[1], /^warning\.charter\.yaml:6:\d+  warning  .+  responsible-missing$/);
      assert.equal(lines.at(-2), '✖ 2 problems (1 error, 1 warning)');
      // As ESLint says it: the warning's safe fix (the accountable role responsible too) is what --fix applies.
      assert.equal(lines.at(-1), '  0 errors and 1 warning potentially fixable with the `--fix` option.');
    });

    it('uses UTF-16 columns too, so editors jump to the right place', () => {
      const { stdout } = cli(['check', 'emoji.charter.yaml'], { cwd });
      assert.match(stdout, new RegExp(`^emoji\\.charter\\.yaml:6:${designerColumn + 1}  error  `, 'm'));
    });

    it('says so when nothing is found', () => {
      const { code, stdout } = cli(['check', 'clean.charter.yaml'], { cwd });
      assert.equal(code, 0);
      assert.equal(stdout, '✔ no problems (1 file checked)\n');
    });

    it('colours only a terminal, and never when NO_COLOR is set', () => {
      const escape = '\u001b[';
      assert.ok(!cli(['check', 'error.charter.yaml'], { cwd }).stdout.includes(escape), 'no colour in a pipe');
      assert.ok(cli(['check', 'error.charter.yaml'], { cwd, isTTY: true }).stdout.includes(escape), 'colour at a terminal');
      assert.ok(
        !cli(['check', 'error.charter.yaml'], { cwd, isTTY: true, env: { NO_COLOR: '1' } }).stdout.includes(escape),
        'NO_COLOR wins',
      );
    });
  });

  describe('sarif', () => {
    const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
    let code: number;
    // Parsed JSON: its shape is what these tests check.
    let log: any;
    before(() => {
      const outcome = cli(['check', '-f', 'sarif', '.'], { cwd });
      code = outcome.code;
      log = JSON.parse(outcome.stdout);
    });

    it('is valid SARIF 2.1.0', () => {
      // The schema's language-tag pattern is not valid in Unicode mode; it was written for plain regexes.
      const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
      ajv.addFormat('uri', (text: string) => URL.canParse(text));
      ajv.addFormat('uri-reference', (text: string) => URL.canParse(text, 'file:///base/') && !/[\s\\]/.test(text));
      ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)));
      const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
      assert.equal(code, 1);
      const valid = validate(log);
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
    });

    it('describes every rule in tool.driver', () => {
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'team-charter');
      assert.equal(driver.version, require('../../package.json').version);
      assert.match(driver.informationUri, /^https:\/\//);
      assert.deepEqual(
        driver.rules.map((rule: { id: string }) => rule.id),
        RULES.map((rule) => rule.id),
      );
      const undefinedRule = driver.rules.find((rule: { id: string }) => rule.id === 'role-undefined');
      assert.equal(undefinedRule.defaultConfiguration.level, 'error');
      assert.match(undefinedRule.helpUri, /role-undefined/);
      assert.ok(undefinedRule.shortDescription.text.length > 0);
      const warningRule = driver.rules.find((rule: { id: string }) => rule.id === 'responsible-missing');
      assert.equal(warningRule.defaultConfiguration.level, 'warning');
    });

    it('gives each result a relative, forward-slash URI and a 1-based region in UTF-16 columns', () => {
      const results = log.runs[0].results as {
        ruleId: string;
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
      }[];
      const uris = results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri).sort();
      assert.deepEqual(uris, [
        'emoji.charter.yaml',
        'error.charter.yaml',
        'multiple.charter.yaml',
        'sub%20dir/error.charter.yaml',
        'warning.charter.yaml',
      ]);
      const emoji = results.find((result) => result.locations[0].physicalLocation.artifactLocation.uri === 'emoji.charter.yaml');
      assert.ok(emoji);
      assert.equal(emoji.ruleId, 'role-undefined');
      assert.equal(emoji.level, 'error');
      assert.match(emoji.message.text, /designer/);
      assert.deepEqual(emoji.locations[0].physicalLocation.region, {
        startLine: 6,
        startColumn: designerColumn + 1,
        endLine: 6,
        endColumn: designerColumn + 1 + 'designer'.length,
      });
      const warning = results.find((result) => result.ruleId === 'responsible-missing');
      assert.equal(warning?.level, 'warning');
    });

    it('points at each accountable role of a doubly owned responsibility through relatedLocations', () => {
      const multiple = log.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'accountable-multiple');
      assert.ok(multiple, 'accountable-multiple is reported');
      assert.equal(multiple.relatedLocations.length, 2);
      for (const related of multiple.relatedLocations) {
        assert.equal(related.physicalLocation.artifactLocation.uri, 'multiple.charter.yaml');
        assert.ok(related.physicalLocation.region.startLine >= 1);
        assert.ok(related.message.text.length > 0);
      }
    });
  });
});
