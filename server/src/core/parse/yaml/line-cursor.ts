// The builder asks for positions in file order, so the line of the previous position (or
// the next one) is tried before LineIndex's binary search, which was a visible share of a large check.
import type { Position } from '../../model';
import type { LineIndex } from '../../text';

export class LineCursor {
  private lastLine = 0;

  constructor(private readonly index: LineIndex) {}

  /** `index.positionAt(offset)`, for an offset in the whole file. */
  positionAt(offset: number): Position {
    const index = this.index;
    const starts = index.lineStarts;
    const clamped = Math.max(0, Math.min(offset, index.text.length));
    let line = this.lastLine;
    if (!(starts[line] <= clamped && (line + 1 === starts.length || clamped < starts[line + 1]))) {
      line++;
      if (!(line < starts.length && starts[line] <= clamped && (line + 1 === starts.length || clamped < starts[line + 1]))) {
        line = index.positionAt(clamped).line;
      }
    }
    this.lastLine = line;
    return { line, character: Math.min(clamped, index.lineEnd(line)) - starts[line] };
  }
}
