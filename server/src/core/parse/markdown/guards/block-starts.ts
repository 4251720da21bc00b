// Which lines open or close the blocks that guard.ts tracks: fenced code (its content is not inline
// markup), HTML blocks of kinds 1-6 (likewise), and the column-0 lines that always end a paragraph.
// Each reads one line, text[lineStart, lineEnd), and nothing past it.
import { isBlank } from '../../../lines';

const TAB = 9;
const SPACE = 32;

/** HTML block kinds 1-5 end at a marker (possibly blank lines later); kind 6 ends at a blank line. */
const HTML_BLOCK_NAMES = new Set(
  ('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
    'title tr track ul').split(' '),
);

/** What an HTML block starting at `at` ends with: a marker, 'blank' (kind 6), or undefined (not kinds 1-6). */
export function htmlBlockEnd(text: string, at: number, lineEnd: number): string | undefined {
  const head = text.slice(at, Math.min(lineEnd, at + 16)).toLowerCase();
  if (head.startsWith('<!--')) return '-->';
  if (head.startsWith('<?')) return '?>';
  if (head.startsWith('<![cdata[')) return ']]>';
  if (/^<![a-z]/.test(head)) return '>';
  const raw = /^<(script|pre|style|textarea)(?:[\s>]|$)/.exec(head);
  if (raw) return `</${raw[1]}>`;
  const name = /^<\/?([a-z][a-z0-9]*)(?:[\s>]|\/>|$)/.exec(head);
  if (name && HTML_BLOCK_NAMES.has(name[1])) return 'blank';
  return undefined;
}

export interface Fence {
  /** `` ` `` or `~`. */
  char: number;
  length: number;
  /** Whether text follows the fence characters (an info string; a closing fence has none). */
  rest: boolean;
}

/** A fence line: up to 3 spaces (already skipped to `at`), then 3+ backticks (no backtick after) or tildes. */
export function fenceAt(text: string, at: number, lineEnd: number): Fence | undefined {
  const char = text.charCodeAt(at);
  if (char !== 96 && char !== 126) return undefined;
  let end = at;
  while (end < lineEnd && text.charCodeAt(end) === char) end++;
  if (end - at < 3) return undefined;
  if (char === 96 && text.indexOf('`', end) !== -1 && text.indexOf('`', end) < lineEnd) return undefined;
  return { char, length: end - at, rest: text.slice(end, lineEnd).trim().length > 0 };
}

/** Whether a fence line closes the fence `open`. */
export function closesFence(line: Fence | undefined, open: { char: number; length: number }): boolean {
  return line !== undefined && line.char === open.char && line.length >= open.length && !line.rest;
}

/** Past up to three leading spaces; -1 when the line is indented four or more (indented code). */
export function skipIndent(text: string, lineStart: number, lineEnd: number): number {
  let at = lineStart;
  while (at < lineEnd && at - lineStart < 4 && text.charCodeAt(at) === SPACE) at++;
  const code = text.charCodeAt(at);
  return at - lineStart > 3 || code === TAB ? -1 : at;
}

/** Column-0 line that always ends a paragraph: an ATX heading, a bullet with text, a fence. */
export function startsBlockAtColumnZero(text: string, lineStart: number, lineEnd: number): boolean {
  const code = text.charCodeAt(lineStart);
  if (code === 35 /* # */) {
    let end = lineStart;
    while (end < lineEnd && text.charCodeAt(end) === 35) end++;
    const next = text.charCodeAt(end);
    return end - lineStart <= 6 && (end >= lineEnd || next === SPACE || next === TAB);
  }
  if (code === 45 || code === 42 || code === 43) {
    const next = text.charCodeAt(lineStart + 1);
    return (next === SPACE || next === TAB) && !isBlank(text, lineStart + 2, lineEnd);
  }
  return fenceAt(text, lineStart, lineEnd) !== undefined;
}
