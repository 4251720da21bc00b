// The readings of table rows kept between reads of one document, by whoever reads it again: the
// language server keeps one per open document beside its chunk cache, the CLI one per file it fixes. A
// matrix row or an assignment table's row is read again only when its line, its text or its table's
// reading changed; otherwise its references, assignments, cells and ranges are the ones read before. A
// keystroke in a large table then makes the model of one row, not of every row: the objects of the
// others were made by an earlier read and are not made (and collected) again.
//
// What a row's reading depends on is its key: the table's (scope, name and letter or role columns, the
// headers as read, how the document reads and writes its letters) and the row's (its line's text). Its
// group and what it covers are not part of the reading: each read gives them. Nor is its rewrite: each
// read makes it for its own text, moving the kept row's offsets.
import type { Range } from '../../model';
import type { TableRow } from './gfm-table';

/** What every kept reading of a row has: what it was read from, and where. */
export interface KeptRow {
  /** The text of the row's line, which a reading is used again for (at the same line). */
  readonly lineText: string;
  /** The row as that read found it: its offsets are in that read's text (edits.ts moves them). */
  readonly row: TableRow;
  readonly name: string;
  readonly nameRange: Range;
  readonly range: Range;
}

/** The rows of one table read under one key, by line; `header` is what the readings refer to (a matrix's columns). */
export interface TableRows<R extends KeptRow, H> {
  readonly header: H;
  readonly rows: Map<number, R>;
}

/** At most this many tables are kept per generation (a document has few; a file it extends adds some). */
const MAX_TABLES = 256;

export class TableRowCache {
  private recent = new Map<string, TableRows<KeptRow, unknown>>();
  /** The generation before (see nextGeneration): moved to `recent` when its table is read again. */
  private older = new Map<string, TableRows<KeptRow, unknown>>();
  /** Rows whose reading was used again, over the cache's life (for tests and measurements). */
  rowsReused = 0;

  /**
   * The rows kept for a table read under `key`, or a new empty set with this `header`. A reading taken
   * from the set refers to the set's header, which the read must use for the new rows too. Each kind of
   * table has keys of its own (they start with its kind), so a key always finds its kind of reading.
   */
  table<R extends KeptRow, H>(key: string, header: H, bodyRows: number): TableRows<R, H> {
    let table = (this.recent.get(key) ?? this.older.get(key)) as TableRows<R, H> | undefined;
    // Rows at lines the table no longer has are dropped once they outnumber the table's own.
    if (!table || table.rows.size > 2 * bodyRows + 64) table = { header, rows: new Map() };
    this.older.delete(key);
    this.recent.set(key, table as TableRows<KeptRow, unknown>);
    if (this.recent.size > MAX_TABLES) this.recent.delete(this.recent.keys().next().value as string);
    return table;
  }

  /** The reading of the row at `line` of `table`, when it was made from the same line. */
  row<R extends KeptRow>(table: TableRows<R, unknown>, line: number, lineText: string): R | undefined {
    const kept = table.rows.get(line);
    if (!kept || kept.lineText !== lineText) return undefined;
    this.rowsReused++;
    return kept;
  }

  /** Starts a generation: tables not read again before the next call are dropped then (as ChunkCache does). */
  nextGeneration(): void {
    this.older = this.recent;
    this.recent = new Map();
  }
}

/** The text of a row's line, what its reading is kept for; undefined for an HTML row (it may span lines, and is always read). */
export function lineTextOf(text: string, lineStarts: readonly number[], row: TableRow): string | undefined {
  // The whole line: a row inside a quote or a list item starts after its prefix, which places its cells.
  return row.html ? undefined : text.slice(lineStarts[row.line], row.lineEnd);
}
