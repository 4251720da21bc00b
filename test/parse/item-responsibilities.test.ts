// Responsibilities written as list items with their letter lines nested under each: one responsibility
// per item, not one heading holding every item's letters.
import * as assert from 'node:assert/strict';
import { applyFix, checkMarkdown, findingsOf, lines } from '../helpers/charter';

const text = lines(
  '# Dairy',
  '## Roles',
  '- **Herder**: moves the cows.',
  '- **Milker**: milks them.',
  '- **Vet**: keeps them well.',
  '## Duties',
  '- Morning milking',
  '  - R: Milker',
  '  - A: Milker',
  '  - I: Herder',
  '- Pasture rotation',
  '  - R: Herder',
  '  - A: Herder',
  '  - C: Vet',
  '- Health checks',
  '  - R: Vet',
);

describe('Markdown: responsibilities as list items with nested letter lines', () => {
  it('reads each item as its own responsibility, with its own letters', () => {
    const result = checkMarkdown(text);
    assert.deepEqual(result.charter.responsibilities.map((r) => r.name), ['Morning milking', 'Pasture rotation', 'Health checks']);
    assert.deepEqual(findingsOf(result, 'accountable-multiple'), []);
    const missing = findingsOf(result, 'accountable-missing');
    assert.deepEqual(missing.map((finding) => [finding.message, finding.range.start.line]), [['"Health checks" has no accountable role. Exactly one role must be accountable.', 14]]);
  });

  it('a fix adds the letter line inside the item, indented like its other lines', () => {
    const [finding] = findingsOf(checkMarkdown(text), 'accountable-missing');
    const fix = finding.fixes!.find((candidate) => candidate.title === 'Make Vet accountable')!;
    const fixed = applyFix(text, fix);
    assert.ok(fixed.endsWith('- Health checks\n  - R: Vet\n  - A: Vet\n'), fixed);
    assert.deepEqual(findingsOf(checkMarkdown(fixed), 'accountable-missing'), []);
  });
});
