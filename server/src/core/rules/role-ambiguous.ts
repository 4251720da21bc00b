import { expansionOf } from '../abbreviations';
import type { Fix, Range, RoleDefinition, RoleReference, TextEdit } from '../model';
import { kebabCase, normalizeReference } from '../normalize';
import { findShortForm, type ShortForm } from '../roles/shortForms';
import { referenceTextFor } from '../fixes/roleText';
import { distinctReferences, distinctReferencesWhere, joinWithAnd } from './references';
import type { Rule, RuleContext } from './types';
import { clip } from '../quote';

function meanings(form: ShortForm): string {
  return `it can mean ${joinWithAnd(form.expansions, 'or')}`;
}

function withPreference(fixes: Fix[]): Fix[] {
  if (fixes.length === 1) fixes[0].isPreferred = true;
  return fixes;
}

/**
 * Renaming a role titled "PM": references spelled "PM" resolve through the title, so they are renamed
 * too, unless an explicit id or an alias still answers to them. `references`: the charter's distinct
 * references, found when first needed and then shared by every rename of the check.
 */
function renameDefinition(context: RuleContext, references: () => RoleReference[], role: RoleDefinition, newTitle: string): TextEdit[] {
  const old = normalizeReference(role.title);
  const stillAnswers =
    role.aliases.some((alias) => normalizeReference(alias.text) === old) || (role.idRange !== undefined && normalizeReference(role.id) === old);
  const edits: TextEdit[] = [{ range: role.titleRange, newText: newTitle }];
  if (stillAnswers) return edits;
  for (const ref of references()) {
    // An aliased list's entries are renamed where the anchor writes them, never at the alias.
    if (!ref.viaAlias && normalizeReference(ref.text) === old && context.roles.resolve(ref.text) === role) edits.push({ range: ref.range, newText: newTitle });
  }
  return edits;
}

/**
 * What an ambiguous reference can be replaced with. With implicit roles, every expansion, written out in
 * full. Otherwise the expansions the charter defines first (the charter's own roles), then each one it
 * does not define, with its definition added (a bare replacement would name an undefined role).
 */
function replacementsFor(context: RuleContext, form: ShortForm, ref: { text: string; range: Range }): Fix[] {
  const { charter, roles } = context;
  const replace = (replacement: string, title: string, more: TextEdit[] = []): Fix => ({ title, edits: [{ range: ref.range, newText: replacement }, ...more] });
  const plain = (replacement: string) => replace(replacement, `Replace '${clip(ref.text)}' with '${clip(replacement)}'`);
  if (roles.implicit) return withPreference([...new Set(form.expansions)].map(plain));
  const defined = form.expansions.map((expansion) => roles.resolve(expansion)).filter((role): role is RoleDefinition => role !== undefined);
  // The one role of the charter's own that the short form can mean is the likely one, unless the same
  // table names that role in another column: then the short form is someone else.
  const excluded = roles.read(ref.text).excluded;
  const fixes = [...new Set(defined.map((role) => referenceTextFor(charter, role)))].map(plain);
  if (fixes.length === 1 && !defined.some((role) => excluded.includes(role))) fixes[0].isPreferred = true;
  for (const expansion of new Set(form.expansions)) {
    if (roles.resolve(expansion)) continue;
    const id = kebabCase(expansion);
    // Not when a defined role already answers to the id: the two would be duplicates.
    const definition = roles.resolve(id) ? undefined : charter.defineRole({ id, title: expansion });
    if (!definition) continue;
    const replacement = charter.format === 'yaml' ? id : expansion;
    fixes.push(replace(replacement, `Replace '${clip(ref.text)}' with '${clip(expansion)}' and define that role`, [definition]));
  }
  return fixes;
}

/** A short name several of the charter's roles fit ("Dev" beside a Developer and a DevOps): each of them. */
function candidateReplacements(context: RuleContext, candidates: readonly RoleDefinition[], ref: { text: string; range: Range }): Fix[] {
  const replacements = [...new Set(candidates.map((candidate) => referenceTextFor(context.charter, candidate)))];
  return withPreference(
    replacements.map((replacement) => ({ title: `Replace '${clip(ref.text)}' with '${clip(replacement)}'`, edits: [{ range: ref.range, newText: replacement }] })),
  );
}

export const roleAmbiguous: Rule = {
  id: 'role-ambiguous',
  defaultSeverity: 'warning',
  description: 'A role title or reference is an ambiguous short form such as PM or TPM.',
  messages: {
    ambiguousTitle: 'Role title "{{title}}" is ambiguous: {{meanings}}. Write the title in full.',
    ambiguousShortForm: '"{{reference}}" is ambiguous: {{meanings}}. Name the role in full.',
    ambiguousInCharter: '"{{reference}}" is ambiguous: in this charter it can mean {{roles}}. Name the role in full.',
  },
  fixable: true,
  check(context) {
    const { charter, roles, report } = context;
    let distinct: RoleReference[] | undefined;
    const references = () => (distinct ??= distinctReferences(context));
    for (const role of charter.roles) {
      const form = findShortForm(role.title);
      // "PM = Problem Manager" in the document says which it is.
      if (!form || expansionOf(charter.abbreviations, role.title)) continue;
      report({
        range: role.titleRange,
        messageId: 'ambiguousTitle',
        data: { title: clip(role.title), meanings: meanings(form) },
        fixes: withPreference(
          form.expansions
            // A title another role already answers to would make the two duplicates (role-duplicate).
            .filter((expansion) => (roles.resolve(expansion) ?? role) === role)
            .map((expansion) => ({
              title: `Replace '${clip(role.title)}' with '${expansion}'`,
              edits: renameDefinition(context, references, role, expansion),
            })),
        ),
      });
    }
    // Asked of every reference of every row, and a matrix repeats its headers in each: each text once.
    const answers = new Map<string, boolean>();
    const ambiguous = (text: string) => {
      let answer = answers.get(text);
      if (answer === undefined) {
        answer = findShortForm(text) !== undefined || (!roles.implicit && !roles.resolve(text) && roles.read(text).candidates.length > 1);
        answers.set(text, answer);
      }
      return answer;
    };
    const doubted = charter.doubts?.references;
    for (const ref of distinctReferencesWhere(context, ambiguous)) {
      const form = findShortForm(ref.text);
      if (form && expansionOf(charter.abbreviations, ref.text)) continue;
      // The charter's roles a short name could be are no guide where the table's names mostly name none of
      // them (the reading is in doubt); a library short form ("PM") is ambiguous in any table.
      if (!form && doubted?.has(ref)) continue;
      // A reference that names a defined role is clear, whatever its spelling.
      const role = roles.resolve(ref.text);
      if (role && role.form !== 'implicit') continue;
      const candidates = form ? [] : roles.read(ref.text).candidates;
      report({
        range: ref.range,
        ...(form
          ? { messageId: 'ambiguousShortForm', data: { reference: clip(ref.text), meanings: meanings(form) } }
          : { messageId: 'ambiguousInCharter', data: { reference: clip(ref.text), roles: joinWithAnd(candidates.map((candidate) => candidate.title), 'or') } }),
        // An entry of an aliased list is written at its anchor, not at the alias: no in-place change.
        fixes: ref.viaAlias ? [] : form ? replacementsFor(context, form, ref) : candidateReplacements(context, candidates, ref),
      });
    }
  },
};
