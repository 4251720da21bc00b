// How many findings one file reports. A file can hold any number of mistakes: 5,000 rows with a bad
// cell each, or a paste of the same section 400 times. Every finding is sent to the editor on every
// keystroke and kept by it, and past a few hundred nobody reads them one by one. VS Code itself keeps at
// most 1,000 diagnostics per file (the most severe first) and replaces the rest with one "Not showing N
// further errors and warnings" marker; the limit here is the same, applied before anything is sent, and
// the same in the CLI, so the editor and the CLI keep reporting the same list.
import type { Finding, Range, Severity } from './model';

/** The most findings a file's list holds, the last one saying how many more there are when it is cut. */
export const MAX_FINDINGS_PER_FILE = 1000;

/** The rule id of the finding that ends a cut list (not a rule: it cannot be configured or turned off). */
export const TOO_MANY_PROBLEMS = 'too-many-problems';

/** Findings per severity. */
export type SeverityCounts = Record<Severity, number>;

const ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/**
 * The findings a file reports: all of them when there are at most `max`, else `max - 1` of them (errors
 * first, then warnings, info and hints; by position within a severity) in position order, and one last
 * `too-many-problems` finding, on the range of the last one shown, that says how many of each severity
 * are not shown and carries those counts (`omitted`). `findings` is in position order.
 */
export function limitFindings(findings: readonly Finding[], max = MAX_FINDINGS_PER_FILE): Finding[] {
  if (findings.length <= max) return [...findings];
  const keep = Math.max(0, max - 1);
  const rank = (finding: Finding) => ORDER.indexOf(finding.severity);
  // A stable sort keeps the position order within each severity.
  const chosen = new Set([...findings].sort((a, b) => rank(a) - rank(b)).slice(0, keep));
  const shown = findings.filter((finding) => chosen.has(finding));
  const omitted: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) if (!chosen.has(finding)) omitted[finding.severity]++;
  const last: Range = (shown[shown.length - 1] ?? findings[0]).range;
  shown.push({
    rule: TOO_MANY_PROBLEMS,
    severity: 'info',
    message: tooManyMessage(omitted, keep),
    range: last,
    fixes: [],
    omitted,
  });
  return shown;
}

export function tooManyMessage(omitted: SeverityCounts, shown: number): string {
  const total = ORDER.reduce((sum, severity) => sum + omitted[severity], 0);
  const parts = ORDER.filter((severity) => omitted[severity] > 0).map((severity) => countOf(omitted[severity], severity));
  return `${total} more ${total === 1 ? 'problem' : 'problems'} not shown (${parts.join(', ')}): at most ${shown} are listed per file, errors first.`;
}

/** "1 error", "3 warnings", "2 info", "1 hint". */
export function countOf(count: number, word: Severity): string {
  if (word === 'info') return `${count} info`;
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * How many findings of each severity a list stands for: those in it, and those a `too-many-problems`
 * finding says are not shown (which itself is not counted).
 */
export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) {
    if (finding.omitted) for (const severity of ORDER) counts[severity] += finding.omitted[severity];
    else counts[finding.severity]++;
  }
  return counts;
}
