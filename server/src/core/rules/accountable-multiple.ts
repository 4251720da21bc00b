import type { Fix, Involvement, RelatedLocation, Responsibility, RoleDefinition } from '../model';
import type { RoleIndex } from '../resolve';
import { rolesNamedTogether } from '../roles/namedTogether';
import { holdersOf, involvementsOf, withoutLetter } from '../fixes/involvement';
import { joinWithAnd } from './references';
import type { Rule, RuleContext } from './types';
import { clip } from '../quote';
import { withLazyEdits } from '../fixes/lazyEdits';

export const accountableMultiple: Rule = {
  id: 'accountable-multiple',
  defaultSeverity: 'error',
  description: 'A responsibility has more than one accountable role.',
  messages: {
    multiple: '"{{responsibility}}" has {{count}} accountable roles: {{roles}}. Exactly one role must be accountable.',
    multipleInFramework: '"{{responsibility}}" has {{count}} {{owner}}s: {{roles}}. In {{framework}}, exactly one role must be the {{owner}} ({{letter}}).',
  },
  fixable: true,
  check({ charter, roles, report }) {
    for (const responsibility of charter.responsibilities) {
      // Fewer than two A assignments cannot make two accountable roles: skip the grouping, which is most
      // of this rule's cost (the profile had involvementsOf for every responsibility of a clean charter).
      let letterA = 0;
      for (const assignment of responsibility.assignments) if (assignment.letter === 'A') letterA++;
      if (letterA === 0) continue;
      // Counted per role: `pm` and `Product Manager` both marked A are one accountable role.
      const accountable = letterA < 2 ? [] : holdersOf(involvementsOf(responsibility, roles), 'A');
      if (accountable.length < 2) {
        if (!charter.framework || charter.framework.owner.word === 'accountable') reportJointlyAccountable(responsibility, roles, report);
        continue;
      }
      const names = accountable.map((involvement) => `"${clip(involvement.name)}"`);
      // DACI's approver and RAPID's decider are this rule in the framework's own words.
      const owner = charter.framework && charter.framework.owner.word !== 'accountable' ? charter.framework.owner : undefined;
      const fixes: Fix[] = accountable.map((keep) => {
        const next: Involvement[] = accountable.filter((other) => other !== keep).flatMap((other) => withoutLetter(other, 'A'));
        return withLazyEdits({ title: owner ? `Make ${clip(keep.name)} the only ${owner.word} (${owner.letter})` : `Make ${clip(keep.name)} the only accountable role` }, () => responsibility.rewrite(next));
      });
      report({
        range: responsibility.nameRange,
        ...(owner
          ? { messageId: 'multipleInFramework', data: { responsibility: clip(responsibility.name), count: accountable.length, owner: owner.word, roles: joinWithAnd(names), framework: charter.framework!.name, letter: owner.letter } }
          : { messageId: 'multiple', data: { responsibility: clip(responsibility.name), count: accountable.length, roles: joinWithAnd(names) } }),
        related: accountable.flatMap((involvement) =>
          involvement.references.flatMap((reference) =>
            reference.assignments
              .filter((assignment) => assignment.letter === 'A')
              .map((assignment) => ({ message: owner ? `"${clip(involvement.name)}" is the ${owner.word}` : `"${clip(involvement.name)}" is accountable`, range: assignment.range })),
          ),
        ),
        fixes,
      });
    }
  },
};

/**
 * "A: Shop Lead/Potter" names two roles in one reference (roles/namedTogether.ts): two accountable roles.
 * No fix: which one stays is the author's call, and the reference is one piece of text.
 */
function reportJointlyAccountable(responsibility: Responsibility, roles: RoleIndex, report: RuleContext['report']): void {
  // Most rows name their accountable role as it is defined: nothing to split, nothing to build.
  if (responsibility.assignments.every((assignment) => assignment.letter !== 'A' || roles.resolve(assignment.ref.text))) return;
  const named = new Map<RoleDefinition | string, string>();
  let joined = false;
  const related: RelatedLocation[] = [];
  for (const assignment of responsibility.assignments) {
    if (assignment.letter !== 'A') continue;
    const text = assignment.ref.text;
    const role = roles.resolve(text);
    const together = role ? undefined : rolesNamedTogether(text, roles.resolve);
    if (together) joined = true;
    for (const each of role ? [role] : together ?? []) named.set(each, each.title);
    if (!role && !together) named.set(roles.keyOf(text), text);
    related.push({ message: `"${clip(text)}" is accountable`, range: assignment.range });
  }
  if (!joined || named.size < 2) return;
  const names = [...named.values()].map((name) => `"${clip(name)}"`);
  report({
    range: responsibility.nameRange,
    messageId: 'multiple',
    data: { responsibility: clip(responsibility.name), count: named.size, roles: joinWithAnd(names) },
    related,
    fixes: [],
  });
}
