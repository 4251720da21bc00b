// Which charter of the earlier set is which of the later one: by path, then by team name, so that a
// charter rewritten from `CHARTER.md` to `charter.yaml` (a new path) is compared with what it was.
import { normalizeName } from '../normalize';

export interface CharterFileName {
  /** As the caller names files: relative to the repository or to the compared folder. */
  path: string;
  team?: string;
}

export interface CharterPair {
  before?: number;
  after?: number;
}

/** Every charter of both sets once: pairs, then the later set's new ones, then the earlier set's removed ones. */
export function pairCharters(before: readonly CharterFileName[], after: readonly CharterFileName[]): CharterPair[] {
  const pairs: CharterPair[] = [];
  const usedBefore = new Set<number>();
  const pairOf = new Map<number, number>();
  const beforeByPath = new Map(before.map((file, index) => [file.path, index]));
  after.forEach((file, index) => {
    const old = beforeByPath.get(file.path);
    if (old === undefined) return;
    pairOf.set(index, old);
    usedBefore.add(old);
  });
  // A team name given once on each side that is left: the same charter under another name.
  const teamsOf = (files: readonly CharterFileName[], open: (index: number) => boolean) => {
    const counts = new Map<string, number[]>();
    files.forEach((file, index) => {
      if (!open(index) || !file.team) return;
      const key = normalizeName(file.team);
      counts.set(key, [...(counts.get(key) ?? []), index]);
    });
    return counts;
  };
  const leftBefore = teamsOf(before, (index) => !usedBefore.has(index));
  const leftAfter = teamsOf(after, (index) => !pairOf.has(index));
  for (const [team, indices] of leftAfter) {
    const old = leftBefore.get(team);
    if (indices.length !== 1 || old?.length !== 1) continue;
    pairOf.set(indices[0], old[0]);
    usedBefore.add(old[0]);
  }
  after.forEach((_, index) => pairs.push(pairOf.has(index) ? { before: pairOf.get(index), after: index } : { after: index }));
  before.forEach((_, index) => {
    if (!usedBefore.has(index)) pairs.push({ before: index });
  });
  return pairs;
}
