// Across charters: a responsibility the organisation declares shared has exactly one accountable team.
// Reported in every accountable team's charter, each pointing at the others, since any of them may be
// the one to give way.
import type { RelatedLocation } from '../model';
import { accountableClaims, teamName } from '../org/teams';
import { clip, joinWithAnd } from '../quote';
import type { Rule } from './types';

export const sharedAccountableMultiple: Rule = {
  id: 'shared-accountable-multiple',
  defaultSeverity: 'error',
  description: 'A shared responsibility of the organisation has more than one accountable team.',
  // The fix needs the charter's model (core/org/giveWay.ts): the front ends add it where they have it.
  fixable: true,
  crossCharter: true,
  needsSharedDeclarations: true,
  check() {},
  checkOrganisation({ organisation, report }) {
    for (const entry of organisation.shared) {
      const accountable = accountableClaims(entry);
      if (accountable.length < 2) continue;
      const teams = joinWithAnd(accountable.map((claim) => `"${clip(teamName(claim.charter))}"`));
      for (const claim of accountable) {
        const related: RelatedLocation[] = accountable
          .filter((other) => other !== claim)
          .map((other) => ({
            message: `"${clip(teamName(other.charter))}" is accountable too ("${clip(other.responsibility.accountable[0].title)}")`,
            range: other.responsibility.accountable[0].range,
            path: other.charter.path,
          }));
        related.push({ message: `"${clip(entry.declaration.name)}" is declared shared here`, range: entry.declaration.range, path: entry.catalog.path });
        report(claim.charter.path, {
          range: claim.responsibility.nameRange,
          message:
            `"${clip(claim.responsibility.name)}" is a shared responsibility with ${accountable.length} accountable teams: ${teams}. ` +
            'Exactly one team must be accountable; the others can be consulted (C).',
          related,
        });
      }
    }
  },
};
