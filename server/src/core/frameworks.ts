// RACI's relatives, detected from what the document says of itself (its title, its legend): the
// letters each adds, and what those letters count as when the "exactly one accountable" rules run.
import type { RaciLetter } from './model';
import type { ExtraLetters } from './raci';

export interface Framework {
  /** "RACI", "RASCI", "RACI-VS", "DACI". */
  name: string;
  /** The letters beyond R, A, C and I, with what each means. */
  letters: Record<string, string>;
  /** For the parser: each extra letter, and the RACI letter it counts as (null: none). */
  extra: ExtraLetters;
}

export const RACI: Framework = { name: 'RACI', letters: {}, extra: new Map() };

const KNOWN: { name: string; mentioned: RegExp; letters: Record<string, [string, RaciLetter | null]> }[] = [
  { name: 'RACI-VS', mentioned: /(?<![A-Za-z])RACI[- ]?VS(?![A-Za-z])/i, letters: { V: ['Verifier', null], S: ['Signatory', null] } },
  { name: 'RASCI', mentioned: /(?<![A-Za-z])RA?SCI(?![A-Za-z])|(?<![A-Za-z])RACIS(?![A-Za-z])/, letters: { S: ['Support', null] } },
  // DACI: the Driver does the work, the Approver is the single accountable.
  { name: 'DACI', mentioned: /(?<![A-Za-z])DACI(?![A-Za-z])/, letters: { D: ['Driver', 'R'] } },
];

// A legend line or row that declares a letter: "S = Support", "**V** – Verifies", "| S | Supportive |".
const DECLARED = /(?:^|\n)[ \t]*(?:[-*+•][ \t]*|\|[ \t]*)?(?:\*\*|__)?([SVD])(?:\*\*|__)?[ \t]*(?:[=:|—–-]|\()[ \t]*(?:\*\*|__)?(support|supportive|verif\w*|sign\w*|driver)/gi;
const DECLARED_MEANING: Record<string, [string, RaciLetter | null]> = { S: ['Support', null], V: ['Verifier', null], D: ['Driver', 'R'] };

export function detectFramework(text: string): Framework {
  let name: string | undefined;
  const letters: Record<string, string> = {};
  const extra = new Map<string, RaciLetter | null>();
  for (const known of KNOWN) {
    if (!known.mentioned.test(text)) continue;
    name ??= known.name;
    for (const [letter, [meaning, counts]] of Object.entries(known.letters)) {
      letters[letter] = meaning;
      extra.set(letter, counts);
    }
  }
  for (const match of text.matchAll(DECLARED)) {
    const letter = match[1].toUpperCase();
    if (extra.has(letter)) continue;
    const [meaning, counts] = DECLARED_MEANING[letter];
    letters[letter] = meaning;
    extra.set(letter, counts);
    name ??= 'RACI+' + letter;
  }
  return extra.size === 0 ? RACI : { name: name ?? 'RACI', letters, extra };
}
