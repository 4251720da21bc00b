// The fix of a shared responsibility with two accountable teams, offered in each of the two charters:
// this team gives way, its accountable roles lose the A (a role left with no letter is consulted, C),
// and the other team stays the one accountable. Never safe: which team gives way is a choice. With three
// or more accountable teams no single edit resolves it, so nothing is offered.
import type { CheckResult } from '../check';
import { holdersOf, involvementsOf, withoutLetter, type RoleInvolvement } from '../fixes/involvement';
import type { Finding, Fix } from '../model';
import { clip } from '../quote';
import { sameRange } from '../text';
import type { Organisation } from './model';
import { accountableClaims, sameRowNow, teamName } from './teams';

const RULE = 'shared-accountable-multiple';

/** `findings` of the charter at `path`, with the give-way fix added to those it applies to. */
export function withGiveWayFixes(organisation: Organisation, path: string, result: Pick<CheckResult, 'charter' | 'roles'>, findings: readonly Finding[]): Finding[] {
  const charter = organisation.byPath.get(path);
  if (!charter || !findings.some((finding) => finding.rule === RULE)) return [...findings];
  return findings.map((finding) => {
    if (finding.rule !== RULE) return finding;
    const claims = organisation.shared
      .map((shared) => accountableClaims(shared))
      .find((found) => found.length === 2 && found.some((claim) => claim.charter === charter && sameRange(claim.responsibility.nameRange, finding.range)));
    if (!claims) return finding;
    const mine = claims.find((claim) => claim.charter === charter)!;
    const other = claims.find((claim) => claim !== mine)!;
    const responsibility = sameRowNow(result.charter.responsibilities, mine.responsibility);
    if (!responsibility) return finding;
    const accountable = holdersOf(involvementsOf(responsibility, result.roles), 'A');
    if (accountable.length === 0) return finding;
    const fix: Fix = {
      title: `Leave "${clip(responsibility.name)}" to "${clip(teamName(other.charter))}": ${accountable.map(describeChange).join(', ')}`,
      // A role left with no letter is consulted: it gives way, it does not take the work.
      edits: responsibility.rewrite(accountable.flatMap((involvement) => withoutLetter(involvement, 'A', 'C'))),
    };
    return { ...finding, fixes: [...finding.fixes, fix] };
  });
}

function describeChange(involvement: RoleInvolvement): string {
  const kept = involvement.letters.filter((letter) => letter !== 'A');
  return kept.length === 0 ? `make ${clip(involvement.name)} consulted (C)` : `${clip(involvement.name)} keeps ${kept.join('/')} only`;
}

/**
 * Whether a finding that appears in the file once the give-way fix is applied is what the fix means:
 * the row left without an A of this team's (`accountable-missing` there), which the organisation lets
 * go once the other team is the one accountable (withoutCoveredClaims). Fix verification tolerates it.
 */
export function leftToTheOtherTeam(finding: Finding, added: Finding): boolean {
  return finding.rule === RULE && added.rule === 'accountable-missing' && sameRange(added.range, finding.range);
}
