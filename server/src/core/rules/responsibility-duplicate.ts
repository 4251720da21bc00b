import type { Responsibility } from '../model';
import { normalizeName } from '../normalize';
import type { Rule } from './types';
import { clip } from '../quote';

export const responsibilityDuplicate: Rule = {
  id: 'responsibility-duplicate',
  defaultSeverity: 'warning',
  description: 'Two responsibilities in one charter have the same name.',
  messages: {
    duplicate: 'Responsibility "{{responsibility}}" is already listed on line {{line}}. Merge the two or rename one.',
  },
  fixable: false,
  check({ charter, report }) {
    const first = new Map<string, Responsibility>();
    for (const responsibility of charter.responsibilities) {
      // The same step in two tables (two phases, two content tabs), or under two group rows of one table
      // ("Control" under Scope and under Schedule), is two steps.
      const key = `${responsibility.scope ?? ''}\u0000${responsibility.group ?? ''}\u0000${normalizeName(responsibility.name)}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, responsibility);
        continue;
      }
      report({
        range: responsibility.nameRange,
        messageId: 'duplicate',
        data: { responsibility: clip(responsibility.name), line: earlier.nameRange.start.line + 1 },
        related: [{ message: `"${clip(earlier.name)}" is first listed here`, range: earlier.nameRange }],
      });
    }
  },
};
