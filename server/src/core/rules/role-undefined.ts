import type { Fix } from '../model';
import { kebabCase } from '../normalize';
import { referenceTextFor } from '../fixes/roleText';
import { roleSuggester } from '../fixes/suggest';
import { distinctReferencesWhere } from './references';
import { isAudience } from '../roles/audience';
import { rolesNamedTogether } from '../roles/namedTogether';
import { findShortForm } from '../roles/shortForms';
import type { Rule } from './types';
import { clip, joinWithAnd } from '../quote';

/** `qa-lead` -> `Qa Lead`: a title for a role first written as a YAML id. */
function titleFromId(text: string): string {
  return text
    .split(/[-_\s]+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

export const roleUndefined: Rule = {
  id: 'role-undefined',
  defaultSeverity: 'error',
  description: 'A role reference names no defined role.',
  messages: {
    oneValue: '"{{reference}}" is one value, not {{count}} roles: in YAML, write a list to name several roles: {{list}}.',
    undefinedDidYouMean: 'Role "{{reference}}" is not defined. Did you mean {{suggestions}}?',
    undefined: 'Role "{{reference}}" is not defined. Define it {{where}}, or name a role that is defined.',
  },
  fixable: true,
  check(context) {
    const { charter, roles, report } = context;
    if (roles.implicit) return;
    const closestRoles = roleSuggester(roles.roles);
    const ambiguityReported = context.isEnabled?.('role-ambiguous') ?? true;
    const doubted = charter.doubts?.references;
    for (const ref of distinctReferencesWhere(context, (text) => !roles.resolve(text) && roles.keyOf(text) !== '')) {
      // The table's names mostly name no role of the charter: the reading, not the name, is in doubt.
      if (doubted?.has(ref)) continue;
      // "Informed: Everyone" names an audience, not a role to define.
      if (isAudience(ref.text, roles.keyOf)) continue;
      // "A1–A3" names the roles coded A1 to A3, "Lead/Designer" both roles, when each is defined.
      if (rolesNamedTogether(ref.text, roles.resolve)) continue;
      const reading = roles.read(ref.text);
      // An unresolved short form, the library's ("PM") or one that fits several of the charter's roles
      // ("Dev" beside a Developer and a DevOps), is reported once, by role-ambiguous (unless that rule is off).
      if ((findShortForm(ref.text) || reading.candidates.length > 1) && ambiguityReported) continue;
      // YAML `responsible: pm, analyst` is one name with a comma in it; the author meant a list.
      const parts = charter.format === 'yaml' && !ref.viaAlias ? ref.text.split(',').map((part) => part.trim()) : [];
      if (parts.length > 1 && parts.every((part) => part && roles.resolve(part))) {
        const list = `[${parts.join(', ')}]`;
        report({
          range: ref.range,
          messageId: 'oneValue',
          data: { reference: clip(ref.text), count: parts.length, list: clip(list) },
          fixes: [{ title: `Write a list: ${clip(list)}`, edits: [{ range: ref.range, newText: list }], isPreferred: true, safe: true }],
        });
        continue;
      }
      // The roles a short name fits are the suggestions; a role its table names in another column is none.
      const suggested = reading.candidates.length > 1 ? { roles: [...reading.candidates], closest: reading.candidates.length } : closestRoles(ref.text, reading.excluded);
      const suggestions = suggested.roles;
      // An entry of an aliased list is written at its anchor, not at the alias: no in-place change.
      const fixes: Fix[] = (ref.viaAlias ? [] : suggestions).map((role) => {
        const replacement = referenceTextFor(charter, role);
        return { title: `Change to '${clip(replacement)}'`, edits: [{ range: ref.range, newText: replacement }] };
      });
      const idLike = charter.format === 'yaml' && /^[a-z0-9]+([-_][a-z0-9]+)*$/.test(ref.text);
      // An id-like reference becomes the id as written (`qa_lead`, not `qa-lead`, which it would not name).
      const id = idLike ? ref.text : kebabCase(ref.text) || ref.text;
      const title = idLike ? titleFromId(ref.text) : ref.text;
      // Not when a defined role already answers to that id or title: the two would be duplicates.
      const taken = roles.resolve(id) !== undefined || roles.resolve(title) !== undefined;
      const definition = taken ? undefined : charter.defineRole({ id, title });
      if (definition) fixes.push({ title: `Define role '${clip(ref.text)}'`, edits: [definition] });
      if (fixes.length === 1) fixes[0].isPreferred = true;
      const where = charter.format === 'yaml' ? 'under "roles:"' : 'in the Roles section';
      // Equally close roles are named together: picking one of them would be a guess.
      const closest = suggestions.slice(0, Math.max(1, suggested.closest)).map((role) => `"${clip(referenceTextFor(charter, role))}"`);
      report({
        range: ref.range,
        ...(suggestions.length > 0
          ? { messageId: 'undefinedDidYouMean', data: { reference: clip(ref.text), suggestions: joinWithAnd(closest, 'or') } }
          : { messageId: 'undefined', data: { reference: clip(ref.text), where } }),
        fixes,
      });
    }
  },
};
