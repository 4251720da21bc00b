// Writes the rules part of schemas/team-charter-config.schema.json (top level and in overrides) from the
// rule registry: each rule's severities, and its options with their limits, so that the schema editors
// validate with and the core cannot disagree. Run: npx tsx scripts/generate-config-schema.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITY_SETTINGS } from '../server/src/core/config';
import { RULES } from '../server/src/core/rules';
import type { NumberOption } from '../server/src/core/rules/options';

export const CONFIG_SCHEMA_PATH = join(__dirname, '..', 'schemas', 'team-charter-config.schema.json');

function optionSchema(spec: NumberOption): Record<string, unknown> {
  return {
    type: spec.type,
    ...(spec.minExclusive ? { exclusiveMinimum: spec.min } : { minimum: spec.min }),
    ...(spec.max === undefined ? {} : { maximum: spec.max }),
    default: spec.default,
    description: spec.description,
  };
}

/** The `rules` object: rule id -> a severity, or [severity, options]. */
export function rulesSchema(): Record<string, unknown> {
  const severity = { type: 'string', enum: [...SEVERITY_SETTINGS] };
  const properties: Record<string, unknown> = {};
  for (const rule of RULES) {
    const specs = Object.entries(rule.options ?? {});
    const options =
      specs.length === 0
        ? { type: 'object', maxProperties: 0, description: 'This rule has no options.' }
        : { type: 'object', additionalProperties: false, properties: Object.fromEntries(specs.map(([name, spec]) => [name, optionSchema(spec)])) };
    properties[rule.id] = { anyOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, options] }] };
  }
  return {
    type: 'object',
    description: 'Severity per rule id: off, hint, info, warning or error, or [severity, options] for a rule with options.',
    properties,
    additionalProperties: false,
  };
}

/** The schema file's text with both `rules` objects generated; everything else as it is. */
export function generatedConfigSchemaText(current = readFileSync(CONFIG_SCHEMA_PATH, 'utf8')): string {
  const schema = JSON.parse(current);
  schema.properties.rules = rulesSchema();
  schema.properties.overrides.items.properties.rules = rulesSchema();
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(CONFIG_SCHEMA_PATH, generatedConfigSchemaText());
  console.log(`wrote ${CONFIG_SCHEMA_PATH}`);
}
