// The readings of a matrix's rows kept between reads of one document, by whoever reads it again: the
// language server keeps one per open document beside its chunk cache, the CLI one per file it fixes. A
// row is read again only when its line, its text or its table's reading changed; otherwise
// its cells, references, assignments and ranges are the ones read before. A keystroke in a large
// matrix then makes the model of one row, not of every row: the objects of the others were made by an
// earlier read and are not made (and collected) again.
//
// What a row's reading depends on is its key: the table's (scope, name and role columns, the headers
// as read, how the document reads and writes its letters) and the row's (its line and text). Its group
// and what it covers are not part of the reading: each read gives them.
// The rewrite of a row is not kept: each read makes it for its own text, moving the kept row's offsets.
import type { Assignment, RaciCell, Range, RoleReference } from '../../model';
import type { TableRow } from './gfm-table';

/** What a read of one matrix row made, but its rewrite and covers (made by each read). */
export interface RowReading {
  /** The row's text, which a reading is used again for (at the same line). */
  readonly rowText: string;
  /** The row as that read found it: its offsets are in that read's text (edits.ts moves them). */
  readonly row: TableRow;
  readonly name: string;
  readonly nameRange: Range;
  readonly assignments: Assignment[];
  readonly references: RoleReference[];
  readonly cells: RaciCell[];
  readonly range: Range;
}

/** The rows of one table read under one key, by line; `columns` is the header the readings refer to. */
export interface TableRows {
  readonly columns: (RoleReference | undefined)[];
  readonly rows: Map<number, RowReading>;
}

/** At most this many tables are kept per generation (a document has few; a file it extends adds some). */
const MAX_TABLES = 256;

export class MatrixRowCache {
  private recent = new Map<string, TableRows>();
  /** The generation before (see nextGeneration): moved to `recent` when its table is read again. */
  private older = new Map<string, TableRows>();
  /** Rows whose reading was used again, over the cache's life (for tests and measurements). */
  rowsReused = 0;

  /**
   * The rows kept for a table read under `key`, or a new empty set whose header is `columns`. A reading
   * taken from the set refers to the set's `columns`, which the read must use for the new rows too.
   */
  table(key: string, columns: (RoleReference | undefined)[], bodyRows: number): TableRows {
    let table = this.recent.get(key) ?? this.older.get(key);
    // Rows at lines the table no longer has are dropped once they outnumber the table's own.
    if (!table || table.rows.size > 2 * bodyRows + 64) table = { columns, rows: new Map() };
    this.older.delete(key);
    this.recent.set(key, table);
    if (this.recent.size > MAX_TABLES) this.recent.delete(this.recent.keys().next().value as string);
    return table;
  }

  /** The reading of the row at `line` of `table`, when it was made from the same text. */
  row(table: TableRows, line: number, rowText: string): RowReading | undefined {
    const kept = table.rows.get(line);
    if (!kept || kept.rowText !== rowText) return undefined;
    this.rowsReused++;
    return kept;
  }

  /** Starts a generation: tables not read again before the next call are dropped then (as ChunkCache does). */
  nextGeneration(): void {
    this.older = this.recent;
    this.recent = new Map();
  }
}
