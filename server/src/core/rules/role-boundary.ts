// role-boundary: a responsibility whose name clearly names work the role library gives to one role
// (roadmap -> Product Manager, hiring -> Engineering Manager, ...) has a different library role as its
// single accountable role. Advice, not an error: organisations do split work differently.
// Precision over recall: silent when the accountable role matches no library entry, when two kinds of
// work with different owners are named, or when the sources make the accountable role a usual owner.
import { expansionOf } from '../abbreviations';
import type { Assignment, RoleDefinition } from '../model';
import { normalizeReference } from '../normalize';
import { findLibraryRole, libraryRoleOf, LIBRARY_ROLES, sourceCredit, type LibraryRole } from '../roles';
import { workKindsNamedIn, type WorkKind } from '../roles/boundaries';
import type { Rule } from './types';
import { clip } from '../quote';

/** The one role a responsibility makes accountable, or undefined when it has none or several. */
function singleAccountable(assignments: readonly Assignment[], resolve: (text: string) => RoleDefinition | undefined): Assignment | undefined {
  let first: Assignment | undefined;
  let identity: RoleDefinition | string | undefined;
  for (const assignment of assignments) {
    if (assignment.letter !== 'A') continue;
    const who = resolve(assignment.ref.text) ?? normalizeReference(assignment.ref.text);
    if (first === undefined) {
      first = assignment;
      identity = who;
    } else if (who !== identity) return undefined;
  }
  return first;
}

/**
 * The library role of each definition and of each text that resolves to none, for one check: the same
 * few roles are accountable for every responsibility, and matching a name walks seniority prefixes and
 * short forms.
 */
class LibraryMatches {
  private readonly ofRole = new Map<RoleDefinition, LibraryRole | null>();
  private readonly ofText = new Map<string, LibraryRole | null>();

  role(role: RoleDefinition): LibraryRole | undefined {
    let entry = this.ofRole.get(role);
    if (entry === undefined) this.ofRole.set(role, (entry = libraryRoleOf(role) ?? null));
    return entry ?? undefined;
  }

  text(text: string): LibraryRole | undefined {
    let entry = this.ofText.get(text);
    if (entry === undefined) this.ofText.set(text, (entry = findLibraryRole([text]) ?? null));
    return entry ?? undefined;
  }
}

function isUsualOwner(kind: WorkKind, entry: LibraryRole): boolean {
  return kind.owner === entry.key || kind.alsoUsual.includes(entry.key);
}

export const roleBoundary: Rule = {
  id: 'role-boundary',
  defaultSeverity: 'info',
  description: 'A responsibility that the role library gives to one role (such as the roadmap or hiring) is owned by a different role.',
  messages: {
    usualOwner: '"{{responsibility}}" is {{kind}} work, usually owned by the {{owner}} rather than the {{accountable}}: {{why}} ({{source}}).',
    usualOwnerNamedHere: '"{{responsibility}}" is {{kind}} work, usually owned by the {{owner}} ("{{ownerHere}}" in this charter) rather than the {{accountable}}: {{why}} ({{source}}).',
    usualOwnerDisputed: '"{{responsibility}}" is {{kind}} work, usually owned by the {{owner}} rather than the {{accountable}}: {{why}} ({{source}}). The sources differ here: {{disputed}}.',
    usualOwnerNamedHereDisputed: '"{{responsibility}}" is {{kind}} work, usually owned by the {{owner}} ("{{ownerHere}}" in this charter) rather than the {{accountable}}: {{why}} ({{source}}). The sources differ here: {{disputed}}.',
  },
  fixable: false,
  check({ charter, roles, report }) {
    const library = new LibraryMatches();
    for (const responsibility of charter.responsibilities) {
      const accountable = singleAccountable(responsibility.assignments, roles.resolve);
      if (!accountable) continue;
      const role = roles.resolve(accountable.ref.text);
      // A short form the document spells out ("SM = Service Manager") is that role, not the library's SM.
      const expansion = expansionOf(charter.abbreviations, role?.form === 'implicit' || !role ? accountable.ref.text : role.title);
      const entry = expansion ? library.text(expansion) : role ? library.role(role) : library.text(accountable.ref.text);
      // A DRI is by definition the one who answers for the outcome, whatever the work.
      if (!entry || entry.key === 'directly-responsible-individual') continue;

      const inName = workKindsNamedIn(responsibility.name);
      const inDescription = workKindsNamedIn(responsibility.description);
      const named = inName.length > 0 ? inName : inDescription;
      if (named.length === 0) continue;
      if (new Set(named.map((kind) => kind.owner)).size > 1) continue;
      if ([...inName, ...inDescription].some((kind) => isUsualOwner(kind, entry))) continue;

      const kind = named[0];
      const owner = LIBRARY_ROLES.find((candidate) => candidate.key === kind.owner);
      if (!owner) continue;
      const ownerHere = roles.roles.find((candidate) => library.role(candidate) === owner);
      // Without the usual owner in the charter there is no boundary to cross: the team gave the work to
      // the role it has.
      if (!ownerHere) continue;

      report({
        range: accountable.range,
        messageId: `usualOwner${ownerHere.title !== owner.title ? 'NamedHere' : ''}${kind.disputed?.[entry.key] ? 'Disputed' : ''}`,
        data: {
          responsibility: clip(responsibility.name),
          kind: kind.label,
          owner: owner.title,
          ownerHere: clip(ownerHere.title),
          accountable: entry.title,
          why: kind.why,
          source: sourceCredit(kind.source),
          disputed: kind.disputed?.[entry.key] ?? '',
        },
        related: [{ message: `Responsibility "${clip(responsibility.name)}"`, range: responsibility.nameRange }],
      });
    }
  },
};
