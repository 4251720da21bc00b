// The one step between the rules and what a file reports: findings sorted into reading order, the ones
// `team-charter-disable` comments silence dropped (suppressions.ts), and the list cut to the per-file
// limit (findingLimit.ts). checkText runs it once, after every rule; nothing reworks its result except
// the cross-charter pass, which adds findings that exist only once every file is checked (org/check.ts).
import type { Charter, CharterFormat, Finding, Severity } from './model';
import { limitFindings } from './findingLimit';
import { applySuppressions, entryRanges } from './suppressions';

export interface FinaliseOptions {
  /** The most findings `findings` holds (findingLimit.ts). */
  maxFindings?: number;
  /** Report `team-charter-disable` comments that suppress nothing, with this severity. */
  reportUnused?: Severity | 'off';
  /** Every rule id a directive may name. */
  knownRules: readonly string[];
  /** Rules that did not judge this file here: a directive naming one is not reported as unused. */
  unjudgedRules: readonly string[];
}

export interface FinalFindings {
  /** What the file reports: sorted, suppressed, cut to `maxFindings`. */
  findings: Finding[];
  /** Every finding left after suppression, in position order (what fixes are verified against). */
  allFindings: Finding[];
}

export function finaliseFindings(text: string, format: CharterFormat, charter: Charter, findings: Finding[], options: FinaliseOptions): FinalFindings {
  findings.sort(byPosition);
  const kept = applySuppressions(text, format, findings, {
    reportUnused: options.reportUnused,
    knownRules: options.knownRules,
    unjudgedRules: options.unjudgedRules,
    entries: entryRanges(charter),
  });
  return { findings: limitFindings(kept, options.maxFindings), allFindings: kept };
}

/** Findings in reading order (a stable sort keeps rule order at one position). */
export function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
