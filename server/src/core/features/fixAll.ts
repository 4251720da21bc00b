// "Fix all": the fixes marked safe (one obvious outcome), as many as apply without overlapping, and
// only those that, applied together, remove their findings and add none (checked: fixes/verify.ts).
import type { Finding, Fix, TextEdit } from '../model';
import { comparePositions } from '../text';
import type { CheckBudget, FixVerifier } from '../fixes/verify';

/** A finding and the one safe fix "fix all" would apply for it. */
export interface FixCandidate {
  finding: Finding;
  fix: Fix;
}

/**
 * How many checks "fix all" may run. One when the safe fixes hold together (the usual case); when some
 * do not, the set is halved until the ones that add a finding are found, and what is left is checked
 * together again. When the budget runs out, only what was verified is applied.
 */
export const MAX_FIX_ALL_CHECKS = 24;
/** How long "fix all" may verify (VS Code waits 750 ms for actions on save). */
export const FIX_ALL_CHECKS_MS = 500;

/** Safe fixes, one per finding, skipping any fix that would overlap one already taken. Not verified. */
export function safeFixCandidates(findings: readonly Finding[]): FixCandidate[] {
  const candidates: FixCandidate[] = [];
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    if (fix.edits.some((edit, i) => fix.edits.some((other, j) => i !== j && overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
    candidates.push({ finding, fix });
  }
  return candidates;
}

/** The candidates' edits, not verified (see fixAllEdits for what the editor is given). */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  return safeFixCandidates(findings).flatMap((candidate) => candidate.fix.edits);
}

/**
 * The edits of "fix all" for the verifier's text: the largest set of safe fixes found that, applied
 * together, removes each one's finding and adds no finding. Remembered on the verifier (per text),
 * unless the budget (checks, or time) ran out first.
 */
export function fixAllEdits(verifier: FixVerifier, budget: CheckBudget = { remaining: MAX_FIX_ALL_CHECKS }): TextEdit[] {
  if (verifier.fixAllEdits) return verifier.fixAllEdits;
  const candidates = fixAllCandidates(verifier, budget);
  const edits = candidates.flatMap((candidate) => candidate.fix.edits);
  if (verifier.fixAllCandidates) verifier.fixAllEdits = edits;
  return edits;
}

/** The findings "fix all" repairs for the verifier's text, each with its fix (what fixAllEdits applies). */
export function fixAllCandidates(verifier: FixVerifier, budget: CheckBudget = { remaining: MAX_FIX_ALL_CHECKS }): FixCandidate[] {
  if (verifier.fixAllCandidates) return verifier.fixAllCandidates;
  const kept = largestSound(verifier, safeFixCandidates(verifier.before.allFindings), budget);
  // Cut short by the budget, the answer is partial: a later request may verify more.
  if (!budget.ranOut) verifier.fixAllCandidates = kept;
  return kept;
}

/** A subset of the candidates that holds together; every set returned was checked. */
function largestSound(verifier: FixVerifier, candidates: FixCandidate[], budget: CheckBudget): FixCandidate[] {
  if (candidates.length === 0) return [];
  const outcome = holds(verifier, candidates, budget);
  if (outcome.holds) return candidates;
  // A fix whose own finding stays is at fault itself: leave it out and try the others.
  if (outcome.remaining.length > 0) {
    const stayed = new Set(outcome.remaining);
    return largestSound(
      verifier,
      candidates.filter((candidate) => !stayed.has(candidate.finding)),
      budget,
    );
  }
  if (candidates.length === 1 || budget.ranOut) return [];
  // Something added a finding, and findings do not say which fix caused them: halve the set.
  const middle = candidates.length >> 1;
  const first = largestSound(verifier, candidates.slice(0, middle), budget);
  const second = largestSound(verifier, candidates.slice(middle), budget);
  if (first.length === 0 || second.length === 0) return first.length > 0 ? first : second;
  // Each half holds on its own; together they may not (two keys renamed to the same name).
  const both = [...first, ...second];
  if (holds(verifier, both, budget).holds) return both;
  return first.length >= second.length ? first : second;
}

function holds(verifier: FixVerifier, candidates: readonly FixCandidate[], budget: CheckBudget) {
  return verifier.holdTogether(
    candidates.flatMap((candidate) => candidate.fix.edits),
    candidates.map((candidate) => candidate.finding),
    budget,
    candidates.flatMap((candidate) => (candidate.fix.reveals ? [candidate.fix.reveals] : [])),
  );
}

/** Two edits conflict when their ranges share text, or both insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (comparePositions(a.range.end, b.range.start) < 0 || comparePositions(b.range.end, a.range.start) < 0) return false;
  const touching = comparePositions(a.range.end, b.range.start) === 0 || comparePositions(b.range.end, a.range.start) === 0;
  if (!touching) return true;
  const aEmpty = comparePositions(a.range.start, a.range.end) === 0;
  const bEmpty = comparePositions(b.range.start, b.range.end) === 0;
  return aEmpty && bEmpty;
}
