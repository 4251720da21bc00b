// Parsing ahead, a piece at a time: the chunks that parseInChunks will read, parsed into the cache with
// no tree built, stopping when the caller's `pause` says so and going on where it stopped at the next
// run. The language server runs it between the messages it answers (lsp/slicedCheck.ts) and then
// checks the text, which finds every chunk in the cache. The core keeps no schedule of its own: when to
// pause is the caller's question, asked after each chunk parsed. Each run parses at least one chunk, so
// the walk ends however often it pauses; a chunk the cache let go meanwhile is parsed again by the check.
import type { ChunkCache } from './cache';
import { candidateAfter, chunkReader, NO_DEFINITIONS, takeChunk, type ChunkParser } from './chunks';
import { cutCandidates, LIST_CUT_EVERY, type CutCandidate } from './cuts';
import { collectDefinitions } from './definitions';

/** Work done a piece at a time: `run` goes on until done or until `pause()` says to stop (true when done). */
export interface Resumable {
  run(pause: () => boolean): boolean;
}

export class ParseAhead implements Resumable {
  private readonly candidates: CutCandidate[];
  /** The labels of the pass being made: none at first, then (when the text has some) its definitions'. */
  private defined: readonly string[] | undefined = NO_DEFINITIONS;
  private readonly labels = new Set<string>();
  private readonly hasDefinitions: boolean;
  private chunkStart = 0;
  private next = 0;

  constructor(
    private readonly text: string,
    bodyStart: number,
    private readonly parse: ChunkParser,
    private readonly cache: ChunkCache,
    listCutEvery = LIST_CUT_EVERY,
  ) {
    this.candidates = cutCandidates(text, bodyStart, listCutEvery);
    this.hasDefinitions = text.includes(']:');
  }

  run(pause: () => boolean): boolean {
    let stop = false;
    const parsed = () => {
      stop ||= pause();
    };
    while (this.defined) {
      const read = chunkReader(this.parse, this.defined, this.cache, parsed);
      const collect = this.hasDefinitions && this.defined.length === 0;
      for (;;) {
        const { tree, chunkEnd } = takeChunk(this.text, this.candidates, this.next, this.chunkStart, read);
        if (collect) collectDefinitions(tree, this.labels);
        this.chunkStart = chunkEnd;
        this.next = candidateAfter(this.candidates, this.next, chunkEnd);
        if (chunkEnd >= this.text.length) break;
        if (stop) return false;
      }
      this.defined = this.defined.length === 0 && this.labels.size > 0 ? [...this.labels].sort() : undefined;
      this.chunkStart = 0;
      this.next = 0;
      if (stop && this.defined) return false;
    }
    return true;
  }
}

/** Nothing to parse ahead (YAML, or no cache to parse into). */
export const NOTHING_AHEAD: Resumable = { run: () => true };
