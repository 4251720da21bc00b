// RACI cells (contract §4, widened by what real charters write): letters from {R, A, C, I}, any case,
// alone, joined by / , + & or white space, or packed ("AR"); the words themselves ("Accountable",
// "(Consulted)"); bold, code or linked letters (`**A**/R`); a level suffix (`R1`, `R2`). Empty, "-",
// "–", "N/A" and "none" mean "not involved". The letters of an extension the document declares
// (RASCI's S, RACI-VS's V and S, DACI's D) are valid too; they map to a RACI letter or to none.
// Anything else, or a letter twice, is invalid and contributes no letters.
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

/** Canonical spelling: A first, then R, C, I, joined by "/" ("A/R"). */
export function formatLetters(letters: readonly RaciLetter[]): string {
  const order: RaciLetter[] = ['A', 'R', 'C', 'I'];
  return order.filter((letter) => letters.includes(letter)).join('/');
}

/** The cell without the Markdown around its letters: bold, code or linked letters, "(Consulted)". */
export function plainCell(raw: string): string {
  let text = raw.trim();
  if (text.includes('](')) text = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (/[*_`]/.test(text)) text = text.replace(/\*\*|__|`|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, '');
  text = text.trim();
  const parens = /^\((.*)\)$/.exec(text);
  return (parens ? parens[1] : text).trim();
}

export function parseRaciCell(raw: string, extra: ExtraLetters = NO_EXTRA): RaciParse {
  return parsePlainCell(plainCell(raw), extra);
}

/** parseRaciCell of a cell whose Markdown plainCell has already removed. */
function parsePlainCell(text: string, extra: ExtraLetters): RaciParse {
  if (NOT_INVOLVED.test(text)) return { valid: true, letters: [] };
  const tokens = text.split(/[\/,+&\s]+/).filter((token) => token.length > 0);
  const letters: RaciLetter[] = [];
  const repeated: RaciLetter[] = [];
  let unknown: string | undefined;
  const add = (letter: RaciLetter) => (letters.includes(letter) ? repeated : letters).push(letter);
  for (const token of tokens) {
    const word = WORDS[token.toLowerCase()];
    if (word) {
      add(word);
      continue;
    }
    // `R1`, `R2`: primary and secondary responsible, one letter with a level.
    const levelled = /^([A-Za-z])\d$/.exec(token);
    for (const char of levelled ? levelled[1] : token) {
      const letter = char.toUpperCase();
      if (letter === 'R' || letter === 'A' || letter === 'C' || letter === 'I') {
        add(letter);
      } else if (extra.has(letter)) {
        const mapped = extra.get(letter);
        if (mapped) add(mapped);
      } else if (unknown === undefined) {
        unknown = char;
      }
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
export function cellEvidence(raw: string, extra: ExtraLetters = NO_EXTRA): 'raci' | 'letters' | 'empty' | 'text' {
  const text = plainCell(raw);
  if (text === '') return 'empty';
  if (parsePlainCell(text, extra).valid) return 'raci';
  return /^[A-Za-z][A-Za-z0-9]{0,2}(?:\s*[\/,+&]\s*[A-Za-z][A-Za-z0-9]{0,2})*$/.test(text) && /[A-Z]/.test(text) ? 'letters' : 'text';
}
