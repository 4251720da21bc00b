// The built-in role library's public face: matching a charter role to a library entry, and the Markdown
// the hover and completion show. Pure: data in library.ts and shortForms.ts, no I/O.
import type { RoleDefinition } from '../model';
import { LIBRARY_ROLES, type LibraryRole, type LibrarySource } from './library';
import { escapeMarkdown } from '../markdownText';
import { findShortForm, type ShortForm } from './shortForms';

export { LIBRARY_ROLES, SOURCES, type LibraryRole, type LibrarySource } from './library';
export { AMBIGUOUS_SHORT_FORMS, findShortForm, type ShortForm } from './shortForms';

/** Words that say how senior someone is, not which role they hold ("Sr. Product Owner" is a Product Owner). */
const SENIORITY_PREFIXES = new Set(['senior', 'sr', 'staff', 'principal', 'lead', 'junior', 'jr', 'associate']);

/** Lower case, dots dropped ("D.R.I." is DRI), other punctuation to spaces: "Sr. Product-Owner" -> "sr product owner". */
export function libraryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ENTRY_BY_KEY: ReadonlyMap<string, LibraryRole> = (() => {
  const map = new Map<string, LibraryRole>();
  for (const entry of LIBRARY_ROLES) {
    for (const name of [entry.title, ...entry.aliases]) {
      const key = libraryKey(name);
      if (key && !map.has(key)) map.set(key, entry);
    }
  }
  return map;
})();

/**
 * The entry one name means. An exact title or alias wins, so "Lead Product Manager" is its own entry;
 * otherwise seniority words are peeled off the front one at a time ("Senior Staff Engineer" -> Engineer).
 * An ambiguous short form ("PM", "Senior PM") means no single entry.
 */
function matchName(name: string): LibraryRole | undefined {
  let words = libraryKey(name).split(' ').filter(Boolean);
  while (words.length > 0) {
    const key = words.join(' ');
    if (findShortForm(key)) return undefined;
    const entry = ENTRY_BY_KEY.get(key);
    if (entry) return entry;
    if (!SENIORITY_PREFIXES.has(words[0])) return undefined;
    words = words.slice(1);
  }
  return undefined;
}

/** The library entry a charter role matches by title or alias (tried in order), if any. */
export function findLibraryRole(titleOrAliases: readonly string[]): LibraryRole | undefined {
  for (const name of titleOrAliases) {
    const entry = matchName(name);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * The library entry a charter role definition matches: its title, then its aliases, then its id. The
 * short forms among them (`sm`, `EM`) count only for a role titled by a short form itself: the
 * abbreviation of "Service Manager" is not the library's SM, the Scrum Master.
 */
export function libraryRoleOf(role: RoleDefinition): LibraryRole | undefined {
  const names = [role.title, ...role.aliases.map((alias) => alias.text), role.id];
  return findLibraryRole(isShortForm(role.title) ? names : names.filter((name) => !isShortForm(name)));
}

/** "PM", "sm", "SRE": one word of at most four letters. */
function isShortForm(name: string): boolean {
  return /^[\p{L}\d&/.-]{1,4}$/u.test(name.trim());
}

export function findLibraryRoleByTitle(title: string): LibraryRole | undefined {
  return LIBRARY_ROLES.find((entry) => entry.title === title);
}

/**
 * Library entries the charter has no role for yet, in library order: what completion can offer to add.
 * Accepts the role index (or any list of roles) or plain titles.
 */
export function libraryRolesMissingFrom(charterRoles: { readonly roles: readonly RoleDefinition[] } | readonly (RoleDefinition | string)[]): LibraryRole[] {
  const list = 'roles' in charterRoles && !Array.isArray(charterRoles) ? charterRoles.roles : (charterRoles as readonly (RoleDefinition | string)[]);
  const present = new Set<LibraryRole>();
  for (const role of list) {
    const entry = typeof role === 'string' ? findLibraryRole([role]) : libraryRoleOf(role);
    if (entry) present.add(entry);
  }
  return LIBRARY_ROLES.filter((entry) => !present.has(entry));
}

/** "Keith Brown, Aha! blog, 2014" */
export function sourceCredit(source: LibrarySource): string {
  return [source.author, source.site, source.year].filter(Boolean).join(', ');
}

/** Markdown for a hover on a role that matches a library entry. */
export function libraryRoleMarkdown(role: LibraryRole): string {
  const parts: string[] = [];
  const names = role.aliases.length > 0 ? ` (also ${role.aliases.map(escapeMarkdown).join(', ')})` : '';
  parts.push(`**${escapeMarkdown(role.title)}**${names} — usually:\n\n${escapeMarkdown(role.summary)}`);
  parts.push(`**Typically accountable for:** ${role.typicallyAccountableFor.map(escapeMarkdown).join('; ')}.`);
  parts.push(`**Typically does not own:** ${role.typicallyNotOwns.map(escapeMarkdown).join('; ')}.`);
  if (role.confusedWith.length > 0) {
    parts.push(
      ['**Not to be confused with:**', ...role.confusedWith.map((other) => `- *${escapeMarkdown(other.role)}*: ${escapeMarkdown(other.difference)}`)].join('\n'),
    );
  }
  if (role.disagreements.length > 0) {
    parts.push(['**Where sources disagree:**', ...role.disagreements.map((text) => `- ${escapeMarkdown(text)}`)].join('\n'));
  }
  parts.push(`*Sources: ${role.sources.map((source) => escapeMarkdown(sourceCredit(source))).join('; ')}.*`);
  return parts.join('\n\n');
}

/** Markdown for a hover on an ambiguous short form ("PM"): what it can mean and how those roles differ. */
export function shortFormMarkdown(form: ShortForm | string): string {
  const shortForm = typeof form === 'string' ? findShortForm(form) : form;
  if (!shortForm) return '';
  const lines = shortForm.expansions.map((title) => {
    const entry = findLibraryRoleByTitle(title);
    const gist = entry ? `: ${escapeMarkdown(firstSentence(entry.summary))}` : '';
    return `- **${escapeMarkdown(title)}**${gist}`;
  });
  return [
    `**${escapeMarkdown(shortForm.short)}** is ambiguous; it can mean:`,
    lines.join('\n'),
    escapeMarkdown(shortForm.note),
    `Write the full title (or define the role with "${escapeMarkdown(shortForm.short)}" as an alias) so everyone reads it the same way.`,
  ].join('\n\n');
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/.exec(text);
  return match ? match[0] : text;
}

