// The readings of table rows kept between reads of one document, by whoever reads it again: the
// language server keeps one per open document beside its chunk cache, the CLI one per file it fixes. A
// matrix row or an assignment table's row is read again only when its line, its text, where it starts
// on its line or its table's reading changed; otherwise its references, assignments, cells and ranges
// are the ones read before. A keystroke in a large table then makes the model of one row, not of every
// row: the objects of the others were made by an earlier read and are not made (and collected) again.
//
// What a row's reading depends on is its key: the table's (scope, name and letter or role columns, the
// headers as read, how the document reads and writes its letters) and the row's (its line's text and
// where the row starts on it: a container's prefix is cut by the paragraph's first line). Its group and
// what it covers are not part of the reading: each read gives them. Nor is its rewrite: each read makes
// it for its own text, moving the kept row's offsets.
//
// Memory: a reading's strings are slices of the text it was read from, which they keep alive. When the
// kept rows of all the cache's tables come from more than MAX_TEXTS reads, every table is read whole
// again, so that a cache holds a few texts, not one per row edited.
import type { Range } from '../../model';
import type { TableRow } from './gfm-table';

/** What every kept reading of a row has. */
export interface KeptRow {
  /** The row as that read found it: its offsets are in that read's text (edits.ts moves them). */
  readonly row: TableRow;
  readonly name: string;
  readonly nameRange: Range;
  readonly range: Range;
}

/** At most this many tables are kept per generation (a document has few; a file it extends adds some). */
const MAX_TABLES = 256;
/** The most reads whose rows the cache keeps (see above). */
export const MAX_TEXTS = 8;

/** A kept reading, with what it is used again for (at the same line): its line's text and where the row starts on it. */
interface KeptEntry {
  readonly lineText: string;
  readonly column: number;
  readonly reading: KeptRow;
  /** The read of the document that made it. */
  readonly read: object;
}

export interface KeptTable {
  readonly header: unknown;
  readonly rows: Map<number, KeptEntry>;
  /** How many kept rows each read made. */
  readonly reads: Map<object, number>;
}

/** One table of one read of the document: the rows an earlier read kept for it, and what this read keeps. */
export class TableRead<R extends KeptRow, H> {
  constructor(
    private readonly cache: TableRowCache,
    private readonly table: KeptTable,
    private readonly document: { text: string; lineStarts: readonly number[]; read: object | undefined },
  ) {}

  /** The header the kept readings refer to, which this read's new rows must refer to too. */
  get header(): H {
    return this.table.header as H;
  }

  /**
   * The reading of `row`: the one kept for its line when made from the same line text, the row starting
   * at the same column; otherwise `read()`, kept (an HTML row, which may span lines, is always read).
   */
  reading(row: TableRow, read: () => R | undefined): R | undefined {
    if (row.html) return read();
    const { text, lineStarts } = this.document;
    const lineText = text.slice(lineStarts[row.line], row.lineEnd);
    const column = row.lineStart - lineStarts[row.line];
    const kept = this.table.rows.get(row.line);
    if (kept && kept.lineText === lineText && kept.column === column) {
      this.cache.rowsReused++;
      return kept.reading as R;
    }
    const reading = read();
    if (reading) this.keep(row.line, { lineText, column, reading, read: this.document.read! });
    return reading;
  }

  /** Keeps a reading this read made, in place of the one kept for its line. */
  private keep(line: number, entry: KeptEntry): void {
    if (!this.document.read) return;
    const { rows, reads } = this.table;
    const before = rows.get(line);
    if (before) {
      const left = reads.get(before.read)! - 1;
      if (left === 0) reads.delete(before.read);
      else reads.set(before.read, left);
    }
    rows.set(line, entry);
    reads.set(entry.read, (reads.get(entry.read) ?? 0) + 1);
  }
}

export class TableRowCache {
  /**
   * `document`: this cache is the view of a document's cache that texts which are not the document's
   * next version are read with (readOnly: fixes being verified, an earlier version compared): they read
   * its rows, and keep none.
   */
  constructor(private readonly document?: TableRowCache) {}

  /** The view of this cache to read fixes being verified with, or another version of the document (see the constructor). */
  readOnly(): TableRowCache {
    return new TableRowCache(this);
  }

  private recent = new Map<string, KeptTable>();
  /** The generation before (see nextGeneration): moved to `recent` when its table is read again. */
  private older = new Map<string, KeptTable>();
  /** Rows whose reading was used again, over the cache's life (for tests and measurements). */
  rowsReused = 0;

  /**
   * Starts a read of the document's `text` (the reader calls it once per text): its tables find the rows
   * kept for them, and keep what it reads unless this cache is a read-only view.
   */
  startRead(text: string, lineStarts: readonly number[]): DocumentRead {
    if (this.document) return new DocumentRead(this.document, { text, lineStarts, read: undefined });
    if (this.readsHeld() > MAX_TEXTS) {
      this.recent.clear();
      this.older.clear();
    }
    return new DocumentRead(this, { text, lineStarts, read: {} });
  }

  /** The rows kept for a table read under `key`, or none and this `header` (DocumentRead.table). */
  tableRows(key: string, header: unknown, bodyRows: number, keeps: boolean): KeptTable {
    let table = this.recent.get(key) ?? this.older.get(key);
    // Rows at lines the table no longer has are dropped once they outnumber the table's own.
    if (!table || table.rows.size > 2 * bodyRows + 64) table = { header, rows: new Map(), reads: new Map() };
    if (!keeps) return table;
    this.older.delete(key);
    this.recent.set(key, table);
    if (this.recent.size > MAX_TABLES) this.recent.delete(this.recent.keys().next().value as string);
    return table;
  }

  /** How many reads made the rows this cache keeps, over all its tables. */
  readsHeld(): number {
    const reads = new Set<object>();
    for (const table of [...this.recent.values(), ...this.older.values()]) for (const read of table.reads.keys()) reads.add(read);
    return reads.size;
  }

  /** Starts a generation: tables not read again before the next call are dropped then (as ChunkCache does). */
  nextGeneration(): void {
    this.older = this.recent;
    this.recent = new Map();
  }
}

/** One read of the document through a cache (TableRowCache.startRead). */
export class DocumentRead {
  constructor(
    private readonly cache: TableRowCache,
    /** The text read and its line starts; `read` stands for this read in the tables' counts of reads, undefined for one that keeps nothing. */
    private readonly document: { text: string; lineStarts: readonly number[]; read: object | undefined },
  ) {}

  /**
   * The rows kept for a table read under `key`, or none and this `header`. A reading taken from them
   * refers to their header, which the read must use for its new rows too. Each kind of table has keys
   * of its own (they start with its kind), so a key always finds its kind of reading.
   */
  table<R extends KeptRow, H>(key: string, header: H, bodyRows: number): TableRead<R, H> {
    return new TableRead(this.cache, this.cache.tableRows(key, header, bodyRows, this.document.read !== undefined), this.document);
  }
}
