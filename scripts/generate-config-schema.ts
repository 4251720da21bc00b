// Writes the rules part of schemas/team-charter-config.schema.json (top level and in overrides) from the
// rule registry: each rule's severities, and its options with their limits, so that the schema editors
// validate with and the core cannot disagree. Run: npx tsx scripts/generate-config-schema.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITY_SETTINGS } from '../server/src/core/config/settings';
import { RULES } from '../server/src/core/rules';
import { ruleSettingSchema } from '../server/src/core/rules/settingSchema';

export const CONFIG_SCHEMA_PATH = join(__dirname, '..', 'schemas', 'team-charter-config.schema.json');

/** The `rules` object: rule id -> a severity, or [severity, options]. */
export function rulesSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of RULES) properties[rule.id] = ruleSettingSchema(rule);
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
