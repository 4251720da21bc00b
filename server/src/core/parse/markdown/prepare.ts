// The text remark is given: the document with what real charters write beyond CommonMark turned into
// what remark reads (containers.ts), table lines cut down (pipe-lines.ts) and the shapes on which
// micromark is superlinear defused (guards/). Each step keeps the front matter as it is, so it ends at
// the same offset in every prepared text.
import type { ContentTab } from './containers';
import { prepareContainers } from './containers';
import { guardMarkdown, type GuardNote } from './guards/guard';
import { originalOffset, type Cut } from './offsets';
import { shortenPipeLines } from './pipe-lines';

export interface PreparedMarkdown {
  /** What remark parses. */
  text: string;
  /** Where the front matter ends (after its closing fence); undefined when the text has none. */
  frontMatter: number | undefined;
  /** The cuts of each step, last step first: restoreOffsets with each maps a tree back to the document. */
  cuts: readonly (readonly Cut[])[];
  /** What the guard defused, at document offsets. */
  notes: readonly GuardNote[];
  /** MkDocs content tabs found (document offsets). */
  tabs: readonly ContentTab[];
}

/** Where the front matter ends (after its closing fence), or undefined when the text has none. */
export function frontMatterEnd(text: string): number | undefined {
  if (!/^---[ \t]*(?:\r?\n|\r)/.test(text)) return undefined;
  const close = /(?:\r?\n|\r)---[ \t]*(?:\r?\n|\r|$)/.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : undefined;
}

/** A text without a leading byte order mark, prepared for remark. */
export function prepareMarkdown(text: string): PreparedMarkdown {
  const frontMatter = frontMatterEnd(text);
  const from = frontMatter ?? 0;
  const prepared = prepareContainers(text, from);
  const shortened = shortenPipeLines(prepared.text, from);
  const guarded = guardMarkdown(shortened.text, from, text.length);
  const original = (offset: number) => originalOffset(originalOffset(offset, shortened.cuts), prepared.cuts);
  return {
    text: guarded.text,
    frontMatter,
    cuts: [shortened.cuts, prepared.cuts],
    notes: guarded.notes.map((note) => ({ ...note, offset: original(note.offset) })),
    tabs: prepared.tabs,
  };
}
