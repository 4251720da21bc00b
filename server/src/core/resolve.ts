// Role resolution (contract §4): a reference resolves to a role whose id, title or alias equals it under
// normalisation; roles from `extends` files resolve too. A charter that defines no roles and extends
// nothing has implicit roles: every distinct reference is a role of its own.
import type { Charter, RoleDefinition, RoleReference } from './model';
import { normalizeReference, kebabCase } from './normalize';

export interface RoleIndex {
  /** The charter's own roles, then inherited ones, then implicit ones. */
  readonly roles: readonly RoleDefinition[];
  /** True when the charter defines no roles and extends nothing (contract §4, implicit roles). */
  readonly implicit: boolean;
  /** The role a reference text names, if any. */
  resolve(text: string): RoleDefinition | undefined;
  /** Every reference in the charter that resolves to this role, in source order. */
  referencesTo(role: RoleDefinition): RoleReference[];
}

/** Every name a role answers to, normalised. */
export function roleKeys(role: RoleDefinition): string[] {
  return [role.id, role.title, ...role.aliases.map((alias) => alias.text)].map(normalizeReference);
}

export function buildRoleIndex(charter: Charter, inherited: readonly RoleDefinition[] = []): RoleIndex {
  const byKey = new Map<string, RoleDefinition>();
  const add = (role: RoleDefinition) => {
    for (const key of roleKeys(role)) if (key && !byKey.has(key)) byKey.set(key, role);
  };
  const roles: RoleDefinition[] = [...charter.roles, ...inherited];
  roles.forEach(add);

  const implicit = charter.roles.length === 0 && !charter.hasRolesSection && charter.extends.length === 0;
  if (implicit) {
    for (const responsibility of charter.responsibilities) {
      for (const ref of responsibility.references) {
        const key = normalizeReference(ref.text);
        if (!key || byKey.has(key)) continue;
        const role: RoleDefinition = {
          id: kebabCase(ref.text) || key,
          title: ref.text,
          titleRange: ref.range,
          aliases: [],
          holders: [],
          form: 'implicit',
        };
        roles.push(role);
        add(role);
      }
    }
  }

  const referencesByRole = new Map<RoleDefinition, RoleReference[]>();
  for (const responsibility of charter.responsibilities) {
    for (const ref of responsibility.references) {
      const role = byKey.get(normalizeReference(ref.text));
      if (!role) continue;
      let list = referencesByRole.get(role);
      if (!list) referencesByRole.set(role, (list = []));
      list.push(ref);
    }
  }

  return {
    roles,
    implicit,
    resolve: (text) => byKey.get(normalizeReference(text)),
    referencesTo: (role) => referencesByRole.get(role) ?? [],
  };
}
