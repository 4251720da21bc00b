// Responsibilities read from tables that list role names under letters: assignment tables (`| Task | R |
// A |`) and transposed matrices (rows R/A/C/I, a column naming who).
import type { Assignment, RaciLetter, RoleReference, Span } from '../../model';
import { plainCell } from '../../raci';
import { cellSpan, cellText, type ReadContext } from './context';
import { assignmentRowRewriter } from './edits';
import type { GfmTable, TableCell, TableRow } from './gfm-table';
import type { KeptRow } from './row-cache';
import { raciLabel, readReferences } from './source';
import { readsAsProse } from '../../prose';
import { isWhoHeader } from './words';
import { rowCoversOf } from './covers';
import { assignmentsOf, responsibilityRows, scopeOf } from './responsibility-rows';

export function readAssignmentTable(ctx: ReadContext, table: GfmTable, reading: { letters: (RaciLetter | undefined)[]; nameColumn: number; groupColumn?: number }, headingGroup: string | undefined): void {
  const { letters, nameColumn, groupColumn } = reading;
  const scope = scopeOf(ctx, table.header.lineStart, `table:${table.header.line}`);
  const rowCovers = rowCoversOf(ctx, table);
  const kept = ctx.rows?.table<AssignmentRow, undefined>(JSON.stringify(['assignment', scope, nameColumn, letters]), undefined, table.body.length);
  for (const { row, name, group } of responsibilityRows(ctx, table, nameColumn, headingGroup, groupColumn)) {
    const read = () => readAssignmentRow(ctx, row, letters, name);
    const listed = kept ? kept.reading(row, read)! : read();
    // The references written decorated (`**EM**`) are written so again by this text's fixes (a kept
    // reading's were noted in the text it was read from).
    for (const [ref, written] of listed.writtenAs) ctx.source.writtenAs.set(ref, written);
    pushListed(ctx, listed, group, scope, row.lineStart - listed.row.lineStart);
    const covers = rowCovers(row);
    if (covers) ctx.charter.responsibilities[ctx.charter.responsibilities.length - 1].covers = covers;
  }
}

type Lists = { letter: RaciLetter; cell?: TableCell; refs: RoleReference[] }[];

/** What a read of one assignment table row made and a later read uses again (row-cache.ts). */
interface AssignmentRow extends KeptRow {
  readonly lists: Lists;
  readonly references: RoleReference[];
  readonly assignments: Assignment[];
  readonly writtenAs: [RoleReference, string][];
}

function readAssignmentRow(ctx: ReadContext, row: TableRow, letters: (RaciLetter | undefined)[], name: Span): AssignmentRow {
  const lists: Lists = [];
  letters.forEach((letter, column) => {
    if (!letter) return;
    const cell = row.cells[column];
    lists.push({ letter, cell, refs: cell ? readReferences(ctx.source, cell.contentStart, cell.contentEnd, row.line) : [] });
  });
  const writtenAs: [RoleReference, string][] = [];
  for (const { refs } of lists) for (const ref of refs) if (ctx.source.writtenAs.has(ref)) writtenAs.push([ref, ctx.source.writtenAs.get(ref)!]);
  const { references, assignments } = assignmentsOf(lists);
  return { row, name: name.text, nameRange: name.range, range: ctx.source.rangeOnLine(row.line, row.lineStart, row.lineEnd), lists, references, assignments, writtenAs };
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
    const lists: Lists = [];
    for (const row of table.body) {
      const letter = row.cells[0] && raciLabel(plainCell(cellText(ctx, row.cells[0])));
      if (!letter) continue;
      const cell = row.cells[column];
      lists.push({ letter, cell, refs: cell ? readReferences(ctx.source, cell.contentStart, cell.contentEnd) : [] });
    }
    const last = table.body[table.body.length - 1] ?? table.delimiter;
    pushListed(ctx, { name: name.text, nameRange: name.range, range: ctx.source.range(table.header.lineStart, last.lineEnd), lists, ...assignmentsOf(lists) }, undefined, scope);
  }
}

/** `movedBy`: the cells of `listed` are now that many characters further on (row-cache.ts). */
function pushListed(
  ctx: ReadContext,
  listed: { name: string; nameRange: Span['range']; range: Span['range']; lists: Lists; references: RoleReference[]; assignments: Assignment[] },
  group: string | undefined,
  scope: string,
  movedBy = 0,
): void {
  ctx.charter.responsibilities.push({
    name: listed.name,
    nameRange: listed.nameRange,
    group,
    scope,
    form: 'assignment-table',
    assignments: listed.assignments,
    references: listed.references,
    cells: [],
    range: listed.range,
    rewrite: assignmentRowRewriter(ctx.source, listed.lists, movedBy),
  });
}
