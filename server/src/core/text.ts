// Offsets <-> LSP positions. JavaScript strings are UTF-16, so a string offset difference is already a
// count of UTF-16 code units; only line starts need finding. Line breaks are \n, \r\n and a lone \r, as
// in LSP (found by lines.ts).
import { contentStart, LineScanner } from './lines';
import type { Position, Range } from './model';

export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[];
  private lineBreak?: string;

  constructor(
    readonly text: string,
    /** The line starts when already known (afterEdit); found in the text otherwise. */
    lineStarts?: number[],
    lineBreak?: string,
  ) {
    this.lineBreak = lineBreak;
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    const line = new LineScanner(text);
    while (line.advance()) if (line.next > line.end) starts.push(line.next);
    this.lineStarts = starts;
  }

  /**
   * The index of `text`, which is `base`'s text with `[start, removedEnd)` replaced by what `text` holds
   * in `[start, writtenEnd)`: only the lines of the edit are searched, the others' starts moved. Neither
   * end of the edit may fall inside a CRLF. A large text's keystroke then does not search it all again.
   */
  static afterEdit(base: LineIndex, text: string, start: number, removedEnd: number, writtenEnd: number): LineIndex {
    const first = base.positionAt(start).line;
    const starts = base.lineStarts.slice(0, first + 1);
    const line = new LineScanner(text, starts[first]);
    while (line.advance() && line.next <= writtenEnd) if (line.next > line.end) starts.push(line.next);
    const moved = writtenEnd - removedEnd;
    for (let at = base.lineStarts.length - countAfter(base.lineStarts, removedEnd); at < base.lineStarts.length; at++) starts.push(base.lineStarts[at] + moved);
    // Which break the text has most of can only change when the edit wrote other breaks than it removed.
    return new LineIndex(text, starts, sameLineBreaks(base.text.slice(start, removedEnd), text.slice(start, writtenEnd)) ? base.lineBreak : undefined);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // An offset between the \r and \n of a CRLF (parsers report such) is the end of its line.
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  /** Where the content starts: after a leading byte order mark (lines.ts, contentStart). */
  get contentStart(): number {
    return contentStart(this.text);
  }

  rangeAt(startOffset: number, endOffset: number): Range {
    // Nothing found starts before a leading BOM, and no edit goes there.
    const contentStart = this.contentStart;
    if (startOffset < contentStart) startOffset = contentStart;
    if (endOffset < contentStart) endOffset = contentStart;
    // Parsers report one-code-unit spans ("error at this character"); on an emoji that would split a
    // surrogate pair, which editors cannot show or edit. Widen to the whole character instead.
    if (this.splitsPair(startOffset)) startOffset--;
    if (this.splitsPair(endOffset)) endOffset++;
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** Whether an offset falls between the two halves of a surrogate pair. */
  private splitsPair(offset: number): boolean {
    const before = this.text.charCodeAt(offset - 1);
    const after = this.text.charCodeAt(offset);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  /** The line break the file mostly uses, for inserted lines (\n for a text of one line). */
  get eol(): string {
    return (this.lineBreak ??= mostUsedLineBreak(this.text));
  }
}

/** How many lines of `starts` (sorted) start after `offset`. */
function countAfter(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] > offset) high = mid;
    else low = mid + 1;
  }
  return starts.length - low;
}

/** How many line breaks of each kind a text has (a CRLF is one break, not an LF and a CR). */
function lineBreakCounts(text: string): { crlf: number; lf: number; cr: number } {
  const count = (what: string) => {
    let found = 0;
    for (let at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length)) found++;
    return found;
  };
  const crlf = count('\r\n');
  return { crlf, lf: count('\n') - crlf, cr: count('\r') - crlf };
}

/** Whether two texts have as many line breaks of each kind. */
function sameLineBreaks(a: string, b: string): boolean {
  const [x, y] = [lineBreakCounts(a), lineBreakCounts(b)];
  return x.crlf === y.crlf && x.lf === y.lf && x.cr === y.cr;
}

/** \r\n, \n or \r: whichever a text has most of; on a tie, \r\n before \n before \r (LineIndex.eol). */
export function mostUsedLineBreak(text: string): string {
  const { crlf, lf, cr } = lineBreakCounts(text);
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  return cr > lf ? '\r' : '\n';
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** Apply non-overlapping edits to a text (used by tests, the CLI's --fix-free checks and fix-all). */
export function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const index = new LineIndex(text);
  const sorted = edits
    .map((edit) => ({ start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let lastStart = Infinity;
  for (const edit of sorted) {
    if (edit.end > lastStart) throw new Error('overlapping edits');
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    lastStart = edit.start;
  }
  return result;
}
