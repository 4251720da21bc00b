// Parsing in chunks. micromark (remark-parse's tokenizer) is quadratic in the number of list items of a
// document, and a keystroke would parse the whole text again. So the text remark is given is cut where
// a chunk reads as the whole text does (cuts.ts), each chunk is parsed on its own (its tree kept in the
// caller's ChunkCache, cache.ts), and the chunks' trees are shifted to the document's positions and
// joined: a list cut by a list cut is one list again. Link reference definitions cross chunks
// (definitions.ts); front matter stays in the first chunk. The language server parses the chunks ahead,
// a piece at a time (ahead.ts), before it checks.
//
// test/parse/markdown-chunks.test.ts checks trees and models against whole-text parsing on every sample
// and fixture and on thousands of seeded mutations.
import type { List, Nodes, Root, RootContent } from 'mdast';
import { ChunkCache } from './cache';
import { countLineBreaks, cutCandidates, cutHolds, LIST_CUT_EVERY, type CutCandidate } from './cuts';
import { definitionLabels } from './definitions';

export interface ChunkParser {
  /**
   * Parses a chunk; `first` is true for the chunk at the start of the text (front matter); `defined`
   * holds the labels of the text's link reference definitions (normalised as micromark does, see
   * definitionLabel), to be taken as defined in the chunk.
   */
  (text: string, first: boolean, defined: readonly string[]): Root;
}

export interface ChunkOptions {
  /** Where chunks parsed before are found and new ones kept; without it, a cache for this parse only. */
  cache?: ChunkCache;
  /** Cut a long list every this many items (LIST_CUT_EVERY); tests use fewer, for more cuts. */
  listCutEvery?: number;
}

export const NO_DEFINITIONS: readonly string[] = [];

/**
 * The mdast tree of `text` (what remark is given), parsed in chunks (see above); `bodyStart` is where
 * the front matter ends (0 without). The caller gets fresh nodes it may change.
 */
export function parseInChunks(text: string, bodyStart: number, parse: ChunkParser, options: ChunkOptions = {}): Root {
  const cache = options.cache ?? new ChunkCache();
  const every = options.listCutEvery ?? LIST_CUT_EVERY;
  const tree = assemble(text, bodyStart, chunkReader(parse, NO_DEFINITIONS, cache), every) ?? assemble(text, bodyStart, chunkReader(parse, NO_DEFINITIONS, cache), 0)!;
  if (!text.includes(']:')) return tree;
  const defined = definitionLabels(tree);
  if (defined.length === 0) return tree;
  return assemble(text, bodyStart, chunkReader(parse, defined, cache), every) ?? assemble(text, bodyStart, chunkReader(parse, defined, cache), 0)!;
}

/** Parses a chunk, from the cache when it is there; `first`: the chunk at the start of the text. */
export type ChunkReader = (chunk: string, first: boolean) => Root;

/** Reads chunks with the definitions `defined`; `parsed` is told the key of each chunk not found in the cache. */
export function chunkReader(parse: ChunkParser, defined: readonly string[], cache: ChunkCache, parsed?: (key: string) => void): ChunkReader {
  const definitionsKey = defined.length > 0 ? cache.definitionSetKey(defined) : '';
  return (chunk, first) => {
    // Only a `[` can open a reference: other chunks read the same with the definitions or without.
    const withDefinitions = definitionsKey !== '' && chunk.includes('[');
    const key = (withDefinitions ? definitionsKey : '') + (first ? 'F' : 'N') + chunk;
    const known = cache.get(key);
    if (known) return known;
    const tree = parse(chunk, first, withDefinitions ? defined : NO_DEFINITIONS);
    cache.set(key, tree);
    parsed?.(key);
    return tree;
  };
}

/** A chunk read: its text, where it ends, its tree, and the cut it ends at (undefined at the text's end). */
export interface Chunk {
  chunk: string;
  chunkEnd: number;
  tree: Root;
  cut: CutCandidate | undefined;
}

/** The chunk that starts at `chunkStart`, whose first cut candidate after it is candidates[next]. */
export function takeChunk(text: string, candidates: readonly CutCandidate[], next: number, chunkStart: number, read: ChunkReader): Chunk {
  const first = chunkStart === 0;
  let cut: CutCandidate | undefined = candidates[next];
  let chunkEnd = cut ? cut.at : text.length;
  let chunk = text.slice(chunkStart, chunkEnd);
  let tree = read(chunk, first);
  if (cut && !cutHolds(chunk, tree, cut)) {
    // Rare (an unclosed fence or comment, a list item that starts a list): the chunk takes the next
    // candidates in, up to three, and then the rest of the text, so that no text is parsed more than
    // five times over.
    let taken = next + 1;
    do {
      cut = taken < next + 4 ? candidates[taken++] : undefined;
      chunkEnd = cut ? cut.at : text.length;
      chunk = text.slice(chunkStart, chunkEnd);
      tree = read(chunk, first);
    } while (cut && !cutHolds(chunk, tree, cut));
  }
  return { chunk, chunkEnd, tree, cut };
}

/** The index of the first candidate after `offset`, from `next` on. */
export function candidateAfter(candidates: readonly CutCandidate[], next: number, offset: number): number {
  while (next < candidates.length && candidates[next].at <= offset) next++;
  return next;
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

/**
 * The tree of `text` from its chunks as `read` reads them, lists cut every `listCutEvery` items (never
 * when 0); undefined when a list cut did not hold (the next chunk does not start with a list).
 */
function assemble(text: string, bodyStart: number, read: ChunkReader, listCutEvery: number): Root | undefined {
  const candidates = cutCandidates(text, bodyStart, listCutEvery);
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
    next = candidateAfter(candidates, next, chunkStart);
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
