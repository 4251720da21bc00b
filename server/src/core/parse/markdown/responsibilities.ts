// Responsibilities, in each form a charter writes them: matrix rows, assignment-table rows, transposed
// matrices (rows R/A/C/I, a column naming who), sub-headings with `Accountable:` lines, and role-centred
// lists under a sub-heading (`- PO: A - owns the backlog`).
import type { Heading } from 'mdast';
import type { Assignment, RaciCell, RaciLetter, RoleReference, Span } from '../../model';
import { plainCell } from '../../raci';
import { cellSpan, cellText, end, forEachItemLine, forEachLine, headingSpan, start, tabAt, type Block, type ReadContext } from './context';
import { assignmentRowRewriter, headingFieldsRewriter, matrixRowRewriter, roleLetterRewriter, roleRowsRewriter, type HeadingField, type RoleLetterItem } from './edits';
import type { GfmTable, TableCell, TableRow } from './gfm-table';
import { raciLabel, readFieldLine, readReferences } from './source';
import { entryRows, isLabelRow, isSummaryRow, repeatsHeader } from './tables';
import { readsAsProse } from '../../prose';
import { isWhoHeader } from './words';
import { isCoversLine, linesCovers, rowCovers } from './covers';

/** Which table or section a responsibility is listed in: the same name in two of them is two steps. */
function scopeOf(ctx: ReadContext, offset: number, what: string): string {
  return `${what}@${tabAt(ctx, offset)}`;
}

/** The body rows that are responsibilities, each with its group: group rows only set the group. */
function* responsibilityRows(ctx: ReadContext, table: GfmTable, nameColumn: number, headingGroup: string | undefined, groupColumn?: number): Generator<{ row: TableRow; name: Span; group: string | undefined }> {
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
    if (name && name.text) yield { row, name, group };
  }
}

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
  const columns: (RoleReference | undefined)[] = table.header.cells.map((cell, column) => (roleColumns.includes(column) ? cellSpan(ctx, cell) : undefined));
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
  for (const { row, name, group } of responsibilityRows(ctx, table, nameColumn, headingGroup)) {
    const index = table.body.indexOf(row);
    if (index < firstRow) continue;
    if (index >= lastRow) break;
    // A row of names or words in every role cell is a second header or a row of holders (`| *Who* |
    // Dana | Ana, Bo |`), not a responsibility with unreadable letters.
    if (isTextRow(ctx, row, roleColumns)) continue;
    const raciCells: RaciCell[] = [];
    const references: RoleReference[] = [];
    const assignments: Assignment[] = [];
    for (const column of roleColumns) {
      const cell = row.cells[column];
      const header = columns[column];
      if (!header || !header.text) continue;
      raciCells.push(readCell(ctx, row, cell, header, references, assignments));
    }
    const covers = rowCovers(ctx, table, row);
    ctx.charter.responsibilities.push({
      name: name.text,
      nameRange: name.range,
      group,
      scope,
      form: 'matrix',
      assignments,
      references,
      cells: raciCells,
      range: ctx.source.rangeOnLine(row.line, row.lineStart, row.lineEnd),
      rewrite: matrixRowRewriter(ctx.source, row, columns, raciCells, ctx.cells.writer),
      ...(covers ? { covers } : {}),
    });
  }
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

export function readAssignmentTable(ctx: ReadContext, table: GfmTable, reading: { letters: (RaciLetter | undefined)[]; nameColumn: number; groupColumn?: number }, headingGroup: string | undefined): void {
  const { letters, nameColumn, groupColumn } = reading;
  const scope = scopeOf(ctx, table.header.lineStart, `table:${table.header.line}`);
  for (const { row, name, group } of responsibilityRows(ctx, table, nameColumn, headingGroup, groupColumn)) {
    const lists: { letter: RaciLetter; cell?: TableCell; refs: RoleReference[] }[] = [];
    letters.forEach((letter, column) => {
      if (!letter) return;
      const cell = row.cells[column];
      lists.push({ letter, cell, refs: cell ? readReferences(ctx.source, cell.contentStart, cell.contentEnd, row.line) : [] });
    });
    pushListed(ctx, name, group, scope, lists, ctx.source.rangeOnLine(row.line, row.lineStart, row.lineEnd));
    const covers = rowCovers(ctx, table, row);
    if (covers) ctx.charter.responsibilities[ctx.charter.responsibilities.length - 1].covers = covers;
  }
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

/** The references and assignments of letter lists (`Accountable: A, B`, an assignment row's cells). */
function assignmentsOf(lists: readonly { letter: RaciLetter; refs: readonly RoleReference[] }[]): { references: RoleReference[]; assignments: Assignment[] } {
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

const COLOUR_CODE = /#(?:[0-9a-f]{3}){1,2}\b/i;

/** The `Accountable: …` lines among the blocks under a heading. */
export function raciFieldLines(ctx: ReadContext, blocks: readonly Block[]): HeadingField[] {
  const fields: HeadingField[] = [];
  let legend = false;
  forEachLine(ctx, blocks, (lineStart, lineEnd) => {
    const field = readFieldLine(ctx.text, lineStart, lineEnd);
    const letter = field && raciLabel(field.label);
    if (!field || !letter) return;
    const refs = readReferences(ctx.source, field.valueStart, field.valueEnd);
    // `A: Accountable (approves)` is a legend line, not an assignment; so is `A: Yes, for small work.
    // Larger work should split them.` (an answer) or `R: the one who does the work` (a definition).
    // `R: red background (#E6B8B8)` is a colour key for the letter.
    const value = ctx.text.slice(field.valueStart, field.valueEnd);
    if (raciLabel(value.split(/[\s(:—–-]/)[0]) !== undefined || COLOUR_CODE.test(value) || refs.some((ref) => readsAsProse(ref.text))) {
      legend = true;
      return;
    }
    fields.push({ field, letter, refs });
  });
  // One line of the list explains its letter: the list is a legend, and its other letters are explained
  // too ("R: does the work", "A: final owner", "C: Consulted before").
  return legend ? [] : fields;
}

/** A sub-heading with its `Accountable: …` lines (`fields`, as raciFieldLines read them from `blocks`). */
export function readHeadingResponsibility(
  ctx: ReadContext,
  heading: Heading,
  blocks: Block[],
  fields: HeadingField[],
  group: string | undefined,
  scopeStart: number,
): void {
  const name = headingSpan(ctx, heading);
  if (!name.text) return;
  const { references, assignments } = assignmentsOf(fields);
  const description: string[] = [];
  const coversLines: { lineStart: number; lineEnd: number }[] = [];
  forEachLine(ctx, blocks, (lineStart, lineEnd) => {
    const field = readFieldLine(ctx.text, lineStart, lineEnd);
    if (field && raciLabel(field.label)) return;
    if (isCoversLine(ctx.text, lineStart, lineEnd)) {
      coversLines.push({ lineStart, lineEnd });
      return;
    }
    const line = ctx.text.slice(lineStart, lineEnd).trim();
    if (line) description.push(line);
  });
  const lastEnd = blocks.length > 0 ? end(blocks[blocks.length - 1].node) : end(heading);
  ctx.charter.responsibilities.push({
    name: name.text,
    nameRange: name.range,
    description: description.join('\n') || undefined,
    group,
    scope: scopeOf(ctx, start(heading), `section:${scopeStart}`),
    form: 'heading',
    assignments,
    references,
    cells: [],
    range: ctx.source.range(start(heading), lastEnd),
    rewrite: headingFieldsRewriter(ctx.source, end(heading), fields),
  });
  const covers = linesCovers(ctx, coversLines);
  if (covers) ctx.charter.responsibilities[ctx.charter.responsibilities.length - 1].covers = covers;
}

// `- PO: A - why`, `* **Dev**: R (mostly)`: a role, then its letters, then an optional remark.
const ROLE_LETTER_ITEM = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?([^:*_\n]{1,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(?:\*\*|__)?([A-Za-z0-9/,+& ]{1,24}?)(?:\*\*|__)?[ \t]*(?=$|\(|[-–—][ \t]|:)/;

/** The role-centred items among the blocks under a heading, when they are what its list holds. */
export function roleLetterItems(ctx: ReadContext, blocks: readonly Block[]): { item: RoleLetterItem; cell: RaciCell }[] | undefined {
  const found: { item: RoleLetterItem; cell: RaciCell }[] = [];
  let readable = 0;
  forEachItemLine(ctx, blocks.filter((block) => block.node.type === 'list'), (lineStart, lineEnd) => {
    const match = ROLE_LETTER_ITEM.exec(ctx.text.slice(lineStart, lineEnd));
    // `- **When you decide something:** Consult (C) the people listed` is an instruction, not a role.
    if (!match || raciLabel(match[1].trim()) || readsAsProse(match[1])) return;
    const letters = match[2].trim();
    const parsed = ctx.cells.parse(letters);
    if (!parsed.valid && !/^[A-Z][A-Z0-9]{0,2}$/.test(letters)) return;
    if (parsed.valid && parsed.letters.length > 0) readable++;
    const nameStart = lineStart + match[0].indexOf(match[1]);
    const refText = match[1].trim();
    const ref: RoleReference = { text: refText, range: ctx.source.range(nameStart, nameStart + refText.length) };
    const lettersStart = lineStart + match[0].lastIndexOf(letters);
    const range = ctx.source.range(lettersStart, lettersStart + letters.length);
    found.push({
      item: { ref, lettersStart, lettersEnd: lettersStart + letters.length, lineEnd },
      cell: { text: letters, range, letters: parsed.valid ? parsed.letters : null, problem: parsed.valid ? undefined : parsed.problem, column: ref },
    });
  });
  return found.length >= 2 && readable * 2 >= found.length ? found : undefined;
}

export function readRoleLetterResponsibility(ctx: ReadContext, heading: Heading, blocks: Block[], items: { item: RoleLetterItem; cell: RaciCell }[], group: string | undefined, scopeStart: number): void {
  const name = headingSpan(ctx, heading);
  if (!name.text) return;
  const assignments: Assignment[] = [];
  for (const { cell } of items) for (const letter of cell.letters ?? []) assignments.push({ ref: cell.column, letter, range: cell.range });
  const cells = items.map((entry) => entry.cell);
  const lastEnd = blocks.length > 0 ? end(blocks[blocks.length - 1].node) : end(heading);
  ctx.charter.responsibilities.push({
    name: name.text.replace(/\s*:$/, ''),
    nameRange: name.range,
    group,
    scope: scopeOf(ctx, start(heading), `section:${scopeStart}`),
    form: 'heading',
    assignments,
    references: items.map((entry) => entry.item.ref),
    cells,
    range: ctx.source.range(start(heading), lastEnd),
    rewrite: roleLetterRewriter(ctx.source, items.map((entry) => entry.item), cells, ctx.cells.writer),
  });
}
