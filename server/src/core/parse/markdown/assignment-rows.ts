// Responsibilities read from tables that list role names under letters: assignment tables (`| Task | R |
// A |`) and transposed matrices (rows R/A/C/I, a column naming who).
import type { RaciLetter, RoleReference, Span } from '../../model';
import { plainCell } from '../../raci';
import { cellSpan, cellText, type ReadContext } from './context';
import { assignmentRowRewriter } from './edits';
import type { GfmTable, TableCell } from './gfm-table';
import { raciLabel, readReferences } from './source';
import { readsAsProse } from '../../prose';
import { isWhoHeader } from './words';
import { rowCoversOf } from './covers';
import { assignmentsOf, responsibilityRows, scopeOf } from './responsibility-rows';

export function readAssignmentTable(ctx: ReadContext, table: GfmTable, reading: { letters: (RaciLetter | undefined)[]; nameColumn: number; groupColumn?: number }, headingGroup: string | undefined): void {
  const { letters, nameColumn, groupColumn } = reading;
  const scope = scopeOf(ctx, table.header.lineStart, `table:${table.header.line}`);
  const rowCovers = rowCoversOf(ctx, table);
  for (const { row, name, group } of responsibilityRows(ctx, table, nameColumn, headingGroup, groupColumn)) {
    const lists: { letter: RaciLetter; cell?: TableCell; refs: RoleReference[] }[] = [];
    letters.forEach((letter, column) => {
      if (!letter) return;
      const cell = row.cells[column];
      lists.push({ letter, cell, refs: cell ? readReferences(ctx.source, cell.contentStart, cell.contentEnd, row.line) : [] });
    });
    pushListed(ctx, name, group, scope, lists, ctx.source.rangeOnLine(row.line, row.lineStart, row.lineEnd));
    const covers = rowCovers(row);
    if (covers) ctx.charter.responsibilities[ctx.charter.responsibilities.length - 1].covers = covers;
  }
}

/** Rows R, A, C, I; each other column one responsibility (named by its header, or by the section). */
export function readTransposed(ctx: ReadContext, table: GfmTable, section: Span | undefined): void {
  const scope = scopeOf(ctx, table.header.lineStart, `table:${table.header.line}`);
  for (let column = 1; column < table.columnCount; column++) {
    const header = cellSpan(ctx, table.header.cells[column]);
    const name = header.text && !isWhoHeader(header.text) ? header : section;
    if (!name || !name.text) continue;
    // "What it means here": a column of sentences beside the names explains them.
    const filled = table.body.map((row) => cellText(ctx, row.cells[column])).filter((text) => text !== '');
    if (filled.length > 0 && filled.filter((text) => readsAsProse(text)).length * 2 >= filled.length) continue;
    const lists: { letter: RaciLetter; cell?: TableCell; refs: RoleReference[] }[] = [];
    for (const row of table.body) {
      const letter = row.cells[0] && raciLabel(plainCell(cellText(ctx, row.cells[0])));
      if (!letter) continue;
      const cell = row.cells[column];
      lists.push({ letter, cell, refs: cell ? readReferences(ctx.source, cell.contentStart, cell.contentEnd) : [] });
    }
    const last = table.body[table.body.length - 1] ?? table.delimiter;
    pushListed(ctx, name, undefined, scope, lists, ctx.source.range(table.header.lineStart, last.lineEnd));
  }
}

function pushListed(
  ctx: ReadContext,
  name: Span,
  group: string | undefined,
  scope: string,
  lists: { letter: RaciLetter; cell?: TableCell; refs: RoleReference[] }[],
  range: Span['range'],
): void {
  const { references, assignments } = assignmentsOf(lists);
  ctx.charter.responsibilities.push({
    name: name.text,
    nameRange: name.range,
    group,
    scope,
    form: 'assignment-table',
    assignments,
    references,
    cells: [],
    range,
    rewrite: assignmentRowRewriter(ctx.source, lists),
  });
}
