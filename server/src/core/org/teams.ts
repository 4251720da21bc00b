// How the cross-charter rules and `team-charter owners` name teams and read claims.
import * as path from 'node:path';
import type { Responsibility } from '../model';
import { normalizeName } from '../normalize';
import { sameRange } from '../text';
import type { OrgCharter, OrgResponsibility, SharedClaim, SharedResponsibility } from './model';

/** The charter's team name, or its file name when it names no team. */
export function teamName(charter: OrgCharter): string {
  return charter.team ?? path.basename(charter.path);
}

/** The claims that give the shared responsibility an accountable role, one per team (its first), by team name. */
export function accountableClaims(entry: SharedResponsibility): readonly SharedClaim[] {
  return entry.accountable;
}

/** What buildOrganisation stores as `accountable`, from the claims. */
export function sortAccountableClaims(entry: Pick<SharedResponsibility, 'claims'>): SharedClaim[] {
  const byTeam = new Map<OrgCharter, SharedClaim>();
  for (const claim of entry.claims) {
    if (claim.responsibility.accountable.length > 0 && !byTeam.has(claim.charter)) byTeam.set(claim.charter, claim);
  }
  // By team name, then path: the same order whatever order the files were given in (a run, a workspace).
  return [...byTeam.values()].sort(
    (a, b) => teamName(a.charter).localeCompare(teamName(b.charter)) || (a.charter.path < b.charter.path ? -1 : a.charter.path > b.charter.path ? 1 : 0),
  );
}

/**
 * The charter's responsibility that is still the organisation's row `claimed`: at the same name range,
 * with the same name. The organisation may have been read from an older text than the one in the
 * editor, and another row may stand there now.
 */
export function sameRowNow<R extends Pick<Responsibility, 'name' | 'nameRange'>>(current: readonly R[], claimed: OrgResponsibility): R | undefined {
  return current.find((candidate) => sameRange(candidate.nameRange, claimed.nameRange) && normalizeName(candidate.name) === claimed.key);
}
