// Where a GFM table stands: the table a top-level paragraph (or setext heading) holds, and the tables
// inside list items and block quotes.
import type { Nodes, RootContent } from 'mdast';
import { end, start, type Block } from './context';
import { findTable, type GfmTable, type SourceLine } from './gfm-table';
import type { Source } from './source';

/**
 * The tables inside a list item or a block quote (`> | Task | Lead |`, a table indented under `1. Build
 * phase`), each with the paragraph that holds it: read like top-level tables, after their container.
 */
export function nestedTables(node: RootContent, source: Source): Block[] {
  const found: Block[] = [];
  const visit = (parent: Nodes, quotes: number) => {
    if (!('children' in parent)) return;
    for (const child of parent.children) {
      if (child.type === 'paragraph') {
        const table = tableIn(child, source, quotes);
        if (table) found.push({ node: child, table });
      } else if (child.type === 'list' || child.type === 'listItem' || child.type === 'blockquote') {
        visit(child, quotes + (child.type === 'blockquote' ? 1 : 0));
      }
    }
  };
  if (node.type === 'list' || node.type === 'blockquote') visit(node, node.type === 'blockquote' ? 1 : 0);
  return found;
}

const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** The GFM table a top-level paragraph (or setext heading) holds, if any; `quotes` block quotes deep. */
export function tableIn(node: RootContent, source: Source, quotes = 0): GfmTable | undefined {
  // A setext heading's text may hold a table: GFM then reads the underline as a body row.
  const setext = node.type === 'heading' && source.text[start(node)] !== '#';
  if ((node.type !== 'paragraph' && !setext) || !source.text.slice(start(node), end(node)).includes('|')) return undefined;
  const first = source.lineOf(start(node));
  let last = source.lineOf(end(node));
  // A `---` under the rows is a thematic break that ends the table (GFM), not a row of it: remark reads
  // the paragraph above it as a setext heading.
  if (setext && THEMATIC_BREAK.test(source.text.slice(source.index.lineStarts[last], source.index.lineEnd(last)))) last--;
  if (first === last) return undefined;
  // Inside a container (a content tab) every line carries the container's indentation: skip it.
  const indent = start(node) - source.index.lineStarts[first];
  const lines: SourceLine[] = [];
  for (let line = first; line <= last; line++) {
    let lineStart = line === first ? start(node) : source.index.lineStarts[line];
    if (line !== first && quotes > 0) {
      // Each line of a quoted table carries its `>` markers; what follows them is the row.
      for (let depth = 0; depth < quotes; depth++) {
        while (source.text[lineStart] === ' ' || source.text[lineStart] === '\t') lineStart++;
        if (source.text[lineStart] === '>') lineStart++;
        if (source.text[lineStart] === ' ') lineStart++;
      }
    } else if (line !== first) for (let i = 0; i < indent && /[ \t]/.test(source.text[lineStart]); i++) lineStart++;
    lines.push({ line, start: lineStart, end: Math.min(source.index.lineEnd(line), end(node)) });
  }
  return findTable(source.text, lines) ?? findTable(source.text, lines, true);
}
