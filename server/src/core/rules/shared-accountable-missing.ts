// Across charters: a responsibility the organisation declares shared, that no team is accountable for.
// Reported on the declaration in the catalog, where the gap is the organisation's, not one team's.
import { accountableClaims, teamName } from '../org/teams';
import { clip } from '../quote';
import { MAX_RELATED, type Rule } from './types';

export const sharedAccountableMissing: Rule = {
  id: 'shared-accountable-missing',
  defaultSeverity: 'warning',
  description: 'A shared responsibility of the organisation has no accountable team.',
  messages: {
    unlisted: 'No team is accountable for the shared responsibility "{{responsibility}}": no charter that extends this one lists it.',
    noAccountable: 'No team is accountable for the shared responsibility "{{responsibility}}": the teams that list it give no role an A.',
  },
  fixable: false,
  crossCharter: true,
  needsSharedDeclarations: true,
  check() {},
  checkOrganisation({ organisation, report }) {
    if (organisation.shared.length === 0) return;
    // Every catalog some other charter of the run extends, found once (not once per declaration).
    const extended = new Set<string>();
    for (const charter of organisation.charters) for (const target of charter.extends) if (target !== charter.path) extended.add(target);
    for (const entry of organisation.shared) {
      // A run without any charter that extends the catalog (the catalog checked alone) says nothing of
      // who owns what: reporting every declaration then would only be noise.
      if ((!extended.has(entry.catalog.path) && entry.claims.length === 0) || accountableClaims(entry).length > 0) continue;
      // The first teams that list it: enough to find them, however many there are.
      const listed = entry.claims.slice(0, MAX_RELATED).map((claim) => ({
        message: `"${clip(teamName(claim.charter))}" lists it with no accountable role`,
        range: claim.responsibility.nameRange,
        path: claim.charter.path,
      }));
      report(entry.catalog.path, {
        range: entry.declaration.range,
        messageId: listed.length === 0 ? 'unlisted' : 'noAccountable',
        data: { responsibility: clip(entry.declaration.name) },
        related: listed,
      });
    }
  },
};
