import * as assert from 'node:assert/strict';
import { checkMarkdown, checkYaml, findingsOf, lines, onlyFinding, rangeIn, said } from '../helpers/charter';

const RULE = 'role-duplicate';

describe(RULE, () => {
  it('reports the later of two list definitions with the same title, pointing at the first', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '- **Product Manager**: owns the roadmap.',
      '- **Engineering Manager**: owns the how.',
      '- **product  manager**: copied by mistake.',
      '## Responsibilities',
      '### Roadmap',
      '- Accountable: Product Manager',
      '- Responsible: Engineering Manager',
    );
    const finding = onlyFinding(checkMarkdown(text), RULE);
    assert.deepEqual(said(finding), { messageId: 'duplicate', data: { role: 'product  manager', first: 'Product Manager', line: 3, name: 'Product Manager' } });
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.range, rangeIn(text, '- **⟦product  manager⟧**'));
    assert.deepEqual(finding.related?.map((related) => related.range), [rangeIn(text, '- **⟦Product Manager⟧**: owns')]);
  });

  it('reports an alias that is another role\'s title, in a roles table', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '| Role | Aliases | Description |',
      '| --- | --- | --- |',
      '| Product Owner | | Orders the backlog. |',
      '| Product Manager | Product Owner, Product Lead | Owns the roadmap. |',
      '## Responsibilities',
      '### Backlog',
      '- Accountable: Product Manager',
      '- Responsible: Product Manager',
    );
    const finding = onlyFinding(checkMarkdown(text), RULE);
    assert.match(finding.message, /^Role "Product Manager" duplicates role "Product Owner" \(line 5\): both answer to "Product Owner"\.$/);
    assert.deepEqual(finding.range, rangeIn(text, '| ⟦Product Manager⟧ |'));
  });

  it("reports a YAML title that is another role's id", () => {
    const text = lines(
      'team: Payments',
      'roles:',
      '  pm:',
      '    title: Product Manager',
      '  prog:',
      '    title: PM',
      'responsibilities:',
      '  - name: Roadmap',
      '    accountable: pm',
      '    responsible: prog',
    );
    const finding = onlyFinding(checkYaml(text), RULE);
    assert.match(finding.message, /both answer to "pm"\.$/);
    assert.deepEqual(finding.range, rangeIn(text, 'title: ⟦PM⟧'));
  });

  it('is silent for distinct roles, and follows severity overrides', () => {
    const distinct = lines('# Payments', '## Roles', '### Product Manager', 'Id: pm', '### Program Manager', 'Id: prog');
    assert.deepEqual(findingsOf(checkMarkdown(distinct), RULE), []);
    const twice = lines('# Payments', '## Roles', '- **Designer**', '- **Designer**');
    assert.equal(onlyFinding(checkMarkdown(twice, { [RULE]: 'warning' }), RULE).severity, 'warning');
    assert.deepEqual(findingsOf(checkMarkdown(twice, { [RULE]: 'off' }), RULE), []);
  });
});
