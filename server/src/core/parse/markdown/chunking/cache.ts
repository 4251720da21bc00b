// Parsed chunks kept between parses of one document, by whoever parses it again: the language server
// keeps one cache per open document, so that a keystroke parses again only the chunk it is in; the CLI
// one per file while it verifies fixes. Nothing is kept anywhere else: a parse given no cache makes one
// for itself and drops it.
import type { Root } from 'mdast';
import type { PreparedMarkdown } from '../prepare';

/** What one cache holds at most, per generation. A 4-line responsibility chunk is ~150 characters and ~20 nodes. */
export const MAX_CHUNKS = 20_000;
export const MAX_CACHED_CHARS = 4_000_000;
/** How many texts' preparations are kept (a document, and the files it extends). */
const MAX_PREPARED = 4;
/** How many sets of link reference definitions get a number before the numbering starts afresh. */
const MAX_DEFINITION_SETS = 64;

export class ChunkCache {
  /** Chunk-relative trees by key (chunk text and how it was read), least recently used first. */
  private recent = new Map<string, Root>();
  /** The generation before (see nextGeneration): read, and moved to `recent` when found. */
  private older = new Map<string, Root>();
  private recentChars = 0;
  /** Sets of definitions by their labels: a number each, never reused, so that a key names its set. */
  private readonly definitionSets = new Map<string, number>();
  private lastDefinitionSet = 0;
  /** What texts became once prepared for remark (prepare.ts), most recent last. */
  private readonly prepared = new Map<string, PreparedMarkdown>();

  constructor(
    private readonly maxChunks = MAX_CHUNKS,
    private readonly maxChars = MAX_CACHED_CHARS,
  ) {}

  get(key: string): Root | undefined {
    const tree = this.recent.get(key);
    if (tree) {
      this.recent.delete(key);
      this.recent.set(key, tree);
      return tree;
    }
    const old = this.older.get(key);
    if (old) {
      this.older.delete(key);
      this.set(key, old);
    }
    return old;
  }

  has(key: string): boolean {
    return this.recent.has(key) || this.older.has(key);
  }

  /** Keeps a chunk's tree; the least recently used go once the bounds are passed (a huge chunk is not kept). */
  set(key: string, tree: Root): void {
    if (this.recent.has(key) || key.length > this.maxChars / 4) return;
    this.recent.set(key, tree);
    this.recentChars += key.length;
    while (this.recent.size > this.maxChunks || this.recentChars > this.maxChars) {
      const oldest = this.recent.keys().next().value as string;
      this.recent.delete(oldest);
      this.recentChars -= oldest.length;
    }
  }

  /**
   * Starts a generation: chunks not read again before the next call are dropped then. The server calls
   * it after each finished check of a document, so that its cache holds the chunks of about the last
   * two versions, not of every text it was ever given.
   */
  nextGeneration(): void {
    this.older = this.recent;
    this.recent = new Map();
    this.recentChars = 0;
  }

  /** A key prefix naming a set of definition labels (sorted, once each), the same for the cache's life. */
  definitionSetKey(defined: readonly string[]): string {
    const joined = defined.join('\n');
    let id = this.definitionSets.get(joined);
    if (id === undefined) {
      if (this.definitionSets.size >= MAX_DEFINITION_SETS) this.definitionSets.clear();
      id = ++this.lastDefinitionSet;
      this.definitionSets.set(joined, id);
    }
    return `D${id}:`;
  }

  /**
   * What `text` became when last prepared here, or `prepare(text)` now (kept): a check after the server
   * parsed ahead (ahead.ts) does not prepare the text again.
   */
  preparedText(text: string, prepare: (text: string) => PreparedMarkdown): PreparedMarkdown {
    const known = this.prepared.get(text);
    if (known) return known;
    const value = prepare(text);
    this.prepared.set(text, value);
    if (this.prepared.size > MAX_PREPARED) this.prepared.delete(this.prepared.keys().next().value as string);
    return value;
  }
}
