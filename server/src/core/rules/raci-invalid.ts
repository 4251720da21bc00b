import type { Fix } from '../model';
import { formatLetters, parseRaciCell } from '../raci';
import type { Rule } from './types';

export const raciInvalid: Rule = {
  id: 'raci-invalid',
  defaultSeverity: 'error',
  description: 'A RACI cell is not a valid combination of R, A, C and I, or repeats a letter.',
  fixable: true,
  check({ charter, report }) {
    for (const responsibility of charter.responsibilities) {
      for (const cell of responsibility.cells) {
        if (cell.letters !== null) continue;
        const parsed = parseRaciCell(cell.text);
        const intended = parsed.valid ? undefined : parsed.intended;
        const fixes: Fix[] = [];
        let hint = '';
        if (intended && intended.length > 0) {
          const replacement = formatLetters(intended);
          hint = ` Did you mean "${replacement}"?`;
          // Padded to the old width so that an aligned table stays aligned.
          fixes.push({
            title: `Change to '${replacement}'`,
            edits: [{ range: cell.range, newText: replacement.padEnd(cell.text.length) }],
            isPreferred: true,
            safe: true,
          });
        }
        const problem = cell.problem ?? (parsed.valid ? 'not a RACI value' : parsed.problem);
        report({
          range: cell.range,
          message: `"${cell.text}" is not a valid RACI value for ${cell.column.text} in "${responsibility.name}": ${problem}.${hint}`,
          fixes,
        });
      }
    }
  },
};
