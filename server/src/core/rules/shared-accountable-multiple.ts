// Across charters: a responsibility the organisation declares shared has exactly one accountable team.
// Reported in every accountable team's charter, each pointing at the others, since any of them may be
// the one to give way. With many teams, each finding names the first few and counts the rest, and points
// at MAX_RELATED of the others: the work and the memory stay linear in the number of claims.
import type { RelatedLocation } from '../model';
import type { SharedClaim } from '../org/model';
import { accountableClaims, teamName } from '../org/teams';
import { clip, joinWithAnd, MAX_LISTED } from '../quote';
import { MAX_RELATED, type Rule } from './types';

export const sharedAccountableMultiple: Rule = {
  id: 'shared-accountable-multiple',
  defaultSeverity: 'error',
  description: 'A shared responsibility of the organisation has more than one accountable team.',
  messages: {
    multiple:
      '"{{responsibility}}" is a shared responsibility with {{count}} accountable teams: {{teams}}. ' +
      'Exactly one team must be accountable; the others can be consulted (C).',
  },
  // The fix needs the charter's model (core/org/giveWay.ts): the front ends add it where they have it.
  fixable: true,
  crossCharter: true,
  needsSharedDeclarations: true,
  check() {},
  checkOrganisation({ organisation, report }) {
    for (const entry of organisation.shared) {
      const accountable = accountableClaims(entry);
      if (accountable.length < 2) continue;
      // The same sentence for every team: the first teams by name, then how many more.
      const named = accountable.slice(0, MAX_LISTED).map((claim) => `"${clip(teamName(claim.charter))}"`);
      const teams = joinWithAnd(named, 'and', accountable.length);
      const declared: RelatedLocation = { message: `"${clip(entry.declaration.name)}" is declared shared here`, range: entry.declaration.range, path: entry.catalog.path };
      // The first teams, as the related notes of every finding: MAX_RELATED others for each claim.
      const first = accountable.slice(0, MAX_RELATED + 1).map((claim) => ({ claim, related: accountableToo(claim) }));
      for (const claim of accountable) {
        const related = first.filter((other) => other.claim !== claim).slice(0, MAX_RELATED).map((other) => other.related);
        const data = { responsibility: clip(claim.responsibility.name), count: accountable.length, teams };
        report(claim.charter.path, { range: claim.responsibility.nameRange, messageId: 'multiple', data, related: [...related, declared] });
      }
    }
  },
};

function accountableToo(claim: SharedClaim): RelatedLocation {
  const role = claim.responsibility.accountable[0];
  return { message: `"${clip(teamName(claim.charter))}" is accountable too ("${clip(role.title)}")`, range: role.range, path: claim.charter.path };
}
