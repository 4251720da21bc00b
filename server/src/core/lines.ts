// Lines of a text: the one place that knows what a line break is, for every pass that walks a text line
// by line (LineIndex, the Markdown reader's preparation passes). A line break is \n, \r\n or a lone \r,
// as in CommonMark and LSP. Offsets are UTF-16 code units, like every offset in the core.

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/**
 * Walks the lines of a text from an offset on, allocating nothing per line:
 *
 *     const line = new LineScanner(text);
 *     while (line.advance()) use(line.start, line.end);
 *
 * A text that ends with a line break has no empty line after it, and the empty text has no lines.
 */
export class LineScanner {
  /** Where the current line starts. */
  start = 0;
  /** Where its content ends: at its line break, or at the end of the text. */
  end = 0;
  /** Where the following line starts: past the line break (`end` itself on a last line without one). */
  next: number;
  /** Offsets of the next \n and the next \r at or after the current line; text.length when there is none. */
  private lf = -1;
  private cr = -1;

  constructor(
    readonly text: string,
    from = 0,
  ) {
    this.next = from;
  }

  /** Moves to the next line; false when there is none. */
  advance(): boolean {
    const text = this.text;
    const start = this.next;
    if (start >= text.length) return false;
    // indexOf is much faster than a loop of charCodeAt; each break is searched for once.
    if (this.lf < start) {
      const lf = text.indexOf('\n', start);
      this.lf = lf < 0 ? text.length : lf;
    }
    if (this.cr < start) {
      const cr = text.indexOf('\r', start);
      this.cr = cr < 0 ? text.length : cr;
    }
    const end = this.lf < this.cr ? this.lf : this.cr;
    this.start = start;
    this.end = end;
    this.next = end === text.length ? end : end === this.cr && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
    return true;
  }
}

/** The first offset in [start, end) that is not a space or a tab; `end` when there is none. */
export function skipBlanks(text: string, start: number, end: number): number {
  let at = start;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (code !== SPACE && code !== TAB) break;
    at++;
  }
  return at;
}

/** Whether text[start, end) holds only spaces and tabs (or nothing). */
export function isBlank(text: string, start: number, end: number): boolean {
  return skipBlanks(text, start, end) === end;
}

/** Columns of the spaces and tabs at `start` (stopping at `end`): a tab moves to the next multiple of 4. */
export function indentColumns(text: string, start: number, end: number): number {
  let columns = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === SPACE) columns++;
    else if (code === TAB) columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** Start of the line that holds `offset`, searching back no further than `floor`. */
export function lineStartOf(text: string, offset: number, floor = 0): number {
  let at = offset;
  while (at > floor) {
    const code = text.charCodeAt(at - 1);
    if (code === LF || code === CR) break;
    at--;
  }
  return at;
}

/**
 * The text with each lone \r (not followed by \n) written as \n: the same length, so every offset stays
 * the same, for readers that know only \n and \r\n (the `yaml` package). Line numbers do not change
 * either: LineScanner, like LSP, counts a lone \r as a line break.
 */
export function loneCrAsLf(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r(?!\n)/g, '\n');
}

/**
 * Where a text's content starts: after a leading byte order mark. The BOM is a character of line 0 (an
 * editor's buffer may hold it, and positions count it) but no part of the charter.
 */
export function contentStart(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/**
 * Each line of `text` (without its line break) on which the global pattern `required` matches, in
 * order, once each. A pattern that never matches across a line break finds the same matches line by
 * line, so it needs running only on the lines where a word it requires appears (a legend pattern
 * otherwise matches at every cell of a matrix).
 */
export function* linesHolding(text: string, required: RegExp): Generator<string> {
  required.lastIndex = 0;
  for (let match = required.exec(text); match; match = required.exec(text)) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    const newline = text.indexOf('\n', match.index);
    const end = newline < 0 ? text.length : newline;
    yield text.slice(start, end);
    required.lastIndex = end;
  }
}
