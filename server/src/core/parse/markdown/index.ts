// The Markdown reader: blocks.ts (remark over a text the guards/ made safe, in chunks: chunking/), then
// reader.ts and the steps it calls (sections, tables, roles, responsibilities), with edits.ts writing
// fixes back.
import { Source } from './source';
import { parseMarkdownBlocks } from './blocks';
import { tableIn } from './table-in-blocks';
import type { GfmTable } from './gfm-table';

export { parseMarkdownCharter } from './reader';
export { parseMarkdownAhead, parseMarkdownBlocks, type MarkdownReadOptions } from './blocks';
export { ChunkCache } from './chunking/cache';
export { TableRowCache } from './row-cache';
export { sectionKindOf } from './words';

/** Every top-level GFM table of a Markdown text (GitHub's reading: no lenient ones). */
export function findMarkdownTables(text: string): GfmTable[] {
  const source = new Source(text);
  return parseMarkdownBlocks(text)
    .children.map((node) => tableIn(node, source))
    .filter((table): table is GfmTable => table !== undefined && !table.delimiterMismatch);
}
