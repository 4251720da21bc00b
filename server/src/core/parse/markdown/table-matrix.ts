// Which columns of a table are a matrix's role columns (cells of RACI values), and which column names
// its rows.
import { normalizeReference } from '../../normalize';
import { roleKeys } from '../../resolve';
import { cellText, type ReadContext } from './context';
import type { GfmTable, TableRow } from './gfm-table';
import { isCoversHeader } from './covers';
import { isNoteHeader, roleColumnOf } from './words';
import { hasRecordColumn, plainHeader } from './table-rows';

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
    // The cell reader's memo: a matrix repeats the same few cell texts in every row.
    const text = ctx.cells.read(written).plain;
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
export function matrixColumns(ctx: ReadContext, table: GfmTable, rows: TableRow[], inResponsibilities: boolean): { nameColumn: number; roleColumns: number[] } | undefined {
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
    const { readable, withLetters, letters, nonEmpty, blanks, gradeCells, columnLetters } = tallyColumn(ctx, rows, column);
    grades += gradeCells;
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

/** What the cells of one column hold: how many are RACI values, letters, grades, blank ("-", "N/A"). */
function tallyColumn(ctx: ReadContext, rows: readonly TableRow[], column: number) {
  let readable = 0;
  let withLetters = 0;
  let letters = 0;
  let nonEmpty = 0;
  let blanks = 0;
  let gradeCells = 0;
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
      if (/^[BDEF][+-]?$/.test(plain)) gradeCells++;
    }
    if (parsed.valid) columnLetters.push(...parsed.letters);
    // "A/R/R" is unreadable but shows its letters (an R, for the test of grade tables).
    else if (parsed.intended) columnLetters.push(...parsed.intended);
    if (parsed.valid && parsed.letters.length > 0) withLetters++;
    else if (parsed.valid) blanks++;
  }
  return { readable, withLetters, letters, nonEmpty, blanks, gradeCells, columnLetters };
}
