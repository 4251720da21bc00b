import * as assert from 'node:assert/strict';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import { assertFixResolves, checkYaml, findingsOf, lines, onlyFinding, rangeIn } from '../helpers/charter';

const RULE = 'schema';
const misspelt = lines(
  'team: Payments',
  'roles:',
  '  pm:',
  '    title: Product Manager',
  'responsibilities:',
  '  - name: Roadmap',
  '    acountable: pm',
  '    accountable: pm',
  '    responsible: pm',
);

describe(RULE, () => {
  it('warns about an unknown key with a did-you-mean', () => {
    const finding = onlyFinding(checkYaml(misspelt), RULE);
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range, rangeIn(misspelt, '⟦acountable⟧'));
    assert.match(finding.message, /"acountable".*"accountable"/);
  });

  it('offers no rename to a key the mapping already has: the two would be one duplicate key', () => {
    const finding = onlyFinding(checkYaml(misspelt), RULE);
    assert.equal(finding.message, 'Unknown key "acountable"; did you mean "accountable"? This mapping already has "accountable": keep one of the two.');
    assert.deepEqual(finding.fixes, []);
    // Without the real key beside it, the rename is offered, preferred and safe (and also ends accountable-missing).
    const alone = misspelt.replace('    accountable: pm\n', '');
    const renamed = onlyFinding(checkYaml(alone), RULE);
    assert.deepEqual(renamed.fixes.map((fix) => [fix.title, fix.isPreferred, fix.safe]), [["Rename to 'accountable'", true, true]]);
    assert.equal(new FixVerifier(alone, { format: 'yaml' }).verdict(renamed, renamed.fixes[0]), 'safe');
  });

  it('reports a missing required key or a wrong type as an error', () => {
    const text = lines('roles:', '  pm:', '    title: [Product, Manager]', 'responsibilities:', '  - name: Roadmap', '    accountable: pm', '    responsible: pm');
    const found = findingsOf(checkYaml(text), RULE);
    assert.ok(found.length >= 2, JSON.stringify(found.map((f) => f.message)));
    assert.ok(found.every((f) => f.severity === 'error'));
    assert.ok(found.some((f) => /team/.test(f.message)));
    assert.ok(found.some((f) => f.range.start.line === 2));
  });

  it("passes on the parser's fixes", () => {
    const text = lines('team: Payments', 'roles:', '  pm:', '    title: Product Manager', '    holders: Dana', 'responsibilities:', '  - name: Roadmap', '    accountable: pm', '    responsible: pm');
    const finding = onlyFinding(checkYaml(text), RULE);
    for (const fix of finding.fixes) assertFixResolves(text, 'yaml', finding, fix);
  });

  it('is silent for a well-formed charter', () => {
    assert.deepEqual(findingsOf(checkYaml(misspelt.replace('    acountable: pm\n', '')), RULE), []);
  });

  it('follows severity overrides for warnings and errors alike', () => {
    assert.equal(onlyFinding(checkYaml(misspelt, { [RULE]: 'error' }), RULE).severity, 'error');
    assert.equal(onlyFinding(checkYaml(misspelt, { [RULE]: 'info' }), RULE).severity, 'info');
    assert.deepEqual(findingsOf(checkYaml(misspelt, { [RULE]: 'off' }), RULE), []);
  });
});
