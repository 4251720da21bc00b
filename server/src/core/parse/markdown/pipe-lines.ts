// micromark's cost is per line, and table rows are read from the source by gfm-table.ts anyway. So each
// run of consecutive lines that start (indented less than four columns) with `|` is cut down to its
// first pipe before parsing (BENCHMARKS.md has what it saves).
// Every line of such a run continues the block its first line is in (a paragraph, or code or HTML
// content), so the block structure stays the same. Lines containing `>` break a run, as `-->`, `?>` or
// `>` may end an HTML block. Front matter is left alone.
import { indentColumns, LineScanner, skipBlanks } from '../../lines';
import { cutRanges, type Cut } from './offsets';

export function shortenPipeLines(text: string, from: number): { text: string; cuts: Cut[] } {
  const ranges: { start: number; end: number }[] = [];
  let runCut = -1;
  let runEnd = -1;
  const closeRun = () => {
    if (runCut >= 0 && runEnd > runCut) ranges.push({ start: runCut, end: runEnd });
    runCut = -1;
  };
  /** The first `>` at or after the line last looked at (text.length when there is none): searched once. */
  let greater = -1;
  const line = new LineScanner(text, from);
  while (line.advance()) {
    const { start, end } = line;
    const first = skipBlanks(text, start, end);
    const pipeLine = text.charCodeAt(first) === 124 /* | */ && indentColumns(text, start, first) < 4;
    if (pipeLine && greater < first) {
      greater = text.indexOf('>', first);
      if (greater < 0) greater = text.length;
    }
    if (pipeLine && greater >= end) {
      if (runCut < 0) runCut = first + 1;
      runEnd = end;
    } else {
      closeRun();
    }
  }
  closeRun();
  return cutRanges(text, ranges);
}
