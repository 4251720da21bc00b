import type { Fix } from '../model';
import { formatLetters, parseRaciCell } from '../raci';
import type { Rule } from './types';
import { clip } from '../quote';

// Marks that say "involved" without saying how: common in charters converted from a checklist.
const MARKS = /^(?:[✓✔☑✅xX×●•]|yes|y)$/iu;
// Ways of writing "not involved" that the format does not take (only empty, "-" and "–").
const NOT_INVOLVED = /^(?:n\/?a|none|no|n)$/i;

export const raciInvalid: Rule = {
  id: 'raci-invalid',
  defaultSeverity: 'error',
  description: 'A RACI cell is not a valid combination of R, A, C and I, or repeats a letter.',
  messages: {
    mark: '"{{value}}" for "{{role}}" in "{{responsibility}}" is a mark, not a RACI letter: it says the role is involved but not how. Write R, A, C or I instead.',
    notInvolved: '"{{value}}" for "{{role}}" in "{{responsibility}}" is not a RACI value. Leave the cell empty or write "-" when the role is not involved.',
    invalid: '"{{value}}" for "{{role}}" in "{{responsibility}}" is not a valid RACI value: {{problem}}. Write R, A, C or I, alone or joined like "A/R".',
    invalidDidYouMean: '"{{value}}" for "{{role}}" in "{{responsibility}}" is not a valid RACI value: {{problem}}. Did you mean "{{suggestion}}"?',
  },
  fixable: true,
  check({ charter, report }) {
    for (const responsibility of charter.responsibilities) {
      for (const cell of responsibility.cells) {
        if (cell.letters !== null) continue;
        const where = { value: clip(cell.text), role: clip(cell.column.text), responsibility: clip(responsibility.name) };
        // Replacements are padded to the old width so that an aligned table stays aligned. The row's
        // letters are read once the cell is: what they then say of the row (no A) was hidden, not made.
        const change = (replacement: string): Fix => ({
          title: `Change to '${replacement}'`,
          edits: [{ range: cell.range, newText: replacement.padEnd(cell.text.length) }],
          isPreferred: true,
          safe: true,
          reveals: responsibility.range,
        });
        if (MARKS.test(cell.text)) {
          report({
            range: cell.range,
            messageId: 'mark',
            data: where,
            fixes: [],
          });
          continue;
        }
        if (NOT_INVOLVED.test(cell.text)) {
          report({
            range: cell.range,
            messageId: 'notInvolved',
            data: where,
            fixes: [change('-')],
          });
          continue;
        }
        const parsed = parseRaciCell(cell.text);
        const intended = parsed.valid ? undefined : parsed.intended;
        const fixes: Fix[] = [];
        let suggestion: string | undefined;
        if (intended && intended.length > 0) {
          suggestion = formatLetters(intended);
          fixes.push(change(suggestion));
        }
        // The parser words its problems with single quotes ('X' is not a RACI letter); messages quote
        // names and values with double quotes throughout.
        const problem = (cell.problem ?? (parsed.valid ? 'not a RACI value' : parsed.problem)).replace(/'([^']*)'/g, '"$1"');
        report({
          range: cell.range,
          ...(suggestion === undefined ? { messageId: 'invalid', data: { ...where, problem } } : { messageId: 'invalidDidYouMean', data: { ...where, problem, suggestion } }),
          fixes,
        });
      }
    }
  },
};
