// What a user sees of a check, as one string: for the tests that compare a check that keeps parts of an
// earlier read (the YAML entry cache, the Markdown table row cache) with one that reads the whole text.
import type { CheckResult } from '../../server/src/core/check';
import type { FixVerifier } from '../../server/src/core/fixes/verify';
import type { Involvement } from '../../server/src/core/model';

/**
 * Every finding with its fixes' edits; the model's responsibilities, each with what its rewrite writes
 * for `involvements`; the charter's problems and its tables' reading notes.
 */
export function seenOfCheck(result: CheckResult, involvements: Involvement[]): string {
  return JSON.stringify({
    findings: result.findings.map((f) => ({ ...f, fixes: f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits, safe: fix.safe })) })),
    responsibilities: result.charter.responsibilities.map((r) => ({
      ...r,
      references: r.references.map((ref) => [ref.text, ref.range]),
      assignments: r.assignments.map((a) => [a.letter, a.ref.text, a.range]),
      cells: r.cells.map((cell) => [cell.text, cell.range, cell.letters, cell.problem, cell.column.text]),
      rewrite: r.rewrite(involvements),
    })),
    problems: result.charter.problems,
    tables: result.charter.tables,
  });
}

/** The fixes offered for each finding of the verifier's text, verified. */
export function offeredFixes(verifier: FixVerifier): string {
  return JSON.stringify(verifier.before.findings.map((finding) => verifier.offered(finding).map((fix) => [fix.title, fix.edits, fix.safe])));
}
