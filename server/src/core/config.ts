// Settings shared by the CLI and the server.
import type { Severity, SeveritySetting } from './model';
import { TOO_MANY_PROBLEMS } from './findingLimit';

/** Default charter globs (contract §1); also the CLI's defaults when given a directory. */
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

/** Rule id -> severity override, as given in settings or on the command line. */
export type RuleSeverities = Partial<Record<string, SeveritySetting>>;

/** Where each rule's documentation lives; the one place links are made. */
export const DOCS_BASE_URL = 'https://github.com/team-charter/team-charter/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  // The finding that ends a cut list is not a rule; its page is the limits section of the format.
  if (ruleId === TOO_MANY_PROBLEMS) return `${DOCS_BASE_URL.replace(/rules\/$/, '')}format.md#limits`;
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export type { Severity, SeveritySetting };
