// The defined roles a reference may be a short name of: initials ("PO"), truncated words ("Release
// Mgr", "Bus. Analyst", "PdM"), a shorter title ("Architect"), another spelling ("Dev-Ops Engineer").
// One reader per role index, made when the first reference fails to resolve by name.
import type { RoleDefinition } from '../model';
import { readTitle } from './align';
import { referencePieces, titleWordLists, wordsOf, type Piece } from './words';

export interface ShortNameMatch {
  role: RoleDefinition;
  /** "initials", "shortened words"…: what a hover says about the reading. */
  how: string;
  /** Whether words of the title were left out ("Architect" for the Technical Architect). */
  partial: boolean;
}

/**
 * Titles compared with references in one check, in all. A reference is compared only with the titles
 * that have a word starting as each of its pieces does, so a charter compares few; this bounds the rest
 * (thousands of roles that share their words, and as many references naming none of them): past it,
 * references are read by their names only, as before short names were read.
 */
export const MAX_SHORT_NAME_COMPARISONS = 200_000;

interface TitleEntry {
  role: RoleDefinition;
  words: string[];
  /** The title's own abbreviation the words use ("BI" of "Business Intelligence (BI) Engineer"), if any. */
  abbreviation?: string;
  /**
   * The title's first word when it stands alone before a space ("pdm" of "PdM Orchestrator"; none for
   * "UI/UX Designer", whose slash joins two words) and the name is a title, not an alias such as `BE-PO`.
   */
  leading?: string;
}

const DIGITS = /^\d+$/;

export type ShortNameReader = (text: string) => ShortNameMatch[];

/** Every role `text` may be a short name of, each once with its closest reading, in role order. */
export function shortNameReader(roles: readonly RoleDefinition[]): ShortNameReader {
  const entries: TitleEntry[] = [];
  // A title's words by their first character; words of digits by the whole word, since a number is
  // never shortened ("Role 0042" names the Role 0042 only).
  const byStart = new Map<string, number[]>();
  const byNumber = new Map<string, number[]>();
  const file = (map: Map<string, number[]>, key: string, entry: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  for (const role of roles) {
    for (const name of [role.title, ...role.aliases.map((alias) => alias.text)]) {
      for (const { words, abbreviation } of titleWordLists(name)) {
        if (words.length === 0) continue;
        const entry = entries.push({ role, words, abbreviation, leading: name === role.title ? leadingWord(name) : undefined }) - 1;
        for (const word of new Set(words)) {
          file(byStart, word[0], entry);
          if (DIGITS.test(word)) file(byNumber, word, entry);
        }
      }
    }
  }
  let comparisons = 0;
  return (text) => {
    const pieces = referencePieces(text);
    // A number alone ("2") is no role's short name, whatever role has it in its title.
    if (!pieces.some((piece) => !DIGITS.test(piece.text))) return [];
    // The fewest titles that can hold the reference: its first piece starts a word, and each number is a
    // word of its own.
    let candidates = byStart.get(pieces[0].text[0]) ?? [];
    for (const piece of pieces) {
      if (!DIGITS.test(piece.text)) continue;
      const list = byNumber.get(piece.text) ?? [];
      if (list.length < candidates.length) candidates = list;
    }
    if (candidates.length === 0) return [];
    if (comparisons + candidates.length > MAX_SHORT_NAME_COMPARISONS) return [];
    comparisons += candidates.length;
    const best = new Map<RoleDefinition, { how: string; partial: boolean; cost: number }>();
    // "PdM", "QA" may be a title's own word ("PdM Orchestrator", "QA Squad"), not a short form of its words.
    const whole = wholeWords(text, pieces);
    for (const index of candidates) {
      const { role, words, abbreviation, leading } = entries[index];
      const reading = readTitle(pieces, words) ?? (whole && leading ? leadingAbbreviation(text, whole, words, leading) : undefined);
      if (!reading) continue;
      const known = best.get(role);
      if (known && known.cost <= reading.cost) continue;
      const how = abbreviation ? (reading.how === 'another spelling' ? `its abbreviation ${abbreviation}` : `${reading.how}, with its abbreviation ${abbreviation}`) : reading.how;
      best.set(role, { how, partial: reading.partial, cost: reading.cost });
    }
    return [...best].map(([role, { how, partial }]) => ({ role, how, partial }));
  };
}

/** The reference's words as whole pieces, when reading it by its capitals split a word ("PdM", "QA"). */
function wholeWords(text: string, pieces: readonly Piece[]): Piece[] | undefined {
  const words = wordsOf(text);
  if (words.length === pieces.length) return undefined;
  return words.map((word) => ({ text: word, initial: false, acronym: false, dotted: false }));
}

/**
 * "PdM" for the PdM Orchestrator: an abbreviation that is a title's first word names that title, as
 * "Security" names the Security Lead, whatever the words after it (several roles it starts are a
 * choice, which role-ambiguous asks about).
 */
function leadingAbbreviation(text: string, whole: readonly Piece[], words: readonly string[], leading: string): { how: string; partial: boolean; cost: number } | undefined {
  if (whole.length !== 1 || words.length < 2 || words[0] !== whole[0].text || leading !== whole[0].text) return undefined;
  if ((text.match(/\p{Lu}/gu)?.length ?? 0) < 2) return undefined;
  return { how: 'the abbreviation its title starts with', partial: true, cost: 3 * (words.length - 1) };
}

function leadingWord(title: string): string | undefined {
  const first = wordsOf(title.trim().split(/\s+/)[0] ?? '');
  return first.length === 1 ? first[0] : undefined;
}
