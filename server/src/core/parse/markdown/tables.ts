// What a table is, decided from what it holds rather than from the heading above it: a matrix is a
// table whose role columns hold RACI values, wherever it stands; a table of prose is nothing to check.
import type { Nodes, RootContent } from 'mdast';
import type { RaciLetter } from '../../model';
import { normalizeReference } from '../../normalize';
import { plainCell } from '../../raci';
import { roleKeys } from '../../resolve';
import { cellText, end, start, type Block, type ReadContext } from './context';
import { findTable, type GfmTable, type SourceLine, type TableCell, type TableRow } from './gfm-table';
import { raciLabel, type Source } from './source';
import { isCoversHeader } from './covers';
import { isLegendHeader, isNoteHeader, isRecordHeader, isRoleHeader, isSummaryName, plainWords, roleColumnOf } from './words';

export type TableReading =
  | { kind: 'matrix'; nameColumn: number; roleColumns: number[] }
  | { kind: 'assignment-table'; letters: (RaciLetter | undefined)[]; nameColumn: number; groupColumn?: number }
  | { kind: 'transposed' }
  /** Roles as rows, responsibilities as columns (`| Role | Schema registry | Upgrades |`). */
  | { kind: 'role-rows'; nameColumn: number; roleColumns: number[] }
  | { kind: 'legend' }
  | { kind: 'roles' }
  | { kind: 'other' };

/**
 * The tables inside a list item or a block quote (`> | Task | Lead |`, a table indented under `1. Build
 * phase`), each with the paragraph that holds it: read like top-level tables, after their container.
 */
export function nestedTables(node: RootContent, source: Source): Block[] {
  const found: Block[] = [];
  const visit = (parent: Nodes, quotes: number) => {
    if (!('children' in parent)) return;
    for (const child of parent.children) {
      if (child.type === 'paragraph') {
        const table = tableIn(child, source, quotes);
        if (table) found.push({ node: child, table });
      } else if (child.type === 'list' || child.type === 'listItem' || child.type === 'blockquote') {
        visit(child, quotes + (child.type === 'blockquote' ? 1 : 0));
      }
    }
  };
  if (node.type === 'list' || node.type === 'blockquote') visit(node, node.type === 'blockquote' ? 1 : 0);
  return found;
}

const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** The GFM table a top-level paragraph (or setext heading) holds, if any; `quotes` block quotes deep. */
export function tableIn(node: RootContent, source: Source, quotes = 0): GfmTable | undefined {
  // A setext heading's text may hold a table: GFM then reads the underline as a body row.
  const setext = node.type === 'heading' && source.text[start(node)] !== '#';
  if ((node.type !== 'paragraph' && !setext) || !source.text.slice(start(node), end(node)).includes('|')) return undefined;
  const first = source.lineOf(start(node));
  let last = source.lineOf(end(node));
  // A `---` under the rows is a thematic break that ends the table (GFM), not a row of it: remark reads
  // the paragraph above it as a setext heading.
  if (setext && THEMATIC_BREAK.test(source.text.slice(source.index.lineStarts[last], source.index.lineEnd(last)))) last--;
  if (first === last) return undefined;
  // Inside a container (a content tab) every line carries the container's indentation: skip it.
  const indent = start(node) - source.index.lineStarts[first];
  const lines: SourceLine[] = [];
  for (let line = first; line <= last; line++) {
    let lineStart = line === first ? start(node) : source.index.lineStarts[line];
    if (line !== first && quotes > 0) {
      // Each line of a quoted table carries its `>` markers; what follows them is the row.
      for (let depth = 0; depth < quotes; depth++) {
        while (source.text[lineStart] === ' ' || source.text[lineStart] === '\t') lineStart++;
        if (source.text[lineStart] === '>') lineStart++;
        if (source.text[lineStart] === ' ') lineStart++;
      }
    } else if (line !== first) for (let i = 0; i < indent && /[ \t]/.test(source.text[lineStart]); i++) lineStart++;
    lines.push({ line, start: lineStart, end: Math.min(source.index.lineEnd(line), end(node)) });
  }
  return findTable(source.text, lines) ?? findTable(source.text, lines, true);
}

function isBlank(text: string, cell: TableCell): boolean {
  return cell.contentEnd === cell.contentStart || text.slice(cell.contentStart, cell.contentEnd).trim() === '';
}

/** A group row: only its first cell has text, in bold or italics (`| **Planning** |`, cut short or not). */
export function isGroupRow(row: TableRow, text: string): boolean {
  return onlyFirstCell(row, text) && isEmphasized(text.slice(row.cells[0].contentStart, row.cells[0].contentEnd));
}

function isEmphasized(cell: string): boolean {
  return /^(\*\*|__).*\1$/.test(cell) || /^[*_][^*_].*[*_]$/.test(cell);
}

/**
 * A matrix row that labels the rows below it: a group row, or a plain name with no letters when the row
 * right after it is filled in (`| Before the interview | | |` heading the steps below). A plain name
 * with nothing filled after it is a responsibility someone forgot to fill in.
 */
export function isLabelRow(table: GfmTable, index: number, text: string): boolean {
  const row = table.body[index];
  if (!onlyFirstCell(row, text)) return false;
  const next = table.body[index + 1];
  return isEmphasized(text.slice(row.cells[0].contentStart, row.cells[0].contentEnd)) || (next !== undefined && next.cells.slice(1).some((cell) => !isBlank(text, cell)));
}

/** Only the first cell has text; the others are empty or dashes (`| Phase 1 — Freeze | — | — |`). */
function onlyFirstCell(row: TableRow, text: string): boolean {
  const cells = row.cells;
  if (cells.length === 0 || isBlank(text, cells[0])) return false;
  for (let column = 1; column < cells.length; column++) {
    const cell = cells[column];
    if (!isBlank(text, cell) && !/^[-–—\s]+$/.test(text.slice(cell.contentStart, cell.contentEnd))) return false;
  }
  return true;
}

/** The rows that are entries (not group rows, not blank, not a "Total" or "Notes" row, not the header again). */
export function entryRows(ctx: ReadContext, table: GfmTable): TableRow[] {
  return table.body.filter((row) => row.cells.length > 0 && !isGroupRow(row, ctx.text) && !isSummaryRow(ctx, row) && !repeatsHeader(ctx, table, row));
}

/** The header written again inside the body, as spreadsheet and wiki exports do at page breaks. */
export function repeatsHeader(ctx: ReadContext, table: GfmTable, row: TableRow): boolean {
  const header = table.header.cells;
  if (row.cells.length !== header.length || row.cells.length < 2) return false;
  // As written, case aside: a repeated header is a copy of the header line (and most rows differ at once,
  // in the length of a cell).
  return row.cells.every((cell, column) => {
    const head = header[column];
    if (cell.contentEnd - cell.contentStart !== head.contentEnd - head.contentStart) return false;
    return ctx.text.slice(cell.contentStart, cell.contentEnd).toLowerCase() === ctx.text.slice(head.contentStart, head.contentEnd).toLowerCase();
  });
}

/** "| **Total A** | 1 | 0 |", "| Notes | … |": a row about the table, not an entry of it. */
export function isSummaryRow(ctx: ReadContext, row: TableRow): boolean {
  return row.cells.length > 0 && isSummaryName(ctx.text.slice(row.cells[0].contentStart, row.cells[0].contentEnd));
}

const plainHeader = (ctx: ReadContext, table: GfmTable, column: number) => plainCell(cellText(ctx, table.header.cells[column]));

// "Decision | Authority | Consulted | Informed": beside RACI columns, who decides is the accountable one.
const DECIDER_HEADERS = new Set(['authority', 'decides', 'decider', 'decision maker', 'decision owner', 'final say', 'approver', 'approved by']);

const DACI_LABELS: Record<string, RaciLetter> = { driver: 'R', drivers: 'R', approver: 'A', approvers: 'A', contributor: 'C', contributors: 'C' };

const TICK_MARK = /^(?:[xX]|✓|✔|✔️|✅|☑|☑️|yes|y|•|●)$/u;

/** A column of signatures, dates, versions or changes: a record, not roles or responsibilities. */
function hasRecordColumn(ctx: ReadContext, table: GfmTable): boolean {
  return table.header.cells.some((_, column) => isRecordHeader(plainHeader(ctx, table, column)));
}

export function classifyTable(ctx: ReadContext, table: GfmTable, inResponsibilities: boolean): TableReading {
  const rows = entryRows(ctx, table);
  if (isLegend(ctx, table, rows)) return { kind: 'legend' };
  // "Abbreviation | Role | Name": the short forms of the roles it defines.
  if (roleColumnOf(plainHeader(ctx, table, 0)) === 'aliases' && table.header.cells.some((_, column) => column > 0 && isRoleHeader(plainHeader(ctx, table, column)))) return { kind: 'roles' };
  const headers = table.header.cells.map((_, column) => plainHeader(ctx, table, column));
  // "Responsable" is R beside Spanish labels and A beside French ones (where R is the Réalisateur).
  const responsable: RaciLetter = headers.some((header) => /^r[ée]alisateur$/i.test(header)) ? 'A' : 'R';
  // In a DACI document, "Driver | Approver | Contributors | Informed" heads an assignment table.
  const daci = ctx.cells.extra.get('D') === 'R';
  const letters = headers.map((header, column) =>
    column === 0 ? undefined : (raciLabel(header) ?? (/^responsable$/i.test(header) ? responsable : daci ? DACI_LABELS[header.toLowerCase()] : DECIDER_HEADERS.has(plainWords(header)) && headers.some((other) => raciLabel(other) !== undefined) ? 'A' : undefined)),
  );
  const labelled = letters.filter((letter) => letter !== undefined).length;
  // Columns headed by letters hold role names; headed by roles called "Driver" or "Approver" (a DACI
  // matrix) they hold letters.
  const namesUnder = () => {
    let names = 0;
    let raciCells = 0;
    let marks = 0;
    // A sample decides: the first rows show whether the columns hold names or letters.
    for (const row of rows.slice(0, 50)) {
      letters.forEach((letter, column) => {
        const cell = row.cells[column];
        if (!letter || !cell || cell.contentEnd === cell.contentStart) return;
        const text = ctx.text.slice(cell.contentStart, cell.contentEnd);
        if (TICK_MARK.test(text.trim())) marks++;
        else if (ctx.cells.evidence(text) === 'raci') raciCells++;
        else names++;
      });
    }
    // `X` under Accountable in a row named by its team: the row's role takes the letter, a reading this
    // table is not given (names under the letters are what an assignment table holds).
    return names >= raciCells && marks <= names;
  };
  // "Decision | Accountable | Escalation path": one letter column beside notes is an assignment table too.
  const besideNotes = () => letters.every((letter, column) => column === 0 || letter !== undefined || isNoteHeader(headers[column]));
  if ((labelled >= 2 || (labelled >= 1 && (labelled === table.columnCount - 1 || besideNotes()))) && namesUnder()) return { kind: 'assignment-table', letters, ...assignmentNames(ctx, rows, letters) };
  if (isTransposed(ctx, table, rows)) return { kind: 'transposed' };
  const matrix = matrixColumns(ctx, table, rows, inResponsibilities);
  // Letters in a table whose rows are named by a "Role" column: each other column is a responsibility.
  if (matrix && isRoleHeader(plainHeader(ctx, table, matrix.nameColumn))) return { kind: 'role-rows', ...matrix };
  if (matrix) return { kind: 'matrix', ...matrix };
  // "Role | Name | Signature | Date": who signed the document, not what the roles are.
  if (hasRecordColumn(ctx, table)) return { kind: 'other' };
  if (isRoleHeader(plainHeader(ctx, table, 0))) return { kind: 'roles' };
  // "Name | Role | Email": the team's people and the roles they hold.
  if (roleColumnOf(plainHeader(ctx, table, 0)) === 'holder' && table.header.cells.some((_, column) => column > 0 && isRoleHeader(plainHeader(ctx, table, column)))) {
    return { kind: 'roles' };
  }
  return { kind: 'other' };
}

/**
 * Which column names an assignment table's rows: the first one before the letters that is filled in
 * nearly every row. `| Phase | Task | R | A |` with the phase written only on its first row names its rows
 * by task, and the phase groups them.
 */
function assignmentNames(ctx: ReadContext, rows: readonly TableRow[], letters: readonly (RaciLetter | undefined)[]): { nameColumn: number; groupColumn?: number } {
  const firstLetter = letters.findIndex((letter) => letter !== undefined);
  const filled = (column: number) => rows.filter((row) => cellText(ctx, row.cells[column]) !== '').length;
  if (rows.length < 3 || filled(0) >= rows.length * 0.8) return { nameColumn: 0 };
  for (let column = 1; column < firstLetter; column++) {
    if (filled(column) >= rows.length * 0.8) return { nameColumn: column, groupColumn: 0 };
  }
  return { nameColumn: 0 };
}

/** Rows R, A, C, I (at least two of them, every first cell with text a RACI label): a transposed matrix. */
function isTransposed(ctx: ReadContext, table: GfmTable, rows: TableRow[]): boolean {
  if (table.columnCount < 2) return false;
  const labels = new Set<RaciLetter>();
  let named = 0;
  for (const row of rows) {
    const text = plainCell(cellText(ctx, row.cells[0]));
    if (text.length === 0) continue;
    const letter = raciLabel(text);
    if (letter === undefined) return false;
    labels.add(letter);
    named++;
  }
  return named >= 2 && labels.size >= 2;
}

/** "Letter | Meaning" tables, or first cells that are single letters beside the words they stand for. */
function isLegend(ctx: ReadContext, table: GfmTable, rows: TableRow[]): boolean {
  if (isLegendHeader(plainHeader(ctx, table, 0))) return true;
  if (rows.length === 0 || table.columnCount < 2) return false;
  // Every first cell but one a single letter (the second that is not ends the search).
  const letters: TableRow[] = [];
  let others = 0;
  for (const row of rows) {
    if (/^[A-Z]$/.test(plainCell(cellText(ctx, row.cells[0])))) letters.push(row);
    else if (++others > 1) return false;
  }
  return letters.some((row) => raciLabel(plainCell(cellText(ctx, row.cells[1])).split(/[\s(]/)[0]) !== undefined);
}

/** The names the table's header cells and the roles read so far answer to, normalised. */
function namesOfRoles(ctx: ReadContext, table: GfmTable): Set<string> {
  const names = new Set<string>();
  table.header.cells.forEach((_, column) => names.add(normalizeReference(plainHeader(ctx, table, column))));
  for (const role of ctx.charter.roles) for (const key of roleKeys(role)) names.add(key);
  names.delete('');
  return names;
}

/** Most filled cells of the column name roles (one or several): an owner column, not letters. */
function holdsRoleNames(ctx: ReadContext, rows: readonly TableRow[], column: number, names: ReadonlySet<string>): boolean {
  let filled = 0;
  let named = 0;
  for (const row of rows) {
    const written = cellText(ctx, row.cells[column]);
    const text = plainCell(written);
    if (!text) continue;
    filled++;
    // "A" under a column headed "A" (people named by letters) is a letter.
    if (ctx.cells.evidence(written) === 'raci') continue;
    const parts = text.split(/\s*[,/&+]\s*|\s+(?:and|et|und|y|e|en|и)\s+/);
    if (parts.every((part) => names.has(normalizeReference(part)))) named++;
  }
  return filled > 0 && named * 2 > filled;
}

/**
 * The role columns of a matrix: the block of columns whose cells are RACI values (empty columns inside
 * or right after it included, columns of prose beside it left out), and the column that names each row
 * (the one just before the block). Undefined when the table's cells are not RACI values.
 */
function matrixColumns(ctx: ReadContext, table: GfmTable, rows: TableRow[], inResponsibilities: boolean): { nameColumn: number; roleColumns: number[] } | undefined {
  const kinds: ('raci' | 'text' | 'empty' | 'owner')[] = [];
  let raci = 0;
  let unreadable = 0;
  let grades = 0;
  const seen = new Set<string>();
  const names = namesOfRoles(ctx, table);
  for (let column = 1; column < table.columnCount; column++) {
    // "Notes", "Due", "Status": a column about the rows, whatever it holds ("-", "N/A").
    // "Owner" holding "T1", "U2": the codes of the roles that head the other columns.
    // "Covers", "Code": the code paths and components of each row (covers.ts).
    if (isNoteHeader(plainHeader(ctx, table, column)) || isCoversHeader(plainHeader(ctx, table, column))) {
      kinds[column] = 'text';
      continue;
    }
    if (holdsRoleNames(ctx, rows, column, names)) {
      kinds[column] = 'owner';
      continue;
    }
    let readable = 0;
    let withLetters = 0;
    let letters = 0;
    let nonEmpty = 0;
    let blanks = 0;
    const columnLetters: string[] = [];
    for (const row of rows) {
      const cell = row.cells[column];
      if (!cell) continue;
      const { plain, evidence, parsed } = ctx.cells.read(ctx.text.slice(cell.contentStart, cell.contentEnd));
      if (evidence === 'empty') continue;
      nonEmpty++;
      if (evidence === 'raci') readable++;
      else if (evidence === 'letters') {
        letters++;
        if (/^[BDEF][+-]?$/.test(plain)) grades++;
      }
      if (parsed.valid) columnLetters.push(...parsed.letters);
      // "A/R/R" is unreadable but shows its letters (an R, for the test of grade tables below).
      else if (parsed.intended) columnLetters.push(...parsed.intended);
      if (parsed.valid && parsed.letters.length > 0) withLetters++;
      else if (parsed.valid) blanks++;
    }
    // In a section about responsibilities one cell with letters makes a role column (the others are
    // mistakes to report); elsewhere at least half its cells must be letters. "-" and "N/A" say nothing
    // either way: a column of them alone is like an empty one, and beside prose it is prose.
    const lettered = withLetters + letters > 0;
    // Only cells with letters count towards the half: a column of names with dashes in most rows ("—",
    // nobody to escalate to) is a column of names.
    const isRaci = lettered && ((withLetters + letters) / Math.max(1, nonEmpty - blanks) >= 0.5 || (inResponsibilities && withLetters > 0));
    kinds[column] = nonEmpty === 0 || (!lettered && readable === nonEmpty) ? 'empty' : isRaci ? 'raci' : 'text';
    // "Owner", "Name" over names or blanks: who holds the row (a column of letters under "Owner" is a role).
    if (!isRaci && roleColumnOf(plainHeader(ctx, table, column)) === 'holder') kinds[column] = 'owner';
    if (isRaci) {
      // Dashes and "N/A" are readable but say nothing: only cells with letters make a table a matrix.
      raci += withLetters;
      unreadable += nonEmpty - readable;
      for (const letter of columnLetters) seen.add(letter);
    }
  }
  // A matrix not filled in yet, under a heading that says it is one: every column is a role. Not a log
  // to fill in (`| Date | Change | Updated by |`) that stands under such a heading.
  if (inResponsibilities && rows.length > 0 && kinds.every((kind) => kind === undefined || kind === 'empty') && !hasRecordColumn(ctx, table)) {
    return { nameColumn: 0, roleColumns: kinds.map((_, column) => column).filter((column) => column > 0) };
  }
  let first = kinds.indexOf('raci');
  if (first < 0 || raci < (inResponsibilities ? 1 : 2) || unreadable > raci) return undefined;
  // Letters without a word of RACI anywhere in the document may be grades, permissions (R/W/A) or
  // initials (AR, CI): such a table must look like a whole matrix, at least two roles, an A and an R,
  // and no cell that is not a RACI value.
  if (!inResponsibilities && !ctx.raciContext() && (kinds.filter((kind) => kind === 'raci').length < 2 || unreadable > 0 || !seen.has('A') || !seen.has('R'))) return undefined;
  // Grades (A, B, C) and skill levels (A, I, B) have no R, and grade letters a RACI matrix has not, or a
  // legend that gives the letters other meanings: without an R such a table is not a matrix.
  if (!seen.has('R') && (grades > 0 || ctx.lettersMeanOther())) return undefined;
  let last = kinds.lastIndexOf('raci');
  while (last + 1 < table.columnCount && kinds[last + 1] === 'empty') last++;
  // The name column is the last one of text before the block; empty columns between are roles nobody
  // has a letter from yet.
  let nameColumn = first - 1;
  // "Task | Description | Lead | Dev": the row is named by its task, and described beside it.
  while (
    nameColumn > 0 &&
    (kinds[nameColumn] === 'empty' || kinds[nameColumn] === 'owner' || isNoteHeader(plainHeader(ctx, table, nameColumn)) || isCoversHeader(plainHeader(ctx, table, nameColumn)))
  )
    nameColumn--;
  // Rows named by numbers or dates ("Week 1" has a word, "1" or "2024-05-01" has none) are a schedule
  // whose cells are initials, not responsibilities.
  if (!rows.some((row) => /\p{L}/u.test(cellText(ctx, row.cells[nameColumn])))) return undefined;
  first = nameColumn + 1;
  const roleColumns: number[] = [];
  for (let column = first; column <= last; column++) if (kinds[column] !== 'text' && kinds[column] !== 'owner') roleColumns.push(column);
  return { nameColumn, roleColumns };
}
