// RACI cells (contract §4): letters from {R, A, C, I}, any case, alone, joined by / , + & or white
// space, or packed ("AR"). Empty, "-" and "–" mean "not involved". Anything else, or a letter twice, is
// invalid and contributes no letters.
import type { RaciLetter } from './model';

export type RaciParse =
  | { valid: true; letters: RaciLetter[] }
  | {
      valid: false;
      /** Why, in a few words: "unknown letter 'X'", "'A' twice". */
      problem: string;
      /** The letters the author evidently meant (words spelled out, repeated letters), if clear. */
      intended?: RaciLetter[];
    };

const NOT_INVOLVED = new Set(['', '-', '–', '—']);
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

export function parseRaciCell(raw: string): RaciParse {
  const text = raw.trim();
  if (NOT_INVOLVED.has(text)) return { valid: true, letters: [] };
  const tokens = text.split(/[\/,+&\s]+/).filter((token) => token.length > 0);
  const letters: RaciLetter[] = [];
  const repeated: RaciLetter[] = [];
  let unknown: string | undefined;
  let spelledOut = false;
  for (const token of tokens) {
    const word = WORDS[token.toLowerCase()];
    if (word) {
      spelledOut = true;
      (letters.includes(word) ? repeated : letters).push(word);
      continue;
    }
    for (const char of token) {
      const letter = char.toUpperCase();
      if (letter === 'R' || letter === 'A' || letter === 'C' || letter === 'I') {
        (letters.includes(letter) ? repeated : letters).push(letter);
      } else if (unknown === undefined) {
        unknown = char;
      }
    }
  }
  if (unknown !== undefined) {
    return { valid: false, problem: `'${unknown}' is not a RACI letter` };
  }
  if (tokens.length === 0) return { valid: false, problem: 'no RACI letter' };
  if (spelledOut) {
    return { valid: false, problem: 'RACI letters are spelled out', intended: letters };
  }
  if (repeated.length > 0) {
    return { valid: false, problem: `'${repeated[0]}' appears twice`, intended: letters };
  }
  return { valid: true, letters };
}
