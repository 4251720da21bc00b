// "Did you mean" for role references: the defined roles whose id, title or alias is closest to what
// was written. A typo is told from another name only in words long enough to have one: "SBA" one letter
// from "DBA" is another role's initials, not a typo of them.
import { distance } from 'fastest-levenshtein';
import type { RoleDefinition } from '../model';
import { normalizeReference, stripReferenceDecoration } from '../normalize';
import { roleKeys } from '../resolve';

export const MAX_SUGGESTIONS = 3;

/**
 * Edits allowed for a key of this length: about a third of long names, two for most, and one or none
 * for ids of two or three letters, where one edit already turns `pm` into `em`.
 */
function allowedDistance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 4) return 1;
  return Math.max(2, Math.floor(length / 3));
}

const WORD_BREAK = /[\s\-_]+/;

/**
 * Comparisons of a reference with a role's id, title or alias that one check makes for "did you mean"
 * in all. Each undefined reference is compared with every role, so a charter with thousands of roles
 * and of undefined references cost millions, most of its check. Past this bound the references left get
 * no suggestion. 400,000 is 20 undefined references among 20,000 roles, or 400 among 1,000: more than
 * any charter needs.
 */
export const MAX_SUGGESTION_COMPARISONS = 400_000;

interface RoleKeys {
  role: RoleDefinition;
  keys: string[];
  /** The words of each key, made when first needed. */
  words: (Set<string> | undefined)[];
}

export interface Suggestions {
  /** Closest first, at most MAX_SUGGESTIONS. */
  roles: RoleDefinition[];
  /** How many of the first are equally close: a message names them all, never one of them alone. */
  closest: number;
}

const NO_SUGGESTIONS: Suggestions = { roles: [], closest: 0 };

/**
 * The closest roles to a reference, best first, at most MAX_SUGGESTIONS; for one check (one list of
 * roles), within MAX_SUGGESTION_COMPARISONS in all. Roles in `exclude` are not suggested.
 */
export function roleSuggester(roles: readonly RoleDefinition[]): (referenceText: string, exclude?: readonly RoleDefinition[]) => Suggestions {
  let prepared: RoleKeys[] | undefined;
  let keyCount = 0;
  let comparisons = 0;
  return (referenceText, exclude = []) => {
    const reference = normalizeReference(referenceText);
    if (!reference) return NO_SUGGESTIONS;
    if (!prepared) {
      prepared = roles.map((role) => {
        const keys = roleKeys(role).filter((key) => key);
        keyCount += keys.length;
        return { role, keys, words: [] };
      });
    }
    if (comparisons + keyCount > MAX_SUGGESTION_COMPARISONS) return NO_SUGGESTIONS;
    comparisons += keyCount;
    const exact = exactWords(referenceText);
    let referenceWords: string[] | undefined;
    const scored: { role: RoleDefinition; score: number; order: number }[] = [];
    prepared.forEach((entry, order) => {
      if (exclude.includes(entry.role)) return;
      let best = Infinity;
      entry.keys.forEach((key, index) => {
        const keyWords = () => (entry.words[index] ??= new Set(key.split(WORD_BREAK).map(withoutDot)));
        const edits = distance(reference, key);
        if (edits <= allowedDistance(Math.max(reference.length, key.length)) && exact.every((word) => keyWords().has(word))) {
          best = Math.min(best, edits);
          return;
        }
        // A shortened title is no typo but is as likely meant as one; rank it after close typos: true
        // when every word of the reference is a word of the key ("architect" in "technical architect").
        referenceWords ??= reference.split(WORD_BREAK).filter((word) => word.length > 0).map(withoutDot);
        if (referenceWords.length > 0 && referenceWords.every((word) => keyWords().has(word))) best = Math.min(best, allowedDistance(key.length) + 0.5);
      });
      if (best < Infinity) scored.push({ role: entry.role, score: best, order });
    });
    scored.sort((a, b) => a.score - b.score || a.order - b.order);
    const seen = new Set<string>();
    const result: { role: RoleDefinition; score: number }[] = [];
    for (const { role, score } of scored) {
      const key = normalizeReference(role.title);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push({ role, score });
      if (result.length === MAX_SUGGESTIONS) break;
    }
    return { roles: result.map((entry) => entry.role), closest: result.filter((entry) => entry.score === result[0]?.score).length };
  };
}

function withoutDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/**
 * The words of a reference a typo cannot be in, lower case: initialisms and mixed capitals ("SBA",
 * "PdM", "DevOps"), truncations written with a dot ("Bus."), numbers, words of one or two letters. A
 * key is suggested by its spelling only when it has each of them as a word.
 */
function exactWords(referenceText: string): string[] {
  return stripReferenceDecoration(referenceText)
    .split(WORD_BREAK)
    .filter((word) => word.length > 0 && (/^\d+$/.test(word) || word.endsWith('.') || [...word].length <= 2 || /\p{Lu}.*\p{Lu}|\p{Ll}\p{Lu}/u.test(word)))
    .map((word) => withoutDot(word.toLowerCase()));
}

/** The closest roles to a reference, best first, at most MAX_SUGGESTIONS. */
export function closestRoles(referenceText: string, roles: readonly RoleDefinition[]): RoleDefinition[] {
  return roleSuggester(roles)(referenceText).roles;
}
