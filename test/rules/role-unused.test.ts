import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { assertFixResolves, changedLines, check, checkMarkdown, checkYaml, findingsOf, lines, onlyFinding, rangeIn, said } from '../helpers/charter';
import { CHARTER_FORMS, formatOf, renderCharter, type CharterSpec } from '../helpers/forms';

const RULE = 'role-unused';
const withScrumMaster: CharterSpec = {
  roles: ['Product Manager', 'Scrum Master', 'Engineering Manager'],
  responsibilities: [{ name: 'Roadmap', letters: { 'Product Manager': 'A/R', 'Engineering Manager': 'C' } }],
};

describe(RULE, () => {
  for (const form of CHARTER_FORMS) {
    describe(`in the ${form} form`, () => {
      const text = renderCharter(form, withScrumMaster);
      const format = formatOf(form);

      it('warns on the title of the role no responsibility names', () => {
        const finding = onlyFinding(check(text, format), RULE);
        assert.deepEqual(said(finding), { messageId: 'unused', data: { role: 'Scrum Master' } });
        assert.equal(finding.severity, 'warning');
        assert.deepEqual(finding.range, rangeIn(text, form === 'yaml' ? 'title: ⟦Scrum Master⟧' : '**⟦Scrum Master⟧**'));
      });

      it('offers "Remove role", not preferred, which deletes the definition only', () => {
        const finding = onlyFinding(check(text, format), RULE);
        assert.deepEqual(finding.fixes.map((fix) => [fix.title, fix.isPreferred ?? false]), [["Remove role 'Scrum Master'", false]]);
        const { text: fixed, result } = assertFixResolves(text, format, finding, finding.fixes[0]);
        assert.ok(!fixed.includes('Scrum Master'));
        assert.deepEqual(result.charter.roles.map((role) => role.title), ['Product Manager', 'Engineering Manager']);
        assert.equal(text.split('\n').length - fixed.split('\n').length, form === 'yaml' ? 2 : 1);
      });
    });
  }

  it('counts any letter as use, and a column with no letter as none', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '- **Product Manager**',
      '- **Designer**',
      '- **Tester**',
      '## Responsibilities',
      '| Responsibility | Product Manager | Designer | Tester |',
      '| --- | --- | --- | --- |',
      '| Roadmap | A/R | I | |',
    );
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE).map(said), [{ messageId: 'unused', data: { role: 'Tester' } }]);
  });

  it('counts a role whose cells cannot be read as used: raci-invalid reports them, and removing it would leave its column undefined', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '- **Product Manager**: owns.',
      '- **Architect**: designs.',
      '## Responsibilities',
      '| Responsibility | Product Manager | Architect |',
      '| --- | --- | --- |',
      '| Roadmap | A/R | X |',
    );
    const result = checkMarkdown(text);
    assert.deepEqual(findingsOf(result, RULE), []);
    assert.equal(findingsOf(result, 'raci-invalid').length, 1);
  });

  it('offers no "Remove role" when an alias elsewhere uses an anchor in the definition', () => {
    const text = lines(
      'team: Payments',
      'roles:',
      '  em:',
      '    title: &eng Engineering Manager',
      '  pm:',
      '    title: Product Manager',
      '    description: *eng',
      '  sm:',
      '    title: &sm Scrum Master',
      'responsibilities:',
      '  - name: Roadmap',
      '    accountable: pm',
      '    responsible: *sm',
    );
    const finding = onlyFinding(checkYaml(text), RULE);
    assert.deepEqual(said(finding), { messageId: 'unused', data: { role: 'Engineering Manager' } });
    assert.deepEqual(finding.fixes, []);
    // An anchor used only inside the definition, or not at all, does not stop the removal.
    const own = text.replace('    description: *eng\n', '');
    const removable = onlyFinding(checkYaml(own), RULE);
    assert.deepEqual(removable.fixes.map((fix) => fix.title), ["Remove role 'Engineering Manager'"]);
    assertFixResolves(own, 'yaml', removable, removable.fixes[0]);
  });

  it('is silent for a role catalog (roles and no responsibilities) and for implicit roles', () => {
    const catalog = lines('roles:', '  pm:', '    title: Product Manager', '  em:', '    title: Engineering Manager');
    assert.deepEqual(findingsOf(checkYaml(catalog), RULE), []);
    const implicit = renderCharter('matrix', { responsibilities: withScrumMaster.responsibilities });
    assert.deepEqual(findingsOf(checkMarkdown(implicit), RULE), []);
  });

  it('never reports inherited roles', () => {
    const files: Record<string, string> = {
      '/org/roles.charter.yaml': lines('roles:', '  architect:', '    title: Architect'),
      '/team/charter.yaml': lines('team: Payments', 'extends: ../org/roles.charter.yaml', 'responsibilities:', '  - name: Roadmap', '    accountable: pm'),
    };
    const host = { readFile: (path: string) => files[path] };
    const result = checkText(files['/team/charter.yaml'], { path: '/team/charter.yaml', host });
    assert.deepEqual(findingsOf(result, RULE), []);
  });

  it('follows severity overrides', () => {
    const text = renderCharter('yaml', withScrumMaster);
    assert.equal(onlyFinding(checkYaml(text, { [RULE]: 'error' }), RULE).severity, 'error');
    assert.deepEqual(findingsOf(checkYaml(text, { [RULE]: 'off' }), RULE), []);
  });

  it('removes a table row definition without touching the other rows', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '| Role | Description |',
      '| ---- | ----------- |',
      '| Product Manager | Owns the roadmap. |',
      '| Scrum Master | Runs ceremonies. |',
      '## Responsibilities',
      '### Roadmap',
      '- Accountable: Product Manager',
      '- Responsible: Product Manager',
    );
    const finding = onlyFinding(checkMarkdown(text), RULE);
    const { text: fixed } = assertFixResolves(text, 'markdown', finding, finding.fixes[0]);
    assert.deepEqual(changedLines(text, fixed), [5]);
  });

  it('removes a sub-heading definition with its fields and description', () => {
    const text = lines(
      '# Payments',
      '',
      '## Roles',
      '',
      '### Product Manager',
      '',
      'Owns the roadmap.',
      '',
      '### Scrum Master',
      '',
      'Id: sm',
      'Runs the ceremonies.',
      '',
      '## Responsibilities',
      '',
      '### Roadmap',
      '',
      '- Accountable: Product Manager',
      '- Responsible: Product Manager',
    );
    const finding = onlyFinding(checkMarkdown(text), RULE);
    assert.deepEqual(finding.range, rangeIn(text, '### ⟦Scrum Master⟧'));
    const { text: fixed } = assertFixResolves(text, 'markdown', finding, finding.fixes[0]);
    assert.ok(!/Scrum Master|Id: sm|ceremonies/.test(fixed), fixed);
    assert.ok(fixed.includes('## Responsibilities'));
  });

  // Failed before: each role used only by its short name was reported unused.
  it('counts a role named by its short name as used', () => {
    const text = lines(
      '# Harbour',
      '## Roles',
      '- **Product Owner**',
      '- **Release Manager**',
      '- **Security Lead**',
      '## Responsibilities',
      '### Release train',
      '- Accountable: PO',
      '- Responsible: Release Mgr',
      '- Informed: Security',
    );
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE), []);
  });

  it('reports neither role a short name could stand for: one of them is meant (role-ambiguous asks which)', () => {
    const text = lines('# Harbour', '## Roles', '- **Product Owner**', '- **Project Officer**', '- **Tester**', '## Responsibilities', '### Release', '- Accountable: PO', '- Responsible: Tester');
    const result = checkMarkdown(text);
    assert.deepEqual(findingsOf(result, RULE), []);
    assert.equal(findingsOf(result, 'role-ambiguous').length, 1);
  });
});
