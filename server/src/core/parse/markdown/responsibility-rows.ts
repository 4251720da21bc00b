// What every form of responsibility shares: the scope it is listed in (the same name in two tables is two
// steps), the body rows of a table that are responsibilities, and the assignments of letter lists.
import type { Assignment, RaciLetter, RoleReference, Span } from '../../model';
import { cellSpan, cellText, tabAt, type ReadContext } from './context';
import type { GfmTable, TableRow } from './gfm-table';
import { isLabelRow, isSummaryRow, repeatsHeader } from './table-rows';

/** Which table or section a responsibility is listed in: the same name in two of them is two steps. */
export function scopeOf(ctx: ReadContext, offset: number, what: string): string {
  return `${what}@${tabAt(ctx, offset)}`;
}

/** The body rows that are responsibilities, each with its index in the body and its group: group rows only set the group. */
export function* responsibilityRows(ctx: ReadContext, table: GfmTable, nameColumn: number, headingGroup: string | undefined, groupColumn?: number): Generator<{ row: TableRow; index: number; name: Span; group: string | undefined }> {
  let group = headingGroup;
  for (const [index, row] of table.body.entries()) {
    if (row.cells.length === 0) continue;
    const groupText = groupColumn === undefined ? '' : cellText(ctx, row.cells[groupColumn]);
    if (groupText) group = groupText.replace(/^[*_]+|[*_]+$/g, '');
    if (isLabelRow(table, index, ctx.text)) {
      group = cellText(ctx, row.cells[0]).replace(/^[*_]+|[*_]+$/g, '');
      continue;
    }
    if (isSummaryRow(ctx, row) || repeatsHeader(ctx, table, row)) continue;
    const cell = row.cells[nameColumn];
    const name = cell && cellSpan(ctx, cell, row.line);
    if (name && name.text) yield { row, index, name, group };
  }
}

/** The references and assignments of letter lists (`Accountable: A, B`, an assignment row's cells). */
export function assignmentsOf(lists: readonly { letter: RaciLetter; refs: readonly RoleReference[] }[]): { references: RoleReference[]; assignments: Assignment[] } {
  const references: RoleReference[] = [];
  const assignments: Assignment[] = [];
  for (const { letter, refs } of lists) {
    for (const ref of refs) {
      references.push(ref);
      assignments.push({ ref, letter, range: ref.range });
    }
  }
  return { references, assignments };
}
