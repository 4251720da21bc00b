// Rule options: what a rule declares it accepts (RuleMeta.options), how given options are checked, and
// the values a rule runs with. One place, so that the config file, `--rule` and the editor's settings
// accept the same options with the same messages.
import { readSeverity, type RuleOptionValues, type RuleSetting } from '../config/settings';
import type { RuleMeta } from './types';

/** A numeric option: all options so far are limits. */
export interface NumberOption {
  type: 'integer' | 'number';
  default: number;
  /** The smallest value allowed; excluded too when `minExclusive`. */
  min: number;
  minExclusive?: boolean;
  /** The largest value allowed. */
  max?: number;
  /** One line, for the docs and the config file's schema. */
  description: string;
}

export type RuleOptionSpecs = Readonly<Record<string, NumberOption>>;

/** What is wrong in a setting: its severity, an item after the options, the options as a whole, or one option's name or value. */
export type SettingPart = 'severity' | 'extra' | 'options' | 'name' | 'value';

export interface SettingProblem {
  problem: string;
  part: SettingPart;
  /** The option at fault, for `name` and `value`. */
  key?: string;
}

export type OptionsReading = { options: RuleOptionValues; problem?: undefined } | SettingProblem;

export type SettingReading = { setting: RuleSetting; problem?: undefined } | SettingProblem;

/**
 * A rule's setting as a plain value (from JSON, YAML or the editor's settings): a severity, or a list of a
 * severity and the rule's options, as ESLint writes them. Options equal to none give the severity alone.
 */
export function readRuleSetting(rule: Pick<RuleMeta, 'id' | 'options'>, value: unknown): SettingReading {
  const [written, options, ...extra] = Array.isArray(value) ? value : [value];
  const severity = readSeverity(written);
  if (severity === undefined) {
    return { problem: `The severity of ${rule.id} must be off, hint, info, warning or error (or a list starting with one).`, part: 'severity' };
  }
  if (extra.length > 0) {
    return { problem: `The setting of ${rule.id} is a severity, or a list of a severity and an object of options: [warning, { ... }].`, part: 'extra' };
  }
  if (options === undefined) return { setting: severity };
  const reading = readRuleOptions(rule, options);
  if (reading.problem !== undefined) return reading;
  return { setting: Object.keys(reading.options).length > 0 ? { severity, options: reading.options } : severity };
}

/** Options given for a rule (any value, as read from JSON, YAML or settings), checked against what it declares. */
export function readRuleOptions(rule: Pick<RuleMeta, 'id' | 'options'>, given: unknown): OptionsReading {
  const specs = rule.options ?? {};
  const names = Object.keys(specs);
  if (names.length === 0) {
    const empty = !!given && typeof given === 'object' && !Array.isArray(given) && Object.keys(given).length === 0;
    return empty ? { options: {} } : { problem: `${rule.id} has no options: give its severity alone.`, part: 'options' };
  }
  if (!given || typeof given !== 'object' || Array.isArray(given)) {
    return { problem: `The options of ${rule.id} are an object, such as { "${names[0]}": ${specs[names[0]].default} }.`, part: 'options' };
  }
  const options: Record<string, number> = {};
  for (const [key, value] of Object.entries(given)) {
    const spec = Object.prototype.hasOwnProperty.call(specs, key) ? specs[key] : undefined;
    if (!spec) return { problem: `Unknown option '${key}' for ${rule.id}: its options are ${names.join(', ')}.`, key, part: 'name' };
    if (!fits(spec, value)) return { problem: `The ${key} option of ${rule.id} must be ${allowed(spec)}, not ${JSON.stringify(value) ?? String(value)}.`, key, part: 'value' };
    options[key] = value as number;
  }
  return { options };
}

/** What the rule runs with: each option given, or its default. */
export function optionValues(rule: Pick<RuleMeta, 'options'>, given: RuleOptionValues): RuleOptionValues {
  const values: Record<string, number> = {};
  for (const [key, spec] of Object.entries(rule.options ?? {})) values[key] = given[key] ?? spec.default;
  return values;
}

function fits(spec: NumberOption, value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (spec.type === 'integer' && !Number.isInteger(value)) return false;
  if (value < spec.min || (spec.minExclusive && value === spec.min)) return false;
  return spec.max === undefined || value <= spec.max;
}

/** "a whole number of 1 or more", "a number above 0 and at most 1". */
export function allowed(spec: NumberOption): string {
  const kind = spec.type === 'integer' ? 'a whole number' : 'a number';
  if (spec.max === undefined) return spec.minExclusive ? `${kind} above ${spec.min}` : `${kind} of ${spec.min} or more`;
  return spec.minExclusive ? `${kind} above ${spec.min} and at most ${spec.max}` : `${kind} from ${spec.min} to ${spec.max}`;
}
