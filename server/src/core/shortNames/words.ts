// The words of a role title and the pieces of a reference, as short names are compared: accents folded
// ("Léo", "Responsável"), lower case, and the few kinds of words a short name may leave out.
import { stripReferenceDecoration } from '../normalize';

/** "Résponsable" -> "responsable": accents dropped, case kept. */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

export function fold(text: string): string {
  return withoutAccents(text).toLowerCase();
}

/** Words that join a title's other words ("Head of Engineering", "Jefe de Proyecto"), in the ten languages' Latin scripts. */
export const LINKING_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'et', 'y', 'e', 'del', 'da', 'do', 'dos', 'das',
  'der', 'die', 'den', 'und', 'fur', 'van', 'von', 'di', 'della', 'dei', 'en', 'voor', 'het',
]);

/** How senior someone is, not which role they hold: "PM" is still the Senior Product Manager's initials. */
export const SENIORITY_WORDS: ReadonlySet<string> = new Set(['senior', 'sr', 'junior', 'jr', 'staff', 'principal', 'interim', 'acting']);

/** A title's last word that only says the role is a group: "QA" is how a matrix names the QA Team. */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  'team', 'teams', 'group', 'squad', 'crew', 'department', 'dept', 'unit', 'equipe', 'equipo', 'equipa', 'groupe', 'grupo', 'gruppe',
  'abteilung', 'afdeling', 'gruppo', 'squadra',
]);

/**
 * A title's last word that says only "the person who does it": "Security" is how a matrix names the
 * Security Lead. Left out only when the rest is written in full.
 */
export const HEAD_WORDS: ReadonlySet<string> = new Set([
  'lead', 'leader', 'manager', 'engineer', 'owner', 'officer', 'specialist', 'analyst', 'representative', 'rep', 'counsel', 'controller',
  'coordinator', 'admin', 'administrator', 'expert', 'champion', 'contact', 'director', 'head', 'leiter', 'leiterin', 'verantwortlicher',
  'verantwortliche', 'beauftragter', 'beauftragte',
]);

/** A word in a title: "Developers" is the Developer. Only the plain -s and -es endings, in any of the languages. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** One piece of a reference: a word, a truncated word ("Mgr"), or one capital of an initialism ("P" of "PO"). */
export interface Piece {
  /** Folded, lower case. */
  text: string;
  /** A capital letter alone: it may stand for a word's initial. */
  initial: boolean;
  /** A letter of an all-capitals token ("SBA", "QA"): with its neighbours it may spell a word, never truncate one. */
  acronym: boolean;
  /** Ends with a dot in the reference ("Bus."): written as a truncation. */
  dotted: boolean;
}

const TOKEN = /[\p{L}\p{N}]+\.?/gu;
const UPPER = /\p{Lu}/u;

/**
 * The pieces of a reference: its words, each split where a capital starts a new part ("PdM" -> Pd, M;
 * "EngMgr" -> Eng, Mgr), an all-capitals word into its letters ("SBA" -> S, B, A).
 */
export function referencePieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const match of withoutAccents(stripReferenceDecoration(text)).matchAll(TOKEN)) {
    const dotted = match[0].endsWith('.');
    const token = dotted ? match[0].slice(0, -1) : match[0];
    const letters = [...token];
    const allCapitals = letters.length >= 2 && letters.every((char) => UPPER.test(char));
    if (allCapitals) {
      for (const char of letters) pieces.push({ text: char.toLowerCase(), initial: true, acronym: true, dotted: false });
      continue;
    }
    const parts: string[] = [];
    for (const char of letters) {
      if (UPPER.test(char) || parts.length === 0) parts.push(char);
      else parts[parts.length - 1] += char;
    }
    parts.forEach((part, index) => {
      const single = [...part].length === 1 && UPPER.test(part);
      pieces.push({ text: part.toLowerCase(), initial: single, acronym: false, dotted: dotted && index === parts.length - 1 });
    });
  }
  return pieces;
}

/** A text's words, folded: "Chef d'Équipe" -> chef, d, equipe. */
export function wordsOf(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

const PARENTHESIS = /\(([^()]*)\)/g;
const ACRONYM = /^\p{Lu}[\p{L}&]{1,6}$/u;

/** A title's words, as written or with its parenthesised abbreviation in place of the words it stands for. */
export interface TitleWords {
  words: string[];
  /** The abbreviation used in place of words ("BI"), when this is that form. */
  abbreviation?: string;
}

/**
 * The word lists a title may be shortened from: its words without any parenthesis ("Business
 * Intelligence Engineer"), and with a parenthesised abbreviation in place of the words it abbreviates
 * ("BI Engineer" for "Business Intelligence (BI) Engineer").
 */
export function titleWordLists(title: string): TitleWords[] {
  const plain = withoutAccents(stripReferenceDecoration(title));
  const lists = wordListsOf(plain);
  for (const alternative of alternativeTitles(plain)) lists.push(...wordListsOf(alternative));
  return lists;
}

/**
 * The titles a role gives itself in one: "Product Owner / Business Lead", and "DevOps/SRE" (single words
 * joined by a slash). In "UI/UX Designer" the slash joins two words of one title.
 */
function alternativeTitles(plain: string): string[] {
  const spaced = plain.split(/\s+\/\s+/);
  if (spaced.length > 1) return spaced;
  const title = plain.trim();
  if (/\s/.test(title)) return [];
  const joined = title.split('/');
  return joined.length > 1 && joined.every((part) => part.length > 0) ? joined : [];
}

function wordListsOf(plain: string): TitleWords[] {
  const lists: TitleWords[] = [{ words: wordsOf(plain.replace(PARENTHESIS, ' ')) }];
  for (const match of plain.matchAll(PARENTHESIS)) {
    const short = match[1].trim();
    if (!ACRONYM.test(short) || [...short].filter((char) => UPPER.test(char)).length < 2) continue;
    const before = wordsOf(plain.slice(0, match.index).replace(PARENTHESIS, ' '));
    const after = wordsOf(plain.slice(match.index + match[0].length).replace(PARENTHESIS, ' '));
    const letters = fold(short).replace(/[^\p{L}]/gu, '');
    const replaced = abbreviatedRun(before, letters);
    if (replaced !== undefined) lists.push({ words: [...before.slice(0, replaced), letters, ...after], abbreviation: short });
  }
  return lists;
}

/** Where the run of `words`' last words whose initials (linking words aside) spell `letters` starts, if one does. */
function abbreviatedRun(words: readonly string[], letters: string): number | undefined {
  let at = letters.length;
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index];
    if (at > 0 && word[0] === letters[at - 1]) at--;
    else if (!LINKING_WORDS.has(word)) return undefined;
    if (at === 0) return index;
  }
  return undefined;
}
