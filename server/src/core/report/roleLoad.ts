// How much each role carries, charter by charter: how many of its charter's responsibilities it is
// accountable and responsible for. The organisation view lists the heaviest first (role-overload is the
// rule that judges it; this only shows it). Pure.
import type { OrgCharter } from '../org/model';
import { teamName } from '../org/teams';

export interface RoleLoad {
  team: string;
  /** The charter's absolute path. */
  path: string;
  role: string;
  holders: string[];
  accountable: number;
  responsible: number;
  /** The charter's responsibilities. */
  total: number;
}

/** At most this many roles are listed: the view is for spotting the heaviest, not an inventory. */
export const MAX_ROLE_LOADS = 50;

export function roleLoads(charters: readonly OrgCharter[], limit = MAX_ROLE_LOADS): RoleLoad[] {
  const loads: RoleLoad[] = [];
  for (const charter of charters) {
    const byRole = new Map<string, RoleLoad>();
    const entry = (id: string, title: string, holders: readonly string[]) => {
      let load = byRole.get(id);
      if (!load) {
        load = { team: teamName(charter), path: charter.path, role: title, holders: [...holders], accountable: 0, responsible: 0, total: charter.responsibilities.length };
        byRole.set(id, load);
      }
      return load;
    };
    for (const responsibility of charter.responsibilities) {
      // A role counts once per responsibility, however many of its spellings hold the letter.
      for (const id of new Set(responsibility.accountable.map((ref) => ref.id))) {
        const ref = responsibility.accountable.find((candidate) => candidate.id === id)!;
        entry(id, ref.title, ref.holders).accountable++;
      }
      for (const id of new Set(responsibility.responsible.map((ref) => ref.id))) {
        const ref = responsibility.responsible.find((candidate) => candidate.id === id)!;
        entry(id, ref.title, ref.holders).responsible++;
      }
    }
    loads.push(...byRole.values());
  }
  return loads
    .sort((a, b) => b.accountable - a.accountable || b.responsible - a.responsible || a.team.localeCompare(b.team) || a.role.localeCompare(b.role))
    .slice(0, limit);
}
