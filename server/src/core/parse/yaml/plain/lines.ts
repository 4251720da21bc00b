// The significant lines of a text in the plain subset, for reader.ts.
import { restIsComment } from './values';

// Local, not imported: read for every character of an indentation (see values.ts).
const SPACE = 32;
const HASH = 35;
const DASH = 45;

/** The lines with content, as columns of numbers (objects for 60,000 lines were a good part of the GC). */
export interface Lines {
  count: number;
  /** Offset of each line's first character. */
  start: Int32Array;
  /** Column of the first character of the node the line holds (moved past "- " for a compact mapping). */
  indent: Int32Array;
  /** Offset of the end of the line's content (before \r\n or \n). */
  end: Int32Array;
}

/** Lines with content (not blank, not only a comment); undefined on a directive or a document marker. */
export function significantLines(source: string): Lines | undefined {
  const length = source.length;
  let breaks = 0;
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) breaks++;
  const lines: Lines = { count: 0, start: new Int32Array(breaks + 1), indent: new Int32Array(breaks + 1), end: new Int32Array(breaks + 1) };
  let start = 0;
  let leadingMarker = false;
  for (;;) {
    let next = source.indexOf('\n', start);
    if (next < 0) next = length;
    let end = next;
    if (end > start && source.charCodeAt(end - 1) === 13) end--;
    let i = start;
    while (i < end && source.charCodeAt(i) === SPACE) i++;
    if (i < end && source.charCodeAt(i) !== HASH) {
      if (i === start && (source.startsWith('---', i) || source.startsWith('...', i)) && (i + 3 === end || source.charCodeAt(i + 3) === SPACE)) {
        // One "---" before any content starts the document; any other marker is for `yaml` to judge.
        if (lines.count > 0 || leadingMarker || source.charCodeAt(i) !== DASH || !restIsComment(source, i + 3, end)) return undefined;
        leadingMarker = true;
      } else if (i === start && source.charCodeAt(i) === 37 /* % */) {
        return undefined;
      } else {
        lines.start[lines.count] = start;
        lines.indent[lines.count] = i - start;
        lines.end[lines.count++] = end;
      }
    }
    if (next >= length) return lines;
    start = next + 1;
  }
}
