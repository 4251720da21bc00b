// The config file's JSON schema (contributed to VS Code for .team-charter.json/.jsonc/.yaml/.yml) agrees
// with what the core accepts: every rule id, the settings, and a config the core rejects is invalid too.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { parseConfigFile } from '../../server/src/core/config/file';
import { RULES } from '../../server/src/core/rules';
import { CONFIG_SCHEMA_PATH, generatedConfigSchemaText } from '../../scripts/generate-config-schema';

const ROOT = path.resolve(__dirname, '../..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/team-charter-config.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false }).compile(schema);
const ids = RULES.map((rule) => rule.id);

describe('config file: JSON schema', () => {
  it('lists every rule', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), ids);
  });

  it('has the rules part generated from the rule registry (run npx tsx scripts/generate-config-schema.ts)', () => {
    const current = fs.readFileSync(CONFIG_SCHEMA_PATH, 'utf8');
    assert.equal(current, generatedConfigSchemaText(current));
  });

  it('is not contributed to VS Code, where the server is the one report of a config problem', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.contributes.jsonValidation, undefined);
    assert.equal(manifest.contributes.yamlValidation, undefined);
  });

  const cases: [string, boolean][] = [
    ['files: ["docs/**/*.md"]\nignores: [archive/]\nrules: { role-unused: off, role-boundary: [warning, {}] }\nreportUnusedDisableDirectives: true\noverrides:\n  - files: ["drafts/**"]\n    rules: { role-undefined: warning }\n', true],
    ['rules: { role-unsed: off }\n', false],
    ['rules: { role-unused: of }\n', false],
    ['rule: {}\n', false],
    ['overrides: [{ rules: {} , extra: 1 }]\n', false],
    ['rules: { role-overload: [warning, { max: 8, share: 0.4, minResponsibilities: 12 }] }\n', true],
    ['overrides: [{ files: [a.md], rules: { role-overload: [error, { share: 1 }] } }]\n', true],
    ['rules: { role-overload: [warning, { max: 0 }] }\n', false],
    ['rules: { role-overload: [warning, { max: 2.5 }] }\n', false],
    ['rules: { role-overload: [warning, { share: 0 }] }\n', false],
    ['rules: { role-overload: [warning, { share: 1.5 }] }\n', false],
    ['rules: { role-overload: [warning, { limit: 3 }] }\n', false],
    ['rules: { role-overload: [warning, 8] }\n', false],
    ['rules: { role-overload: [warning, {}, {}] }\n', false],
    ['rules: { role-unused: [warning, { max: 3 }] }\n', false],
    ['teams: { Checkout: { owners: ["@acme/checkout"], group: checkout }, Web: { owners: "@acme/web" } }\n', true],
    ['teams: { Checkout: { owner: "@acme/checkout" } }\n', false],
    ['teams: { Checkout: { owners: [1] } }\n', false],
    ['teams: { Checkout: { group: " " } }\n', false],
    ['teams: [Checkout]\n', false],
  ];
  for (const [text, valid] of cases) {
    it(`${valid ? 'accepts' : 'rejects'} ${JSON.stringify(text)} as the core does`, () => {
      assert.equal(validate(parseYaml(text)), valid, JSON.stringify(validate.errors));
      assert.equal(parseConfigFile(text, '.team-charter.yaml', ids).problems.length === 0, valid);
    });
  }
});
