// A YAML charter read again after an edit inside one entry of its responsibilities list: that entry is
// read alone and the model of the rest kept, so a keystroke costs what it changed, not the whole text.
// Only where that gives exactly what reading the whole text gives: the edit writes as many line breaks as
// it removes (so every line after it keeps its number and text), inside one entry that is not the last
// (the list's own range ends with the last), of a charter the fast reader read whole (reader.ts,
// EntryList), the text keeps its line break (`\n` or `\r\n`, the one the file has most of, which fixes
// write), and the entry read alone is one item of the same indentation with no syntax error. Anything
// else is read whole.
//
// What is kept was built from an earlier text. That is sound because nothing in the model is an offset:
// ranges are lines and characters, unchanged off the edited lines, and each entry's `rewrite` (and the
// charter's `defineRole`) writes edits from the text it was read from, the same on its own lines. The
// entry's problems take the place of its old ones in the list, where a whole read puts them.
//
// Memory: an entry read alone holds on to the whole text it was read from (its ranges are found in it),
// and kept entries to the whole read's. After MAX_ENTRIES_READ_ALONE entries the whole text is read
// again, so a cache holds at most about twice that many texts (its two reads), with their line indexes.
import type { Charter, ParseProblem, Responsibility } from '../../model';
import { LineIndex } from '../../text';
import { readYamlCharter, type EntryList } from './reader';
import { readResponsibilities } from './responsibilities';
import { YamlReader } from './values';

/** How a check reads YAML (CheckOptions.yaml). */
export interface YamlCheckOptions {
  /** The cache the caller keeps between checks of one document; without it, the whole text is read. */
  entryCache?: YamlEntryCache;
  /** false: the text is not the document's next version but a fix being verified (YamlEntryCache.read). */
  keep?: boolean;
}

/** How many entries are read alone before the whole text is read again (see above). */
export const MAX_ENTRIES_READ_ALONE = 8;

interface Read {
  text: string;
  index: LineIndex;
  charter: Charter;
  /** The first line of each entry, and the column of its dash. */
  lines: number[];
  dashes: number[];
  /** Per responsibility, the entry it was read from. */
  entryOf: number[];
  /** Per entry, where its problems start in the charter's list (then where the last one's end). */
  problemsAt: number[];
  /** The entries read alone since the text was last read whole. */
  readAlone: ReadonlySet<number>;
}

/**
 * What a caller keeps between reads of one document (the language server, one per open YAML charter).
 * Nothing is kept anywhere else: a read given no cache reads the whole text.
 */
export class YamlEntryCache {
  /** The document's last two reads, the last first (a keystroke's text is read from the one before). */
  private reads: Read[] = [];
  /** How many reads were of one entry (tests check that the short way is taken). */
  entriesReadAlone = 0;

  /**
   * `keep`: false for a text that is not the document's next version (a fix being verified): it is read
   * from the document's reads, and the next text is too.
   */
  read(text: string, keep = true): Charter {
    for (const base of this.reads) {
      if (base.text === text) return base.charter;
      const read = readEntryAgain(base, text);
      if (!read) continue;
      this.entriesReadAlone++;
      if (keep) this.reads = [read, base];
      return read.charter;
    }
    const { charter, list } = readYamlCharter(text);
    const read = list && wholeRead(text, charter, list);
    if (read && keep) this.reads = [read, ...this.reads.slice(0, 1)];
    return charter;
  }
}

function wholeRead(text: string, charter: Charter, list: EntryList): Read | undefined {
  const index = list.index;
  const lines: number[] = [];
  const dashes: number[] = [];
  for (const item of list.items) {
    // An entry whose first key is not on its dash's line (`-` alone, `- # note`) is not read alone.
    if (!item) return undefined;
    const start = index.positionAt(item.start);
    const dash = /^( *)- +$/.exec(text.slice(index.lineStarts[start.line], item.start));
    if (!dash) return undefined;
    lines.push(start.line);
    dashes.push(dash[1].length);
  }
  return { text, index, charter, lines, dashes, entryOf: list.itemOf, problemsAt: list.problemsAt, readAlone: new Set() };
}

/** The read of `text` from `base` when the two differ inside one entry (see above), or undefined. */
function readEntryAgain(base: Read, text: string): Read | undefined {
  const edited = editedLines(base, text);
  if (edited === undefined) return undefined;
  // The entry holding the lines: not the last, whose end is the list's end.
  let entry = base.lines.length - 1;
  while (entry >= 0 && base.lines[entry] > edited.first) entry--;
  if (entry < 0 || entry === base.lines.length - 1 || edited.last >= base.lines[entry + 1]) return undefined;
  if (base.readAlone.size >= MAX_ENTRIES_READ_ALONE && !base.readAlone.has(entry)) return undefined;
  const index = LineIndex.afterEdit(base.index, text, edited.start, edited.removedEnd, edited.writtenEnd);
  if (index.eol !== base.index.eol) return undefined;
  const start = index.lineStarts[base.lines[entry]];
  const end = index.lineStarts[base.lines[entry + 1]];
  const source = text.slice(start, end);
  if (!keepsItsPlace(source, base.dashes[entry])) return undefined;
  const reader = new YamlReader(source, start, index);
  const root = reader.root;
  if (reader.path !== 'fast' || reader.moreDocuments || reader.problems.length > 0 || root?.kind !== 'seq' || root.flow || root.items.length !== 1) return undefined;
  const read = readResponsibilities(reader, root);
  const problems = reader.problems;
  const grown = problems.length - (base.problemsAt[entry + 1] - base.problemsAt[entry]);
  return {
    ...base,
    text,
    index,
    charter: withEntry(base, text, entry, read, problems),
    entryOf: entriesAfter(base.entryOf, entry, read.length),
    problemsAt: base.problemsAt.map((at, item) => (item > entry ? at + grown : at)),
    readAlone: new Set([...base.readAlone, entry]),
  };
}

/**
 * The first and last line on which `text` differs from the base's, when as many line breaks are written
 * as removed (so every line after those keeps its number and text); undefined otherwise.
 */
function editedLines(base: Read, text: string): { first: number; last: number; start: number; removedEnd: number; writtenEnd: number } | undefined {
  const before = base.text;
  const shortest = Math.min(before.length, text.length);
  let start = 0;
  // Blocks compared as strings first (natively), then characters: a large text's keystroke is one of
  // its characters.
  while (start + BLOCK <= shortest && before.slice(start, start + BLOCK) === text.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shortest && before.charCodeAt(start) === text.charCodeAt(start)) start++;
  let tail = 0;
  while (tail + BLOCK <= shortest - start && before.slice(before.length - tail - BLOCK, before.length - tail) === text.slice(text.length - tail - BLOCK, text.length - tail)) tail += BLOCK;
  while (tail < shortest - start && before.charCodeAt(before.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  const removed = before.slice(start, before.length - tail);
  const written = text.slice(start, text.length - tail);
  // A CR before the change, or a CR ending it before an LF after it, could make one break of two.
  const after = before.charCodeAt(before.length - tail);
  if (before.charCodeAt(start - 1) === CR || (after === LF && (removed.endsWith('\r') || written.endsWith('\r')))) return undefined;
  if (lineBreaks(removed) !== lineBreaks(written)) return undefined;
  const removedEnd = start + removed.length;
  return { first: base.index.positionAt(start).line, last: base.index.positionAt(removedEnd).line, start, removedEnd, writtenEnd: start + written.length };
}

/** How many characters editedLines compares at once. */
const BLOCK = 256;
const CR = 13;
const LF = 10;

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** The entry's text still starts with its dash where it was, and no line of it leaves the entry. */
function keepsItsPlace(source: string, dash: number): boolean {
  const lines = source.split(/\r\n|\n|\r/);
  if (!lines[0].startsWith(`${' '.repeat(dash)}- `) && lines[0] !== `${' '.repeat(dash)}-`) return false;
  return lines.slice(1).every((line) => {
    const indent = /^ */.exec(line)![0].length;
    return indent === line.length || line[indent] === '#' || indent > dash;
  });
}

/** The base's charter with the entry's responsibility (none, or one) and its problems read anew. */
function withEntry(base: Read, text: string, entry: number, read: Responsibility[], problems: ParseProblem[]): Charter {
  const old = base.charter;
  const first = base.entryOf.findIndex((item) => item >= entry);
  const at = first < 0 ? base.entryOf.length : first;
  const replaced = base.entryOf[at] === entry ? 1 : 0;
  const responsibilities = [...old.responsibilities.slice(0, at), ...read, ...old.responsibilities.slice(at + replaced)];
  const before = old.problems.slice(0, base.problemsAt[entry]);
  const after = old.problems.slice(base.problemsAt[entry + 1]);
  return { ...old, text, responsibilities, problems: [...before, ...problems, ...after], doubts: undefined };
}

/** Which entry each responsibility comes from, once the entry gives `count` (0 or 1) responsibilities. */
function entriesAfter(entryOf: readonly number[], entry: number, count: number): number[] {
  const result = entryOf.filter((item) => item !== entry);
  if (count === 0) return result;
  const at = result.findIndex((item) => item > entry);
  result.splice(at < 0 ? result.length : at, 0, entry);
  return result;
}
