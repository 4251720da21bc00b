// "Fix all": the fixes marked safe (one obvious outcome), as many as apply without overlapping.
import type { Finding, TextEdit } from '../model';
import { comparePositions } from '../text';

/** Safe fixes' edits, one fix per finding, skipping any fix that would overlap one already taken. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    if (fix.edits.some((edit, i) => fix.edits.some((other, j) => i !== j && overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
  }
  return taken;
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
