// Settings shared by the CLI and the server.
import type { Severity, SeveritySetting } from '../model';
import { TOO_MANY_PROBLEMS } from '../findingLimit';

/** Default charter globs (docs/format.md, "Which files are charters"); also the CLI's defaults when given a directory. */
export const DEFAULT_CHARTER_GLOBS: readonly string[] = [
  '**/*.charter.md',
  '**/*.charter.yaml',
  '**/*.charter.yml',
  '**/CHARTER.md',
  '**/charter.md',
  '**/charter.yaml',
  '**/charter.yml',
  '**/TEAM-CHARTER.md',
  '**/team-charter.md',
];

/** Folders never walked. */
export const IGNORED_FOLDERS: readonly string[] = ['node_modules', '.git'];

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}

/**
 * ESLint's spellings of a severity, accepted wherever one is given (config file, `--rule`, settings):
 * 0, 1 and 2 (numbers, or digits on a command line) and `warn`.
 */
const ESLINT_SEVERITIES: Readonly<Record<string, SeveritySetting>> = { '0': 'off', '1': 'warning', '2': 'error', warn: 'warning' };

/** The written forms of a severity: ours, then ESLint's (for messages and schemas). */
export const SEVERITY_SPELLINGS: readonly (string | number)[] = [...SEVERITY_SETTINGS, 'warn', 0, 1, 2];

/** A severity as written (`warning`, `warn`, `1`, 1), or undefined when it is none. */
export function readSeverity(value: unknown): SeveritySetting | undefined {
  if (isSeveritySetting(value)) return value;
  if (typeof value === 'number' || typeof value === 'string') return ESLINT_SEVERITIES[String(value)];
  return undefined;
}

/** A rule's options as given (`{ "max": 8 }`), checked against the rule's `options` (rules/options.ts). */
export type RuleOptionValues = Readonly<Record<string, number>>;

/** A severity, or a severity with options (`["warning", { "max": 8 }]` in the config file). */
export type RuleSetting = SeveritySetting | { severity: SeveritySetting; options: RuleOptionValues };

/**
 * Rule id -> setting, as given in settings, the config file or on the command line: a severity, with
 * the rule's options when some were given.
 */
export type RuleSeverities = Partial<Record<string, RuleSetting>>;

export function severityOf(setting: RuleSetting | undefined): SeveritySetting | undefined {
  return typeof setting === 'object' ? setting.severity : setting;
}

export function optionsOf(setting: RuleSetting | undefined): RuleOptionValues {
  return typeof setting === 'object' ? setting.options : {};
}

/**
 * `later` over `earlier`, as ESLint merges rule settings: a severity alone keeps the options given
 * before it (`--rule role-overload=warning` keeps the config file's `max`); options replace options.
 */
export function mergeRuleSettings(earlier: RuleSeverities, later: RuleSeverities): RuleSeverities {
  const merged: RuleSeverities = { ...earlier };
  for (const [id, setting] of Object.entries(later)) {
    if (setting === undefined) continue;
    const before = earlier[id];
    merged[id] = typeof setting === 'string' && typeof before === 'object' ? { severity: setting, options: before.options } : setting;
  }
  return merged;
}

/** Where each rule's documentation lives; the one place links are made. */
export const DOCS_BASE_URL = 'https://github.com/team-charter/team-charter/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  // The finding that ends a cut list is not a rule; its page is the limits section of the format.
  if (ruleId === TOO_MANY_PROBLEMS) return `${DOCS_BASE_URL.replace(/rules\/$/, '')}format.md#limits`;
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export type { Severity, SeveritySetting };
