// The JSON schema the editor validates with and the core's own schema checks must agree: the checked-in
// schema is the generated one, and on every fixture ajv accepts exactly when the core finds no schema
// problem.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { parseCharter } from '../server/src/core/parse';
import { generatedSchemaText, SCHEMA_PATH } from '../scripts/generate-schema';

const FIXTURES = join(__dirname, 'fixtures', 'yaml');

describe('charter JSON schema', () => {
  it('is checked in as generated (run npx tsx scripts/generate-schema.ts)', () => {
    assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), generatedSchemaText());
  });

  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  const fixtures = readdirSync(FIXTURES).filter((name) => /\.ya?ml$/.test(name));

  it('has fixtures both valid and invalid', () => {
    const verdicts = fixtures.map((name) => validate(parse(readFileSync(join(FIXTURES, name), 'utf8'))));
    assert.ok(verdicts.includes(true) && verdicts.includes(false));
  });

  for (const name of fixtures) {
    it(`agrees with the core on ${name}`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const charter = parseCharter(text, 'yaml');
      assert.deepEqual(
        charter.problems.filter((problem) => problem.rule === 'syntax'),
        [],
        'schema fixtures must be valid YAML',
      );
      const coreAccepts = !charter.problems.some((problem) => problem.rule === 'schema');
      // Trusted fixtures: converting to plain data is safe here (the parser itself never does).
      const ajvAccepts = validate(parse(text) ?? null);
      assert.equal(
        ajvAccepts,
        coreAccepts,
        `ajv: ${JSON.stringify(validate.errors)}; core: ${JSON.stringify(charter.problems.map((problem) => problem.message))}`,
      );
    });
  }
});
