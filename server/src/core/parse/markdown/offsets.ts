// Text given to remark is sometimes the document with pieces cut out (container indentation, table
// rows remark need not see); these map the tree's offsets back to the document's.
import type { Nodes, Root } from 'mdast';

/** A cut: `removed` characters in total were cut before `at` (an offset of the cut-down text). */
export interface Cut {
  at: number;
  removed: number;
}

/** Removes the ranges (sorted, disjoint) from the text; the cuts map offsets back. */
export function cutRanges(text: string, ranges: readonly { start: number; end: number }[]): { text: string; cuts: Cut[] } {
  if (ranges.length === 0) return { text, cuts: [] };
  const parts: string[] = [];
  const cuts: Cut[] = [];
  let copiedUpTo = 0;
  let removed = 0;
  for (const range of ranges) {
    if (range.end <= range.start) continue;
    parts.push(text.slice(copiedUpTo, range.start));
    removed += range.end - range.start;
    cuts.push({ at: range.start - (removed - (range.end - range.start)), removed });
    copiedUpTo = range.end;
  }
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(''), cuts };
}

/** An offset of the cut-down text, in the original text's terms. */
export function originalOffset(offset: number, cuts: readonly Cut[]): number {
  let low = 0;
  let high = cuts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (cuts[mid].at <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found < 0 ? offset : offset + cuts[found].removed;
}

/** Puts the tree's offsets back into the original text's terms. */
export function restoreOffsets(tree: Root, cuts: readonly Cut[]): void {
  if (cuts.length === 0) return;
  const visit = (node: Nodes) => {
    const position = node.position;
    if (position) {
      if (position.start.offset !== undefined) position.start.offset = originalOffset(position.start.offset, cuts);
      if (position.end.offset !== undefined) position.end.offset = originalOffset(position.end.offset, cuts);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
}
