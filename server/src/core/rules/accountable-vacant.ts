// A responsibility whose one accountable role nobody holds: the charter names an owner, but the owner is
// a vacancy ("Holder: TBD", "| Designer | Vacant |"). Reported on the A, with the role's definition as
// the related place. No fix: who answers for the work meanwhile is the team's decision.
import { holdersOf, involvementsOf } from '../fixes/involvement';
import type { RelatedLocation } from '../model';
import { clip } from '../quote';
import { vacancyOf } from '../roles/vacancy';
import type { Rule } from './types';

export const accountableVacant: Rule = {
  id: 'accountable-vacant',
  defaultSeverity: 'warning',
  description: 'The only accountable role of a responsibility is vacant (its holder is written as vacant, TBD, open, hiring…).',
  messages: {
    vacant:
      '"{{responsibility}}" has one accountable role, "{{role}}", and it is vacant ("{{holder}}"): ' +
      'nobody answers for it until someone holds the role or another role is made accountable.',
  },
  fixable: false,
  check({ charter, roles, report }) {
    // Only a role written as vacant can be reported (every role a reference resolves to is in the
    // index): a charter without one, most of them, skips grouping the letters of every row.
    if (!roles.roles.some((role) => vacancyOf(role) !== undefined)) return;
    for (const responsibility of charter.responsibilities) {
      const accountable = holdersOf(involvementsOf(responsibility, roles), 'A');
      if (accountable.length !== 1 || typeof accountable[0].role === 'string') continue;
      const role = accountable[0].role;
      const vacancy = vacancyOf(role);
      if (vacancy === undefined) continue;
      const assignment = accountable[0].references.flatMap((reference) => reference.assignments).find((a) => a.letter === 'A')!;
      const related: RelatedLocation[] = role.inheritedFrom
        ? [{ message: `"${clip(role.title)}" is held by "${clip(vacancy)}" here`, range: role.titleRange, path: role.inheritedFrom }]
        : role.form === 'implicit'
          ? []
          : [{ message: `"${clip(role.title)}" is held by "${clip(vacancy)}"`, range: role.titleRange }];
      report({
        range: assignment.range,
        messageId: 'vacant',
        data: { responsibility: clip(responsibility.name), role: clip(role.title), holder: clip(vacancy) },
        related,
      });
    }
  },
};
