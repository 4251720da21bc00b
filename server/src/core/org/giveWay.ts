// The fix of a shared responsibility with two accountable teams, offered in each of the two charters:
// this team gives way, its accountable roles lose the A (a role left with no letter is consulted, C),
// and the other team stays the one accountable. Never safe: which team gives way is a choice. With three
// or more accountable teams no single edit resolves it, so nothing is offered.
import type { CheckResult } from '../check';
import { holdersOf, involvementsOf, type RoleInvolvement } from '../fixes/involvement';
import type { Finding, Fix, Involvement } from '../model';
import { normalizeName } from '../normalize';
import { clip } from '../quote';
import { sameRange } from '../text';
import type { Organisation } from './model';
import { accountableClaims, teamName } from './teams';

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
    // The organisation may be a check behind the editor: the row must still be the one it claims.
    const responsibility = result.charter.responsibilities.find(
      (candidate) => sameRange(candidate.nameRange, finding.range) && normalizeName(candidate.name) === mine.responsibility.key,
    );
    if (!responsibility) return finding;
    const accountable = holdersOf(involvementsOf(responsibility, result.roles), 'A');
    if (accountable.length === 0) return finding;
    const fix: Fix = {
      title: `Leave "${clip(responsibility.name)}" to "${clip(teamName(other.charter))}": ${accountable.map(describeChange).join(', ')}`,
      edits: responsibility.rewrite(accountable.flatMap(withoutAccountability)),
    };
    return { ...finding, fixes: [...finding.fixes, fix] };
  });
}

/** A role's letters without its A; a role left with none is consulted. */
function withoutAccountability(involvement: RoleInvolvement): Involvement[] {
  const next = involvement.references
    .filter((reference) => reference.letters.includes('A'))
    .map((reference) => ({ ref: reference.ref, letters: reference.letters.filter((letter) => letter !== 'A') }));
  if (!involvement.letters.some((letter) => letter !== 'A') && next.length > 0) next[0].letters = ['C'];
  return next;
}

function describeChange(involvement: RoleInvolvement): string {
  const kept = involvement.letters.filter((letter) => letter !== 'A');
  return kept.length === 0 ? `make ${clip(involvement.name)} consulted (C)` : `${clip(involvement.name)} keeps ${kept.join('/')} only`;
}
