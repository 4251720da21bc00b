// The organisation as a picture (picture.ts): teams × the shared responsibilities they claim, with each
// team's accountable and responsible roles, and how many teams are accountable for each. Pure.
import type { OrgCharter, Organisation, SharedClaim } from '../org/model';
import { teamName } from '../org/teams';
import type { OrganisationPicture, SharedCell, SharedRow } from './picture';

/** `fileName` names a charter's absolute path as the picture shows it. */
export function buildOrganisationPicture(organisation: Organisation, fileName: (path: string) => string): OrganisationPicture {
  const claiming = new Set<OrgCharter>();
  for (const entry of organisation.shared) for (const claim of entry.claims) claiming.add(claim.charter);
  const teams = [...claiming].sort((a, b) => teamName(a).localeCompare(teamName(b)) || compareText(a.path, b.path));

  const shared: SharedRow[] = organisation.shared.map((entry) => {
    // Each entry's claims by team, once: a lookup per cell keeps the picture linear in its size.
    const byTeam = new Map<OrgCharter, SharedClaim[]>();
    for (const claim of entry.claims) {
      const list = byTeam.get(claim.charter);
      if (list) list.push(claim);
      else byTeam.set(claim.charter, [claim]);
    }
    const cells = teams.map((charter): SharedCell | null => {
      const claims = byTeam.get(charter);
      if (!claims) return null;
      const titles = (pick: 'accountable' | 'responsible') => unique(claims.flatMap((claim) => claim.responsibility[pick].map((ref) => ref.title)));
      return { accountable: titles('accountable'), responsible: titles('responsible') };
    });
    return {
      name: entry.declaration.name,
      catalog: fileName(entry.catalog.path),
      range: entry.declaration.range,
      cells,
      accountableTeams: cells.filter((cell) => cell !== null && cell.accountable.length > 0).length,
    };
  });
  return { teams: teams.map((charter) => ({ team: teamName(charter), file: fileName(charter.path) })), shared };
}

/** Per responsibility of the charter at `path`, in its order: the name of the shared responsibility it claims. */
export function sharedNamesOf(organisation: Organisation, path: string): (string | undefined)[] {
  const charter = organisation.byPath.get(path);
  if (!charter) return [];
  return charter.responsibilities.map((responsibility) => organisation.sharedOf(charter, responsibility)?.declaration.name);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
