import type { Rule } from './types';

export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  description: "A YAML charter's structure is wrong (error) or has an unknown key (warning).",
  fixable: true,
  check({ charter, report, extendsRefusals }) {
    for (const problem of charter.problems) {
      if (problem.rule !== 'schema') continue;
      // Each problem carries its own default: a wrong structure is an error, an unknown key a warning.
      report({ range: problem.range, message: problem.message, severity: problem.severity, fixes: problem.fixes });
    }
    // An `extends` file that is not read (core/extends/inherited.ts): its roles are unknown.
    for (const refusal of extendsRefusals ?? []) report({ range: refusal.range, message: refusal.message, severity: refusal.severity });
  },
};
