// Speed: micromark (remark-parse's tokenizer) is quadratic in the number of list items of a document:
// the sub-heading form ("### Roadmap" over "- Accountable: Product Manager" lines) took 1.7 s to check at
// 1,000 responsibilities and ~22 s at 4,000. So the text remark is given is parsed in chunks cut before
// ATX headings, each chunk's tree shifted to the document's positions, and the chunks' trees kept (by
// chunk text, bounded) so that a keystroke re-parses only the chunk it is in.
//
// Why the trees are the same as the whole text's. A chunk starts at a line that begins (column 0) with
// an ATX heading and follows a blank line. CommonMark parses blocks line by line, each line's blocks
// depending only on the lines before it. After a blank line the only open blocks that a non-indented,
// non-`>` line can continue are a top-level fenced code block or a top-level HTML block of kinds 1-5
// (paragraphs and block quotes end at the blank line, list items and indented code at a column-0 line,
// HTML kinds 6-7 at the blank line). So a cut is kept only when the chunk before it, parsed on its own,
// ends with its last block before its trailing blank lines (a block open at the end of a text runs to
// it) and, when that block is fenced code, with its closing fence; then the heading line is read at the top level, exactly as
// at the start of a document. Two things cross blocks: front matter (it stays in the first chunk) and
// link reference definitions (`[x]: /url` makes `[x]` anywhere a link), so a text holding `]:` is parsed
// whole. test/parse/markdown-chunks.test.ts checks trees and models against whole-text parsing on every
// sample and fixture and on thousands of seeded mutations.
import type { Nodes, Root, RootContent } from 'mdast';
import { isBlank, LineScanner, lineStartOf } from '../../../lines';

export interface ChunkParser {
  /** Parses a chunk; `first` is true for the chunk at the start of the text (front matter). */
  (text: string, first: boolean): Root;
}

/** The cache: chunk-relative trees by chunk text, least recently used first (Map keeps insertion order). */
const cache = new Map<string, Root>();
/** Bounds of the cache. A 4-line responsibility chunk is ~150 characters and ~20 nodes. */
const MAX_CHUNKS = 20_000;
const MAX_CACHED_CHARS = 4_000_000;
let cachedChars = 0;

/** Offsets where chunks may start: column-0 ATX heading lines after a blank line, from `from` on. */
function cutCandidates(text: string, from: number): number[] {
  const cuts: number[] = [];
  const line = new LineScanner(text, from);
  let previousBlank = false;
  while (line.advance()) {
    const { start, end } = line;
    if (previousBlank && start > from && text.charCodeAt(start) === 35 /* # */) {
      let hashes = 0;
      while (text.charCodeAt(start + hashes) === 35) hashes++;
      const after = text.charCodeAt(start + hashes);
      if (hashes <= 6 && (start + hashes === end || after === 32 || after === 9)) cuts.push(start);
    }
    previousBlank = isBlank(text, start, end);
  }
  return cuts;
}

/** Line breaks in a text. */
function countLineBreaks(text: string): number {
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

function cached(key: string): Root | undefined {
  const tree = cache.get(key);
  if (tree) {
    cache.delete(key);
    cache.set(key, tree);
  }
  return tree;
}

function remember(key: string, tree: Root): void {
  if (cache.has(key) || key.length > MAX_CACHED_CHARS / 4) return;
  cache.set(key, tree);
  cachedChars += key.length;
  while (cache.size > MAX_CHUNKS || cachedChars > MAX_CACHED_CHARS) {
    const oldest = cache.keys().next().value as string;
    cache.delete(oldest);
    cachedChars -= oldest.length;
  }
}

/** A deep copy of a node with its positions moved by `lines` lines and `offset` characters. */
function shifted<T extends Nodes>(node: T, lines: number, offset: number): T {
  const copy = { ...node } as T & { children?: Nodes[] };
  const position = node.position;
  if (position) {
    copy.position = {
      start: { line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset },
      end: { line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset },
    };
  }
  if ('children' in node) copy.children = (node.children as Nodes[]).map((child) => shifted(child, lines, offset));
  return copy;
}

/** Empties the chunk cache (tests). */
export function clearChunkCache(): void {
  cache.clear();
  cachedChars = 0;
}

/**
 * The mdast tree of `text` (what remark is given), parsed in chunks (see above); `bodyStart` is where
 * the front matter ends (0 without). The caller gets fresh nodes it may change.
 */
export function parseInChunks(text: string, bodyStart: number, parse: ChunkParser): Root {
  const candidates = text.includes(']:') ? [] : cutCandidates(text, bodyStart);
  const children: RootContent[] = [];
  let chunkStart = 0;
  let line = 0;
  let lastTree: Root | undefined;
  let lastShift = { lines: 0, offset: 0 };
  let next = 0;
  while (chunkStart < text.length || lastTree === undefined) {
    const first = chunkStart === 0;
    let chunkEnd = next < candidates.length ? candidates[next] : text.length;
    let chunk = text.slice(chunkStart, chunkEnd);
    let key = (first ? 'F' : 'N') + chunk;
    let tree = cached(key) ?? parse(chunk, first);
    remember(key, tree);
    if (chunkEnd < text.length && !endsClosed(chunk, tree)) {
      // Rare (an unclosed fence or comment): the chunk takes the next one in; if that is not enough,
      // the rest of the text, so that no text is parsed more than three times over.
      for (const extended of [next + 1 < candidates.length ? candidates[next + 1] : text.length, text.length]) {
        chunkEnd = extended;
        chunk = text.slice(chunkStart, chunkEnd);
        key = (first ? 'F' : 'N') + chunk;
        tree = cached(key) ?? parse(chunk, first);
        remember(key, tree);
        if (chunkEnd === text.length || endsClosed(chunk, tree)) break;
      }
    }
    // micromark drops a leading BOM and counts offsets without it; so do the later chunks' offsets.
    const offset = chunkStart > 0 && text.charCodeAt(0) === 0xfeff ? chunkStart - 1 : chunkStart;
    for (const child of tree.children) children.push(shifted(child, line, offset));
    lastTree = tree;
    lastShift = { lines: line, offset };
    line += countLineBreaks(chunk);
    chunkStart = chunkEnd;
    while (next < candidates.length && candidates[next] <= chunkStart) next++;
    if (chunkStart >= text.length) break;
  }
  const end = lastTree.position?.end;
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: end ? { line: end.line + lastShift.lines, column: end.column, offset: (end.offset ?? 0) + lastShift.offset } : { line: line + 1, column: 1, offset: text.length },
    },
  };
}
