// GFM tables, found in the paragraphs that remark-parse yields when it runs without the table extension.
//
// Why hand-written: remark-gfm's table tokenizer is superlinear in the number of rows (BENCHMARKS.md,
// "Figures behind the limits in the source"). Without the extension a table is one paragraph, so we parse
// paragraphs' lines here in one linear pass. test/parse/gfm-table.test.ts checks the cells against
// remark-gfm on a corpus of tricky tables.
//
// The GFM rules followed (as micromark-extension-gfm-table implements them):
// - a table is a header row followed by a delimiter row with the same number of cells; it may interrupt
//   a paragraph (the paragraph's earlier lines stay a paragraph);
// - cells are split on `|` before any inline parsing, so a pipe inside a code span splits too; `\|` is a
//   literal pipe; leading and trailing pipes are optional;
// - every following line of the paragraph is a body row, until a line indented by four or more columns
//   (that starts indented code); body rows may have fewer or more cells than the header.
import { indentColumns } from '../../lines';

export type Alignment = 'left' | 'right' | 'center' | null;

/** One cell of a row, as offsets into the text. */
export interface TableCell {
  /** Offset just after the pipe (or the row's first non-blank character) that opens the cell. */
  start: number;
  /** Offset of the pipe that closes the cell, or the end of the row's content. */
  end: number;
  /** The trimmed content; `contentStart === contentEnd` when the cell is blank. */
  contentStart: number;
  contentEnd: number;
  /** Whether a pipe closes the cell (false for a last cell written without a trailing pipe). */
  closed: boolean;
  /**
   * Set on a cell of an HTML table (html-cells.ts): `start`/`end` are then the inside of its tags, and
   * edits write there; `spanned` is a place a cell above covers, read as blank and never written.
   */
  html?: 'cell' | 'spanned';
}

export interface TableRow {
  /** Line number (0-based) of the row. */
  line: number;
  /** Offsets of the row's line: start of the line and end of its content (before the line break). */
  lineStart: number;
  lineEnd: number;
  /** Cells as written (a body row may have fewer or more than the header). */
  cells: TableCell[];
  /** Set on a row of an HTML table (html-table.ts): `lineStart`/`lineEnd` are then its `<tr>`…`</tr>`. */
  html?: HtmlRowSource;
}

/** How an HTML table's row is written, for the edits that add to it or copy it. */
export interface HtmlRowSource {
  /** Where cells the row lacks are added (after its last cell's closing tag), and the tags they get. */
  append?: { at: number; open: string; close: string };
  /** The row has its `</tr>` and nothing else on its lines: it can be copied or removed as whole lines. */
  alone: boolean;
  /** A cell of a row above spans into this one (its first cell is not its own). */
  spanned: boolean;
}

/** The same row written `by` characters further on in the text (a row of a GFM table, not of an HTML one). */
export function movedRow(row: TableRow, by: number): TableRow {
  return { ...row, lineStart: row.lineStart + by, lineEnd: row.lineEnd + by, cells: row.cells.map((cell) => movedCell(cell, by)) };
}

/** The same cell written `by` characters further on in the text. */
export function movedCell(cell: TableCell, by: number): TableCell {
  return by === 0 ? cell : { ...cell, start: cell.start + by, end: cell.end + by, contentStart: cell.contentStart + by, contentEnd: cell.contentEnd + by };
}

export interface GfmTable {
  header: TableRow;
  delimiter: TableRow;
  alignments: Alignment[];
  body: TableRow[];
  /** Number of columns (the header's cell count). */
  columnCount: number;
  /** Read leniently: the delimiter row's cell count differs from the header's, so GitHub shows text. */
  delimiterMismatch?: boolean;
  /** An HTML `<table>` (html-table.ts): it has no delimiter row (`delimiter` is the header again). */
  html?: true;
}

/** A line of a paragraph: its number and where its content starts and ends. */
export interface SourceLine {
  line: number;
  start: number;
  end: number;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

/** Splits one row into cells (GFM: on unescaped pipes, leading and trailing pipes optional). */
export function splitRow(text: string, start: number, end: number): TableCell[] {
  let position = start;
  while (position < end && isSpace(text.charCodeAt(position))) position++;
  let rowEnd = end;
  while (rowEnd > position && isSpace(text.charCodeAt(rowEnd - 1))) rowEnd--;
  if (position >= rowEnd) return [];
  const cells: TableCell[] = [];
  if (text.charCodeAt(position) === 124 /* | */) position++;
  let cellStart = position;
  for (let i = position; i < rowEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 92 /* \ */) {
      const next = text.charCodeAt(i + 1);
      if (next === 124 || next === 92) i++;
    } else if (code === 124) {
      cells.push(cellOf(text, cellStart, i, true));
      cellStart = i + 1;
    }
  }
  // Text after the last pipe is a cell of its own; nothing after it means the row had a trailing pipe.
  if (cellStart < rowEnd || cells.length === 0) cells.push(cellOf(text, cellStart, rowEnd, false));
  return cells;
}

function cellOf(text: string, cellStart: number, cellEnd: number, closed: boolean): TableCell {
  let contentStart = cellStart;
  let contentEnd = cellEnd;
  while (contentStart < contentEnd && isSpace(text.charCodeAt(contentStart))) contentStart++;
  while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  // A blank cell's content is an empty range one column in, where a user would type.
  if (contentStart === cellEnd) contentStart = contentEnd = Math.min(cellStart + 1, cellEnd);
  return { start: cellStart, end: cellEnd, contentStart, contentEnd, closed };
}

const DELIMITER_CELL = /^:?-+:?$/;

/** The alignments of a delimiter row, or null when the row is not one. */
export function readDelimiterRow(text: string, cells: readonly TableCell[]): Alignment[] | null {
  if (cells.length === 0) return null;
  const alignments: Alignment[] = [];
  for (const cell of cells) {
    const content = text.slice(cell.contentStart, cell.contentEnd);
    if (!DELIMITER_CELL.test(content)) return null;
    const left = content.startsWith(':');
    const right = content.endsWith(':') && content.length > 1;
    alignments.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
  }
  return alignments;
}

function hasUnescapedPipe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) i++;
    else if (code === 124) return true;
  }
  return false;
}

/**
 * The table in a paragraph's lines, if any. `lines[0]` may start inside its line (after a container's
 * marker); later lines are read from the start of their line.
 */
export function findTable(text: string, lines: readonly SourceLine[], lenient = false): GfmTable | undefined {
  for (let i = 0; i + 1 < lines.length; i++) {
    const delimiterLine = lines[i + 1];
    // A delimiter row starts (after at most three spaces) with `|`, `:` or `-`; check cheaply first.
    if (indentColumns(text, delimiterLine.start, delimiterLine.end) >= 4) continue;
    const delimiterCells = splitRow(text, delimiterLine.start, delimiterLine.end);
    const alignments = readDelimiterRow(text, delimiterCells);
    if (!alignments) continue;
    const headerLine = lines[i];
    if (i > 0 && indentColumns(text, headerLine.start, headerLine.end) >= 4) continue;
    const headerCells = splitRow(text, headerLine.start, headerLine.end);
    const mismatch = headerCells.length !== delimiterCells.length;
    if (mismatch && (!lenient || headerCells.length < 2)) continue;
    // One column needs a pipe somewhere, or `a` over `-` would be a table rather than a heading.
    if (
      headerCells.length === 1 &&
      !hasUnescapedPipe(text, headerLine.start, headerLine.end) &&
      !hasUnescapedPipe(text, delimiterLine.start, delimiterLine.end)
    ) {
      continue;
    }
    const row = (source: SourceLine, cells: TableCell[]): TableRow => ({
      line: source.line,
      lineStart: source.start,
      lineEnd: source.end,
      cells,
    });
    const body: TableRow[] = [];
    for (let j = i + 2; j < lines.length; j++) {
      const line = lines[j];
      if (indentColumns(text, line.start, line.end) >= 4) break;
      // A kramdown attribute list (`{: caption="…"}`) after a table styles it; it is not a row.
      if (/^\s*\{:/.test(text.slice(line.start, line.end))) break;
      body.push(row(line, splitRow(text, line.start, line.end)));
    }
    return {
      header: row(headerLine, headerCells),
      delimiter: row(delimiterLine, delimiterCells),
      alignments,
      body,
      columnCount: headerCells.length,
      ...(mismatch ? { delimiterMismatch: true } : {}),
    };
  }
  return undefined;
}
