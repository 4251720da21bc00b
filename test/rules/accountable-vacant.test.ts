import * as assert from 'node:assert/strict';
import { check, checkMarkdown, checkYaml, findingsOf, lines, onlyFinding, rangeIn, said } from '../helpers/charter';
import { CHARTER_FORMS, formatOf, renderCharter, type CharterForm, type CharterSpec } from '../helpers/forms';
import { hoverAt } from '../../server/src/core/features/hover';
import { isVacantHolder } from '../../server/src/core/roles/vacancy';

const RULE = 'accountable-vacant';
const spec: CharterSpec = {
  roles: ['Product Manager', 'Engineering Manager'],
  responsibilities: [
    { name: 'Roadmap', letters: { 'Product Manager': 'A/R', 'Engineering Manager': 'C' } },
    { name: 'Delivery', letters: { 'Product Manager': 'C', 'Engineering Manager': 'A/R' } },
  ],
};

/** The charter of a form, with its roles' holders written the way that form does. */
function withHolders(form: CharterForm, holders: Record<string, string>): string {
  const text = renderCharter(form, spec);
  if (form === 'yaml') {
    return text.replace(/( {2}([a-z-]+):\n {4}title: (.+)\n)/g, (whole, _all, _id, title: string) => (holders[title] ? `${whole}    holder: ${holders[title]}\n` : whole));
  }
  const table = ['| Role | Holder |', '| --- | --- |', ...spec.roles!.map((title) => `| ${title} | ${holders[title] ?? ''} |`)].join('\n');
  return text.replace(/## Roles\n\n(?:- .*\n)+/, `## Roles\n\n${table}\n`);
}

describe(RULE, () => {
  for (const form of CHARTER_FORMS) {
    describe(`in the ${form} form`, () => {
      const format = formatOf(form);

      it('fires on the A of a responsibility whose only accountable role is vacant, pointing at the role', () => {
        const text = withHolders(form, { 'Product Manager': 'TBD', 'Engineering Manager': 'Dana Ruiz' });
        const finding = onlyFinding(check(text, format), RULE);
        assert.equal(finding.severity, 'warning');
        assert.deepEqual(said(finding), { messageId: 'vacant', data: { responsibility: 'Roadmap', role: 'Product Manager', holder: 'TBD' } });
        const result = check(text, format);
        const roadmap = result.charter.responsibilities.find((r) => r.name === 'Roadmap')!;
        const a = roadmap.assignments.find((assignment) => assignment.letter === 'A')!;
        assert.deepEqual(finding.range, a.range);
        const role = result.charter.roles.find((r) => r.title === 'Product Manager')!;
        assert.deepEqual(finding.related, [{ message: '"Product Manager" is held by "TBD"', range: role.titleRange }]);
        assert.deepEqual(finding.fixes, []);
      });

      it('is silent when the role is held, or when its holder is not written at all', () => {
        assert.deepEqual(findingsOf(check(withHolders(form, { 'Product Manager': 'Sam Lee' }), format), RULE), []);
        assert.deepEqual(findingsOf(check(withHolders(form, {}), format), RULE), []);
      });
    });
  }

  it('reads vacancy words in the ten languages, with a remark after them, and not inside a name', () => {
    for (const word of ['Vacant', 'vacant (hiring)', 'TBD – Q3', 'Open', 'Hiring', '_to be hired_', 'À pourvoir', 'N. N.', 'vakant', 'Vacante', 'Vaga aberta', 'Da definire', 'Vacature', 'Вакансия', '空席', '空缺（招聘中）', 'N.N.']) {
      assert.ok(isVacantHolder(word), word);
    }
    for (const name of ['Dana Ruiz', 'Open Source Team', 'Hiring Manager', 'Vacanti Rossi', 'TBDavis', 'Jane / TBD']) assert.ok(!isVacantHolder(name), name);
  });

  it('counts a role every holder of which is a placeholder, not one with a person among them', () => {
    const text = lines(
      'team: T',
      'roles:',
      '  pm:',
      '    title: Product Manager',
      '    holder: [TBD, Hiring]',
      '  em:',
      '    title: Engineering Manager',
      '    holder: [Dana, TBD]',
      'responsibilities:',
      '  - name: Roadmap',
      '    accountable: pm',
      '    responsible: em',
      '  - name: Delivery',
      '    accountable: em',
      '    responsible: pm',
    );
    assert.deepEqual(findingsOf(checkYaml(text), RULE).map((f) => f.message.split(',')[0]), ['"Roadmap" has one accountable role']);
  });

  it('reads "vacant" as a role list item\'s whole description, and a Holder: line of a role heading', () => {
    const list = lines(
      '# T',
      '## Roles',
      '- **Designer**: vacant (hiring in Q3)',
      '- **Engineer**: builds it; the vacant seat is the designer\'s.',
      '## Responsibilities',
      '| Responsibility | Designer | Engineer |',
      '| --- | --- | --- |',
      '| Design | A/R | C |',
      '| Build | C | A/R |',
    );
    assert.deepEqual(findingsOf(checkMarkdown(list), RULE).map((f) => f.range), [rangeIn(list, '| Design | ⟦A/R⟧ |')]);
    const headings = lines('# T', '## Roles', '### Designer', 'Holder: Open', '### Engineer', 'Holder: Kim', '## Responsibilities', '| Responsibility | Designer | Engineer |', '| --- | --- | --- |', '| Design | A/R | C |', '| Build | C | A/R |');
    assert.equal(onlyFinding(checkMarkdown(headings), RULE).message.split(':')[0], '"Design" has one accountable role, "Designer", and it is vacant ("Open")');
  });

  it('leaves a responsibility with two accountable roles to accountable-multiple', () => {
    const text = withHolders('matrix', { 'Product Manager': 'TBD', 'Engineering Manager': 'TBD' }).replace('| Roadmap | A/R | C |', '| Roadmap | A/R | A |');
    const result = checkMarkdown(text);
    assert.deepEqual(findingsOf(result, RULE).map((f) => f.message.split(',')[0]), ['"Delivery" has one accountable role']);
    assert.equal(findingsOf(result, 'accountable-multiple').length, 1);
  });

  it('follows severity overrides', () => {
    const text = withHolders('yaml', { 'Product Manager': 'vacant' });
    assert.equal(onlyFinding(checkYaml(text, { [RULE]: 'error' }), RULE).severity, 'error');
    assert.deepEqual(findingsOf(checkYaml(text, { [RULE]: 'off' }), RULE), []);
  });

  it('says on a role\'s hover that it is vacant', () => {
    const text = withHolders('yaml', { 'Product Manager': 'TBD' });
    const result = checkYaml(text);
    const role = result.charter.roles.find((r) => r.title === 'Product Manager')!;
    const hover = hoverAt(result, role.titleRange.start);
    assert.match(hover?.markdown ?? '', /\*\*Vacant\*\*: its holder is written as "TBD", so nobody holds this role yet\./);
    const held = result.charter.roles.find((r) => r.title === 'Engineering Manager')!;
    assert.doesNotMatch(hoverAt(result, held.titleRange.start)?.markdown ?? '', /Vacant/);
  });
});
