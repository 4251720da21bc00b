import * as assert from 'node:assert/strict';
import { assertFixResolves, changedLines, checkMarkdown, checkYaml, findingsOf, lines, onlyFinding, rangeIn } from '../helpers/charter';
import { renderCharter } from '../helpers/forms';
import { FixVerifier } from '../../server/src/core/fixes/verify';

const RULE = 'role-ambiguous';
const PM_MEANINGS = 'it can mean Product Manager, Program Manager or Project Manager';

describe(RULE, () => {
  describe('on a role definition titled with a short form', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '- **PM**: owns the roadmap.',
      '- **Engineering Manager**: owns the how.',
      '## Responsibilities',
      '| Responsibility | PM | Engineering Manager |',
      '| --- | --- | --- |',
      '| Roadmap | A/R | C |',
    );

    it('warns on the title, naming what it can mean', () => {
      const finding = onlyFinding(checkMarkdown(text), RULE);
      assert.equal(finding.message, `Role title "PM" is ambiguous: ${PM_MEANINGS}. Write the title in full.`);
      assert.equal(finding.severity, 'warning');
      assert.deepEqual(finding.range, rangeIn(text, '- **⟦PM⟧**'));
    });

    it('offers one rename per expansion, renaming the references that relied on the title too', () => {
      const finding = onlyFinding(checkMarkdown(text), RULE);
      assert.deepEqual(
        finding.fixes.map((fix) => fix.title),
        ["Replace 'PM' with 'Product Manager'", "Replace 'PM' with 'Program Manager'", "Replace 'PM' with 'Project Manager'"],
      );
      for (const fix of finding.fixes) {
        const { text: fixed } = assertFixResolves(text, 'markdown', finding, fix);
        assert.deepEqual(changedLines(text, fixed), [2, 5]);
      }
    });

    it('offers no title another role already has: the two would be duplicates (role-duplicate)', () => {
      const markdown = lines(
        '# Payments',
        '## Roles',
        '- **PM**: plans.',
        '- **Product Manager**: owns the roadmap.',
        '## Responsibilities',
        '| Responsibility | PM | Product Manager |',
        '| --- | --- | --- |',
        '| Roadmap | A/R | C |',
      );
      const yaml = lines(
        'team: Payments',
        'roles:',
        '  pm:',
        '    title: PM',
        '  product-manager:',
        '    title: Product Manager',
        'responsibilities:',
        '  - name: Roadmap',
        '    accountable: pm',
        '    responsible: product-manager',
      );
      for (const [charter, format] of [[markdown, 'markdown'], [yaml, 'yaml']] as const) {
        const finding = onlyFinding(format === 'yaml' ? checkYaml(charter) : checkMarkdown(charter), RULE);
        assert.deepEqual(
          finding.fixes.map((fix) => fix.title),
          ["Replace 'PM' with 'Program Manager'", "Replace 'PM' with 'Project Manager'"],
          format,
        );
        for (const fix of finding.fixes) assertFixResolves(charter, format, finding, fix);
      }
    });

    it('renames only the title in YAML, where the id still answers to the references', () => {
      const yaml = lines('team: Payments', 'roles:', '  pm:', '    title: PM', 'responsibilities:', '  - name: Roadmap', '    accountable: pm', '    responsible: pm');
      const finding = onlyFinding(checkYaml(yaml), RULE);
      assert.deepEqual(finding.range, rangeIn(yaml, 'title: ⟦PM⟧'));
      const { text: fixed } = assertFixResolves(yaml, 'yaml', finding, finding.fixes[0]);
      assert.deepEqual(changedLines(yaml, fixed), [3]);
    });
  });

  describe('on a reference', () => {
    it('replaces role-undefined for an unresolved short form and offers the defined expansion first', () => {
      const text = lines(
        '# Payments',
        '## Roles',
        '- **Product Manager**',
        '- **Engineering Manager**',
        '## Responsibilities',
        '### Roadmap',
        '- Accountable: PM',
        '- Responsible: Engineering Manager',
        '### Pricing',
        '- Accountable: Product Manager',
        '- Responsible: Product Manager',
      );
      const result = checkMarkdown(text);
      assert.deepEqual(findingsOf(result, 'role-undefined'), []);
      const finding = onlyFinding(result, RULE);
      assert.equal(finding.message, `"PM" is ambiguous: ${PM_MEANINGS}. Name the role in full.`);
      assert.deepEqual(finding.range, rangeIn(text, 'Accountable: ⟦PM⟧'));
      assert.deepEqual(
        finding.fixes.map((fix) => [fix.title, fix.isPreferred ?? false]),
        [
          ["Replace 'PM' with 'Product Manager'", true],
          ["Replace 'PM' with 'Program Manager' and define that role", false],
          ["Replace 'PM' with 'Project Manager' and define that role", false],
        ],
      );
      for (const fix of finding.fixes) assertFixResolves(text, 'markdown', finding, fix);
    });

    it("writes the defined expansion's id in YAML", () => {
      const text = lines(
        'team: Payments',
        'roles:',
        '  prog:',
        '    title: Program Manager',
        'responsibilities:',
        '  - name: Launch',
        '    accountable: PM',
        '    responsible: prog',
      );
      const finding = onlyFinding(checkYaml(text), RULE);
      assert.deepEqual(finding.fixes.map((fix) => fix.title), [
        "Replace 'PM' with 'prog'",
        "Replace 'PM' with 'Product Manager' and define that role",
        "Replace 'PM' with 'Project Manager' and define that role",
      ]);
      const { text: fixed } = assertFixResolves(text, 'yaml', finding, finding.fixes[0]);
      assert.match(fixed, /accountable: prog\n/);
    });

    it('offers each expansion the charter does not define with its definition, so the fix adds no error', () => {
      const yaml = lines('team: Payments', 'roles:', '  em:', '    title: Engineering Manager', 'responsibilities:', '  - name: Launch', '    accountable: TPM', '    responsible: em');
      const finding = onlyFinding(checkYaml(yaml), RULE);
      assert.match(finding.message, /it can mean Technical Program Manager or Technical Product Manager/);
      assert.deepEqual(
        finding.fixes.map((fix) => [fix.title, fix.isPreferred ?? false]),
        [
          ["Replace 'TPM' with 'Technical Program Manager' and define that role", false],
          ["Replace 'TPM' with 'Technical Product Manager' and define that role", false],
        ],
      );
      const verifier = new FixVerifier(yaml, { format: 'yaml' });
      for (const fix of finding.fixes) {
        assert.equal(verifier.verdict(finding, fix), 'offer', fix.title);
        const { text: fixed } = assertFixResolves(yaml, 'yaml', finding, fix);
        assert.match(fixed, /accountable: technical-pro(gram|duct)-manager\n/);
        assert.match(fixed, /\n {2}technical-pro(gram|duct)-manager:\n {4}title: Technical Pro(gram|duct) Manager\n/);
      }
    });

    it('defines the role in the Roles section of a Markdown charter, in its own style', () => {
      const text = lines('# Payments', '## Roles', '- **Engineering Manager**: leads the engineers.', '## Responsibilities', '### Roadmap', '- Accountable: PM', '- Responsible: Engineering Manager');
      const finding = onlyFinding(checkMarkdown(text), RULE);
      assert.deepEqual(
        finding.fixes.map((fix) => fix.title),
        ['Product Manager', 'Program Manager', 'Project Manager'].map((role) => `Replace 'PM' with '${role}' and define that role`),
      );
      const verifier = new FixVerifier(text, { format: 'markdown' });
      for (const fix of finding.fixes) {
        assert.equal(verifier.verdict(finding, fix), 'offer', fix.title);
        const { text: fixed } = assertFixResolves(text, 'markdown', finding, fix);
        const role = /with '([^']+)'/.exec(fix.title)![1];
        assert.ok(fixed.includes(`- Accountable: ${role}\n`), fixed);
        assert.match(fixed, new RegExp(`## Roles\\n(- \\*\\*.*\\n)*- \\*\\*${role}\\*\\*`), fixed);
      }
    });

    it("offers the charter's own role first (preferred), then the others with their definitions", () => {
      const text = lines(
        '# Payments',
        '## Roles',
        '- **Project Manager**: runs the plan.',
        '- **Engineering Manager**: leads the engineers.',
        '## Responsibilities',
        '### Roadmap',
        '- Accountable: PM',
        '- Responsible: Engineering Manager',
        '### Plan',
        '- Accountable: Project Manager',
        '- Responsible: Project Manager',
      );
      const finding = onlyFinding(checkMarkdown(text), RULE);
      assert.deepEqual(
        finding.fixes.map((fix) => [fix.title, fix.isPreferred ?? false]),
        [
          ["Replace 'PM' with 'Project Manager'", true],
          ["Replace 'PM' with 'Product Manager' and define that role", false],
          ["Replace 'PM' with 'Program Manager' and define that role", false],
        ],
      );
      const verifier = new FixVerifier(text, { format: 'markdown' });
      for (const fix of finding.fixes) {
        assert.equal(verifier.verdict(finding, fix), 'offer', fix.title);
        assertFixResolves(text, 'markdown', finding, fix);
      }
    });

    it('never flags a short form that resolves to a defined role', () => {
      const text = lines('team: Payments', 'roles:', '  pm:', '    title: Product Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: PM', '    responsible: pm');
      assert.deepEqual(findingsOf(checkYaml(text), RULE), []);
      const aliased = lines('# Payments', '## Roles', '- **Program Manager** (aka PM)', '## Responsibilities', '### Launch', '- A: PM', '- R: PM');
      assert.deepEqual(findingsOf(checkMarkdown(aliased), RULE), []);
    });

    it('still applies with implicit roles: a matrix header is one finding, and any expansion fixes it', () => {
      const text = renderCharter('matrix', {
        responsibilities: [
          { name: 'Roadmap', letters: { PM: 'A/R', 'Engineering Manager': 'C' } },
          { name: 'Hiring', letters: { PM: 'I', 'Engineering Manager': 'A/R' } },
        ],
      });
      const finding = onlyFinding(checkMarkdown(text), RULE);
      assert.deepEqual(finding.range, rangeIn(text, '| Responsibility | ⟦PM⟧ |'));
      assert.equal(finding.fixes.length, 3);
      for (const fix of finding.fixes) assertFixResolves(text, 'markdown', finding, fix);
    });
  });

  it('follows severity overrides', () => {
    const text = lines('# Payments', '## Responsibilities', '### Roadmap', '- Accountable: PM', '- Responsible: PM');
    assert.equal(findingsOf(checkMarkdown(text), RULE).length, 2);
    assert.ok(findingsOf(checkMarkdown(text, { [RULE]: 'error' }), RULE).every((f) => f.severity === 'error'));
    assert.deepEqual(findingsOf(checkMarkdown(text, { [RULE]: 'off' }), RULE), []);
  });
});
