// The check results of open documents: the most recently used kept, one check at a time per document,
// checks run in slices so the server keeps answering, and the analysis a feature request is answered from.
import { LSPErrorCodes, ResponseError, type CancellationToken, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckOptions, CheckResult } from '../core/check';
import type { Position } from '../core/model';
import { ChunkCache, TableRowCache } from '../core/parse/markdown';
import { YamlEntryCache } from '../core/parse/yaml/entries';
import { checkInSlices } from './slicedCheck';
import type { ServerConfiguration } from './configuration';
import type { Lifecycle } from './lifecycle';

/**
 * How many check results are kept (the most recently used). A result holds the whole charter model
 * with its fixes and rewrite closures: kept for every open document, that grew the server's memory with
 * every charter open (`npm run bench` section 5). The editor works on a few documents at a time; a
 * feature request on an evicted one checks it again.
 * Published diagnostics carry their fixes in `data`, so code actions rarely need the result anyway.
 */
export const ANALYSIS_CACHE_SIZE = 8;

/**
 * How long a check parses Markdown ahead before it lets the server answer what came in meanwhile (see
 * checkInSlices). A check is synchronous, and a large document took seconds: hovers, other documents
 * and `shutdown` waited behind it (BENCHMARKS.md, section 3, has the hover measured while a large
 * charter is checked).
 */
export const CHECK_SLICE_MS = 25;

export interface Analysis {
  version: number;
  result: CheckResult;
}

export class DocumentAnalyses {
  /** Recently used check results, least recently used first (a Map keeps insertion order). */
  private readonly cache = new Map<string, Analysis>();
  /** How long the last check of each open charter took, for its debounce. */
  private readonly lastCheckMs = new Map<string, number>();
  /** Open charters whose last check found `extends`: they depend on other files (kept for every document). */
  readonly extending = new Set<string>();
  /**
   * Checks running, by document: the version being checked and its result (undefined when the check was
   * given up: a newer version came, the document was closed, or what it depends on changed).
   */
  private readonly checking = new Map<string, { version: number; epoch: number; done: Promise<Analysis | undefined> }>();
  /** Bumped when what a document's check depends on changes (settings, config files, extended files). */
  private readonly epochs = new Map<string, number>();
  /**
   * What the reading of the documents checked most recently keeps (ANALYSIS_CACHE_SIZE of them), least
   * recently used first: the Markdown chunks, so a keystroke parses again only the chunk it is in, the
   * Markdown table rows, so that only a changed row is read again, and the YAML entries, so an edit
   * inside one responsibility reads that entry alone; code actions verify fixes with the same caches.
   * A document checked again after its caches went is read whole once.
   */
  private readonly readCaches = new Map<string, ReadCaches>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly configuration: ServerConfiguration,
    private readonly lifecycle: Lifecycle,
    /** How a charter is checked where the server runs (ServerEnvironment.checkCharter). */
    private readonly checkCharter: (text: string, options: CheckOptions) => CheckResult,
    /** Told of every finished check of a document's current version (the workspace index listens). */
    private readonly onChecked: (uri: string, result: CheckResult) => void,
  ) {}

  lastCheckTime(uri: string): number | undefined {
    return this.lastCheckMs.get(uri);
  }

  /** Whether a document is a charter that is checked; one that is not depends on nothing. */
  isCheckedCharter(uri: string): boolean {
    if (this.configuration.isCheckedCharter(uri)) return true;
    this.extending.delete(uri);
    return false;
  }

  /** What a document's check depends on changed: its result is dropped and a running check given up. */
  invalidate(uri: string): void {
    this.cache.delete(uri);
    this.epochs.set(uri, this.epochOf(uri) + 1);
  }

  invalidateAll(): void {
    for (const uri of [...this.cache.keys()]) this.invalidate(uri);
  }

  /** A document closed: everything kept about it goes. */
  forget(uri: string): void {
    this.invalidate(uri);
    this.readCaches.delete(uri);
    this.lastCheckMs.delete(uri);
    this.extending.delete(uri);
  }

  /**
   * The analysis of a document's current version: cached, or the check already running for it, or a
   * new check. Undefined when it is not a charter, or when the check was given up (see `checking`).
   */
  analysisOf(document: TextDocument): Promise<Analysis | undefined> {
    const uri = document.uri;
    if (!this.isCheckedCharter(uri)) return Promise.resolve(undefined);
    const cached = this.cached(document);
    if (cached) return Promise.resolve(cached);
    const running = this.checking.get(uri);
    if (running && running.version === document.version && running.epoch === this.epochOf(uri)) return running.done;
    const started = { version: document.version, epoch: this.epochOf(uri), done: this.checkInSlices(document) };
    this.checking.set(uri, started);
    const settled = () => {
      if (this.checking.get(uri) === started) this.checking.delete(uri);
    };
    // Its failure reaches whoever awaits `done` (logged there).
    void started.done.then(settled, settled);
    return started.done;
  }

  /**
   * The analysis at a valid position of an open charter, or undefined (handlers then answer null). While
   * the document is being checked the request waits for the check (the server answers other requests
   * meanwhile); if the document changes first, the request is answered with ContentModified, as the LSP
   * specification asks, since its position was meant for the text it was sent with.
   */
  async analysisAt(uri: string, token: CancellationToken | undefined, position?: Position): Promise<{ document: TextDocument; result: CheckResult } | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    if (position && !isInside(document, position)) return undefined;
    // TextDocuments updates a document in place: its version when the request came.
    const version = document.version;
    let analysis = await this.analysisOf(document);
    // A check given up because its settings or config changed meanwhile (not its text): check again
    // with the new ones rather than answer nothing. Bounded, since settings could keep changing.
    for (let retry = 0; !analysis && retry < MAX_RECHECKS && !this.lifecycle.shutdownReceived; retry++) {
      const again = this.documents.get(uri);
      if (!again || again.version !== version || !this.isCheckedCharter(uri)) break;
      analysis = await this.analysisOf(again);
    }
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    const current = this.documents.get(uri);
    if (!current) return undefined;
    if (current.version !== version || (analysis && analysis.version !== version)) {
      throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while it was being checked.');
    }
    return analysis ? { document: current, result: analysis.result } : undefined;
  }

  /** What a document is checked with: its settings, and its read caches (code actions verify fixes with them). */
  checkOptionsFor(uri: string): CheckOptions {
    const { chunkCache, rowCache, entryCache } = this.readCacheOf(uri);
    return { ...this.configuration.checkOptionsFor(uri), markdown: { chunkCache, rowCache }, yaml: { entryCache } };
  }

  private readCacheOf(uri: string): ReadCaches {
    let cache = this.readCaches.get(uri);
    if (cache) this.readCaches.delete(uri);
    else cache = { chunkCache: new ChunkCache(), rowCache: new TableRowCache(), entryCache: new YamlEntryCache() };
    this.readCaches.set(uri, cache);
    while (this.readCaches.size > ANALYSIS_CACHE_SIZE) this.readCaches.delete(this.readCaches.keys().next().value!);
    return cache;
  }

  private epochOf(uri: string): number {
    return this.epochs.get(uri) ?? 0;
  }

  /** The cached analysis of a document's current version, if any (moved to most recently used). */
  private cached(document: TextDocument): Analysis | undefined {
    const cached = this.cache.get(document.uri);
    if (!cached || cached.version !== document.version) return undefined;
    this.cache.delete(document.uri);
    this.cache.set(document.uri, cached);
    return cached;
  }

  /**
   * Checks a document's current version, its Markdown parsed ahead in slices of CHECK_SLICE_MS
   * (slicedCheck.ts). A newer version, closing the document, a change of what it depends on, or
   * `shutdown` gives the check up between two slices. Parsing of one chunk, YAML, and the rules after
   * the parse run in one piece: they are linear.
   */
  private async checkInSlices(document: TextDocument): Promise<Analysis | undefined> {
    const { uri, version } = document;
    const epoch = this.epochOf(uri);
    const text = document.getText();
    const options = this.checkOptionsFor(uri);
    const stillWanted = () => this.documents.get(uri)?.version === version && this.epochOf(uri) === epoch;
    const checked = await checkInSlices(text, options, this.checkCharter, CHECK_SLICE_MS, () => this.lifecycle.shutdownReceived || !stillWanted());
    if (!checked) return undefined;
    // The chunks this version did not read again go at the next finished check.
    options.markdown?.chunkCache?.nextGeneration();
    options.markdown?.rowCache?.nextGeneration();
    const { result, spentMs } = checked;
    this.lastCheckMs.set(uri, spentMs);
    if (result.charter.extends.length > 0) this.extending.add(uri);
    else this.extending.delete(uri);
    const analysis: Analysis = { version, result };
    if (stillWanted()) {
      this.cache.delete(uri);
      this.cache.set(uri, analysis);
      while (this.cache.size > ANALYSIS_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
      this.onChecked(uri, result);
    }
    return analysis;
  }
}

/** How often a request waits for a check again after one was given up for new settings. */
const MAX_RECHECKS = 3;

/** What a document's reads keep for the next read of it (core/parse). */
interface ReadCaches {
  chunkCache: ChunkCache;
  rowCache: TableRowCache;
  entryCache: YamlEntryCache;
}

/** Whether a position is on a line of the document and not past that line's end. */
function isInside(document: TextDocument, position: Position): boolean {
  if (!Number.isInteger(position.line) || !Number.isInteger(position.character)) return false;
  if (position.line < 0 || position.line >= document.lineCount || position.character < 0) return false;
  const lineLength = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '').length;
  return position.character <= lineLength;
}
