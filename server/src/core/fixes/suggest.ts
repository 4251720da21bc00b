// "Did you mean" for role references: the defined roles whose id, title or alias is closest to what
// was written.
import { distance } from 'fastest-levenshtein';
import type { RoleDefinition } from '../model';
import { normalizeReference } from '../normalize';
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

/** True when every word of `reference` is a word of `key` ("architect" in "technical architect"). */
function wordsContained(reference: string, key: string): boolean {
  const keyWords = new Set(key.split(/[\s\-_]+/));
  const words = reference.split(/[\s\-_]+/).filter((word) => word.length > 0);
  return words.length > 0 && words.every((word) => keyWords.has(word));
}

/** The closest roles to a reference, best first, at most MAX_SUGGESTIONS. */
export function closestRoles(referenceText: string, roles: readonly RoleDefinition[]): RoleDefinition[] {
  const reference = normalizeReference(referenceText);
  if (!reference) return [];
  const scored: { role: RoleDefinition; score: number; order: number }[] = [];
  roles.forEach((role, order) => {
    let best = Infinity;
    for (const key of roleKeys(role)) {
      if (!key) continue;
      const edits = distance(reference, key);
      if (edits <= allowedDistance(Math.max(reference.length, key.length))) best = Math.min(best, edits);
      // A shortened title is no typo but is as likely meant as one; rank it after close typos.
      else if (wordsContained(reference, key)) best = Math.min(best, allowedDistance(key.length) + 0.5);
    }
    if (best < Infinity) scored.push({ role, score: best, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  const seen = new Set<string>();
  const result: RoleDefinition[] = [];
  for (const { role } of scored) {
    const key = normalizeReference(role.title);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(role);
    if (result.length === MAX_SUGGESTIONS) break;
  }
  return result;
}
