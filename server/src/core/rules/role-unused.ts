import type { RoleDefinition } from '../model';
import { roleKeys, type RoleIndex } from '../resolve';
import type { Rule } from './types';
import { clip } from '../quote';
import { rolesNamedTogether } from '../roles/namedTogether';

export const roleUnused: Rule = {
  id: 'role-unused',
  defaultSeverity: 'warning',
  description: 'A role defined in this charter is given no letter by any responsibility.',
  messages: {
    unused: 'Role "{{role}}" is not used by any responsibility. Give it a letter where it takes part, or remove it.',
  },
  fixable: true,
  check({ charter, roles, report }) {
    // A charter without responsibilities is a role catalog for others to extend: its roles are used there.
    if (roles.implicit || charter.responsibilities.length === 0) return;
    // Most roles unused, or a table naming roles the charter does not define: the two were read apart.
    if (charter.doubts?.roles) return;
    const used = new Set<RoleDefinition>();
    // Once every role of the charter is used there is nothing to report: the rest need not be read.
    const own = new Set(charter.roles);
    let ownUsed = 0;
    const use = (role: RoleDefinition) => {
      if (used.has(role)) return;
      used.add(role);
      if (own.has(role)) ownUsed++;
    };
    for (const responsibility of charter.responsibilities) {
      if (ownUsed === own.size) return;
      for (const assignment of responsibility.assignments) {
        const role = roles.resolve(assignment.ref.text);
        if (role) {
          use(role);
          continue;
        }
        // "Dev" beside a Developer and a DevOps names one of them (role-ambiguous asks which): neither is
        // reported unused on its account.
        if (!roles.implicit) roles.read(assignment.ref.text).candidates.forEach(use);
        // "I: A1–A3" names A1, A2 and A3; "Lead/Designer" names both.
        rolesNamedTogether(assignment.ref.text, roles.resolve)?.forEach(use);
        // YAML `responsible: pm, analyst` means both (role-undefined asks for a list): both are used.
        if (charter.format === 'yaml' && assignment.ref.text.includes(',')) {
          for (const part of assignment.ref.text.split(',')) {
            const named = roles.resolve(part.trim());
            if (named) use(named);
          }
        }
      }
      // A cell that cannot be read may hold the role's letter: raci-invalid reports it, and the role is
      // not unused (removing it would leave its column naming no role).
      for (const cell of responsibility.cells) {
        if (cell.letters !== null) continue;
        const role = roles.resolve(cell.column.text);
        if (role) use(role);
      }
    }
    for (const role of charter.roles) {
      if (role.inheritedFrom || used.has(role)) continue;
      // A definition whose every name belongs to an earlier role is role-duplicate's to report.
      if (!roleKeys(role).some((key) => roles.resolve(key) === role)) continue;
      report({
        range: role.titleRange,
        messageId: 'unused',
        data: { role: clip(role.title) },
        fixes: removable(role, roles) ? [{ title: `Remove role '${clip(role.title)}'`, edits: [{ range: role.removeRange!, newText: '' }], isPreferred: false }] : [],
      });
    }
  },
};

/**
 * Whether deleting the definition leaves a sound charter: not when a reference still names the role (a
 * matrix column with no letter in it would name no role), nor when an alias uses an anchor in it.
 */
function removable(role: RoleDefinition, roles: RoleIndex): boolean {
  return role.removeRange !== undefined && role.removeBlocked === undefined && roles.referencesTo(role).length === 0;
}
