import type { RoleDefinition } from '../model';
import { normalizeReference } from '../normalize';
import { roleKeys } from '../resolve';
import type { Rule } from './types';

export const roleDuplicate: Rule = {
  id: 'role-duplicate',
  defaultSeverity: 'error',
  description: 'Two role definitions share an id, title or alias.',
  fixable: false,
  check({ charter, report }) {
    // Only the charter's own definitions: redefining an inherited role is how a team adds its holders.
    const earlier = new Map<string, RoleDefinition>();
    for (const role of charter.roles) {
      const keys = [...new Set(roleKeys(role).filter((key) => key.length > 0))];
      const clash = keys.find((key) => earlier.has(key));
      if (clash !== undefined) {
        const first = earlier.get(clash)!;
        const name = [first.id, first.title, ...first.aliases.map((alias) => alias.text)].find((n) => normalizeReference(n) === clash) ?? clash;
        report({
          range: role.titleRange,
          message: `Role "${role.title}" duplicates role "${first.title}" (line ${first.titleRange.start.line + 1}): both answer to "${name}".`,
          related: [{ message: `"${first.title}" is defined here`, range: first.titleRange }],
        });
      }
      for (const key of keys) if (!earlier.has(key)) earlier.set(key, role);
    }
  },
};
