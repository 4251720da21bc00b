import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../server/src/core/check';
import { fixAllEdits, safeFixEdits } from '../../server/src/core/features/fixAll';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import type { Finding } from '../../server/src/core/model';
import { applyEdits } from '../../server/src/core/text';
import { lines } from '../helpers/charter';
import { paymentsMatrix, TWO_MISSPELT_KEYS_YAML } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '../..');

/** The error findings of a text, as "rule: message", sorted. */
function errors(text: string, format: 'markdown' | 'yaml'): string[] {
  return checkText(text, { format })
    .findings.filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.rule}: ${finding.message}`)
    .sort();
}

const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const finding = (title: string, safe: boolean, ...edits: { range: ReturnType<typeof at>; newText: string }[]): Finding => ({
  rule: 'raci-invalid',
  severity: 'error',
  message: title,
  range: edits[0].range,
  fixes: [{ title, edits, safe }],
});

/** A charter with two safely fixable findings: a repeated letter, and "Data" with nobody responsible. */
const TWO_SAFE_FIXES = lines(
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
    const text = TWO_SAFE_FIXES;
    const fixed = applyEdits(text, safeFixEdits(checkText(text, { format: 'markdown' }).findings));
    assert.deepEqual(checkText(fixed, { format: 'markdown' }).findings.map((f) => f.rule), []);
  });

  it('does not rename `acountable` next to an existing `accountable` (samples/problems/schema.charter.yaml)', () => {
    const text = fs.readFileSync(path.join(ROOT, 'samples/problems/schema.charter.yaml'), 'utf8');
    const fixed = applyEdits(text, fixAllEdits(new FixVerifier(text, { format: 'yaml' })));
    assert.deepEqual(errors(fixed, 'yaml'), errors(text, 'yaml'));
    assert.ok(!/Duplicate key/.test(errors(fixed, 'yaml').join('\n')));
  });

  it('keeps one of two safe renames that hold alone but collide together (a duplicate key)', () => {
    const text = TWO_MISSPELT_KEYS_YAML;
    const verifier = new FixVerifier(text, { format: 'yaml' });
    assert.equal(safeFixEdits(verifier.before.findings).length, 2);
    const edits = fixAllEdits(verifier);
    assert.equal(edits.length, 1);
    const fixed = applyEdits(text, edits);
    assert.deepEqual(errors(fixed, 'yaml'), []);
    assert.match(fixed, /\n {4}accountable: pm\n {4}accountabel: pm\n/);
    // Together (fails), each half alone (holds); both halves together again is the first text, whose
    // check is remembered.
    assert.equal(verifier.checks, 3);
  });

  it('applies cell corrections whose rows then say something wrong (it was there all along), and reports it', () => {
    const text = paymentsMatrix(['| Roadmap | A/R/R | A |', '| Hiring | C | A/R/R |']);
    const edits = fixAllEdits(new FixVerifier(text, { format: 'markdown' }));
    // Roadmap's "A/R" reveals two accountable roles in that row: the fix is still the one obvious one.
    assert.deepEqual(edits.map((edit) => edit.newText.trim()), ['A/R', 'A/R']);
    const fixed = checkText(applyEdits(text, edits), { format: 'markdown' }).findings;
    assert.deepEqual(fixed.map((finding) => [finding.rule, finding.range.start.line]), [['accountable-multiple', 7]]);
  });

  it('checks the text once when the safe fixes hold together, and remembers the result', () => {
    const text = TWO_SAFE_FIXES;
    const verifier = new FixVerifier(text, { format: 'markdown' });
    const edits = fixAllEdits(verifier);
    assert.equal(edits.length, 2);
    assert.equal(fixAllEdits(verifier), edits);
    assert.equal(verifier.checks, 1);
  });

  it('applies nothing it could not verify within its budget', () => {
    const text = lines('team: Payments', 'roles:', '  pm:', '    title: Product Manager', 'responsibilities:', '  - name: Roadmap', '    acountable: pm', '    accountabel: pm', '    responsible: pm');
    assert.deepEqual(fixAllEdits(new FixVerifier(text, { format: 'yaml' }), { remaining: 1 }), []);
  });
});
