import * as assert from 'node:assert/strict';
import { applyFix, assertFixResolves, changedLines, checkMarkdown, findingsOf, onlyFinding, rangeIn, said } from '../helpers/charter';
import { PADDED_DELIMITER, paymentsMatrix } from '../helpers/fixtures';

const RULE = 'raci-invalid';

function matrix(...rows: string[]): string {
  // The Hiring row gives both roles a letter, so that fixing a cell changes no other finding.
  return paymentsMatrix([...rows, '| Hiring         | C               | A/R                 |'], PADDED_DELIMITER);
}

describe(RULE, () => {
  it('reports a repeated letter on the cell text and offers it once, padded to keep the table aligned', () => {
    const text = matrix('| Roadmap        | A/R             | CC                  |');
    const finding = onlyFinding(checkMarkdown(text), RULE);
    assert.deepEqual(said(finding), {
      messageId: 'invalidDidYouMean',
      data: { value: 'CC', role: 'Engineering Manager', responsibility: 'Roadmap', problem: '"C" appears twice', suggestion: 'C' },
    });
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.range, rangeIn(text, '| ⟦CC⟧ '));
    assert.deepEqual(finding.fixes.map((fix) => [fix.title, fix.isPreferred, fix.safe]), [["Change to 'C'", true, true]]);
    const { text: fixed } = assertFixResolves(text, 'markdown', finding, finding.fixes[0]);
    assert.deepEqual(changedLines(text, fixed), [7]);
    assert.equal(fixed.split('\n')[7], '| Roadmap        | A/R             | C                   |');
  });

  it('accepts letters spelled out, in bold, linked or in parentheses, and "N/A" for not involved', () => {
    const text = matrix('| Roadmap | **A**/R | (Consulted) |', '| Pricing | Accountable, Responsible | N/A |', '| Budget | [A](#a)/R | n/a |');
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE), []);
  });

  it('reports a repeated letter and offers it once', () => {
    const text = matrix('| Roadmap | A/R | C/c |');
    const finding = onlyFinding(checkMarkdown(text), RULE);
    assert.match(finding.message, /"C\/c" .*: "C" appears twice\. Did you mean "C"\?$/);
    assert.deepEqual(finding.fixes.map((fix) => fix.title), ["Change to 'C'"]);
    assertFixResolves(text, 'markdown', finding, finding.fixes[0]);
  });

  it('writes several intended letters in the canonical A/R order', () => {
    const text = matrix('| Roadmap | R/A/r | I |');
    const finding = onlyFinding(checkMarkdown(text), RULE);
    assert.deepEqual(finding.fixes.map((fix) => fix.title), ["Change to 'A/R'"]);
    // The row's A and R were in the unreadable cell: only raci-invalid is reported, and the fix brings them back.
    assert.deepEqual(checkMarkdown(text).findings.map((other) => other.rule), [RULE]);
    const fixed = applyFix(text, finding.fixes[0]);
    assert.deepEqual(checkMarkdown(fixed).findings, []);
    assert.equal(fixed.split('\n')[7], '| Roadmap | A/R   | I |');
  });

  it('offers no fix when the intent is unclear, and says what a cell may hold', () => {
    const text = matrix('| Roadmap | A/R | Q |');
    const finding = onlyFinding(checkMarkdown(text), RULE);
    assert.deepEqual(said(finding), { messageId: 'invalid', data: { value: 'Q', role: 'Engineering Manager', responsibility: 'Roadmap', problem: '"Q" is not a RACI letter' } });
    assert.deepEqual(finding.fixes, []);
  });

  it('explains that a check mark says the role is involved but not how, and guesses no letter', () => {
    for (const mark of ['✓', '✔', 'x', 'X', 'yes']) {
      const text = matrix(`| Roadmap | A/R | ${mark} |`);
      const finding = onlyFinding(checkMarkdown(text), RULE);
      assert.deepEqual(said(finding), { messageId: 'mark', data: { value: mark, role: 'Engineering Manager', responsibility: 'Roadmap' } });
      assert.deepEqual(finding.range, rangeIn(text, `| A/R | ⟦${mark}⟧ |`));
      assert.deepEqual(finding.fixes, []);
    }
  });

  it('accepts every valid spelling, and blank or dash cells', () => {
    const text = matrix('| Roadmap | a/r | c |', '| Pricing | R/A | - |', '| Hiring | AR | |', '| Budget | A + R | C & I |');
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE), []);
  });

  it('follows severity overrides', () => {
    const text = matrix('| Roadmap | A/R | X |');
    assert.equal(onlyFinding(checkMarkdown(text, { [RULE]: 'warning' }), RULE).severity, 'warning');
    assert.deepEqual(findingsOf(checkMarkdown(text, { [RULE]: 'off' }), RULE), []);
  });
});

