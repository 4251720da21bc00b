// What a table is, decided from what it holds rather than from the heading above it: a matrix is a
// table whose role columns hold RACI values, wherever it stands; a table of prose is nothing to check.
import type { RaciLetter } from '../../model';
import { plainCell } from '../../raci';
import { cellText, type ReadContext } from './context';
import type { GfmTable, TableRow } from './gfm-table';
import { raciLabel } from './source';
import { isLegendHeader, isNoteHeader, isRoleHeader, plainWords, roleColumnOf } from './words';
import { entryRows, hasRecordColumn, plainHeader } from './table-rows';
import { matrixColumns } from './table-matrix';

export type TableReading =
  | { kind: 'matrix'; nameColumn: number; roleColumns: number[] }
  | { kind: 'assignment-table'; letters: (RaciLetter | undefined)[]; nameColumn: number; groupColumn?: number }
  | { kind: 'transposed' }
  /** Roles as rows, responsibilities as columns (`| Role | Schema registry | Upgrades |`). */
  | { kind: 'role-rows'; nameColumn: number; roleColumns: number[] }
  | { kind: 'legend' }
  | { kind: 'roles' }
  | { kind: 'other' };

// "Decision | Authority | Consulted | Informed": beside RACI columns, who decides is the accountable one.
const DECIDER_HEADERS = new Set(['authority', 'decides', 'decider', 'decision maker', 'decision owner', 'final say', 'approver', 'approved by']);

const DACI_LABELS: Record<string, RaciLetter> = { driver: 'R', drivers: 'R', approver: 'A', approvers: 'A', contributor: 'C', contributors: 'C' };

const TICK_MARK = /^(?:[xX]|✓|✔|✔️|✅|☑|☑️|yes|y|•|●)$/u;

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
