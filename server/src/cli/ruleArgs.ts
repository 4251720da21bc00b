// `--rule`: a rule's setting for one run, in every form users type by habit. Ours, `id=severity`
// (`role-unused=off`, `role-overload=["warning", {"max": 8}]`), and ESLint's, `'id: severity'`
// (`'role-unused: 0'`, `'{role-unused: off, role-boundary: warn}'`, `'role-overload: [2, {max: 8}]'`).
// Values are read as YAML flow, of which JSON is a part, so both spellings of a list work; severities
// may be ESLint's numbers (core/config/settings.ts readSeverity).
import { parseDocument } from 'yaml';
import { readSeverity, type RuleSetting, type RuleSeverities } from '../core/config/settings';
import { findRule, RULES } from '../core/rules';
import { readRuleSetting } from '../core/rules/options';
import { UsageError } from './usage';

/** Every `--rule` given, read; the later of two settings of one rule wins. */
export function ruleSettings(given: readonly string[]): RuleSeverities {
  const severities: RuleSeverities = {};
  for (const setting of given) {
    for (const [id, value] of entriesOf(setting)) {
      if (!findRule(id)) {
        const known = RULES.map((rule) => rule.id).join(', ');
        throw new UsageError(`unknown rule '${id}'${known ? `: rules are ${known}` : ''}`);
      }
      severities[id] = ruleSetting(id, value);
    }
  }
  return severities;
}

/** `id=value`, `id: value`, or a YAML mapping of ids to values (`{a: off, b: 2}`). */
function entriesOf(setting: string): [string, unknown][] {
  const assigned = /^\s*([^=:{}\s]+)\s*[=:]([\s\S]*)$/.exec(setting);
  if (assigned) return [[assigned[1], valueOf(assigned[1], assigned[2].trim())]];
  const parsed = parseYaml(setting);
  if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object' && !Array.isArray(parsed.value)) {
    const entries = Object.entries(parsed.value as Record<string, unknown>);
    if (entries.length > 0) return entries;
  }
  throw new UsageError(`--rule needs id=severity or 'id: severity', not '${setting}'`);
}

/** The text after `=`: a list or object as YAML flow (or JSON), anything else as the word it is. */
function valueOf(id: string, text: string): unknown {
  if (!text.startsWith('[') && !text.startsWith('{')) return text;
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new UsageError(`--rule ${id}=[...] needs JSON, such as ${id}='["warning", {}]', not '${text}'`);
  return parsed.value;
}

function parseYaml(text: string): { ok: true; value: unknown } | { ok: false } {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  return document.errors.length > 0 ? { ok: false } : { ok: true, value: document.toJSON() };
}

/** `warning`, `warn`, `1`, or `["warning", {"max": 8}]`, checked as the config file checks it. */
function ruleSetting(id: string, value: unknown): RuleSetting {
  if (!Array.isArray(value) && (typeof value === 'string' || typeof value === 'number') && readSeverity(value) === undefined) {
    throw new UsageError(`bad severity '${value}' for rule '${id}': use off, hint, info, warning or error (or 0, 1, 2)`);
  }
  const reading = readRuleSetting(findRule(id)!, value);
  if (reading.problem === undefined) return reading.setting;
  // The core's sentence, as one line after "team-charter: ".
  throw new UsageError(`${reading.problem.charAt(0).toLowerCase()}${reading.problem.slice(1).replace(/\.$/, '')}`);
}
