// Source-text helpers for the Markdown parser: offsets, lines, `Label: value` field lines,
// comma-separated references and width-keeping table cell edits. Everything works on offsets into the
// text; positions come from LineIndex only.
import type { Range, RaciLetter, RoleReference, TextEdit } from '../../model';
import { LineIndex } from '../../text';
import type { TableCell } from './gfm-table';
import { htmlCellEdit } from './html-cells';

export class Source {
  readonly index: LineIndex;
  readonly eol: string;
  /**
   * Each list reference as written where its decoration makes it differ (`**EM**`), so that rewrites
   * keep what they do not change (see referenceAsWritten).
   */
  readonly writtenAs = new Map<RoleReference, string>();
  /**
   * The first column of each header key, per matrix: its rows share one `columns` array, so the lookup
   * is made once, when a row is first rewritten (edits.ts).
   */
  readonly columnLookups = new Map<readonly (RoleReference | undefined)[], (key: string) => number>();

  constructor(readonly text: string) {
    this.index = new LineIndex(text);
    this.eol = this.index.eol;
  }

  range(start: number, end: number): Range {
    return this.index.rangeAt(start, end);
  }

  /**
   * The range of `[start, end)` on a line known to hold both (a table row's cells): no search for the
   * line, which a 1,000-row matrix would otherwise do for each of its thousands of cells.
   */
  rangeOnLine(line: number, start: number, end: number): Range {
    const lineStarts = this.index.lineStarts;
    const lineStart = lineStarts[line];
    // An HTML table's row spans lines, and its cells may sit on any of them.
    if (start < lineStart || (line + 1 < lineStarts.length && end >= lineStarts[line + 1])) return this.range(start, end);
    return { start: { line, character: start - lineStart }, end: { line, character: end - lineStart } };
  }

  lineOf(offset: number): number {
    return this.index.positionAt(offset).line;
  }

  lineStartOf(offset: number): number {
    return this.index.lineStarts[this.lineOf(offset)];
  }

  /** Start of the line after the one holding `offset` (the text's end on the last line). */
  nextLineStart(offset: number): number {
    const line = this.lineOf(offset);
    return line + 1 < this.index.lineCount ? this.index.lineStarts[line + 1] : this.text.length;
  }

  /** Whole lines from the line of `start` through the line of `end`, line break included. */
  wholeLines(start: number, end: number): Range {
    return this.range(this.lineStartOf(start), this.nextLineStart(end));
  }

  /** An insertion of whole lines at a line start (or the end of a text that has no final line break). */
  insertLines(offset: number, lines: string): TextEdit {
    const atEndWithoutBreak = offset === this.text.length && offset > 0 && !/[\r\n]$/.test(this.text);
    const newText = atEndWithoutBreak ? this.eol + lines : lines + this.eol;
    return { range: this.range(offset, offset), newText };
  }

  edit(start: number, end: number, newText: string): TextEdit {
    return { range: this.range(start, end), newText };
  }
}

/** Offsets of `text[start, end)` with surrounding white space, `**`, `__` and backticks stripped. */
export function strippedSpan(text: string, start: number, end: number): { start: number; end: number } {
  for (;;) {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const inner = text.slice(start, end);
    if (inner.length >= 4 && ((inner.startsWith('**') && inner.endsWith('**')) || (inner.startsWith('__') && inner.endsWith('__')))) {
      start += 2;
      end -= 2;
    } else if (inner.length >= 2 && inner.startsWith('`') && inner.endsWith('`')) {
      start += 1;
      end -= 1;
    } else {
      return { start, end };
    }
  }
}

// Placeholders: "TBD" in a list of roles says nobody is named yet (responsible-missing says what is wrong).
const NOT_A_REFERENCE = new Set(['', '-', '–', '—', 'TBD', 'tbd', 'TBC', 'tbc', 'TBA', 'tba', '?', '??', '???', 'n/a', 'N/A']);

/** A list reference as written, decoration included (`**EM**`). */
export function referenceAsWritten(source: Source, ref: RoleReference): string {
  return source.writtenAs.get(ref) ?? ref.text;
}

/**
 * The references of a comma-separated list in `text[start, end)`, each with its exact range; `knownLine`
 * is the line of `start` when the caller knows it (a table row's).
 */
export function readReferences(source: Source, start: number, end: number, knownLine?: number): RoleReference[] {
  const references: RoleReference[] = [];
  let partStart = start;
  // A cell or a field's value is on one line: its ranges need no search for the line.
  const line = knownLine ?? source.lineOf(start);
  const oneLine = end <= source.index.lineEnd(line);
  // "Relevance Engineer (Kim, Lou)": a comma inside brackets is part of one reference.
  let depth = 0;
  for (let i = start; i <= end; i++) {
    if (i < end) {
      const code = source.text.charCodeAt(i);
      // Letters and most marks are above ",": one comparison for most characters.
      if (code > 44 && code !== 91 && code !== 93) continue;
      if (code === 40 /* ( */ || code === 91 /* [ */) depth++;
      else if ((code === 41 /* ) */ || code === 93 /* ] */) && depth > 0) depth--;
      // "Product Lead + QA Lead": two roles, jointly (a "+" between spaces; "C++" is a name).
      const joined = code === 43 /* + */ && source.text.charCodeAt(i - 1) === 32 && source.text.charCodeAt(i + 1) === 32;
      if ((code !== 44 /* , */ && !joined) || depth > 0) continue;
    }
    const span = strippedSpan(source.text, partStart, i);
    const text = source.text.slice(span.start, span.end);
    if (!NOT_A_REFERENCE.has(text)) {
      const ref: RoleReference = { text, range: oneLine ? source.rangeOnLine(line, span.start, span.end) : source.range(span.start, span.end) };
      // Kept only when the decoration makes it differ (`**EM**`): most references are written plain.
      if (span.start !== partStart || span.end !== i) {
        const written = source.text.slice(partStart, i).trim();
        if (written !== text) source.writtenAs.set(ref, written);
      }
      references.push(ref);
    }
    partStart = i + 1;
  }
  return references;
}

/** A `Label: value` line (optionally a list item, optionally with the label in bold). */
export interface FieldLine {
  label: string;
  lineStart: number;
  lineEnd: number;
  /** Just after the colon (and any closing `**`), before the white space that follows. */
  afterColon: number;
  valueStart: number;
  valueEnd: number;
}

// The list marker may be a bullet or a number: teams write `1. **Accountable**: Tech Lead` as often as `- …`.
// Labels in any script: "Réalisateur:", "Responsável:", "Исполнитель:".
const FIELD = /^([ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)(?:\*\*|__)?(\p{L}[\p{L} ]*?)(?::(?:\*\*|__)|(?:\*\*|__)?[ \t]*:)/u;
// `Accountable – Product Owner`: a dash instead of the colon, as in role lists. Only for the four RACI
// words, so that an ordinary sentence with a dash is never read as a field.
const DASH_FIELD = /^([ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)(?:\*\*|__)?(accountable|responsible|consulted|informed)(?:\*\*|__)?[ \t]+(?:—|–|-)(?=[ \t])/i;

export function readFieldLine(text: string, lineStart: number, lineEnd: number): FieldLine | undefined {
  const line = text.slice(lineStart, lineEnd);
  const match = FIELD.exec(line) ?? DASH_FIELD.exec(line);
  if (!match) return undefined;
  const afterColon = lineStart + match[0].length;
  let valueStart = afterColon;
  while (valueStart < lineEnd && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
  let valueEnd = lineEnd;
  while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1])) valueEnd--;
  return { label: match[2].trim(), lineStart, lineEnd, afterColon, valueStart, valueEnd };
}

const RACI_LABELS: Record<string, RaciLetter> = {
  accountable: 'A',
  responsible: 'R',
  consulted: 'C',
  informed: 'I',
  a: 'A',
  r: 'R',
  c: 'C',
  i: 'I',
  // The usual translations. "Responsable" is left out: Spanish for R, French for A (see tables.ts).
  aprobador: 'A', consultado: 'C', informado: 'I', // Spanish, Portuguese
  responsável: 'R', aprovador: 'A', // Portuguese
  réalisateur: 'R', realisateur: 'R', approbateur: 'A', consulté: 'C', consulte: 'C', informé: 'I', informe: 'I', // French
  responsabile: 'R', approvatore: 'A', consultato: 'C', informato: 'I', // Italian
  durchführend: 'R', rechenschaftspflichtig: 'A', konsultiert: 'C', informiert: 'I', // German
  исполнитель: 'R', ответственный: 'A', подотчётный: 'A', подотчетный: 'A', консультант: 'C', консультирует: 'C', консультируемый: 'C', информируемый: 'I', информируется: 'I', // Russian
  exécutant: 'R', exécutants: 'R', executant: 'R', // French
  uitvoerend: 'R', eindverantwoordelijk: 'A', geraadpleegd: 'C', geïnformeerd: 'I', // Dutch
};

const ENGLISH_LABELS = new Set(['accountable', 'responsible', 'consulted', 'informed']);

/** The letter a RACI label names (`Accountable`, `A`, any case), if it is one. */
export function raciLabel(label: string): RaciLetter | undefined {
  const plain = label.trim().toLowerCase();
  const direct = RACI_LABELS[plain];
  if (direct) return direct;
  // Real charters often spell a header out and give its letter too: "Accountable (A)", "A (Accountable)";
  // the English words and their letters must agree.
  const both = /^([a-z]+)\s*\(\s*([a-z]+)\s*\)$/.exec(plain);
  if (both && (ENGLISH_LABELS.has(both[1]) || ENGLISH_LABELS.has(both[2]))) {
    const outer = RACI_LABELS[both[1]];
    return outer !== undefined && outer === RACI_LABELS[both[2]] ? outer : undefined;
  }
  // "Ответственный (R)", "Responsable (A)": after any other word the letter in brackets says it (the same
  // word is R in one language's RACI and A in another's).
  const bracketed = /^\S.*?\s*\(\s*([raci])\s*\)$/u.exec(plain);
  return bracketed ? RACI_LABELS[bracketed[1]] : undefined;
}

export const LETTER_WORDS: Record<RaciLetter, string> = {
  A: 'Accountable',
  R: 'Responsible',
  C: 'Consulted',
  I: 'Informed',
};

/**
 * Rewrites a table cell's content keeping its width: shorter text is padded with spaces, longer text
 * takes the trailing white space (leaving one character of it before the closing pipe). The trailing
 * white space that is kept stays as written (tabs stay tabs). Empty text leaves a blank cell.
 */
export function cellEdit(source: Source, cell: TableCell, content: string): TextEdit {
  if (cell.html) return htmlCellEdit(source, cell, content);
  const text = source.text;
  const blank = cell.contentStart === cell.contentEnd;
  const start = blank ? (text[cell.start] === ' ' || text[cell.start] === '\t' ? Math.min(cell.start + 1, cell.end) : cell.start) : cell.contentStart;
  if (!cell.closed) return source.edit(start, cell.end, content);
  const contentWidth = blank ? 0 : cell.contentEnd - start;
  const trailing = text.slice(start + contentWidth, cell.end);
  if (content.length <= contentWidth) return source.edit(start, cell.end, content.padEnd(contentWidth) + trailing);
  const extra = content.length - contentWidth;
  let kept = trailing.slice(Math.min(extra, Math.max(0, trailing.length - 1)));
  // `| |` had a space before its pipe even though our start is past it.
  if (kept === '' && blank && start > cell.start) kept = ' ';
  return source.edit(start, cell.end, content + kept);
}
