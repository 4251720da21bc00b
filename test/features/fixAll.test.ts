import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { safeFixEdits } from '../../server/src/core/features/fixAll';
import type { Finding } from '../../server/src/core/model';
import { applyEdits } from '../../server/src/core/text';
import { lines } from './cursor';

const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const finding = (title: string, safe: boolean, ...edits: { range: ReturnType<typeof at>; newText: string }[]): Finding => ({
  rule: 'raci-invalid',
  severity: 'error',
  message: title,
  range: edits[0].range,
  fixes: [{ title, edits, safe }],
});

describe('fix all', () => {
  it('takes only safe fixes, and skips one that overlaps a fix already taken', () => {
    const edits = safeFixEdits([
      finding('first', true, { range: at(0, 0, 3), newText: 'A' }),
      finding('overlapping', true, { range: at(0, 2, 5), newText: 'B' }),
      finding('unsafe', false, { range: at(1, 0, 1), newText: 'C' }),
      finding('touching', true, { range: at(0, 3, 4), newText: 'D' }),
    ]);
    assert.deepEqual(edits.map((edit) => edit.newText), ['A', 'D']);
  });

  it('leaves a charter with no safely fixable finding after one pass', () => {
    const text = lines(
      '# T',
      '',
      '## Roles',
      '',
      '- **Delivery Lead**: ships.',
      '- **Data Steward**: data.',
      '',
      '## Responsibilities',
      '',
      '| Responsibility | Delivery Lead | Data Steward |',
      '| - | - | - |',
      '| Releases | A/R/R | C |',
      '| Data | I | A |',
    );
    const fixed = applyEdits(text, safeFixEdits(checkText(text, { format: 'markdown' }).findings));
    assert.deepEqual(checkText(fixed, { format: 'markdown' }).findings.map((f) => f.rule), []);
  });
});
