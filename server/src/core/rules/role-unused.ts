import type { RoleDefinition } from '../model';
import { roleKeys } from '../resolve';
import type { Rule } from './types';

export const roleUnused: Rule = {
  id: 'role-unused',
  defaultSeverity: 'warning',
  description: 'A role defined in this charter is given no letter by any responsibility.',
  fixable: true,
  check({ charter, roles, report }) {
    // A charter without responsibilities is a role catalog for others to extend: its roles are used there.
    if (roles.implicit || charter.responsibilities.length === 0) return;
    const used = new Set<RoleDefinition>();
    for (const responsibility of charter.responsibilities) {
      for (const assignment of responsibility.assignments) {
        const role = roles.resolve(assignment.ref.text);
        if (role) used.add(role);
      }
    }
    for (const role of charter.roles) {
      if (role.inheritedFrom || used.has(role)) continue;
      // A definition whose every name belongs to an earlier role is role-duplicate's to report.
      if (!roleKeys(role).some((key) => roles.resolve(key) === role)) continue;
      report({
        range: role.titleRange,
        message: `Role "${role.title}" is not used by any responsibility. Give it a letter where it takes part, or remove it.`,
        fixes: role.removeRange ? [{ title: `Remove role '${role.title}'`, edits: [{ range: role.removeRange, newText: '' }], isPreferred: false }] : [],
      });
    }
  },
};
