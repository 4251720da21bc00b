// Role resolution (docs/format.md, "Role references"): a reference resolves to a role whose id, title or alias equals it under
// normalisation; roles from `extends` files resolve too. A charter that defines no roles and extends
// nothing has implicit roles: every distinct reference is a role of its own. Otherwise a reference that
// names no role may still be a short name of exactly one (shortNames/).
import type { Charter, RoleDefinition, RoleReference } from './model';
import { normalizeReference, kebabCase } from './normalize';
import { isVacantHolder } from './roles/vacancy';
import { NO_READING, shortNameResolver, type NamedRole, type RoleReading } from './shortNames/resolver';

export type { RoleReading } from './shortNames/resolver';

export interface RoleIndex {
  /** The charter's own roles, then inherited ones, then implicit ones. */
  readonly roles: readonly RoleDefinition[];
  /** True when the charter defines no roles and extends nothing (docs/format.md, "Charters without role definitions"). */
  readonly implicit: boolean;
  /** The role a reference text names, if any: by one of its names, or as its short name. */
  resolve(text: string): RoleDefinition | undefined;
  /** The role a text names by one of its names, its holder or its plural: no short name is read. */
  resolveByName(text: string): RoleDefinition | undefined;
  /** How a reference text is read: its role and how, or the roles a short name could stand for. */
  read(text: string): RoleReading;
  /**
   * normalizeReference(text), remembered for this index: every matrix row names every header, and
   * resolving, the rules and the fixes all compare references by their keys.
   */
  keyOf(text: string): string;
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
  // "SM = Service Manager" in the document: SM names the Service Manager it defines.
  const spelledOut = new Set<string>();
  for (const { short, long } of charter.abbreviations ?? []) {
    const role = byKey.get(normalizeReference(long));
    const key = normalizeReference(short);
    if (role && !byKey.has(key)) {
      byKey.set(key, role);
      spelledOut.add(key);
    }
  }

  const implicit = charter.roles.every((role) => role.listedWithPeople) && !charter.hasRolesSection && charter.extends.length === 0;
  if (implicit) addImplicitRoles(charter, roles, byKey, add);

  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = normalizeReference(text)));
    return key;
  };
  const byHolder = holderIndex(roles);
  const byName = (text: string): NamedRole | undefined => {
    const key = keyOf(text);
    const direct = byKey.get(key);
    if (direct) return { role: direct, how: spelledOut.has(key) ? 'spelled out in this document' : undefined };
    if (implicit) return undefined;
    for (const part of personAndRole(text)) {
      const role = byKey.get(normalizeReference(part));
      if (role) return { role, how: `from "${part.trim()}"` };
    }
    // A charter that lists "Aisha Khan — Team Lead" may head a column "Aisha": the person holding a role
    // names it. And "Developers" is the role "Developer".
    const holder = byHolder.get(key);
    if (holder) return { role: holder, how: 'named by its holder' };
    const plural = byKey.get(key.replace(/s$/, '')) ?? byKey.get(`${key}s`);
    return plural ? { role: plural, how: 'singular and plural' } : undefined;
  };
  const readShortName = shortNameResolver({ charter, roles, byName, isHolder: (name) => byHolder.has(normalizeReference(name)) });
  // Per index, so a document's references are read once however often rules and features ask.
  const readings = new Map<string, RoleReading>();
  const read = (text: string): RoleReading => {
    let reading = readings.get(text);
    if (reading) return reading;
    const named = byName(text);
    if (named) reading = { role: named.role, how: named.how, candidates: [], excluded: [] };
    else reading = implicit || keyOf(text) === '' ? NO_READING : readShortName(text);
    readings.set(text, reading);
    return reading;
  };
  const resolve = (text: string): RoleDefinition | undefined => {
    const direct = byKey.get(keyOf(text));
    if (direct || implicit) return direct;
    return read(text).role;
  };
  const resolveByName = (text: string) => byName(text)?.role;

  const referencesTo = referenceLookup(charter, resolve);

  return { roles, implicit, resolve, resolveByName, read, keyOf, referencesTo };
}

/**
 * The references that name each role. Made when first asked for: a check asks only to offer removing an
 * unused role, features (hover, references) now and then; resolving every reference of a large charter is
 * a cost every check paid.
 */
function referenceLookup(charter: Charter, resolve: (text: string) => RoleDefinition | undefined): (role: RoleDefinition) => RoleReference[] {
  let referencesByRole: Map<RoleDefinition, RoleReference[]> | undefined;
  return (role) => {
    if (!referencesByRole) {
      referencesByRole = new Map();
      for (const responsibility of charter.responsibilities) {
        for (const ref of responsibility.references) {
          const resolved = resolve(ref.text);
          if (!resolved) continue;
          let list = referencesByRole.get(resolved);
          if (!list) referencesByRole.set(resolved, (list = []));
          list.push(ref);
        }
      }
    }
    return referencesByRole.get(role) ?? [];
  };
}

/** A charter without definitions: every distinct reference is a role of its own. */
function addImplicitRoles(charter: Charter, roles: RoleDefinition[], byKey: Map<string, RoleDefinition>, add: (role: RoleDefinition) => void): void {
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

/**
 * Roles by the people who hold them: full names, and first names that only one holder has. A name two
 * roles' holders share names neither.
 */
function holderIndex(roles: readonly RoleDefinition[]): Map<string, RoleDefinition> {
  const byName = new Map<string, RoleDefinition | null>();
  const note = (name: string, role: RoleDefinition) => {
    const key = normalizeReference(name);
    if (!key) return;
    const known = byName.get(key);
    byName.set(key, known === undefined || known === role ? role : null);
  };
  for (const role of roles) {
    for (const holder of role.holders) {
      // "Open", "TBD": a vacant role's holder names nobody a column could be headed by.
      if (isVacantHolder(holder)) continue;
      note(holder, role);
      const first = holder.trim().split(/\s+/)[0];
      if (first && first !== holder.trim()) note(first, role);
    }
  }
  const index = new Map<string, RoleDefinition>();
  for (const [key, role] of byName) if (role) index.set(key, role);
  return index;
}

/**
 * A column header that names a person and a role ("Dana (Product Manager)", "Dana — PM", "PM: Dana"):
 * the parts a defined role may be named by, the one in parentheses first.
 */
function personAndRole(text: string): string[] {
  const parts: string[] = [];
  const parens = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
  if (parens) parts.push(parens[2], parens[1]);
  const dash = /^(.*?)\s+[—–-]\s+(.*)$/.exec(text) ?? /^([^:]+):\s*(.+)$/.exec(text);
  if (dash) parts.push(dash[2], dash[1]);
  return parts.filter((part) => part.trim().length > 0);
}
