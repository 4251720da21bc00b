// Where a chunk may start (cutCandidates), and whether a cut holds once the chunk before it is parsed.
//
// Headings. A chunk starts at a line that begins (column 0) with an ATX heading and follows a blank
// line. CommonMark parses blocks line by line, each line's blocks depending only on the lines before it.
// After a blank line the only open blocks that a non-indented, non-`>` line can continue are a
// top-level fenced code block or a top-level HTML block of kinds 1-5 (paragraphs and block quotes end at
// the blank line, list items and indented code at a column-0 line, HTML kinds 6-7 at the blank line). So
// a cut is kept only when the chunk before it, parsed on its own, ends with its last block before its
// trailing blank lines (a block open at the end of a text runs to it) and, when that block is fenced
// code, with its closing fence; then the heading line is read at the top level, exactly as at the start
// of a document.
//
// List items. Every `listCutEvery`-th column-0 item of a list (a line that starts an item with the
// marker of the column-0 item before it, right after a line that is not blank) may start a chunk. At
// such a line the whole text continues the open list with a new item, which starts as an item at the
// start of a document does (nothing is interrupted): so the cut is kept when the chunk before it, parsed
// on its own, ends with a list of that marker whose end is the end of its last line (a fence or HTML
// block left open in the last item would run on to the end of the chunk instead), and the next chunk
// then starts with a list (checked by the assembly in chunks.ts).
import type { Root } from 'mdast';
import { isBlank, LineScanner, lineStartOf } from '../../../lines';

/**
 * How many column-0 items of a list go into one chunk. Fewer means more chunks to shift and assemble,
 * more means more to parse again on a keystroke; BENCHMARKS.md has the measurements behind the choice.
 */
export const LIST_CUT_EVERY = 8;

/** Where a chunk may start; `list` is the item marker of a list cut (see listMarkerAt), 0 at a heading. */
export interface CutCandidate {
  at: number;
  list: number;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether text[start, end) is a thematic break of `marker` (three or more, spaces and tabs between). */
function isThematicBreak(text: string, start: number, end: number, marker: number): boolean {
  let count = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === marker) count++;
    else if (code !== 32 && code !== 9) return false;
  }
  return count >= 3;
}

/**
 * The marker of the list item that text[start, end) starts (`start` at the marker): its character for a
 * bullet (`-`, `*`, `+`), 1000 + its delimiter for an ordered item (`1.`, `2)`); 0 when the line starts
 * no item (a thematic break such as `- - -` does not).
 */
function listMarkerAt(text: string, start: number, end: number): number {
  const code = text.charCodeAt(start);
  let after: number;
  let marker: number;
  if (code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */) {
    after = start + 1;
    marker = code;
  } else {
    let at = start;
    while (at < end && at - start < 10 && isDigit(text.charCodeAt(at))) at++;
    // micromark reads at most 9 digits as an item number.
    if (at === start || at - start > 9) return 0;
    const delimiter = text.charCodeAt(at);
    if (delimiter !== 46 /* . */ && delimiter !== 41 /* ) */) return 0;
    after = at + 1;
    marker = 1000 + delimiter;
  }
  if (after < end) {
    const next = text.charCodeAt(after);
    if (next !== 32 && next !== 9) return 0;
  }
  if ((code === 45 || code === 42) && isThematicBreak(text, start, end, code)) return 0;
  return marker;
}

/** Whether text[start, end) is an ATX heading line (one to six `#`, then a blank or the line's end). */
function isAtxHeading(text: string, start: number, end: number): boolean {
  let hashes = 0;
  while (text.charCodeAt(start + hashes) === 35 /* # */) hashes++;
  const after = text.charCodeAt(start + hashes);
  return hashes >= 1 && hashes <= 6 && (start + hashes === end || after === 32 || after === 9);
}

/**
 * Offsets where chunks may start, from `from` on: headings, and every `listCutEvery`-th list item (none
 * when it is 0).
 */
export function cutCandidates(text: string, from: number, listCutEvery: number): CutCandidate[] {
  const cuts: CutCandidate[] = [];
  const line = new LineScanner(text, from);
  let previousBlank = false;
  /** The marker of the last line that started at column 0 with a character: 0 unless it started an item. */
  let lastMarker = 0;
  /** Items that could start a chunk since the last cut at a heading. */
  let items = 0;
  while (line.advance()) {
    const { start, end } = line;
    const blank = isBlank(text, start, end);
    const code = text.charCodeAt(start);
    if (blank || code === 32 || code === 9) {
      previousBlank = blank;
      continue;
    }
    const marker = listCutEvery > 0 ? listMarkerAt(text, start, end) : 0;
    if (previousBlank && start > from && code === 35 /* # */) {
      if (isAtxHeading(text, start, end)) {
        cuts.push({ at: start, list: 0 });
        items = 0;
      }
    } else if (!previousBlank && start > from && marker !== 0 && marker === lastMarker && ++items % listCutEvery === 0) {
      cuts.push({ at: start, list: marker });
    }
    lastMarker = marker;
    previousBlank = false;
  }
  return cuts;
}

/** Line breaks in a text. */
export function countLineBreaks(text: string): number {
  let breaks = 0;
  const line = new LineScanner(text);
  while (line.advance()) if (line.next > line.end) breaks++;
  return breaks;
}

/** Whether a blank line follows the line that holds `from`, itself ended by a line break. */
function blankLineFollows(text: string, from: number): boolean {
  const line = new LineScanner(text, from);
  line.advance();
  while (line.advance()) if (line.next > line.end && isBlank(text, line.start, line.end)) return true;
  return false;
}

/**
 * Whether a chunk, parsed on its own, ends outside any block that a following column-0 line would
 * continue: its last top-level block is not code or HTML, or is followed by a blank line inside the
 * chunk (an unclosed fence or HTML block of kind 1-5 runs to the end of the text, trailing blank lines
 * included), and a fenced code block is closed by its last line.
 */
function endsClosed(text: string, tree: Root): boolean {
  const last = tree.children[tree.children.length - 1];
  if (!last) return true;
  // A block still open at the end of the text ends there, trailing blank lines included (a fence in a
  // list item, say), where a following line would have ended it before them.
  const end = last.position?.end.offset ?? text.length;
  if (!blankLineFollows(text, end)) return false;
  if (last.type !== 'code') return true;
  const start = last.position?.start.offset ?? 0;
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(start, Math.min(end, start + 1000)));
  if (!open) return true; // indented code: a column-0 line ends it
  const lastLineStart = lineStartOf(text, end, start);
  if (lastLineStart <= start) return false;
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text.slice(lastLineStart, end));
  return !!close && close[1][0] === open[1][0] && close[1].length >= open[1].length;
}

/**
 * Whether a chunk that a list cut of `marker` ends, parsed on its own, ends with a list of that marker
 * that runs to the end of its last line's content (the chunk ends with that line's break).
 */
function endsInList(text: string, tree: Root, marker: number): boolean {
  const last = tree.children[tree.children.length - 1];
  if (!last || last.type !== 'list' || !last.position) return false;
  let contentEnd = text.length;
  if (text.charCodeAt(contentEnd - 1) === 10 /* \n */) contentEnd--;
  if (text.charCodeAt(contentEnd - 1) === 13 /* \r */) contentEnd--;
  if (contentEnd === text.length || last.position.end.offset !== contentEnd) return false;
  let first = last.position.start.offset ?? 0;
  while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
  let lineEnd = first;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  return listMarkerAt(text, first, lineEnd) === marker;
}

/** Whether the chunk `text` (its tree `tree`) may end at `cut`: the next chunk then reads as the whole text does. */
export function cutHolds(text: string, tree: Root, cut: CutCandidate): boolean {
  return cut.list === 0 ? endsClosed(text, tree) : endsInList(text, tree, cut.list);
}
