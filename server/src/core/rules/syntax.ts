import type { Rule } from './types';

export const syntax: Rule = {
  id: 'syntax',
  defaultSeverity: 'error',
  description: 'The YAML charter or the Markdown front matter cannot be parsed.',
  fixable: false,
  check({ charter, report }) {
    for (const problem of charter.problems) {
      if (problem.rule !== 'syntax') continue;
      report({ range: problem.range, message: problem.message, severity: problem.severity, fixes: problem.fixes });
    }
  },
};
