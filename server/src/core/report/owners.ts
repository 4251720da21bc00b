// "Who owns what": one row per responsibility of every charter of an organisation, with its team and
// its accountable and responsible roles, for `team-charter owners`. Pure.
import { normalizeName } from '../normalize';
import type { OrgRoleName, Organisation } from '../org/model';
import { teamName } from '../org/teams';
import type { Range } from '../model';

export interface OwnerRole {
  id: string;
  title: string;
  holders: string[];
}

export interface OwnerRow {
  /** As the caller names the charter's file. */
  file: string;
  /** The charter's `team`, or its file name when it names none. */
  team: string;
  responsibility: string;
  /** The responsibility's name in the file (0-based, UTF-16, as every core range). */
  range: Range;
  accountable: OwnerRole[];
  responsible: OwnerRole[];
  /** The shared responsibility of the organisation this row claims, and the file of its catalog. */
  shared?: { name: string; catalog: string };
}

/** Every responsibility of every charter, charters in the organisation's order, rows in source order. */
export function ownerRows(organisation: Organisation, fileName: (path: string) => string): OwnerRow[] {
  return organisation.charters.flatMap((charter) =>
    charter.responsibilities.map((responsibility): OwnerRow => {
      const shared = organisation.sharedOf(charter, responsibility);
      return {
        file: fileName(charter.path),
        team: teamName(charter),
        responsibility: responsibility.name,
        range: responsibility.nameRange,
        accountable: responsibility.accountable.map(ownerRole),
        responsible: responsibility.responsible.map(ownerRole),
        ...(shared ? { shared: { name: shared.declaration.name, catalog: fileName(shared.catalog.path) } } : {}),
      };
    }),
  );
}

/**
 * Whether the row mentions `query`: its responsibility, team, or one of its accountable or responsible
 * roles (id, title or a holder's name) contains it, case and runs of white space not counting.
 */
export function rowMatches(row: OwnerRow, query: string): boolean {
  const wanted = normalizeName(query);
  if (wanted === '') return true;
  const roles = [...row.accountable, ...row.responsible].flatMap((role) => [role.id, role.title, ...role.holders]);
  return [row.responsibility, row.team, ...roles].some((text) => normalizeName(text).includes(wanted));
}

function ownerRole(ref: OrgRoleName): OwnerRole {
  return { id: ref.id, title: ref.title, holders: [...ref.holders] };
}
