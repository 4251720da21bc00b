// The block structure of a Markdown charter: remark-parse (with front matter) over a text prepared so
// that remark stays linear and reads what real charters are written in. Tables are left to
// gfm-table.ts; offsets in the returned tree are the document's.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { originalOffset, restoreOffsets } from './offsets';
import { prepareContainers, type ContentTab } from './containers';
import { shortenPipeLines } from './speed/pipe-lines';
import { guardMarkdown, type GuardNote } from './speed/guard';
import { parseInChunks } from './speed/chunks';
import { definitionsExtension, parseWithDefinitions } from './speed/definitions';
import './speed/edit-map';

/** Lets a chunk read the link reference definitions of the other chunks (speed/definitions.ts). */
function chunkDefinitions(this: { data(): object }): undefined {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(definitionsExtension);
}

const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(chunkDefinitions);
// micromark-extension-frontmatter, given a `---` first line that is never closed, goes on to read later
// list items as paragraphs (seen with "---\nx\n\n- item"); such a file has no front matter anyway.
const withoutFrontMatter = unified().use(remarkParse).use(chunkDefinitions);

/** Where the front matter ends (after its closing fence), or undefined when the text has none. */
export function frontMatterEnd(text: string): number | undefined {
  if (!/^---[ \t]*(?:\r?\n|\r)/.test(text)) return undefined;
  const close = /(?:\r?\n|\r)---[ \t]*(?:\r?\n|\r|$)/.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : undefined;
}

let chunking = true;

/** Parse the whole text at once instead of in chunks (speed/chunks.ts): for the tests that compare the two. */
export function setMarkdownChunking(on: boolean): void {
  chunking = on;
}

/**
 * The mdast tree of a text, its offsets in the text's terms. What speed/guard.ts defused so that remark
 * stays linear goes to `guardNotes`; MkDocs content tabs found go to `tabs`.
 */
export function parseMarkdownBlocks(text: string, guardNotes?: GuardNote[], tabs?: ContentTab[]): Root {
  if (text.charCodeAt(0) === 0xfeff) {
    // micromark drops a leading byte order mark and counts its offsets without it, and front matter must
    // start the text. The BOM is a character of the document (line 0's first), so the rest is read as
    // the whole text and every offset moved one on.
    const notes: GuardNote[] = [];
    const found: ContentTab[] = [];
    const tree = parseMarkdownBlocks(text.slice(1), notes, found);
    restoreOffsets(tree, [{ at: 0, removed: 1 }]);
    for (const note of notes) guardNotes?.push({ ...note, offset: note.offset + 1 });
    for (const tab of found) tabs?.push({ start: tab.start + 1, end: tab.end + 1 });
    return tree;
  }
  const frontMatter = frontMatterEnd(text);
  const from = frontMatter ?? 0;
  // Each step keeps the front matter as it is, so it ends at the same offset in every prepared text.
  const prepared = prepareContainers(text, from);
  const shortened = shortenPipeLines(prepared.text, from);
  const guarded = guardMarkdown(shortened.text, from, text.length);
  const tree = chunking
    ? parseInChunks(guarded.text, from, (chunk, first, defined) =>
        parseWithDefinitions(defined, () => (first && frontMatter !== undefined ? withFrontMatter : withoutFrontMatter).parse(chunk) as Root),
      )
    : ((frontMatter === undefined ? withoutFrontMatter : withFrontMatter).parse(guarded.text) as Root);
  restoreOffsets(tree, shortened.cuts);
  restoreOffsets(tree, prepared.cuts);
  const original = (offset: number) => originalOffset(originalOffset(offset, shortened.cuts), prepared.cuts);
  for (const note of guarded.notes) guardNotes?.push({ ...note, offset: original(note.offset) });
  tabs?.push(...prepared.tabs);
  return tree;
}
