// RACI cells (docs/format.md, "RACI cells"): letters from {R, A, C, I}, any case,
// alone, joined by / , + & or white space, or packed ("AR"); the words themselves ("Accountable",
// "(Consulted)"); bold, code or linked letters (`**A**/R`); a level suffix (`R1`, `R2`); a footnote
// mark or a remark in brackets after them (`A/R¹`, `R (infra)`). Empty, "-",
// "–", "N/A" and "none" mean "not involved". The letters of an extension the document declares
// (RASCI's S, RACI-VS's V and S, DACI's D) are valid too; they map to a RACI letter or to none.
// Anything else, or a letter twice, is invalid and contributes no letters.
import { readableHtml } from './html-text';
import type { RaciLetter } from './model';

export type RaciParse =
  | { valid: true; letters: RaciLetter[] }
  | {
      valid: false;
      /** Why, in a few words: "unknown letter 'X'", "'A' twice". */
      problem: string;
      /** The letters the author evidently meant (repeated letters), if clear. */
      intended?: RaciLetter[];
    };

/** Extra letters a document's framework declares: each maps to a RACI letter, or null for none. */
export type ExtraLetters = ReadonlyMap<string, RaciLetter | null>;

const NO_EXTRA: ExtraLetters = new Map();
const NOT_INVOLVED = /^(?:-|–|—|n\/a|n\.a\.|na|none|n\/d)?$/i;
const WORDS: Record<string, RaciLetter> = {
  responsible: 'R',
  accountable: 'A',
  consulted: 'C',
  consult: 'C',
  informed: 'I',
  inform: 'I',
};

const LETTER_ORDER: readonly RaciLetter[] = ['A', 'R', 'C', 'I'];
/** Between the letters of a cell: / , + & ; and white space, and a dot or dash between letters ("A.R", "A-R"). */
const SEPARATORS = /[\/,+&;\s]+|(?<=\p{L})[.\-–](?=\p{L})/u;

export function isRaciLetter(letter: string): letter is RaciLetter {
  return letter === 'R' || letter === 'A' || letter === 'C' || letter === 'I';
}

/**
 * The RACI letter an upper-case character counts as in a document (null: one its framework declares to
 * count as none; undefined: not a letter of it). A framework's own letters come first: RAPID's A is
 * Agree, not Accountable.
 */
function letterOf(upper: string, extra: ExtraLetters): RaciLetter | null | undefined {
  if (extra.has(upper)) return extra.get(upper);
  return isRaciLetter(upper) ? upper : undefined;
}

/** Canonical spelling: A first, then R, C, I, joined by "/" ("A/R"). */
export function formatLetters(letters: readonly RaciLetter[]): string {
  return LETTER_ORDER.filter((letter) => letters.includes(letter)).join('/');
}

// Cyrillic Р is the R sound (and can only mean R in a RACI cell), though it looks like P.
const LOOK_ALIKES: Record<string, string> = { А: 'A', а: 'a', С: 'C', с: 'c', І: 'I', і: 'i', Р: 'R', р: 'r', Α: 'A', Ι: 'I' };

/** Whether a capital is R, A, C or I, or a letter of another script that cells read as one ("А", "Р"). */
export function readsAsRaciLetter(char: string): boolean {
  return isRaciLetter(LOOK_ALIKES[char] ?? char);
}

/**
 * "Dana checks **R**", "**I** if urgent": one bold run of letters beside a note of at most six words
 * (no other bold, no letters alone) is the value, and the words a note about it, as a bracketed remark is.
 */
function boldValueWithNote(text: string): string | undefined {
  const runs = [...text.matchAll(/\*\*([^*]+)\*\*/g)];
  if (runs.length !== 1) return undefined;
  const value = runs[0][1].trim();
  if (!/^[RACI](?:\s*[\/+&,]\s*[RACI]){0,3}$/.test(value)) return undefined;
  const at = runs[0].index ?? 0;
  const after = text.slice(at + runs[0][0].length);
  // "**A** - Decision", "**I**: informed" gloss the letter: a legend, not a cell.
  if (/^\s*[-–—:=]/.test(after)) return undefined;
  const note = `${text.slice(0, at)} ${after}`.trim();
  if (!/\p{L}{2}/u.test(note) || /[*_`]/.test(note) || note.split(/\s+/).length > 6) return undefined;
  return value;
}

/** The cell without the Markdown around its letters: bold, code or linked letters, "(Consulted)". */
export function plainCell(raw: string): string {
  let text = raw.trim();
  // As GitHub shows it: "<b>A</b>/R" is "A/R", "&nbsp;" a blank, "A<br>R" two letters.
  if (text.includes('<') || text.includes('&')) text = readableHtml(text).trim();
  if (text.includes('](')) text = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  // "Dana checks **R**", "**I** if urgent": one bold value set apart from a short note about it.
  const noted = text.includes('**') ? boldValueWithNote(text) : undefined;
  if (noted) return noted;
  // "C — jointly owned; see below": letters, a dash, and a note of two words or more. One word after the
  // dash ("A - Decision", "I - Informed") glosses the letter instead.
  const dashed = /^\s*\**([RACI](?:\s*[\/+&,]\s*[RACI]){0,3})\**\s+[—–-]\s+(\S+\s+\S.*)$/u.exec(text);
  if (dashed) return dashed[1];
  if (/[*_`]/.test(text)) text = text.replace(/\*\*|__|`|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, '');
  text = text.trim();
  // Letters typed on another keyboard that stand for R, A, C or I: full-width ("Ｉ", "ｒ"), Cyrillic and
  // Greek ("А", "С", "І", "Р", "Α"). Only cells of letters are mapped: "Исполнитель" (a column header)
  // keeps its Cyrillic с.
  if (text.length <= 12 && /[^\x00-\x7f]/.test(text) && text.split(SEPARATORS).every((token) => token.length <= 3)) {
    text = text.normalize('NFKC').replace(/[АаСсІіРрΑΙ]/g, (char) => LOOK_ALIKES[char]);
  }
  // A footnote mark ("A/R¹", "R[^2]", "C†") or a short remark in brackets ("R (infra)", "C (optional)")
  // annotates the letters; the note itself is elsewhere. Only a cell that ends in a mark, a digit, "]"
  // or ")" can carry one: most cells skip the patterns.
  const last = text.charCodeAt(text.length - 1);
  if (last > 0x7f || last === 0x5d || (last >= 0x30 && last <= 0x39)) {
    text = text.replace(/(?<=\S)(?:[\u00B9\u00B2\u00B3\u2070-\u2079†‡]+|\[\^?\w{1,3}\]|\^\d{1,2})$/u, '').trim();
  }
  // A remark is words ("(infra)"); "Accountable (R)" pairs a word with a letter and is no remark.
  const remark = last === 0x29 ? /^(\S.*?)\s+\((?=[^()]*\p{Ll})[^()]{1,120}\)$/u.exec(text) : null;
  if (remark) text = remark[1];
  const parens = /^\((.*)\)$/.exec(text);
  return (parens ? parens[1] : text).trim();
}

export function parseRaciCell(raw: string, extra: ExtraLetters = NO_EXTRA): RaciParse {
  return parsePlainCell(plainCell(raw), extra);
}

/** parseRaciCell of a cell whose Markdown plainCell has already removed. */
function parsePlainCell(text: string, extra: ExtraLetters): RaciParse {
  if (NOT_INVOLVED.test(text)) return { valid: true, letters: [] };
  const tokens = text.split(SEPARATORS).filter((token) => token.length > 0);
  const letters: RaciLetter[] = [];
  const repeated: RaciLetter[] = [];
  let unknown: string | undefined;
  for (const token of tokens) {
    const word = WORDS[token.toLowerCase()];
    if (word) {
      (letters.includes(word) ? repeated : letters).push(word);
      continue;
    }
    // `R1`, `R2`: primary and secondary responsible, one letter with a level.
    const levelled = /^([A-Za-z])\d$/.exec(token);
    for (const char of levelled ? levelled[1] : token) {
      const letter = letterOf(char.toUpperCase(), extra);
      if (letter) (letters.includes(letter) ? repeated : letters).push(letter);
      else if (letter === undefined && unknown === undefined) unknown = char;
    }
  }
  if (unknown !== undefined) {
    return { valid: false, problem: `'${unknown}' is not a RACI letter` };
  }
  if (tokens.length === 0) return { valid: false, problem: 'no RACI letter' };
  if (repeated.length > 0) {
    return { valid: false, problem: `'${repeated[0]}' appears twice`, intended: letters };
  }
  return { valid: true, letters };
}

/**
 * How a cell counts as evidence that a table is a RACI matrix: `raci` (readable), `letters` (short
 * capital tokens that are not readable, "RR", "D"), `empty`, or `text` (prose, names, ticks).
 */
export type CellEvidence = 'raci' | 'letters' | 'empty' | 'text';

function evidenceOf(plain: string, parsed: RaciParse): CellEvidence {
  if (plain === '') return 'empty';
  if (parsed.valid) return 'raci';
  // Letters are capitals (and digits) after the first character: "RR", "D", "x", "R?" but not "Ana, Bo".
  return /^[A-Za-z][A-Z0-9?]{0,2}(?:\s*[\/,+&]\s*[A-Za-z][A-Z0-9?]{0,2})*$/.test(plain) && /[A-Z]/.test(plain) ? 'letters' : 'text';
}

/** A cell as read: its text without Markdown, its letters, and what it says of the table it is in. */
export interface CellReading {
  plain: string;
  parsed: RaciParse;
  evidence: CellEvidence;
}

/**
 * The cells of one document, each distinct text read once: a matrix repeats a handful of texts
 * ("R", "A/R", "") thousands of times, and every cell is both judged as evidence and then read.
 */
export class CellReader {
  // Past this many distinct texts new ones are read without being kept, so a document of unique cells
  // costs no more than before and the memo never thrashes.
  private static readonly LIMIT = 4096;
  private readonly memo = new Map<string, CellReading>();

  /** Writes letters back into cells in the document's spelling; kept by fixes, so it holds no memo. */
  readonly writer: CellWriter;
  /** What it reads and writes differently from another reader: its letters and their spelling. */
  readonly key: string;

  constructor(readonly extra: ExtraLetters = NO_EXTRA, spelling: Partial<Record<RaciLetter, string>> = {}) {
    this.writer = new CellWriter(extra, spelling);
    this.key = JSON.stringify([[...extra], Object.entries(spelling)]);
  }

  parse(raw: string): RaciParse {
    return this.read(raw).parsed;
  }

  evidence(raw: string): CellEvidence {
    return this.read(raw).evidence;
  }

  read(raw: string): CellReading {
    let entry = this.memo.get(raw);
    if (!entry) {
      const plain = plainCell(raw);
      const parsed = parsePlainCell(plain, this.extra);
      // Frozen: every cell with this text shares the letters.
      if (parsed.valid) Object.freeze(parsed.letters);
      entry = { plain, parsed, evidence: evidenceOf(plain, parsed) };
      if (this.memo.size < CellReader.LIMIT) this.memo.set(raw, entry);
    }
    return entry;
  }
}

export class CellWriter {
  constructor(
    private readonly extra: ExtraLetters = NO_EXTRA,
    /** How a RACI letter is written in the document's framework, where not as itself (RAPID's A is a D). */
    private readonly spelling: Partial<Record<RaciLetter, string>> = {},
  ) {}

  /**
   * The text a cell gets when its letters become `wanted`. A plain RACI cell is written canonically
   * ("A/R"); a cell holding a framework's letters keeps the ones that still apply as written (RASCI's
   * S, RAPID's P), so a fix changes only the letter it is about.
   */
  write(current: string, wanted: readonly RaciLetter[]): string {
    // "Kim checks **A**" keeps its note: only the bold letters change (a cleared cell loses the note too).
    const noted = wanted.length > 0 && current.includes('**') ? boldValueWithNote(current.trim()) : undefined;
    if (noted !== undefined) return current.trim().replace(/\*\*[^*]+\*\*/, `**${this.write(noted, wanted)}**`);
    const spell = (letter: RaciLetter) => this.spelling[letter] ?? letter;
    const plain = plainCell(current);
    const tokens = plain.split(SEPARATORS).filter((token) => token.length > 0);
    if (!tokens.some((token) => !WORDS[token.toLowerCase()] && [...token.toUpperCase()].some((char) => this.extra.has(char)))) {
      return LETTER_ORDER.filter((letter) => wanted.includes(letter)).map(spell).join('/');
    }
    const kept: string[] = [];
    const covered = new Set<RaciLetter>();
    const keep = (written: string, letter: RaciLetter | null | undefined) => {
      if (letter === undefined || (letter !== null && (!wanted.includes(letter) || covered.has(letter)))) return;
      kept.push(written);
      if (letter) covered.add(letter);
    };
    for (const token of tokens) {
      const word = WORDS[token.toLowerCase()];
      if (word) keep(token, word);
      else for (const char of token.toUpperCase()) keep(char, letterOf(char, this.extra));
    }
    for (const letter of LETTER_ORDER) if (wanted.includes(letter) && !covered.has(letter)) kept.push(spell(letter));
    return kept.join('/');
  }
}
