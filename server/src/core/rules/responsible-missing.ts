import type { Fix } from '../model';
import { holdersOf, involvementsOf, withLetter } from '../fixes/involvement';
import { hasUnreadableCell } from './references';
import type { Rule } from './types';
import { clip } from '../quote';
import { withLazyEdits } from '../fixes/lazyEdits';

export const responsibleMissing: Rule = {
  id: 'responsible-missing',
  defaultSeverity: 'warning',
  description: 'A responsibility has no responsible role.',
  messages: {
    missing: '"{{responsibility}}" has no responsible role. At least one role must do the work.',
  },
  fixable: true,
  check({ charter, roles, report }) {
    // RAPID asks for one decider and no one in particular to do the work.
    if (charter.framework && !charter.framework.needsResponsible) return;
    for (const responsibility of charter.responsibilities) {
      if (responsibility.assignments.some((assignment) => assignment.letter === 'R')) continue;
      // No row of its table gives an A or an R: its "who" column was not read (core/judge.ts).
      if (responsibility.scope !== undefined && charter.doubts?.without.R.has(responsibility.scope)) continue;
      // "If no R is given, the A does the work": the document says an A alone is complete.
      if (charter.conventions?.accountableDoesWork && responsibility.assignments.some((assignment) => assignment.letter === 'A')) continue;
      // A cell that cannot be read may hold the letter: raci-invalid reports it, once.
      if (hasUnreadableCell(responsibility)) continue;
      const accountable = holdersOf(involvementsOf(responsibility, roles), 'A');
      const fixes: Fix[] = accountable.map((involvement) =>
        withLazyEdits({ title: `Make ${clip(involvement.name)} also responsible` }, () => responsibility.rewrite(withLetter(involvement, 'R'))),
      );
      // With one accountable role the fix is the usual "A/R" and needs no choice; with several it does.
      // Not when that role is not defined: whether it is the one meant is role-undefined's question.
      if (fixes.length === 1 && typeof accountable[0].role !== 'string') Object.assign(fixes[0], { isPreferred: true, safe: true });
      report({
        range: responsibility.nameRange,
        messageId: 'missing',
        data: { responsibility: clip(responsibility.name) },
        fixes,
      });
    }
  },
};
