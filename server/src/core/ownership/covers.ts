// What CODEOWNERS and the catalog say about what a responsibility covers, and who should be saying it:
// the team accountable for the responsibility. Shared by the two rules, the hover and the matrix view.
import type { OrgCharter, OrgResponsibility, Organisation } from '../org/model';
import { accountableClaims } from '../org/teams';
import { clip, joinWithAnd } from '../quote';
import { sameOwner, type CodeownersRule } from './codeowners';
import type { CodeownersIndex } from './codeownersIndex';
import { samplePaths } from './patterns';

/** What CODEOWNERS gives one sample path of a covered path: the deciding rule of each section, and their owners. */
export interface SampleOwnership {
  rules: CodeownersRule[];
  owners: string[];
}

/** The owners a covered path (a CODEOWNERS-style pattern, relative to the repository root) gets. */
export function coveredPathOwners(index: CodeownersIndex, pattern: string): { samples: SampleOwnership[]; folder?: string } {
  const { samples, folder } = samplePaths(pattern);
  return { samples: samples.map((sample) => ownershipOf(index, sample)), ...(folder !== undefined ? { folder } : {}) };
}

export function ownershipOf(index: CodeownersIndex, path: string): SampleOwnership {
  const rules = index.decide(path).filter((rule): rule is CodeownersRule => rule !== undefined);
  const owners: string[] = [];
  for (const rule of rules) for (const owner of rule.owners) if (!owners.some((known) => sameOwner(known, owner))) owners.push(owner);
  return { rules, owners };
}

/** Whether any of `owners` is one of the team's handles. */
export function includesTeam(owners: readonly string[], handles: readonly string[]): boolean {
  return owners.some((owner) => handles.some((handle) => sameOwner(owner, handle)));
}

/**
 * The charter of the team accountable for a responsibility: its own charter when it gives a role the A;
 * for a row without one that claims a shared responsibility, the one team accountable for it. Undefined
 * when that cannot be told (no A anywhere, or several teams).
 */
export function accountableCharter(organisation: Organisation, charter: OrgCharter, responsibility: OrgResponsibility): OrgCharter | undefined {
  if (responsibility.accountable.length > 0) return charter;
  const entry = organisation.sharedOf(charter, responsibility);
  const claims = entry ? accountableClaims(entry) : [];
  return claims.length === 1 ? claims[0].charter : undefined;
}

/** "@acme/payments", "@a and @b", "nobody". */
export function describeOwners(owners: readonly string[]): string {
  return owners.length === 0 ? 'nobody' : joinWithAnd(owners.map((owner) => clip(owner)));
}

/**
 * The anchored CODEOWNERS rules inside a covered folder that give a part of it to others than the team:
 * each with what decides that part. One per distinct set of deciding rules.
 */
export function partsOwnedByOthers(index: CodeownersIndex, folder: string, handles: readonly string[]): { rule: CodeownersRule; ownership: SampleOwnership }[] {
  const found: { rule: CodeownersRule; ownership: SampleOwnership }[] = [];
  const seen = new Set<string>();
  for (const rule of index.rulesInside(folder)) {
    const sample = samplePaths(rule.pattern).samples[0];
    if (sample === undefined) continue;
    const ownership = ownershipOf(index, sample);
    const key = ownership.rules.map((decider) => decider.index).join(',');
    if (seen.has(key) || ownership.owners.length === 0 || includesTeam(ownership.owners, handles)) continue;
    // Only a part this rule itself decides: a later rule that takes the part back is the part's owner.
    if (!ownership.rules.includes(rule)) continue;
    seen.add(key);
    found.push({ rule, ownership });
  }
  return found;
}
