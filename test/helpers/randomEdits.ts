// Seeded random edits of a charter's text, as an editor sends them (incremental didChange content
// changes, each range in UTF-16 code units against the text after the changes before it): typing and
// deleting characters and lines, cutting and pasting table rows, YAML entries and sections, line
// endings switched between LF, CRLF and CR, a byte order mark added or removed, emoji and CJK typed.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

/** One change at offsets of the text it applies to. */
export interface OffsetChange {
  start: number;
  end: number;
  text: string;
}

const TYPED = ['A', 'R', 'C', 'I', 'S', 'a', 'r', 'x', ' ', ' ', '|', '/', ',', '-', ':', '*', '#', '\t', '\n', '\r\n', '🙂', '責任', 'é', '`', '>', '[', ']', 'A/R', 'Lead'];

/** What is typed in a value: letters and words, role names and ids, a list's comma, emoji and CJK. */
const VALUE_TYPED = ['e', 's', 'x', ' ', 'ing', 'Lead', 'tech-lead', 'developer', ', qa-engineer', '🙂', '責任', 'é', ','];

/** Lines an editor might paste or type whole, one for each shape the readers know. */
const LINES = [
  '| Deploy 🚀 releases | A | R |  |',
  '| Review budget | R | A/R | C |',
  '| Hire engineers |  | I | A |',
  '| Responsibility | Accountable | Responsible |',
  '| --- | --- | --- |',
  '### On-call rota',
  '## Responsibilities',
  '## Roles',
  '- **Ghost Writer**: writes 責任 notes.',
  '- Accountable: Tech Lead',
  '- Responsible: Developer, QA Engineer',
  '- Consulted: Product Owner',
  '  - name: Triage bugs',
  '    accountable: tech-lead',
  '    responsible: [developer, ghost]',
  '  ghost:',
  '    title: Ghost 🙂',
  'roles:',
  '<!-- team-charter-disable-next-line -->',
  '# team-charter-disable-next-line',
  '',
];

export class EditGenerator {
  constructor(
    private readonly random: () => number,
    /** Texts longer than this only shrink, so a long run stays a charter of a few dozen entries. */
    private readonly maxLength = 5000,
    /** The kinds of edit made (VALUE_TYPING: only typing in values); weighted by repetition. */
    private readonly kinds: readonly Kind[] = ALL_KINDS,
  ) {}

  /** The content changes of one didChange, applied in order to `text`; `apply` gives the text after them. */
  next(text: string): OffsetChange[] {
    const kinds = text.length > this.maxLength ? SHRINKING : this.kinds;
    const kind = kinds[Math.floor(this.random() * kinds.length)];
    return this[kind](text);
  }

  private int(below: number): number {
    return Math.floor(this.random() * below);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** An offset an editor can put the cursor at: not inside a surrogate pair or a CRLF. */
  private offset(text: string): number {
    let at = this.int(text.length + 1);
    while (at > 0 && at < text.length && (isLowSurrogate(text.charCodeAt(at)) || (text[at] === '\n' && text[at - 1] === '\r'))) at--;
    return at;
  }

  private type(text: string): OffsetChange[] {
    const at = this.offset(text);
    return [{ start: at, end: at, text: this.pick(TYPED) }];
  }

  /**
   * Typing in a value: a word, a role's name or a letter written, or a character deleted, after the
   * colon of a line such as `name: …`, `accountable: …` or `Accountable: …` (how most of a YAML
   * charter and the letter lines of a Markdown one are edited).
   */
  private typeInValue(text: string): OffsetChange[] {
    const values = [...text.matchAll(/^[ \t-]*[A-Za-z][\w-]*: (.*)$/gm)];
    if (values.length === 0) return this.type(text);
    const found = this.pick(values);
    const at = found.index! + found[0].length - found[1].length + this.int(found[1].length + 1);
    if (this.random() < 0.3 && at < found.index! + found[0].length) return [{ start: at, end: at + 1, text: '' }];
    return [{ start: at, end: at, text: this.pick(VALUE_TYPED) }];
  }

  private deleteChars(text: string): OffsetChange[] {
    const start = this.offset(text);
    let end = Math.min(text.length, start + 1 + this.int(4));
    while (end < text.length && (isLowSurrogate(text.charCodeAt(end)) || (text[end] === '\n' && text[end - 1] === '\r'))) end++;
    return [{ start, end, text: '' }];
  }

  private insertLine(text: string): OffsetChange[] {
    const lines = lineSpans(text);
    const at = this.pick(lines).start;
    return [{ start: at, end: at, text: `${this.pick(LINES)}${this.pick(['\n', '\n', '\r\n'])}` }];
  }

  private deleteLine(text: string): OffsetChange[] {
    const line = this.pick(lineSpans(text));
    return [{ start: line.start, end: line.end, text: '' }];
  }

  /** Cuts an entry (a table row, a YAML item, a section) and pastes it at another line: two changes. */
  private cutAndPaste(text: string): OffsetChange[] {
    const block = this.block(text);
    if (!block) return this.type(text);
    const cut = text.slice(block.start, block.end);
    const afterCut = text.slice(0, block.start) + text.slice(block.end);
    const at = this.pick(lineSpans(afterCut)).start;
    return [
      { start: block.start, end: block.end, text: '' },
      { start: at, end: at, text: cut },
    ];
  }

  /** Copies an entry and pastes it at another line (a duplicate row or item). */
  private paste(text: string): OffsetChange[] {
    const block = this.block(text);
    if (!block) return this.insertLine(text);
    const at = this.pick(lineSpans(text)).start;
    return [{ start: at, end: at, text: text.slice(block.start, block.end) }];
  }

  private cut(text: string): OffsetChange[] {
    const block = this.block(text);
    return block ? [{ start: block.start, end: block.end, text: '' }] : this.deleteLine(text);
  }

  /** A line's ending switched to another of LF, CRLF, CR. */
  private lineEnding(text: string): OffsetChange[] {
    const breaks = lineSpans(text).filter((line) => line.breakStart < line.end);
    if (breaks.length === 0) return this.type(text);
    const line = this.pick(breaks);
    const current = text.slice(line.breakStart, line.end);
    const next = this.pick(['\n', '\r\n', '\r'].filter((ending) => ending !== current));
    return [{ start: line.breakStart, end: line.end, text: next }];
  }

  private byteOrderMark(text: string): OffsetChange[] {
    return text.startsWith('\uFEFF') ? [{ start: 0, end: 1, text: '' }] : [{ start: 0, end: 0, text: '\uFEFF' }];
  }

  /** A RACI letter replaced by another (or by nothing): the edit a user makes most. */
  private letter(text: string): OffsetChange[] {
    const letters = [...text.matchAll(/\b[ARCI]\b/g)];
    if (letters.length === 0) return this.type(text);
    const found = this.pick(letters);
    return [{ start: found.index!, end: found.index! + 1, text: this.pick(['A', 'R', 'C', 'I', 'A/R', '', 'a']) }];
  }

  /** A table row, a YAML list item with its indented lines, or a heading's section. */
  private block(text: string): { start: number; end: number } | undefined {
    const lines = lineSpans(text);
    const starts = lines.map((line, i) => ({ line, i })).filter(({ line }) => /^(\||\s*- name:|#{2,3} |  [a-z-]+:\s*$)/.test(text.slice(line.start, line.breakStart)));
    if (starts.length === 0) return undefined;
    const { line, i } = this.pick(starts);
    const head = text.slice(line.start, line.breakStart);
    if (head.startsWith('|')) return { start: line.start, end: line.end };
    const indent = head.match(/^\s*/)![0].length;
    const heading = head.startsWith('#') ? head.match(/^#+/)![0].length : 0;
    let end = i + 1;
    while (end < lines.length) {
      const next = text.slice(lines[end].start, lines[end].breakStart);
      if (heading > 0 ? /^#+ /.test(next) && next.match(/^#+/)![0].length <= heading : next.trim() !== '' && next.match(/^\s*/)![0].length <= indent) break;
      end++;
    }
    return { start: line.start, end: lines[end - 1].end };
  }
}

export type Kind = 'type' | 'typeInValue' | 'deleteChars' | 'insertLine' | 'deleteLine' | 'cutAndPaste' | 'paste' | 'cut' | 'lineEnding' | 'byteOrderMark' | 'letter';
// Weighted by repetition: typing and letters most, a byte order mark rarely.
const ALL_KINDS: readonly Kind[] = [
  ...Array<Kind>(5).fill('type'),
  ...Array<Kind>(4).fill('typeInValue'),
  ...Array<Kind>(3).fill('deleteChars'),
  ...Array<Kind>(4).fill('letter'),
  'insertLine',
  'insertLine',
  'deleteLine',
  'cutAndPaste',
  'cutAndPaste',
  'paste',
  'cut',
  'lineEnding',
  'byteOrderMark',
];
/** Only typing in values: the edits that keep a YAML charter one the fast reader reads, entry by entry. */
export const VALUE_TYPING: readonly Kind[] = ['typeInValue'];
const SHRINKING: readonly Kind[] = ['deleteChars', 'deleteLine', 'cut', 'cut', 'letter', 'cutAndPaste'];

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Each line: where it starts, where its line break starts, where the next line starts (LF, CRLF, CR). */
export function lineSpans(text: string): { start: number; breakStart: number; end: number }[] {
  const spans = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    spans.push({ start, breakStart: found.index, end: found.index + found[0].length });
    start = found.index + found[0].length;
  }
  spans.push({ start, breakStart: text.length, end: text.length });
  return spans;
}

/** The LSP position (UTF-16 code units; LF, CRLF and CR end lines) of an offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const lines = lineSpans(text);
  let line = 0;
  while (line + 1 < lines.length && lines[line + 1].start <= offset) line++;
  return { line, character: offset - lines[line].start };
}

/** The changes as didChange sends them (each range against the text after the ones before), and the text after all of them. */
export function toContentChanges(text: string, changes: readonly OffsetChange[]): { contentChanges: TextDocumentContentChangeEvent[]; after: string } {
  const contentChanges: TextDocumentContentChangeEvent[] = [];
  let current = text;
  for (const change of changes) {
    contentChanges.push({ range: { start: positionAt(current, change.start), end: positionAt(current, change.end) }, text: change.text });
    current = current.slice(0, change.start) + change.text + current.slice(change.end);
  }
  return { contentChanges, after: current };
}
