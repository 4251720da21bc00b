// What a table's rows and header cells are, before the table's kind is decided: group and label rows,
// summary rows, the header written again, record columns.
import { plainCell } from '../../raci';
import { cellText, type ReadContext } from './context';
import type { GfmTable, TableCell, TableRow } from './gfm-table';
import { isRecordHeader, isSummaryName } from './words';

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

export const plainHeader = (ctx: ReadContext, table: GfmTable, column: number) => plainCell(cellText(ctx, table.header.cells[column]));

/** A column of signatures, dates, versions or changes: a record, not roles or responsibilities. */
export function hasRecordColumn(ctx: ReadContext, table: GfmTable): boolean {
  return table.header.cells.some((_, column) => isRecordHeader(plainHeader(ctx, table, column)));
}
