// Which role and which responsibility of one version is which of the other. Roles match by name, then
// by an id both write, then by an alias, then (a rename) by holding the same letters in the same rows.
// Responsibilities match by name (the nth "Review" with the nth), then (a rename) by having exactly the
// same letters: a row renamed and changed at once is one removed and one added, which is what it reads as.
import { distance } from 'fastest-levenshtein';
import type { CharterSide, SideRow } from './side';

export interface CharterMatch {
  before: CharterSide;
  after: CharterSide;
  /** Role key before -> role key after. */
  roles: Map<string, string>;
  /** Row index before -> row index after. */
  rows: Map<number, number>;
}

export function matchCharters(before: CharterSide, after: CharterSide): CharterMatch {
  const match: CharterMatch = { before, after, roles: new Map(), rows: new Map() };
  const taken = new Set<string>();
  const pairRoles = (test: (a: CharterSide['roles'][number], b: CharterSide['roles'][number]) => boolean) => {
    for (const old of before.roles) {
      if (match.roles.has(old.key)) continue;
      const found = after.roles.find((candidate) => !taken.has(candidate.key) && test(old, candidate));
      if (!found) continue;
      match.roles.set(old.key, found.key);
      taken.add(found.key);
    }
  };
  pairRoles((a, b) => a.key === b.key);
  pairRoles((a, b) => a.explicitId !== undefined && a.explicitId === b.explicitId);
  pairRoles((a, b) => b.aliases.includes(a.key) || a.aliases.includes(b.key) || a.aliases.some((alias) => b.aliases.includes(alias)));
  matchRowsByName(match);
  matchRenamedRoles(match, taken);
  matchRenamedRows(match);
  return match;
}

function matchRowsByName(match: CharterMatch): void {
  const afterByKey = new Map<string, number[]>();
  match.after.rows.forEach((row, index) => {
    const list = afterByKey.get(row.key);
    if (list) list.push(index);
    else afterByKey.set(row.key, [index]);
  });
  match.before.rows.forEach((row, index) => {
    const next = afterByKey.get(row.key)?.shift();
    if (next !== undefined) match.rows.set(index, next);
  });
}

/**
 * A role that holds, in the rows both versions share, exactly what one new role holds: renamed. Letters
 * in a single row say so only of two defined roles (the definition was renamed too).
 */
function matchRenamedRoles(match: CharterMatch, taken: Set<string>): void {
  const pattern = (rows: readonly SideRow[], indices: number[], key: string) => indices.map((index) => (rows[index].letters.get(key) ?? []).join('')).join('|');
  const beforeRows = [...match.rows.keys()];
  const afterRows = beforeRows.map((index) => match.rows.get(index)!);
  const removed = match.before.roles.filter((role) => !match.roles.has(role.key));
  const added = match.after.roles.filter((role) => !taken.has(role.key));
  if (removed.length === 0 || added.length === 0) return;
  const addedPatterns = added.map((role) => pattern(match.after.rows, afterRows, role.key));
  for (const role of removed) {
    const own = pattern(match.before.rows, beforeRows, role.key);
    // A name only the rows use, in one row, is more likely that row's letter given to someone else.
    const rows = own.split('|').filter((letters) => letters !== '').length;
    if (rows === 0) continue;
    const candidates = added.filter(
      (candidate, index) => !taken.has(candidate.key) && addedPatterns[index] === own && (rows > 1 || (role.defined && candidate.defined)),
    );
    // Two new roles holding the same letters: nothing says which one the old role became.
    if (candidates.length !== 1) continue;
    match.roles.set(role.key, candidates[0].key);
    taken.add(candidates[0].key);
  }
}

/** A row no name matches whose letters are exactly those of a new row: renamed (the closest name first). */
function matchRenamedRows(match: CharterMatch): void {
  const matchedAfter = new Set(match.rows.values());
  const open = match.after.rows.map((_, index) => index).filter((index) => !matchedAfter.has(index));
  if (open.length === 0) return;
  const signature = (row: SideRow, mapKey: (key: string) => string) =>
    [...row.letters].map(([key, letters]) => `${mapKey(key)}=${letters.join('')}`).sort().join(';');
  const afterSignatures = new Map(open.map((index) => [index, signature(match.after.rows[index], (key) => key)]));
  match.before.rows.forEach((row, index) => {
    if (match.rows.has(index) || row.letters.size === 0) return;
    const own = signature(row, (key) => match.roles.get(key) ?? `\u0000removed:${key}`);
    let best: number | undefined;
    for (const candidate of open) {
      if (matchedAfter.has(candidate) || afterSignatures.get(candidate) !== own) continue;
      if (best === undefined || distance(row.key, match.after.rows[candidate].key) < distance(row.key, match.after.rows[best].key)) best = candidate;
    }
    if (best === undefined) return;
    match.rows.set(index, best);
    matchedAfter.add(best);
  });
}
