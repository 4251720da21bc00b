// How a reference that names no role by one of its names is read: as the short name of exactly one
// defined role, or as a person's name beside one. Never when several roles fit (those are the reading's
// candidates), nor when the same table header names that role in another column.
import type { Charter, RoleDefinition } from '../model';
import { normalizeReference } from '../normalize';
import { libraryRoleOf } from '../roles';
import { isAudience } from '../roles/audience';
import { findShortForm, type ShortForm } from '../roles/shortForms';
import { namePredicate, nameSplits } from './beside';
import { shortNameReader, type ShortNameMatch, type ShortNameReader } from './reader';

export interface RoleReading {
  /** The one role the text names, if it names one. */
  role?: RoleDefinition;
  /** How the text was read when it is none of the role's names: "initials", "plural"… */
  how?: string;
  /** The defined roles a short name could stand for, when it could stand for several (then no role). */
  candidates: readonly RoleDefinition[];
  /** Roles the text is not read as although it is their short name: its table names them in another column. */
  excluded: readonly RoleDefinition[];
}

/** Longer texts are sentences or lists, neither a short name nor a name beside one. */
const MAX_SHORT_NAME_LENGTH = 80;

export const NO_READING: RoleReading = Object.freeze({ candidates: Object.freeze([]), excluded: Object.freeze([]) });

/** A role read from one of its names (or its holder, its plural), with how when it is not the name itself. */
export interface NamedRole {
  role: RoleDefinition;
  how?: string;
}

interface Sources {
  charter: Charter;
  roles: readonly RoleDefinition[];
  byName(text: string): NamedRole | undefined;
  isHolder(name: string): boolean;
}

export function shortNameResolver({ charter, roles, byName, isHolder }: Sources): (text: string) => RoleReading {
  let reader: ShortNameReader | undefined;
  const matchesByText = new Map<string, ShortNameMatch[]>();
  const matchesOf = (text: string): ShortNameMatch[] => {
    let matches = matchesByText.get(text);
    if (!matches) {
      reader ??= shortNameReader(roles);
      matches = reader(text);
      // "PM" is the library's ambiguous short form: it reads as a role the charter defines only when that
      // role is one of its meanings (a charter with a Product Manager and no other PM means that one).
      const form = findShortForm(text);
      if (form) matches = matches.filter((match) => standsFor(match.role, form));
      matchesByText.set(text, matches);
    }
    return matches;
  };

  let exclusions: Map<string, RoleDefinition[]> | undefined;
  const excludedFor = (text: string) => (exclusions ??= headerExclusions(charter, byName, matchesOf)).get(normalizeReference(text)) ?? [];

  let isName: ((text: string) => boolean) | undefined;
  const besideName = (text: string): RoleReading | undefined => {
    isName ??= namePredicate(roles.flatMap((role) => [role.title, ...role.aliases.map((alias) => alias.text)]));
    const found = new Map<RoleDefinition, string>();
    for (const split of nameSplits(text)) {
      const name = split.name.trim();
      const holder = isHolder(name);
      if (!holder && !isName(name)) continue;
      const named = byName(split.role);
      const matches = named ? [] : matchesOf(split.role);
      // A word guessed to be a name beside a title with words left out would be two guesses ("Payments
      // Engineer" is no Payments beside the QA Engineer); a holder's name is no guess.
      if (!named && (matches.length !== 1 || (matches[0].partial && !holder))) continue;
      const role = named?.role ?? matches[0].role;
      const how = named ? `"${name}" named beside it` : `${split.role.trim()} as ${matches[0].how}, "${name}" named beside it`;
      if (!found.has(role)) found.set(role, how);
    }
    if (found.size !== 1) return undefined;
    const [[role, how]] = found;
    return { role, how, candidates: [], excluded: [] };
  };

  return (text) => {
    // "All", "Team", "Everyone" name an audience, however a role's title starts.
    if (text.length > MAX_SHORT_NAME_LENGTH || isAudience(text)) return NO_READING;
    const matches = matchesOf(text);
    if (matches.length > 1) return { candidates: matches.map((match) => match.role), excluded: [] };
    if (matches.length === 1) {
      const excluded = excludedFor(text);
      if (excluded.includes(matches[0].role)) return { candidates: [], excluded };
      return { role: matches[0].role, how: matches[0].how, candidates: [], excluded: [] };
    }
    return besideName(text) ?? NO_READING;
  };
}

/** Whether a role is one of the meanings of an ambiguous short form (by title, alias or library entry). */
function standsFor(role: RoleDefinition, form: ShortForm): boolean {
  const names = new Set([role.title, ...role.aliases.map((alias) => alias.text)].map(normalizeReference));
  if (form.expansions.some((expansion) => names.has(normalizeReference(expansion)))) return true;
  const entry = libraryRoleOf(role);
  return entry !== undefined && form.expansions.includes(entry.title);
}

/**
 * Column headers not read as a role by short name because another column of the same header names that
 * role too: "Architect" beside "Technical Architect" is some other architect, and two columns of one
 * matrix never mean one role.
 */
function headerExclusions(
  charter: Charter,
  byName: (text: string) => NamedRole | undefined,
  matchesOf: (text: string) => ShortNameMatch[],
): Map<string, RoleDefinition[]> {
  const exclusions = new Map<string, RoleDefinition[]>();
  for (const table of charter.tables ?? []) {
    const columns = table.roleColumns ?? [];
    if (columns.length < 2) continue;
    const columnsByRole = new Map<RoleDefinition, { key: string; short: boolean }[]>();
    for (const column of columns) {
      const named = byName(column.text);
      const matches = named ? [] : matchesOf(column.text);
      const role = named?.role ?? (matches.length === 1 ? matches[0].role : undefined);
      if (!role) continue;
      const list = columnsByRole.get(role) ?? [];
      list.push({ key: normalizeReference(column.text), short: !named });
      columnsByRole.set(role, list);
    }
    for (const [role, list] of columnsByRole) {
      if (list.length < 2) continue;
      for (const column of list) {
        if (!column.short) continue;
        const roles = exclusions.get(column.key) ?? [];
        if (!roles.includes(role)) roles.push(role);
        exclusions.set(column.key, roles);
      }
    }
  }
  return exclusions;
}
