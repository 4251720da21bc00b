// One version of a charter as the ownership diff compares it: roles by the name they are known by, and
// each responsibility's letters per role, whatever form the charter is written in (a Markdown matrix and
// the same charter in YAML give the same side). Pure, plain data.
import type { CheckResult } from '../check';
import { involvementsOf, type RoleKey } from '../fixes/involvement';
import type { Finding, RaciLetter, Range } from '../model';
import { normalizeName, normalizeReference } from '../normalize';

export interface SideRole {
  /** What the diff matches roles by: the title, normalised (a reference's text for one that names no role). */
  key: string;
  title: string;
  /** An id the charter writes itself (a YAML key, an Id column); undefined when it is made from the title. */
  explicitId?: string;
  /** Other names it answers to, normalised. */
  aliases: string[];
  holders: string[];
  /** Defined (here or in an `extends` file), rather than only named by a responsibility. */
  defined: boolean;
}

export interface SideRow {
  name: string;
  /** The name, normalised. */
  key: string;
  nameRange: Range;
  /** Role key -> the letters it holds here (A, R, C, I order); roles without a letter are absent. */
  letters: Map<string, RaciLetter[]>;
}

export interface CharterSide {
  team?: string;
  /** The last review date (ISO), when the charter gives one. */
  reviewed?: string;
  roles: SideRole[];
  rows: SideRow[];
  findings: readonly Finding[];
}

/** A version that does not exist (a charter added or removed). */
export const NO_CHARTER: CharterSide = { roles: [], rows: [], findings: [] };

export function charterSide(result: Pick<CheckResult, 'charter' | 'roles'>, findings: readonly Finding[]): CharterSide {
  const { charter, roles: index } = result;
  const roles = new Map<string, SideRole>();
  // Every row names the same few roles: each role's key is worked out once.
  const keys = new Map<RoleKey, string>();
  const keyOf = (role: RoleKey, name: string): string => {
    const known = keys.get(role);
    if (known !== undefined) return known;
    const key = typeof role === 'string' ? role : normalizeReference(role.title);
    keys.set(role, key);
    if (!roles.has(key)) {
      roles.set(
        key,
        typeof role === 'string'
          ? { key, title: name, aliases: [], holders: [], defined: false }
          : {
              key,
              title: role.title,
              ...(role.idRange ? { explicitId: normalizeReference(role.id) } : {}),
              aliases: role.aliases.map((alias) => normalizeReference(alias.text)),
              holders: [...role.holders],
              defined: role.form !== 'implicit',
            },
      );
    }
    return key;
  };
  // Defined roles first, in the order the charter defines them, also those no row names yet.
  for (const role of charter.roles) keyOf(role, role.title);
  const rows = charter.responsibilities.map((responsibility): SideRow => {
    const letters = new Map<string, RaciLetter[]>();
    for (const involvement of involvementsOf(responsibility, index)) {
      if (involvement.letters.length > 0) letters.set(keyOf(involvement.role, involvement.name), involvement.letters);
    }
    return { name: responsibility.name, key: normalizeName(responsibility.name), nameRange: responsibility.nameRange, letters };
  });
  return {
    ...(charter.team ? { team: charter.team.text } : {}),
    ...(charter.review?.reviewed?.date ? { reviewed: charter.review.reviewed.date } : {}),
    roles: [...roles.values()],
    rows,
    findings,
  };
}
