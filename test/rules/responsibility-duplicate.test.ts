import * as assert from 'node:assert/strict';
import { check, checkMarkdown, findingsOf, lines, onlyFinding, rangeIn, said } from '../helpers/charter';
import { CHARTER_FORMS, formatOf, renderCharter } from '../helpers/forms';

const RULE = 'responsibility-duplicate';

describe(RULE, () => {
  for (const form of CHARTER_FORMS) {
    it(`warns on the later name in the ${form} form, ignoring case and white space`, () => {
      const text = renderCharter(form, {
        roles: ['Product Manager'],
        responsibilities: [
          { name: 'Release date', letters: { 'Product Manager': 'A/R' } },
          { name: 'Pricing', letters: { 'Product Manager': 'A/R' } },
          { name: 'release  Date', letters: { 'Product Manager': 'A/R' } },
        ],
      });
      const finding = onlyFinding(check(text, formatOf(form)), RULE);
      const firstLine = text.split('\n').findIndex((line) => line.includes('Release date')) + 1;
      assert.deepEqual(said(finding), { messageId: 'duplicate', data: { responsibility: 'release  Date', line: firstLine } });
      assert.equal(finding.severity, 'warning');
      assert.deepEqual(finding.range, rangeIn(text, '⟦release  Date⟧'));
      assert.deepEqual(finding.related?.map((related) => related.range), [rangeIn(text, '⟦Release date⟧')]);
    });
  }

  it('compares within one table or section: the same step in two phases is two steps', () => {
    const phases = lines(
      '# Payments',
      '## Responsibilities',
      '### Phase 1',
      '| Step | Product Manager |',
      '| --- | --- |',
      '| Review | A/R |',
      '### Phase 2',
      '| Step | Product Manager |',
      '| --- | --- |',
      '| Review | A/R |',
      '| Review | A/R |',
    );
    assert.deepEqual(onlyFinding(checkMarkdown(phases), RULE).range.start.line, 10);
  });

  it('does not compare a matrix row with a sub-heading of another section', () => {
    const text = lines(
      '# Payments',
      '## Responsibilities',
      '| Responsibility | Product Manager |',
      '| --- | --- |',
      '| Roadmap | A/R |',
      '## Ownership',
      '### Roadmap',
      '- Accountable: Product Manager',
      '- Responsible: Product Manager',
    );
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE), []);
  });

  it('is silent for different names, and follows severity overrides', () => {
    const text = renderCharter('matrix', {
      responsibilities: [
        { name: 'Roadmap', letters: { Lead: 'A/R' } },
        { name: 'Road map', letters: { Lead: 'A/R' } },
      ],
    });
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE), []);
    const twice = text.replace('Road map', 'Roadmap');
    assert.equal(onlyFinding(checkMarkdown(twice, { [RULE]: 'error' }), RULE).severity, 'error');
    assert.deepEqual(findingsOf(checkMarkdown(twice, { [RULE]: 'off' }), RULE), []);
  });
});
