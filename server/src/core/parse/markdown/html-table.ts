// An HTML `<table>` (as html-scan.ts found it) turned into the table the Markdown reader reads GFM tables
// as, so that what a table is (tables.ts), its responsibilities, findings, fixes and outline note come
// the same way. The first row is the header (title rows of one spanning cell before it are skipped);
// cells map to the grid exactly or the table is not read:
// - a row of one cell spanning columns is a group row (`<td colspan="4"><b>Planning</b></td>`), as a
//   GFM row with only a first cell is;
// - a cell spanning rows down the first column (a phase beside its steps) leaves those rows a blank
//   first cell, which no role column or letter list ever is;
// - any other colspan or rowspan, a table holding tables, and a table never closed are not read: the
//   outline says so and nothing is reported from them.
import { readableHtml } from '../../html-text';
import type { TextEdit } from '../../model';
import type { RoleColumns } from './context';
import type { GfmTable, HtmlRowSource, TableCell, TableRow } from './gfm-table';
import { htmlCell, spannedCell, writtenPart } from './html-cells';
import type { HtmlCell, HtmlRow, HtmlTable } from './html-scan';
import type { Source } from './source';

export type HtmlTableReading = { table: GfmTable } | { unreadable: string };

const SPAN = /(?:^|\s)(colspan|rowspan)\s*=\s*["']?\s*(\d{1,6})/gi;

function spansOf(cell: HtmlCell): { colspan: number; rowspan: number } {
  let colspan = 1;
  let rowspan = 1;
  if (!/span/i.test(cell.attributes)) return { colspan, rowspan };
  for (const match of cell.attributes.matchAll(SPAN)) {
    const value = Number(match[2]);
    // rowspan="0" spans the rest of the table; colspan="0" is 1.
    if (match[1].toLowerCase() === 'colspan') colspan = Math.max(1, value);
    else rowspan = value === 0 ? Number.MAX_SAFE_INTEGER : value;
  }
  return { colspan, rowspan };
}

export function readHtmlTable(source: Source, html: HtmlTable): HtmlTableReading | undefined {
  if (html.holdsTables) return { unreadable: 'HTML table holding other tables (not checked)' };
  if (!html.closed) return { unreadable: 'HTML table without its </table> (not checked)' };
  const filled = html.rows.filter((row) => row.cells.length > 0);
  // "<tr><th colspan="3">Release RACI</th></tr>" above the header is the table's title.
  let first = 0;
  while (first + 1 < filled.length && filled[first].cells.length === 1 && spansOf(filled[first].cells[0]).colspan > 1) first++;
  const rows = first > 0 ? filled.slice(first) : filled;
  if (rows.length === 0) return undefined;
  if (lettersForHeader(source.text, rows[0])) return { unreadable: 'HTML table without a header row (not checked)' };
  const grid: TableRow[] = [];
  /** Rows below still covered by a cell of the first column. */
  let covered = 0;
  for (const row of rows) {
    const cells: TableCell[] = [];
    if (covered > 0) {
      cells.push(spannedCell(row.start));
      covered--;
    }
    const spanned = cells.length > 0;
    for (const cell of row.cells) {
      const { colspan, rowspan } = spansOf(cell);
      const alone = row.cells.length === 1 && cells.length === 0;
      if (colspan > 1 && !(alone && rowspan === 1)) return { unreadable: MERGED };
      if (rowspan > 1) {
        if (cells.length > 0 || colspan > 1) return { unreadable: MERGED };
        covered = Math.min(rowspan - 1, rows.length);
      }
      cells.push(htmlCell(source.text, cell.openEnd, cell.close));
    }
    grid.push({ line: source.lineOf(row.start), lineStart: row.start, lineEnd: row.end, cells, html: rowSource(source, row, spanned) });
  }
  const header = grid[0];
  return {
    table: {
      header,
      delimiter: header,
      alignments: header.cells.map(() => null),
      body: grid.slice(1),
      columnCount: header.cells.length,
      html: true,
    },
  };
}

const MERGED = 'HTML table with merged cells (colspan or rowspan): not checked';

const LETTERS = /^[RACI](?:\s*[/,+&]?\s*[RACI])?$/;

/**
 * A first row of `<td>` outside `<thead>` whose cells after the first are letters (`A`, `R`, `A/R`) is a
 * row of the matrix, not its header: HTML tables, unlike GFM ones, need not have one, and reading it as
 * one would make each letter a role.
 */
function lettersForHeader(text: string, row: HtmlRow): boolean {
  if (row.head || row.cells.some((cell) => cell.tag === 'th')) return false;
  let letters = 0;
  for (const cell of row.cells.slice(1)) {
    if (LETTERS.test(readableHtml(text.slice(cell.openEnd, cell.close)).trim())) letters++;
  }
  return letters >= 2;
}

/** Only white space between the line breaks around `text[start, end)` (read outwards, not whole lines). */
export function aloneOnItsLines(text: string, start: number, end: number): boolean {
  for (let at = start - 1; at >= 0 && text[at] !== '\n' && text[at] !== '\r'; at--) if (text[at] !== ' ' && text[at] !== '\t') return false;
  for (let at = end; at < text.length && text[at] !== '\n' && text[at] !== '\r'; at++) if (text[at] !== ' ' && text[at] !== '\t') return false;
  return true;
}

function rowSource(source: Source, row: HtmlRow, spanned: boolean): HtmlRowSource {
  const text = source.text;
  const alone = row.explicitEnd && aloneOnItsLines(text, row.start, row.end);
  const last = row.cells[row.cells.length - 1];
  let append: HtmlRowSource['append'];
  // Cells are added after a last cell that has its closing tag, like it (a `<td>`), without its spans.
  if (last && last.closeEnd > last.close && !/span/i.test(last.attributes)) {
    const open = last.tag === 'td' ? text.slice(last.open, last.openEnd) : '<td>';
    append = { at: last.closeEnd, open, close: '</td>' };
  }
  return { append, alone, spanned };
}

/** Where the HTML a row lacks up to column `last` goes: its cells, blank or with the text given. */
export function appendHtmlCells(source: Source, row: TableRow, contents: ReadonlyMap<number, string>): TextEdit | undefined {
  const append = row.html?.append;
  if (!append) return undefined;
  const last = Math.max(...contents.keys());
  let written = '';
  for (let column = row.cells.length; column <= last; column++) written += `${append.open}${contents.get(column) ?? ''}${append.close}`;
  return source.edit(append.at, append.at, written);
}

/**
 * A new role's row in an HTML table of roles: the last row copied, its cells' text replaced (title,
 * id, description; the others blank). Undefined when that row cannot be copied exactly.
 */
export function htmlRoleRow(source: Source, table: GfmTable, columns: RoleColumns, role: { id: string; title: string; description?: string }): TextEdit | undefined {
  const last = table.body[table.body.length - 1];
  if (!last || !last.html?.alone || last.html.spanned || last.cells.length !== table.columnCount) return undefined;
  const contents = last.cells.map((_, column) => {
    if (column === columns.title) return role.title;
    if (column === columns.id) return role.id;
    if (column === columns.description) return role.description ?? '';
    return '';
  });
  const text = source.text;
  const lineStart = source.lineStartOf(last.lineStart);
  const parts: string[] = [];
  let copied = lineStart;
  last.cells.forEach((cell, column) => {
    const { start, end } = writtenPart(text, cell);
    parts.push(text.slice(copied, start), contents[column]);
    copied = end;
  });
  parts.push(text.slice(copied, last.lineEnd));
  return source.edit(last.lineEnd, last.lineEnd, source.eol + parts.join(''));
}
