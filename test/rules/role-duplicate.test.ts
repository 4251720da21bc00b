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
  it('is silent when the roles are listed again for another purpose, and still reports a lone repeat', () => {
    const text = lines(
      '# Ticket desk',
      '## Roles',
      '| Role | Start page |',
      '| --- | --- |',
      '| Triager | /queue |',
      '| Resolver | /tickets |',
      '| Auditor | /log |',
      '## What each role does',
      '### Triager',
      'Sorts the queue.',
      '### Resolver',
      'Closes tickets.',
      '### Auditor',
      'Reads the log.',
      '## Who does what',
      '| Task | Triager | Resolver | Auditor |',
      '| --- | --- | --- | --- |',
      '| Sort the queue | A/R | I | I |',
      '| Close tickets | C | A/R | I |',
      '| Review the log | I | I | A/R |',
    );
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE), []);
    // One role written again among others that are new is a second definition.
    const lone = text.replace('### Resolver', '### Escalation lead').replace('### Auditor', '### Reviewer');
    assert.match(onlyFinding(checkMarkdown(lone), RULE).message, /^Role "Triager" duplicates role "Triager" \(line 5\)/);
  });

  it('reports two copies of one role side by side: they repeat one role, not a list', () => {
    const text = lines('# Payments', '## Roles', '- **Designer**', '- **designer**', '- **DESIGNER**', '- **Writer**');
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE).map((finding) => finding.range.start.line), [3, 4]);
  });
});
