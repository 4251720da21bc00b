// The block structure of a Markdown charter: remark-parse (with front matter) over a text prepared so
// that remark stays linear and reads what real charters are written in (prepare.ts), parsed in chunks
// (chunking/). Tables are left to gfm-table.ts; offsets in the returned tree are the document's.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { restoreOffsets } from './offsets';
import type { ContentTab } from './containers';
import type { GuardNote } from './guards/guard';
import { prepareMarkdown, type PreparedMarkdown } from './prepare';
import { ChunkCache } from './chunking/cache';
import type { TableRowCache } from './row-cache';
import { parseInChunks, type ChunkParser } from './chunking/chunks';
import { definitionsExtension } from './chunking/definitions';
import { NOTHING_AHEAD, ParseAhead, type Resumable } from './chunking/ahead';
import './edit-map-patch';

/** How a Markdown text is read. */
export interface MarkdownReadOptions {
  /**
   * Chunks parsed before, kept between parses of one document by its owner (the language server keeps
   * one per open document); without it, a parse keeps its chunks for itself only.
   */
  chunkCache?: ChunkCache;
  /** Table rows read before (a matrix's, an assignment table's), kept by the same owner (row-cache.ts); without it, every row is read. */
  rowCache?: TableRowCache;
  /** Parse the whole text at once instead of in chunks (the tests that compare the two). */
  whole?: boolean;
  /** Cut long lists every this many items (see chunking/cuts.ts); tests use fewer, for more cuts. */
  listCutEvery?: number;
}

const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
// micromark-extension-frontmatter, given a `---` first line that is never closed, goes on to read later
// list items as paragraphs (seen with "---\nx\n\n- item"); such a file has no front matter anyway.
const withoutFrontMatter = unified().use(remarkParse);

/** A processor that takes the link reference definition labels `defined` as defined (chunking/definitions.ts). */
function withDefinitions(frontMatter: boolean, defined: readonly string[]) {
  const processor = frontMatter ? unified().use(remarkParse).use(remarkFrontmatter, ['yaml']) : unified().use(remarkParse);
  const data = processor.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(definitionsExtension(defined));
  return processor;
}

/** How the chunks of a text with front matter (or without) are parsed. */
function chunkParser(frontMatter: boolean): ChunkParser {
  /** The processors for the last set of definitions (one set per pass over the chunks). */
  let last: { defined: readonly string[]; first: ReturnType<typeof withDefinitions>; other: ReturnType<typeof withDefinitions> } | undefined;
  return (chunk, first, defined) => {
    const front = first && frontMatter;
    if (defined.length === 0) return (front ? withFrontMatter : withoutFrontMatter).parse(chunk) as Root;
    if (last?.defined !== defined) last = { defined, first: withDefinitions(frontMatter, defined), other: withDefinitions(false, defined) };
    return (front ? last.first : last.other).parse(chunk) as Root;
  };
}

function prepared(text: string, options: MarkdownReadOptions): PreparedMarkdown {
  return options.chunkCache ? options.chunkCache.preparedText(text, prepareMarkdown) : prepareMarkdown(text);
}

/**
 * The mdast tree of a text, its offsets in the text's terms. What guards/ defused so that remark stays
 * linear goes to `guardNotes`; MkDocs content tabs found go to `tabs`.
 */
export function parseMarkdownBlocks(text: string, guardNotes?: GuardNote[], tabs?: ContentTab[], options: MarkdownReadOptions = {}): Root {
  if (text.charCodeAt(0) === 0xfeff) {
    // micromark drops a leading byte order mark and counts its offsets without it, and front matter must
    // start the text. The BOM is a character of the document (line 0's first), so the rest is read as
    // the whole text and every offset moved one on.
    const notes: GuardNote[] = [];
    const found: ContentTab[] = [];
    const tree = parseMarkdownBlocks(text.slice(1), notes, found, options);
    restoreOffsets(tree, [{ at: 0, removed: 1 }]);
    for (const note of notes) guardNotes?.push({ ...note, offset: note.offset + 1 });
    for (const tab of found) tabs?.push({ start: tab.start + 1, end: tab.end + 1 });
    return tree;
  }
  const ready = prepared(text, options);
  const hasFrontMatter = ready.frontMatter !== undefined;
  const tree = options.whole
    ? ((hasFrontMatter ? withFrontMatter : withoutFrontMatter).parse(ready.text) as Root)
    : parseInChunks(ready.text, ready.frontMatter ?? 0, chunkParser(hasFrontMatter), { cache: options.chunkCache, listCutEvery: options.listCutEvery });
  for (const cuts of ready.cuts) restoreOffsets(tree, cuts);
  for (const note of ready.notes) guardNotes?.push({ ...note });
  for (const tab of ready.tabs) tabs?.push({ ...tab });
  return tree;
}

/**
 * The chunks parseMarkdownBlocks(text, …, options) will read, parsed ahead into `options.chunkCache` a
 * piece at a time (chunking/ahead.ts).
 */
export function parseMarkdownAhead(text: string, options: MarkdownReadOptions): Resumable {
  if (!options.chunkCache || options.whole) return NOTHING_AHEAD;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const ready = prepared(body, options);
  return new ParseAhead(ready.text, ready.frontMatter ?? 0, chunkParser(ready.frontMatter !== undefined), options.chunkCache, options.listCutEvery);
}
