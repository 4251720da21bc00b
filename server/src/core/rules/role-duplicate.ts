import type { RoleDefinition } from '../model';
import { normalizeReference } from '../normalize';
import { roleKeys } from '../resolve';
import type { Rule } from './types';
import { clip } from '../quote';

export const roleDuplicate: Rule = {
  id: 'role-duplicate',
  defaultSeverity: 'error',
  description: 'Two role definitions share an id, title or alias.',
  messages: {
    duplicate: 'Role "{{role}}" duplicates role "{{first}}" (line {{line}}): both answer to "{{name}}".',
  },
  fixable: false,
  check({ charter, report }) {
    // Headings read as roles in a page that assigns nothing ("BLOCK: title" markers repeated down a
    // lesson): nothing confirms they are roles, and a repeated heading is no second definition.
    if (charter.format === 'markdown' && charter.responsibilities.length === 0 && charter.roles.every((role) => role.form === 'heading')) return;
    // Only the charter's own definitions: redefining an inherited role is how a team adds its holders.
    const earlier = new Map<string, RoleDefinition>();
    const clashes = new Map<number, { first: RoleDefinition; key: string }>();
    // Titles first: "both answer to 'Product Manager'" says more than the ids derived from them.
    const names = (r: RoleDefinition) => [r.title, ...r.aliases.map((alias) => alias.text), r.id];
    charter.roles.forEach((role, index) => {
      const key = names(role).map(normalizeReference).find((name) => name.length > 0 && earlier.has(name));
      if (key !== undefined) clashes.set(index, { first: earlier.get(key)!, key });
      for (const roleKey of roleKeys(role)) if (roleKey.length > 0 && !earlier.has(roleKey)) earlier.set(roleKey, role);
    });
    // Several roles written again are the roles listed again for another purpose (a table of each
    // role's start page, then a section per role): another view of the same roles, not second definitions.
    if (charter.format === 'markdown' && new Set([...clashes.values()].map((clash) => clash.first)).size > 1) return;
    for (const [index, { first, key }] of clashes) {
      const role = charter.roles[index];
      const shared = names(first).find((name) => normalizeReference(name) === key) ?? key;
      report({
        range: role.titleRange,
        messageId: 'duplicate',
        data: { role: clip(role.title), first: clip(first.title), line: first.titleRange.start.line + 1, name: clip(shared) },
        related: [{ message: `"${clip(first.title)}" is defined here`, range: first.titleRange }],
      });
    }
  },
};
