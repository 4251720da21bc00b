// Speed: micromark (remark-parse's tokenizer) is quadratic in the number of list items of a document:
// the sub-heading form ("### Roadmap" over "- Accountable: Product Manager" lines) took 1.7 s to check at
// 1,000 responsibilities and ~22 s at 4,000, a 10,000-line two-level list 10 s. So the text remark is
// given is parsed in chunks, each chunk's tree shifted to the document's positions, and the chunks' trees
// kept (by chunk text, bounded) so that a keystroke re-parses only the chunk it is in.
//
// Where a chunk may start (cutCandidates): at an ATX heading, or inside a long list at an item.
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
// List items. Every LIST_CUT_EVERY-th column-0 item of a list (a line that starts an item with the marker
// of the column-0 item before it, right after a line that is not blank) may start a chunk. At such a line
// the whole text continues the open list with a new item, which starts as an item at the start of a
// document does (nothing is interrupted): so the cut is kept when the chunk before it, parsed on its own,
// ends with a list of that marker whose end is the end of its last line (a fence or HTML block left open
// in the last item would run on to the end of the chunk instead), and the next chunk then starts with a
// list (checked; if not, the text is parsed again without list cuts). The two lists are one list: the
// next chunk's items join the previous list, which is spread when either part is (no blank line lies
// between the two items).
//
// Link reference definitions (`[x]: /url` makes `[x]` anywhere a link) cross chunks: a text holding `]:`
// is parsed in chunks, the definitions found are collected, and the chunks that hold a `[` are parsed
// again with those labels defined (the chunk parser is given them), so each reads its references as the
// whole text does. Front matter stays in the first chunk.
//
// test/parse/markdown-chunks.test.ts checks trees and models against whole-text parsing on every sample
// and fixture and on thousands of seeded mutations.
//
// Slices. A check that parses many chunks may be run in slices (runParseSlice, for the language server):
// past a slice's budget, parsing stops by throwing ParseInterrupted once the chunk just parsed is cached,
// and the next slice, the same check run again, finds the chunks parsed so far in the cache.
import type { List, Nodes, Root, RootContent } from 'mdast';
import { isBlank, LineScanner, lineStartOf } from '../../../lines';

export interface ChunkParser {
  /**
   * Parses a chunk; `first` is true for the chunk at the start of the text (front matter); `defined`
   * holds the labels of the text's link reference definitions (normalised as micromark does, see
   * definitionLabel), to be taken as defined in the chunk.
   */
  (text: string, first: boolean, defined: readonly string[]): Root;
}

/** The cache: chunk-relative trees by chunk text, least recently used first (Map keeps insertion order). */
const cache = new Map<string, Root>();
/** Bounds of the cache. A 4-line responsibility chunk is ~150 characters and ~20 nodes. */
const MAX_CHUNKS = 20_000;
const MAX_CACHED_CHARS = 4_000_000;
let cachedChars = 0;

/**
 * How many column-0 items of a list go into one chunk (the list cuts). Measured on a 10,000-line
 * two-level list, a check from cold (CPU time, median of 5, two rounds): every item its own chunk
 * 0.45-0.50 s, 4 items 0.36 s, 8 items 0.33-0.39 s, 32 items 0.36-0.43 s; the whole list at once 6.6 s.
 * A keystroke takes 21-35 ms at every setting.
 */
export const LIST_CUT_EVERY = 8;
let listCutEvery = LIST_CUT_EVERY;

/** Cuts lists every `items` items (tests: 1 puts a cut candidate at every item that may have one). */
export function setListCutEvery(items = LIST_CUT_EVERY): void {
  listCutEvery = items;
}

/** Where a chunk may start; `list` is the item marker of a list cut (see listMarkerAt), 0 at a heading. */
interface Cut {
  at: number;
  list: number;
}

const NO_DEFINITIONS: readonly string[] = [];

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

/** Offsets where chunks may start, from `from` on: headings, and list items when `listCuts` (see above). */
function cutCandidates(text: string, from: number, listCuts: boolean): Cut[] {
  const cuts: Cut[] = [];
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
    const marker = listCuts ? listMarkerAt(text, start, end) : 0;
    if (previousBlank && start > from && code === 35 /* # */) {
      let hashes = 0;
      while (text.charCodeAt(start + hashes) === 35) hashes++;
      const after = text.charCodeAt(start + hashes);
      if (hashes <= 6 && (start + hashes === end || after === 32 || after === 9)) {
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

function holds(text: string, tree: Root, cut: Cut): boolean {
  return cut.list === 0 ? endsClosed(text, tree) : endsInList(text, tree, cut.list);
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

// ---------------------------------------------------------------------------------------------------
// Link reference definitions.

/** A label as micromark keeps it in its list of defined labels (micromark-util-normalize-identifier). */
export function definitionLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

/** Adds the labels of every link reference definition in a tree (in lists and quotes too) to `labels`. */
function collectDefinitions(node: Nodes, labels: Set<string>): Set<string> {
  if (node.type === 'definition') labels.add(definitionLabel(node.label ?? node.identifier));
  else if ('children' in node) for (const child of node.children) collectDefinitions(child, labels);
  return labels;
}

/** The labels of every link reference definition in a tree, sorted, once each. */
function definitionLabels(tree: Root): string[] {
  return [...collectDefinitions(tree, new Set())].sort();
}

/** Sets of definitions by their labels: a number each, never reused, so a cache key names its set. */
const definitionSets = new Map<string, number>();
let lastDefinitionSet = 0;

function definitionSetKey(defined: readonly string[]): string {
  const joined = defined.join('\n');
  let id = definitionSets.get(joined);
  if (id === undefined) {
    if (definitionSets.size >= 64) definitionSets.clear();
    id = ++lastDefinitionSet;
    definitionSets.set(joined, id);
  }
  return `D${id}:`;
}

// ---------------------------------------------------------------------------------------------------
// Slices.

/** One check run in slices: what its slices share (see runParseSlice). */
export class ParseSlices {
  /** Cache keys of the chunks parsed by this check's slices. */
  readonly parsed = new Set<string>();
  /**
   * Set when a slice parses a chunk that an earlier slice had parsed (the cache let it go, other
   * documents being checked in between): interrupting again could lose work for good, so from then on
   * the check runs to its end.
   */
  uninterrupted = false;
  /** How far the chunks of the text being checked are parsed (chunks.ts's own). */
  walk: WarmWalk | undefined;

  /** `budgetMs`: how long a slice parses before it stops (at least 3 times what it spent before parsing). */
  constructor(readonly budgetMs: number) {}
}

/** Thrown out of a check run by runParseSlice when its slice is spent (see ParseSlices). */
export class ParseInterrupted extends Error {
  constructor() {
    super('Markdown parsing stopped at the end of its time slice');
  }
}

let slice: { slices: ParseSlices; started: number; firstParse: number } | undefined;

/**
 * Runs `run` (a check) as one slice of `slices`: it throws ParseInterrupted once it has parsed chunks
 * for the slice's budget, every chunk parsed being in the cache, so that running it again goes on where
 * this slice stopped. Parsing that is not in chunks (YAML, a text with a single chunk) is not
 * interrupted, nor is what follows the parse.
 */
export function runParseSlice<T>(slices: ParseSlices, run: () => T): T {
  const outer = slice;
  slice = { slices, started: performance.now(), firstParse: -1 };
  try {
    return run();
  } finally {
    slice = outer;
  }
}

/** Parses a chunk not in the cache, remembers it, and stops the slice when it is spent. */
function parseFresh(key: string, parse: () => Root): Root {
  const current = slice;
  if (current && current.slices.parsed.has(key)) current.slices.uninterrupted = true;
  const started = performance.now();
  const tree = parse();
  remember(key, tree);
  if (current && !current.slices.uninterrupted && cache.has(key)) {
    current.slices.parsed.add(key);
    if (current.firstParse < 0) current.firstParse = started;
    const spent = performance.now() - current.firstParse;
    if (spent >= Math.max(current.slices.budgetMs, 3 * (current.firstParse - current.started))) throw new ParseInterrupted();
  }
  return tree;
}

// ---------------------------------------------------------------------------------------------------

/**
 * The mdast tree of `text` (what remark is given), parsed in chunks (see above); `bodyStart` is where
 * the front matter ends (0 without). The caller gets fresh nodes it may change.
 */
export function parseInChunks(text: string, bodyStart: number, parse: ChunkParser): Root {
  if (slice && !slice.slices.uninterrupted) warmChunks(text, bodyStart, parse, slice.slices);
  const tree = assemble(text, bodyStart, parse, NO_DEFINITIONS, true) ?? assemble(text, bodyStart, parse, NO_DEFINITIONS, false)!;
  if (!text.includes(']:')) return tree;
  const defined = definitionLabels(tree);
  if (defined.length === 0) return tree;
  return assemble(text, bodyStart, parse, defined, true) ?? assemble(text, bodyStart, parse, defined, false)!;
}

/** Parses a chunk (from the cache when it is there) with the definitions `defined`. */
type ChunkReader = (chunk: string, first: boolean) => Root;

function chunkReader(parse: ChunkParser, defined: readonly string[]): ChunkReader {
  const definitionsKey = defined.length > 0 ? definitionSetKey(defined) : '';
  return (chunk, first) => {
    // Only a `[` can open a reference: other chunks read the same with the definitions or without.
    const withDefinitions = definitionsKey !== '' && chunk.includes('[');
    const key = (withDefinitions ? definitionsKey : '') + (first ? 'F' : 'N') + chunk;
    return cached(key) ?? parseFresh(key, () => parse(chunk, first, withDefinitions ? defined : NO_DEFINITIONS));
  };
}

/** The chunk that starts at `chunkStart`, whose first cut candidate after it is candidates[next]. */
interface Chunk {
  chunk: string;
  chunkEnd: number;
  tree: Root;
  /** The cut it ends at; undefined at the end of the text. */
  cut: Cut | undefined;
}

function takeChunk(text: string, candidates: readonly Cut[], next: number, chunkStart: number, read: ChunkReader): Chunk {
  const first = chunkStart === 0;
  let cut: Cut | undefined = candidates[next];
  let chunkEnd = cut ? cut.at : text.length;
  let chunk = text.slice(chunkStart, chunkEnd);
  let tree = read(chunk, first);
  if (cut && !holds(chunk, tree, cut)) {
    // Rare (an unclosed fence or comment, a list item that starts a list): the chunk takes the next
    // candidates in, up to three, and then the rest of the text, so that no text is parsed more than
    // five times over.
    let taken = next + 1;
    do {
      cut = taken < next + 4 ? candidates[taken++] : undefined;
      chunkEnd = cut ? cut.at : text.length;
      chunk = text.slice(chunkStart, chunkEnd);
      tree = read(chunk, first);
    } while (cut && !holds(chunk, tree, cut));
  }
  return { chunk, chunkEnd, tree, cut };
}

/** Where the chunks of a text are, in a slice, as far as they are parsed into the cache (see warmChunks). */
export interface WarmWalk {
  text: string;
  bodyStart: number;
  candidates: Cut[];
  /** The pass without the definitions, then (when the text has some) the one with them. */
  defined: readonly string[] | undefined;
  labels: Set<string>;
  chunkStart: number;
  next: number;
}

/**
 * In a slice: parses into the cache the chunks parseInChunks then takes from it, building no tree and
 * going on where the slice before stopped, so that stopping costs the next slice next to nothing.
 */
function warmChunks(text: string, bodyStart: number, parse: ChunkParser, slices: ParseSlices): void {
  let walk = slices.walk;
  if (!walk || walk.bodyStart !== bodyStart || walk.text !== text) {
    walk = { text, bodyStart, candidates: cutCandidates(text, bodyStart, true), defined: NO_DEFINITIONS, labels: new Set(), chunkStart: 0, next: 0 };
    slices.walk = walk;
  }
  const hasDefinitions = text.includes(']:');
  while (walk.defined) {
    const read = chunkReader(parse, walk.defined);
    while (walk.chunkStart < text.length || (walk.chunkStart === 0 && walk.next === 0 && text.length === 0)) {
      const { tree, chunkEnd } = takeChunk(text, walk.candidates, walk.next, walk.chunkStart, read);
      if (hasDefinitions && walk.defined.length === 0) collectDefinitions(tree, walk.labels);
      walk.chunkStart = chunkEnd;
      while (walk.next < walk.candidates.length && walk.candidates[walk.next].at <= chunkEnd) walk.next++;
      if (chunkEnd >= text.length) break;
    }
    walk.defined = walk.defined.length === 0 && walk.labels.size > 0 ? [...walk.labels].sort() : undefined;
    walk.chunkStart = 0;
    walk.next = 0;
  }
}

/**
 * The tree of `text` from its chunks, with the link reference definitions `defined`; undefined when a
 * list cut did not hold (the next chunk does not start with a list: see above).
 */
function assemble(text: string, bodyStart: number, parse: ChunkParser, defined: readonly string[], listCuts: boolean): Root | undefined {
  const candidates = cutCandidates(text, bodyStart, listCuts);
  const read = chunkReader(parse, defined);
  const children: RootContent[] = [];
  let chunkStart = 0;
  let line = 0;
  let lastTree: Root | undefined;
  let lastShift = { lines: 0, offset: 0 };
  let next = 0;
  /** The list that the chunk after a list cut continues (its copy in `children`). */
  let open: List | undefined;
  while (chunkStart < text.length || lastTree === undefined) {
    const { chunk, chunkEnd, tree, cut } = takeChunk(text, candidates, next, chunkStart, read);
    // micromark drops a leading BOM and counts offsets without it; so do the later chunks' offsets.
    const offset = chunkStart > 0 && text.charCodeAt(0) === 0xfeff ? chunkStart - 1 : chunkStart;
    let from = 0;
    if (open) {
      const head = tree.children[0];
      if (!head || head.type !== 'list' || head.position?.start.offset !== 0 || head.ordered !== open.ordered) return undefined;
      const items = shifted(head, line, offset);
      open.children.push(...items.children);
      open.position!.end = items.position!.end;
      open.spread = open.spread || items.spread;
      from = 1;
    }
    for (let i = from; i < tree.children.length; i++) children.push(shifted(tree.children[i], line, offset));
    open = cut && cut.list !== 0 ? (children[children.length - 1] as List) : undefined;
    lastTree = tree;
    lastShift = { lines: line, offset };
    line += countLineBreaks(chunk);
    chunkStart = chunkEnd;
    while (next < candidates.length && candidates[next].at <= chunkStart) next++;
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
