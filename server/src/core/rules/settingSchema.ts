// The JSON schema of one rule's setting (a severity, or [severity, options] for a rule with options), for
// the config file's schema and for the editor's `teamCharter.rules` setting, so both accept what the core
// reads (core/rules/options.ts).
import { SEVERITY_SPELLINGS } from '../config/settings';
import type { NumberOption } from './options';
import type { RuleMeta } from './types';

function optionSchema(spec: NumberOption): Record<string, unknown> {
  return {
    type: spec.type,
    ...(spec.minExclusive ? { exclusiveMinimum: spec.min } : { minimum: spec.min }),
    ...(spec.max === undefined ? {} : { maximum: spec.max }),
    default: spec.default,
    description: spec.description,
  };
}

export function ruleSettingSchema(rule: Pick<RuleMeta, 'options'>): Record<string, unknown> {
  // Ours and ESLint's spellings (0, 1, 2, warn): the core reads both (config/settings.ts readSeverity).
  const severity = { enum: [...SEVERITY_SPELLINGS] };
  const specs = Object.entries(rule.options ?? {});
  const options =
    specs.length === 0
      ? { type: 'object', maxProperties: 0, description: 'This rule has no options.' }
      : { type: 'object', additionalProperties: false, properties: Object.fromEntries(specs.map(([name, spec]) => [name, optionSchema(spec)])) };
  return { anyOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, options] }] };
}

/** The severity a rule runs with when nothing is configured: `off` for a rule an organisation opts into. */
export function defaultSettingOf(rule: Pick<RuleMeta, 'defaultSeverity' | 'offByDefault'>): string {
  return rule.offByDefault ? 'off' : rule.defaultSeverity;
}
