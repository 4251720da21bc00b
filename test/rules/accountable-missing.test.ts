import * as assert from 'node:assert/strict';
import { assertFixResolves, changedLines, check, checkMarkdown, checkYaml, findingsOf, fixTitled, lines, onlyFinding, rangeOf, said } from '../helpers/charter';
import { CHARTER_FORMS, formatOf, renderCharter, type CharterSpec } from '../helpers/forms';

const RULE = 'accountable-missing';
const noAccountable: CharterSpec = {
  roles: ['Product Manager', 'Engineering Manager'],
  responsibilities: [
    { name: 'Incident review', letters: { 'Product Manager': 'R', 'Engineering Manager': 'C' } },
    { name: 'Roadmap', letters: { 'Product Manager': 'A/R', 'Engineering Manager': 'C' } },
  ],
};

describe(RULE, () => {
  for (const form of CHARTER_FORMS) {
    describe(`in the ${form} form`, () => {
      const text = renderCharter(form, noAccountable);
      const format = formatOf(form);

      it('fires on the name of the responsibility without an A, and nowhere else', () => {
        const found = findingsOf(check(text, format), RULE);
        assert.equal(found.length, 1);
        assert.deepEqual(found[0].range, rangeOf(text, 'Incident review'));
        assert.deepEqual(said(found[0]), { messageId: 'missing', data: { responsibility: 'Incident review' } });
        assert.equal(found[0].severity, 'error');
      });

      it('offers "Make X accountable" for each involved role, each fixing the finding alone', () => {
        const finding = onlyFinding(check(text, format), RULE);
        assert.deepEqual(
          finding.fixes.map((fix) => fix.title),
          ['Make Product Manager accountable', 'Make Engineering Manager accountable'],
        );
        for (const fix of finding.fixes) assertFixResolves(text, format, finding, fix);
      });
    });
  }

  it('keeps the letters the role had and touches only its row', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '- **Product Manager**',
      '- **Engineering Manager**',
      '## Responsibilities',
      '| Responsibility  | Product Manager | Engineering Manager |',
      '| --------------- | --------------- | ------------------- |',
      '| Incident review | R               | C                   |',
      '| Roadmap         | A/R             | C                   |',
    );
    const finding = onlyFinding(checkMarkdown(text), RULE);
    const { text: fixed } = assertFixResolves(text, 'markdown', finding, fixTitled(finding, 'Make Product Manager accountable'));
    assert.deepEqual(changedLines(text, fixed), [7]);
    assert.match(fixed.split('\n')[7], /^\| Incident review \| A\/R +\| C +\|$/);
  });

  it('says nothing of a row whose unreadable cell may hold the A (raci-invalid reports the cell, once)', () => {
    const text = lines('# Payments', '## Responsibilities', '| Responsibility | Product Manager | Designer |', '| --- | --- | --- |', '| Roadmap | X | R |');
    const result = checkMarkdown(text);
    assert.equal(findingsOf(result, RULE).length, 0);
    assert.equal(findingsOf(result, 'responsible-missing').length, 0);
    assert.equal(findingsOf(result, 'raci-invalid').length, 1);
  });

  it('offers a preferred fix when one role is involved', () => {
    const text = lines('team: Payments', 'responsibilities:', '  - name: Roadmap', '    responsible: Product Manager');
    const finding = onlyFinding(checkYaml(text), RULE);
    assert.deepEqual(finding.fixes.map((fix) => [fix.title, fix.isPreferred]), [['Make Product Manager accountable', true]]);
    assertFixResolves(text, 'yaml', finding, finding.fixes[0]);
  });

  it('applies to charters with implicit roles, and follows severity overrides', () => {
    const text = renderCharter('heading', { responsibilities: noAccountable.responsibilities });
    assert.equal(findingsOf(checkMarkdown(text), RULE).length, 1);
    assert.equal(onlyFinding(checkMarkdown(text, { [RULE]: 'warning' }), RULE).severity, 'warning');
    assert.deepEqual(findingsOf(checkMarkdown(text, { [RULE]: 'off' }), RULE), []);
  });
});
