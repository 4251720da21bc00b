import type { Fix } from '../model';
import { involvementsOf, withLetter } from '../fixes/involvement';
import { hasUnreadableCell } from './references';
import type { Rule } from './types';
import { clip } from '../quote';
import { withLazyEdits } from '../fixes/lazyEdits';

export const accountableMissing: Rule = {
  id: 'accountable-missing',
  defaultSeverity: 'error',
  description: 'A responsibility has no accountable role.',
  messages: {
    missing: '"{{responsibility}}" has no accountable role. Exactly one role must be accountable.',
    missingInFramework: '"{{responsibility}}" has no {{owner}}. In {{framework}}, exactly one role must be the {{owner}} ({{letter}}).',
  },
  fixable: true,
  check({ charter, roles, report }) {
    for (const responsibility of charter.responsibilities) {
      if (responsibility.assignments.some((assignment) => assignment.letter === 'A')) continue;
      // No row of its table gives the letter: the table does not say it (core/judge.ts).
      if (responsibility.scope !== undefined && charter.doubts?.without.A.has(responsibility.scope)) continue;
      // A cell that cannot be read may hold the letter: raci-invalid reports it, once.
      if (hasUnreadableCell(responsibility)) continue;
      const involved = involvementsOf(responsibility, roles);
      const owner = charter.framework?.owner;
      const fixes: Fix[] = involved.map((involvement) =>
        withLazyEdits(
          { title: owner && owner.word !== 'accountable' ? `Make ${clip(involvement.name)} the ${owner.word} (${owner.letter})` : `Make ${clip(involvement.name)} accountable` },
          () => responsibility.rewrite(withLetter(involvement, 'A')),
        ),
      );
      if (fixes.length === 1) fixes[0].isPreferred = true;
      report({
        range: responsibility.nameRange,
        ...(owner && owner.word !== 'accountable'
          ? { messageId: 'missingInFramework', data: { responsibility: clip(responsibility.name), owner: owner.word, framework: charter.framework!.name, letter: owner.letter } }
          : { messageId: 'missing', data: { responsibility: clip(responsibility.name) } }),
        fixes,
      });
    }
  },
};
