import * as assert from 'node:assert/strict';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import { assertFixResolves, changedLines, check, checkMarkdown, checkYaml, findingsOf, lines, onlyFinding, rangeOf, said } from '../helpers/charter';
import { CHARTER_FORMS, formatOf, renderCharter, type CharterSpec } from '../helpers/forms';
import { PADDED_DELIMITER, paymentsMatrix } from '../helpers/fixtures';

const RULE = 'responsible-missing';
const noResponsible: CharterSpec = {
  roles: ['Product Manager', 'Engineering Manager'],
  responsibilities: [
    { name: 'Release date', letters: { 'Product Manager': 'A', 'Engineering Manager': 'C' } },
    { name: 'Roadmap', letters: { 'Product Manager': 'A/R', 'Engineering Manager': 'I' } },
  ],
};

describe(RULE, () => {
  for (const form of CHARTER_FORMS) {
    describe(`in the ${form} form`, () => {
      const text = renderCharter(form, noResponsible);
      const format = formatOf(form);

      it('warns on the name of the responsibility without an R', () => {
        const found = findingsOf(check(text, format), RULE);
        assert.equal(found.length, 1);
        assert.deepEqual(found[0].range, rangeOf(text, 'Release date'));
        assert.deepEqual(said(found[0]), { messageId: 'missing', data: { responsibility: 'Release date' } });
        assert.equal(found[0].severity, 'warning');
      });

      it('offers one safe, preferred fix: the accountable role also responsible', () => {
        const finding = onlyFinding(check(text, format), RULE);
        assert.deepEqual(
          finding.fixes.map((fix) => [fix.title, fix.isPreferred, fix.safe]),
          [['Make Product Manager also responsible', true, true]],
        );
        const { result } = assertFixResolves(text, format, finding, finding.fixes[0]);
        const release = result.charter.responsibilities.find((r) => r.name === 'Release date')!;
        const product = release.assignments.filter((a) => /product/i.test(a.ref.text)).map((a) => a.letter).sort();
        assert.deepEqual(product, ['A', 'R']);
      });
    });
  }

  it('writes A/R into the matrix cell and changes nothing else', () => {
    const text = paymentsMatrix(['| Release date   | A               | C                   |'], PADDED_DELIMITER);
    const finding = onlyFinding(checkMarkdown(text), RULE);
    const { text: fixed } = assertFixResolves(text, 'markdown', finding, finding.fixes[0]);
    assert.deepEqual(changedLines(text, fixed), [7]);
    assert.match(fixed.split('\n')[7], /^\| Release date +\| A\/R +\| C +\|$/);
  });

  it('does not make an undefined accountable role responsible safely: the fix is neither safe nor preferred', () => {
    const text = lines('team: Payments', 'roles:', '  pm:', '    title: Product Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: ghost', '    consulted: pm');
    const finding = onlyFinding(checkYaml(text), RULE);
    assert.deepEqual(finding.fixes.map((fix) => [fix.title, fix.safe ?? false, fix.isPreferred ?? false]), [['Make ghost also responsible', false, false]]);
    // Applied, it names the undefined role a second time: verification does not offer it.
    assert.deepEqual(new FixVerifier(text, { format: 'yaml' }).offered(finding), []);
  });

  it('offers no fix when no role is accountable (accountable-missing comes first)', () => {
    const text = renderCharter('matrix', { roles: ['Designer'], responsibilities: [{ name: 'Style guide', letters: { Designer: 'C' } }] });
    assert.deepEqual(onlyFinding(checkMarkdown(text), RULE).fixes, []);
  });

  it('applies to implicit roles, and follows severity overrides', () => {
    const text = renderCharter('assignment-table', { responsibilities: noResponsible.responsibilities });
    assert.equal(findingsOf(checkMarkdown(text), RULE).length, 1);
    assert.equal(onlyFinding(checkMarkdown(text, { [RULE]: 'error' }), RULE).severity, 'error');
    assert.deepEqual(findingsOf(checkMarkdown(text, { [RULE]: 'off' }), RULE), []);
  });
});
