// A line's container prefix (indentation, `>` and list markers), read by guard.ts to find nesting deep
// enough to make micromark superlinear, and to weigh the nesting a document holds (measurements there).

/** Container markers (`>`, list bullets and numbers) a line may open or continue. */
export const MAX_NESTING = 32;
/** A list marker or `>` at this column or beyond is read as text (32 levels of 3-column lists). */
export const MAX_MARKER_COLUMN = 100;
/**
 * What a container marker weighs on a line that is in a block quote, against 1 elsewhere: micromark
 * spends many times more on each container of a line inside a block quote than outside one (BENCHMARKS.md).
 */
export const QUOTED_MARKER_WEIGHT = 16;

const TAB = 9;
const SPACE = 32;

/** The end of a line's container prefix and what it holds. */
export interface Prefix {
  /** First offset after the prefix. */
  end: number;
  /** Indentation of the first character after the prefix, in columns from the line start. */
  column: number;
  /**
   * Spans to defuse (inline-markers.ts `defuse`): [start, end, 2] from the first marker too deep or
   * too far right to the last (its markers, not the blanks between them), and [start, end, 1] of
   * indentation past MAX_MARKER_COLUMN. At most one of each per line.
   */
  tooDeep: [number, number, number][];
  /** What the markers within the limits weigh (see QUOTED_MARKER_WEIGHT); the document's budget may still defuse them. */
  weight: number;
}

export function readPrefix(text: string, lineStart: number, lineEnd: number): Prefix {
  let at = lineStart;
  let column = 0;
  let depth = 0;
  const tooDeep: [number, number, number][] = [];
  let kept = 0;
  let quoted = false;
  let deepFrom = -1;
  let deepTo = -1;
  for (;;) {
    let farFrom = -1;
    while (at < lineEnd) {
      const code = text.charCodeAt(at);
      if (code === SPACE) column++;
      else if (code === TAB) column += 4 - (column % 4);
      else break;
      at++;
      if (column > MAX_MARKER_COLUMN && farFrom < 0) farFrom = at - 1;
    }
    // Indentation this far right only continues lists deeper than MAX_NESTING, and micromark spends time
    // on every space of it (BENCHMARKS.md, "Figures behind the limits in the source").
    if (farFrom >= 0 && at < lineEnd) {
      if (deepFrom >= 0) tooDeep.push([deepFrom, deepTo, 2]);
      tooDeep.push([farFrom, at, 1]);
      return { end: at, column, tooDeep, weight: kept * (quoted ? QUOTED_MARKER_WEIGHT : 1) };
    }
    if (at >= lineEnd) break;
    const code = text.charCodeAt(at);
    let markerEnd = -1;
    if (code === 62 /* > */) markerEnd = at + 1;
    else if (code === 45 || code === 42 || code === 43 /* - * + */) {
      const next = text.charCodeAt(at + 1);
      if (at + 1 >= lineEnd || next === SPACE || next === TAB) markerEnd = at + 1;
    } else if (code >= 48 && code <= 57) {
      let digits = at;
      while (digits < lineEnd && digits - at < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
      const delimiter = text.charCodeAt(digits);
      const next = text.charCodeAt(digits + 1);
      if ((delimiter === 46 || delimiter === 41) && (digits + 1 >= lineEnd || next === SPACE || next === TAB)) markerEnd = digits + 1;
    }
    if (markerEnd < 0) break;
    depth++;
    if (depth > MAX_NESTING || column >= MAX_MARKER_COLUMN) {
      if (deepFrom < 0) deepFrom = at;
      deepTo = markerEnd;
    } else {
      kept++;
      if (code === 62) quoted = true;
    }
    column += markerEnd - at;
    at = markerEnd;
  }
  if (deepFrom >= 0) tooDeep.push([deepFrom, deepTo, 2]);
  return { end: at, column, tooDeep, weight: kept * (quoted ? QUOTED_MARKER_WEIGHT : 1) };
}
