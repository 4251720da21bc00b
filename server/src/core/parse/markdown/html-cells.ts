// An HTML table cell's content as the Markdown reader sees a GFM cell's: offsets of the text a reader
// reads (`<td align="center"> <b>A</b> </td>` holds "A"), and edits that write inside the cell only.
//
// Blank space at either end of a cell is white space, `&nbsp;`, `<br>` and comments. A cell wrapped whole in inline
// tags (`<b>`, `<strong>`, `<code>`, `<p>`, `<span …>`, a link) is read inside them, so that its range is
// the text's and an edit keeps the wrapping; other markup inside stays in the text, which the cell readers
// read as GitHub shows it (html-text.ts).
import type { TextEdit } from '../../model';
import type { TableCell } from './gfm-table';
import type { Source } from './source';

const WRAPPER = /^<(b|strong|i|em|u|code|tt|kbd|samp|var|span|font|small|big|mark|p|div|center|a|nobr)(?:\s[^<>]*)?>/i;
const SPACE_REFERENCE = /^&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0);/i;
const BREAK = /^<\/?br\s*\/?>/i;
/** Wrappers read inside at most this deep: each level looks through the content once. */
const MAX_WRAPPING = 4;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** The length of the blank (white space, `&nbsp;`, `<br>`, a comment) at `at`, before `end`; 0 if none. */
function blankAt(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  if (isSpace(code)) return 1;
  if (code !== 38 /* & */ && code !== 60 /* < */) return 0;
  if (code === 60 && text.startsWith('<!--', at)) {
    for (let close = at + 4; close + 3 <= end; close++) if (text.startsWith('-->', close)) return close + 3 - at;
    return 0;
  }
  const match = (code === 38 ? SPACE_REFERENCE : BREAK).exec(text.slice(at, Math.min(end, at + 10)));
  return match ? match[0].length : 0;
}

/** The length of the blank that ends just before `at`, after `start`; 0 if none. */
function blankBefore(text: string, start: number, at: number): number {
  const code = text.charCodeAt(at - 1);
  if (isSpace(code)) return 1;
  if (code !== 59 /* ; */ && code !== 62 /* > */) return 0;
  if (code === 62 && at - start >= 7 && text.startsWith('-->', at - 3)) {
    for (let open = at - 7; open >= start; open--) if (text.startsWith('<!--', open)) return at - open;
    return 0;
  }
  const opener = text.lastIndexOf(code === 59 ? '&' : '<', at - 1);
  if (opener < start || at - opener > 10) return 0;
  return blankAt(text, opener, at) === at - opener ? at - opener : 0;
}

/**
 * In a blank cell's inside: where its `&nbsp;` and `<br>` are (from the first to the end of the last),
 * which an edit replaces, or (none) where text is typed: after its comments, else one space in on a line
 * of spaces (`<td> </td>` gets `<td> A</td>`), else at the start.
 */
function blankParts(text: string, start: number, end: number): { start: number; end: number } {
  let junkStart = -1;
  let junkEnd = -1;
  let afterComment = -1;
  for (let at = start; at < end; ) {
    const length = Math.max(1, blankAt(text, at, end));
    const code = text.charCodeAt(at);
    if (code === 60 && text.startsWith('<!--', at)) afterComment = at + length;
    else if (!isSpace(code)) {
      if (junkStart < 0) junkStart = at;
      junkEnd = at + length;
    }
    at += length;
  }
  if (junkStart >= 0) return { start: junkStart, end: junkEnd };
  if (afterComment >= 0) return { start: afterComment, end: afterComment };
  const oneLine = !/[\r\n]/.test(text.slice(start, end));
  const code = text.charCodeAt(start);
  const at = end > start && oneLine && (code === 32 || code === 9) ? start + 1 : start;
  return { start: at, end: at };
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  for (let n = blankAt(text, start, end); start < end && n > 0; n = blankAt(text, start, end)) start += n;
  for (let n = blankBefore(text, start, end); end > start && n > 0; n = blankBefore(text, start, end)) end -= n;
  return { start, end };
}

/** The inside of an inline tag wrapping all of `text[start, end)`, if one does. */
function unwrap(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const open = WRAPPER.exec(text.slice(start, Math.min(end, start + 200)));
  if (!open) return undefined;
  const name = open[1].toLowerCase();
  const close = new RegExp(`</${name}\\s*>$`, 'i').exec(text.slice(Math.max(start, end - name.length - 8), end));
  if (!close) return undefined;
  const innerStart = start + open[0].length;
  const innerEnd = end - close[0].length;
  if (innerEnd < innerStart) return undefined;
  // `<b>A</b>/<b>R</b>` starts and ends with bold but is not one bold text: the first tag must close last.
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'gi');
  const inner = text.slice(innerStart, innerEnd);
  let depth = 1;
  for (let match = tags.exec(inner); match; match = tags.exec(inner)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return undefined;
  }
  return { start: innerStart, end: innerEnd };
}

/** A cell of an HTML table, from its content's offsets (after the opening tag, before the closing one). */
export function htmlCell(text: string, contentFrom: number, contentTo: number): TableCell {
  let region = { start: contentFrom, end: contentTo };
  let content = trim(text, region.start, region.end);
  for (let level = 0; level < MAX_WRAPPING; level++) {
    const inner = unwrap(text, content.start, content.end);
    if (!inner) break;
    region = inner;
    content = trim(text, inner.start, inner.end);
  }
  if (content.end > content.start) {
    return { start: region.start, end: region.end, contentStart: content.start, contentEnd: content.end, closed: true, html: 'cell' };
  }
  const at = blankParts(text, region.start, region.end).start;
  return { start: region.start, end: region.end, contentStart: at, contentEnd: at, closed: true, html: 'cell' };
}

/** A place the grid has no cell of its own for (a cell above spans it): read as blank, never written. */
export function spannedCell(at: number): TableCell {
  return { start: at, end: at, contentStart: at, contentEnd: at, closed: true, html: 'spanned' };
}

/** The part of a cell an edit replaces: its text, or a blank cell's `&nbsp;` and `<br>` (none: where it is typed). */
export function writtenPart(text: string, cell: TableCell): { start: number; end: number } {
  if (cell.contentEnd > cell.contentStart) return { start: cell.contentStart, end: cell.contentEnd };
  return blankParts(text, cell.start, cell.end);
}

/**
 * Writes `content` as the cell's text, inside the cell (and its wrapping tags): its text replaced, or the
 * `&nbsp;` and `<br>` of a blank cell, or the text typed where a blank cell is typed in. Attributes,
 * padding and line breaks stay as they are.
 */
export function htmlCellEdit(source: Source, cell: TableCell, content: string): TextEdit {
  if (cell.html === 'spanned') return source.edit(cell.contentStart, cell.contentStart, '');
  const { start, end } = writtenPart(source.text, cell);
  return source.edit(start, end, content);
}
