// The tables of the raw HTML in a Markdown document: where each `<table>`, row and cell starts and ends,
// as offsets into the text. Only table, tr, td, th, thead, tbody and tfoot tags shape the result, as an
// HTML parser's table model does (a `<td>` closes the cell before it, `</tr>` the open cell, `<table>`
// inside a cell starts a nested table); any other tag is part of a cell's content.
//
// Why hand-written: the two well-kept HTML parsers that would fit are both superlinear on text of many
// unclosed tags and stray closing tags (htmlparser2 searches its whole stack for the element a closing
// tag closes; parse5's tree construction slows down the same way), which the checker must read on every
// keystroke without stalling, and each would add more to every bundle than this whole reader of HTML
// tables (BENCHMARKS.md has the measurements). This scanner reads the table tags in one pass: every
// character is looked at a bounded number of times (`steps` counts them, for the tests), and a tag
// never closed ends the scan of its segment.
//
// Text is fed in segments: raw HTML blocks (`feedHtml`, tags read) and the Markdown between them that a
// cell may hold (`feedHtml` on its inline HTML only, the rest is text by position).

/** A cell: its opening tag, and where its content ends (the closing tag, or the tag that closed it). */
export interface HtmlCell {
  tag: 'td' | 'th';
  open: number;
  /** Just after the opening tag's `>`: where the content starts. */
  openEnd: number;
  /** Where the content ends: the closing tag's `<`, or the offset at which the cell was closed. */
  close: number;
  /** After the closing tag (`close` when the cell had none). */
  closeEnd: number;
  /** The opening tag's attributes, as written. */
  attributes: string;
}

export interface HtmlRow {
  /** The `<tr` (or the first cell's `<td`, for a row opened by a cell). */
  start: number;
  /** After `</tr>`, or after the row's last cell when it has no closing tag. */
  end: number;
  explicitEnd: boolean;
  /** Inside `<thead>`. */
  head: boolean;
  cells: HtmlCell[];
}

export interface HtmlTable {
  start: number;
  end: number;
  /** Whether `</table>` was found. */
  closed: boolean;
  rows: HtmlRow[];
  /** Whether a cell of it holds another table (a layout table). */
  holdsTables: boolean;
}

interface OpenTable {
  table: HtmlTable;
  row?: HtmlRow;
  cell?: HtmlCell;
  inHead?: boolean;
}

const TABLE_TAGS = new Set(['table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot']);

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45;
}

export class HtmlTableScanner {
  /** Every table seen, in the order of their start (a nested table after the table holding it). */
  readonly tables: HtmlTable[] = [];
  /** Characters looked at by the tag reader, and `<` found: at most the length of what was fed. */
  steps = 0;
  private readonly open: OpenTable[] = [];

  constructor(private readonly text: string) {}

  /** Whether a table is open (its `</table>` not yet seen). */
  get inTable(): boolean {
    return this.open.length > 0;
  }

  /** Whether a cell is open: Markdown that follows is the cell's content. */
  get inCell(): boolean {
    return this.open.length > 0 && this.open[this.open.length - 1].cell !== undefined;
  }

  /** Reads the tags of `text[from, to)`, raw HTML. */
  feedHtml(from: number, to: number): void {
    const text = this.text;
    let at = text.indexOf('<', from);
    while (at >= 0 && at < to) {
      this.steps++;
      const next = text.charCodeAt(at + 1);
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        // A comment, a doctype or a processing instruction: nothing in it is a tag.
        const comment = text.startsWith('<!--', at);
        const close = comment ? text.indexOf('-->', at + 4) : text.indexOf('>', at + 2);
        const after = close + (comment ? 3 : 1);
        if (close < 0 || after > to) return;
        at = text.indexOf('<', after);
        continue;
      }
      const closing = next === 47; /* / */
      const nameStart = at + (closing ? 2 : 1);
      let nameEnd = nameStart;
      while (nameEnd < to && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
      const first = text.charCodeAt(nameStart);
      if (nameEnd === nameStart || !((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) {
        at = text.indexOf('<', at + 1);
        continue;
      }
      const tagEnd = this.tagEnd(nameEnd, to);
      // A tag never closed: the rest of the segment is inside it.
      if (tagEnd < 0) return;
      // Table tags have names of two or five letters: most others are passed over without a copy.
      const length = nameEnd - nameStart;
      const name = length === 2 || length === 5 ? text.slice(nameStart, nameEnd).toLowerCase() : '';
      if (TABLE_TAGS.has(name)) this.tag(name, closing, at, tagEnd, name === 'td' || name === 'th' ? text.slice(nameEnd, tagEnd - 1) : '');
      at = text.indexOf('<', tagEnd);
    }
  }

  /** Closes what is still open at `at` (a table whose `</table>` never came). */
  finish(at: number): void {
    while (this.open.length > 0) this.closeTable(at, at, false);
  }

  /** The offset after a tag's `>`, from the end of its name (quoted values may hold `>`); -1 if none. */
  private tagEnd(from: number, to: number): number {
    const text = this.text;
    let quote = 0;
    let afterEquals = false;
    for (let i = from; i < to; i++) {
      this.steps++;
      const code = text.charCodeAt(i);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 62 /* > */) {
        return i + 1;
      } else if ((code === 34 || code === 39) && afterEquals) {
        quote = code;
      } else if (code === 61 /* = */) {
        afterEquals = true;
        continue;
      }
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) afterEquals = false;
    }
    return -1;
  }

  private tag(name: string, closing: boolean, at: number, tagEnd: number, attributes: string): void {
    if (name === 'table' && !closing) {
      const top = this.open[this.open.length - 1];
      // `<table>` between the cells of a table (not inside one) ends that table and starts another.
      if (top && !top.cell) this.closeTable(at, at, false);
      const outer = this.open[this.open.length - 1];
      if (outer) outer.table.holdsTables = true;
      const table: HtmlTable = { start: at, end: tagEnd, closed: false, rows: [], holdsTables: false };
      this.tables.push(table);
      this.open.push({ table });
      return;
    }
    const top = this.open[this.open.length - 1];
    if (!top) return;
    if (name === 'table') {
      this.closeTable(at, tagEnd, true);
    } else if (name === 'td' || name === 'th') {
      if (closing) {
        if (top.cell) this.closeCell(top, at, tagEnd);
        return;
      }
      this.closeCell(top, at, at);
      if (!top.row) top.row = { start: at, end: at, explicitEnd: false, head: top.inHead === true, cells: [] };
      top.cell = { tag: name, open: at, openEnd: tagEnd, close: tagEnd, closeEnd: tagEnd, attributes };
    } else if (name === 'tr') {
      this.closeCell(top, at, at);
      if (closing) {
        if (top.row) this.closeRow(top, tagEnd, true);
        return;
      }
      this.closeRow(top, at, false);
      top.row = { start: at, end: tagEnd, explicitEnd: false, head: top.inHead === true, cells: [] };
    } else {
      // thead, tbody, tfoot (opening or closing) end the open row.
      this.closeCell(top, at, at);
      this.closeRow(top, at, false);
      top.inHead = name === 'thead' && !closing;
    }
  }

  private closeCell(top: OpenTable, close: number, closeEnd: number): void {
    const cell = top.cell;
    if (!cell) return;
    cell.close = close;
    cell.closeEnd = closeEnd;
    top.row!.cells.push(cell);
    top.row!.end = closeEnd;
    top.cell = undefined;
  }

  private closeRow(top: OpenTable, end: number, explicit: boolean): void {
    const row = top.row;
    if (!row) return;
    if (explicit) row.end = end;
    row.explicitEnd = explicit;
    top.table.rows.push(row);
    top.row = undefined;
  }

  private closeTable(at: number, end: number, closed: boolean): void {
    const top = this.open.pop()!;
    this.closeCell(top, at, at);
    this.closeRow(top, at, false);
    top.table.end = end;
    top.table.closed = closed;
  }
}
