// Fixes are offered only when they do what they say. A fix is applied to the text and the result
// checked again: it is offered when its finding is gone and no new error appears, and it counts as
// safe (for "fix all") when, besides being marked safe by its rule, it adds no finding at all. Rules
// build their fixes without seeing the whole charter change (a rename next to the same name, a removed
// anchor, an id that does not resolve); this check is what makes "safe" mean exactly that.
//
// Cost: one check of the whole text per text the fixes write (fixes of several findings often write the
// same one), so it runs only where fixes are offered (the editor's code action request for the findings
// at the cursor, "fix all"), never in the check that runs on every keystroke; verdicts and the last few
// checked texts are remembered, and each request has a budget of checks.
import { checkText, optionsAside, type CheckOptions, type CheckResult } from '../check';
import type { CharterHost, Finding, Fix, Range, TextEdit } from '../model';
import { applyEdits, LineIndex, sameRange } from '../text';
import { compareFindings, type Outcome } from './compareFindings';

/**
 * What a fix does when applied: `safe` (its finding is gone, no finding is added, and its rule marks
 * it safe), `offer` (its finding is gone and no error is added), `drop` (neither: not offered).
 */
export type FixVerdict = 'safe' | 'offer' | 'drop';

/**
 * How many checks a code action request may run to verify quick fixes, and for how long (the fixes left
 * unverified are not offered); BENCHMARKS.md, section 3, measures code actions against its target.
 */
export const MAX_QUICK_FIX_CHECKS = 12;
export const QUICK_FIX_CHECKS_MS = 250;

/** The checks still allowed, shared by the calls of one request. */
export interface CheckBudget {
  /** How many more checks may run. */
  remaining: number;
  /**
   * No check starts after this time (performance.now()), but the first: on a very large charter, where
   * one check takes long, fewer fixes are verified (and offered) rather than the editor waiting. The
   * first check always runs, so that asking again (the editor does when the cursor moves) gets further
   * on a slow or busy machine, where the time can be gone before any check.
   */
  deadline?: number;
  /** Set when a check was refused for want of budget (so a partial answer is not remembered). */
  ranOut?: boolean;
  /** Set once a check was taken from this budget. */
  started?: boolean;
}

/** Takes one check from the budget; false (and `ranOut` set) when none is left. */
export function spend(budget: CheckBudget): boolean {
  const late = budget.started === true && budget.deadline !== undefined && performance.now() > budget.deadline;
  if (budget.remaining <= 0 || late) {
    budget.ranOut = true;
    return false;
  }
  budget.remaining--;
  budget.started = true;
  return true;
}

/** The rules about how a text is written rather than what it says: a fix that adds one of these made it. */
const WRITING_RULES: ReadonlySet<string> = new Set(['syntax', 'schema']);

/** How many re-checked texts a verifier keeps: fixes of different findings often write the same text. */
const KEPT_CHECKS = 4;

export class FixVerifier {
  private readonly options: CheckOptions;
  private readonly index: LineIndex;
  private readonly verdicts = new Map<string, FixVerdict>();
  /**
   * The findings of texts already checked, by text: "disable for this table" is the same edit for every
   * finding in the table, and a fix of one finding may write what a fix of another wrote.
   */
  private readonly checked = new Map<string, { index: LineIndex; findings: readonly Finding[] }>();
  /** Checks run so far (for tests and measurements). */
  checks = 0;
  /** The edits "fix all" found for this text within its budget (features/fixAll.ts), once known. */
  fixAllEdits: TextEdit[] | undefined;
  /** The findings "fix all" repairs, each with its fix (features/fixAll.ts), once known. */
  fixAllCandidates: { finding: Finding; fix: Fix }[] | undefined;

  /**
   * `check` is how the caller checks a text (the language server adds findings about the `extends`
   * chain around checkText); `before` is its result for `text`.
   */
  constructor(
    readonly text: string,
    options: CheckOptions = {},
    readonly before: CheckResult = checkText(text, options),
    private readonly check: (text: string, options: CheckOptions) => CheckResult = checkText,
  ) {
    // `extends` files are read once for all the checks of this text, not once per fix; each fixed text
    // is read from this text's reads, and leaves them as they are for the document's next version.
    this.options = { ...optionsAside(options), ...(options.host ? { host: memoizedHost(options.host) } : {}) };
    this.index = new LineIndex(text);
  }

  /**
   * The verdict on one fix of a finding (a finding of `before`, or one with the same rule, message and
   * range). Remembered: asking again costs nothing. Without budget left, an unverified fix is dropped.
   */
  verdict(finding: Finding, fix: Fix, budget?: CheckBudget): FixVerdict {
    const target = this.current(finding);
    if (!target || fix.edits.length === 0) return 'drop';
    const key = `${this.before.allFindings.indexOf(target)}\u0000${fix.title}\u0000${JSON.stringify(fix.edits)}`;
    const known = this.verdicts.get(key);
    if (known) return known;
    if (budget && !spend(budget)) return 'drop';
    const outcome = this.apply(fix.edits, [target]);
    let verdict: FixVerdict = 'drop';
    if (outcome && outcome.remaining.length === 0) {
      const added = this.notRevealed(outcome, fix.reveals ? [fix.reveals] : []);
      if (added.length === 0 && fix.safe) verdict = 'safe';
      else if (!added.some((finding) => finding.severity === 'error')) verdict = 'offer';
    }
    this.verdicts.set(key, verdict);
    return verdict;
  }

  /**
   * The fixes worth offering for a finding, in their order: each verified; one marked safe that adds a
   * finding (not an error) is offered as not safe.
   */
  offered(finding: Finding, fixes: readonly Fix[] = finding.fixes, budget?: CheckBudget): Fix[] {
    const result: Fix[] = [];
    for (const fix of fixes) {
      const verdict = this.verdict(finding, fix, budget);
      if (verdict === 'drop') continue;
      result.push(verdict === 'offer' && fix.safe ? { ...fix, safe: false } : fix);
    }
    return result;
  }

  /**
   * The fixes of a finding this file's check does not make (a cross-charter one, which the organisation
   * reports): applied to the text, none may add an error to the file. Whether the finding goes is for
   * the organisation to say, so none is safe for fix-all. Costs one check per fix, from the budget.
   * `expected`: a finding the fix is meant to leave, which the organisation takes back (the row a team
   * gives way on has no A of its own, and another team's is enough).
   */
  offeredOutside(fixes: readonly Fix[], budget?: CheckBudget, expected: (added: Finding) => boolean = () => false): Fix[] {
    return fixes
      .filter((fix) => {
        if (fix.edits.length === 0 || (budget && !spend(budget))) return false;
        const outcome = this.apply(fix.edits, []);
        return outcome !== undefined && !outcome.added.some((added) => added.severity === 'error' && !expected(added));
      })
      .map((fix) => ({ ...fix, safe: false }));
  }

  /** Whether `finding` is one of this file's own (its check made it), as opposed to a cross-charter one. */
  isOwn(finding: Finding): boolean {
    return this.current(finding) !== undefined;
  }

  /**
   * Whether the edits of several fixes, applied together, remove every one of the targeted findings and
   * add no finding at all (what "fix all" asks), but inside the entries the fixes reveal (Fix.reveals).
   * Costs one check, from the budget.
   */
  holdTogether(edits: readonly TextEdit[], targets: readonly Finding[], budget: CheckBudget, reveals: readonly Range[] = []): { holds: boolean; remaining: Finding[] } {
    if (!spend(budget)) return { holds: false, remaining: [] };
    const outcome = this.apply(edits, targets.map((target) => this.current(target) ?? target));
    if (!outcome) return { holds: false, remaining: [] };
    return { holds: outcome.remaining.length === 0 && this.notRevealed(outcome, reveals).length === 0, remaining: outcome.remaining };
  }

  /**
   * The added findings but those the fixes reveal: inside a revealed entry (ranges in the text before
   * the edits), about what the entry says. A `syntax` or `schema` finding is about how the text is
   * written, which the edits did write (two keys renamed to one), so it always counts.
   */
  private notRevealed(outcome: Outcome, reveals: readonly Range[]): Finding[] {
    if (reveals.length === 0) return outcome.added;
    const spans = reveals.map((range) => [this.index.offsetAt(range.start), this.index.offsetAt(range.end)]);
    const revealed = (finding: Finding, at: number) => !WRITING_RULES.has(finding.rule) && spans.some(([start, end]) => at >= start && at <= end);
    return outcome.added.filter((finding, i) => !revealed(finding, outcome.addedAt[i]));
  }

  /** The finding of `before` that `finding` is (itself, or the same rule, message and range). */
  private current(finding: Finding): Finding | undefined {
    const findings = this.before.allFindings;
    if (findings.includes(finding)) return finding;
    return findings.find(
      (other) => other.rule === finding.rule && other.message === finding.message && sameRange(other.range, finding.range),
    );
  }

  /** Applies the edits, checks the result and compares its findings with those before; undefined when the edits do not apply. */
  private apply(edits: readonly TextEdit[], targets: readonly Finding[]): Outcome | undefined {
    let after: string;
    try {
      after = applyEdits(this.text, edits);
    } catch {
      return undefined;
    }
    if (after === this.text) return undefined;
    const checked = this.checkedText(after);
    return compareFindings(this.index, this.before.allFindings, edits, checked.index, checked.findings, targets);
  }

  private checkedText(text: string): { index: LineIndex; findings: readonly Finding[] } {
    let checked = this.checked.get(text);
    if (checked) {
      // Kept as the most recently used.
      this.checked.delete(text);
    } else {
      this.checks++;
      checked = { index: new LineIndex(text), findings: this.check(text, this.options).allFindings };
      if (this.checked.size >= KEPT_CHECKS) this.checked.delete(this.checked.keys().next().value!);
    }
    this.checked.set(text, checked);
    return checked;
  }
}

function memoizedHost(host: CharterHost): CharterHost {
  const read = new Map<string, ReturnType<CharterHost['readFile']>>();
  return {
    readFile(file) {
      if (!read.has(file)) read.set(file, host.readFile(file));
      return read.get(file);
    },
  };
}
