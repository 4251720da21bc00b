// Responsibilities read from a RACI matrix: a row per responsibility with a cell per role (a second
// header line or an exported spreadsheet's names row included), or a row per role with a column per
// responsibility.
import type { Assignment, RaciCell, Responsibility, RoleReference, Span } from '../../model';
import { cellSpan, cellText, type ReadContext } from './context';
import { matrixRowRewriter, roleRowsRewriter } from './edits';
import type { GfmTable, TableCell, TableRow } from './gfm-table';
import { entryRows } from './table-rows';
import { rowCoversOf } from './covers';
import { responsibilityRows, scopeOf } from './responsibility-rows';
import type { KeptRow } from './row-cache';

/**
 * One RACI cell of a matrix (a missing cell of a short row reads as empty), for the role `ref`: its
 * reference and letters are added to the responsibility's lists.
 */
function readCell(ctx: ReadContext, row: TableRow, cell: TableCell | undefined, ref: RoleReference, references: RoleReference[], assignments: Assignment[]): RaciCell {
  const contentStart = cell ? cell.contentStart : row.lineEnd;
  const contentEnd = cell ? cell.contentEnd : row.lineEnd;
  const text = ctx.text.slice(contentStart, contentEnd);
  const { parsed, evidence } = ctx.cells.read(text);
  const range = ctx.source.rangeOnLine(row.line, contentStart, contentEnd);
  // A row refers to the role of each cell it fills (letters, or a value that is not one); "-" or "N/A"
  // says the role is not involved.
  if (evidence !== 'empty' && !(parsed.valid && parsed.letters.length === 0)) references.push(ref);
  if (parsed.valid) for (const letter of parsed.letters) assignments.push({ ref, letter, range });
  return { text, range, letters: parsed.valid ? parsed.letters : null, problem: parsed.valid ? undefined : parsed.problem, column: ref };
}

export function readMatrix(ctx: ReadContext, table: GfmTable, nameColumn: number, roleColumns: number[], headingGroup: string | undefined): void {
  let columns: (RoleReference | undefined)[] = table.header.cells.map((cell, column) => (roleColumns.includes(column) ? cellSpan(ctx, cell) : undefined));
  // A second header line (departments above, roles below: `| **Activity** | **PM Lead** | **Designer** |`)
  // names the roles whose header cell is empty. A spreadsheet exported with an empty header row has its
  // title and notes in the first rows and its names row further down: the rows above it are not
  // responsibilities, and a blank row after the letters ends the matrix.
  let firstRow = 0;
  let endsAtBlank = false;
  if (columns.some((header) => header && !header.text)) {
    const namesRow = table.body.slice(0, NAMES_ROW_SEARCH).findIndex((row) => isTextRow(ctx, row, roleColumns));
    if (namesRow >= 0) {
      const subHeader = table.body[namesRow];
      for (const column of roleColumns) {
        const cell = subHeader.cells[column];
        if (!columns[column]?.text && cell && cell.contentEnd > cell.contentStart) columns[column] = cellSpan(ctx, cell);
      }
      firstRow = namesRow;
      endsAtBlank = namesRow > 0;
    }
  }
  // Letters under no name are no one's: a matrix none of whose role columns is named says nothing.
  if (!columns.some((header) => header?.text)) return;
  const scope = scopeOf(ctx, table.header.lineStart, `table:${table.header.line}`);
  let lastRow = table.body.length;
  if (endsAtBlank) {
    const blank = table.body.findIndex((row, index) => index > firstRow + 1 && isBlankRow(ctx, row));
    if (blank >= 0) lastRow = blank;
  }
  const rowCovers = rowCoversOf(ctx, table);
  const kept = ctx.rows?.table<MatrixRow, typeof columns>(tableKey(ctx, scope, nameColumn, roleColumns, columns), columns, table.body.length);
  // The kept readings refer to the header objects they were read with: new rows use those too.
  if (kept) columns = kept.header;
  for (const { row, index, name, group } of responsibilityRows(ctx, table, nameColumn, headingGroup)) {
    if (index < firstRow) continue;
    if (index >= lastRow) break;
    // A row of names or words in every role cell is a second header or a row of holders (`| *Who* |
    // Dana | Ana, Bo |`), not a responsibility with unreadable letters.
    const read = () => (isTextRow(ctx, row, roleColumns) ? undefined : readRow(ctx, row, roleColumns, columns, name));
    const reading = kept ? kept.reading(row, read) : read();
    if (!reading) continue;
    const covers = rowCovers(row);
    const responsibility: Responsibility = {
      name: reading.name,
      nameRange: reading.nameRange,
      group,
      scope,
      form: 'matrix',
      assignments: reading.assignments,
      references: reading.references,
      cells: reading.cells,
      range: reading.range,
      rewrite: matrixRowRewriter(ctx.source, reading.row, columns, reading.cells, ctx.cells.writer, row.lineStart - reading.row.lineStart),
    };
    if (covers) responsibility.covers = covers;
    ctx.charter.responsibilities.push(responsibility);
  }
}

/** What a read of one matrix row made and a later read uses again (row-cache.ts). */
interface MatrixRow extends KeptRow {
  readonly assignments: Assignment[];
  readonly references: RoleReference[];
  readonly cells: RaciCell[];
}

/** The cells of one responsibility row under the role columns that have a header. */
function readRow(ctx: ReadContext, row: TableRow, roleColumns: number[], columns: (RoleReference | undefined)[], name: Span): MatrixRow {
  const cells: RaciCell[] = [];
  const references: RoleReference[] = [];
  const assignments: Assignment[] = [];
  for (const column of roleColumns) {
    const header = columns[column];
    if (!header || !header.text) continue;
    cells.push(readCell(ctx, row, row.cells[column], header, references, assignments));
  }
  return { row, name: name.text, nameRange: name.range, assignments, references, cells, range: ctx.source.rangeOnLine(row.line, row.lineStart, row.lineEnd) };
}

/** What a matrix row's reading depends on beyond the row: where the table is, its columns as read, the letters. */
function tableKey(ctx: ReadContext, scope: string, nameColumn: number, roleColumns: number[], columns: (RoleReference | undefined)[]): string {
  return JSON.stringify(['matrix', scope, nameColumn, roleColumns, ctx.cells.key, columns]);
}

/** How far down an exported table's names row is looked for. */
const NAMES_ROW_SEARCH = 20;

function isBlankRow(ctx: ReadContext, row: TableRow): boolean {
  return row.cells.every((cell) => cellText(ctx, cell) === '');
}

/** Every non-empty role cell of the row is prose or a name (no letters, not even unreadable ones). */
function isTextRow(ctx: ReadContext, row: TableRow, roleColumns: readonly number[]): boolean {
  let filled = 0;
  for (const column of roleColumns) {
    const cell = row.cells[column];
    if (!cell || cell.contentEnd === cell.contentStart) continue;
    const text = ctx.text.slice(cell.contentStart, cell.contentEnd);
    // Words, not marks: "✓" in a RACI matrix is a cell to report.
    if (ctx.cells.evidence(text) !== 'text' || !/\p{L}{2}/u.test(text)) return false;
    filled++;
  }
  return filled >= 2;
}

/** A row per role (named in `nameColumn`), a column per responsibility: the matrix turned on its side. */
export function readRoleRows(ctx: ReadContext, table: GfmTable, nameColumn: number, columns: number[]): void {
  const scope = scopeOf(ctx, table.header.lineStart, `table:${table.header.line}`);
  const rows = entryRows(ctx, table).flatMap((row) => {
    const cell = row.cells[nameColumn];
    const role = cell && cellSpan(ctx, cell);
    return role && role.text ? [{ row, role }] : [];
  });
  const last = table.body[table.body.length - 1] ?? table.delimiter;
  for (const column of columns) {
    const name = cellSpan(ctx, table.header.cells[column]);
    if (!name.text) continue;
    const raciCells: RaciCell[] = [];
    const references: RoleReference[] = [];
    const assignments: Assignment[] = [];
    const written: { ref: RoleReference; cell: TableCell | undefined; raci: RaciCell }[] = [];
    for (const { row, role } of rows) {
      const cell = row.cells[column];
      const raci = readCell(ctx, row, cell, role, references, assignments);
      raciCells.push(raci);
      written.push({ ref: role, cell, raci });
    }
    ctx.charter.responsibilities.push({
      name: name.text,
      nameRange: name.range,
      scope,
      form: 'matrix',
      assignments,
      references,
      cells: raciCells,
      range: ctx.source.range(table.header.lineStart, last.lineEnd),
      rewrite: roleRowsRewriter(ctx.source, written, ctx.cells.writer),
    });
  }
}
