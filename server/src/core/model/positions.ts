// Where things are in a text: LSP-shaped plain objects (0-based line, UTF-16 code units) so the server
// can pass them through as is.

export interface Position {
  line: number;
  /** UTF-16 code units from the start of the line (what LSP and JavaScript strings count). */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A piece of source text and where it stands. */
export interface Span {
  text: string;
  range: Range;
}
