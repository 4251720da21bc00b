import * as assert from 'node:assert/strict';
import { assertFixResolves, changedLines, checkMarkdown, checkYaml, findingsOf, lines, onlyFinding, rangeIn, said } from '../helpers/charter';
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
      assert.deepEqual(said(finding), { messageId: 'ambiguousTitle', data: { title: 'PM', meanings: PM_MEANINGS } });
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
    it('replaces role-undefined for a short form two defined roles share: those first, then the meaning it does not define, with its definition', () => {
      const text = lines(
        '# Payments',
        '## Roles',
        '- **Product Manager**',
        '- **Project Manager**',
        '## Responsibilities',
        '### Roadmap',
        '- Accountable: PM',
        '- Responsible: Project Manager',
        '### Pricing',
        '- Accountable: Product Manager',
        '- Responsible: Product Manager',
      );
      const result = checkMarkdown(text);
      assert.deepEqual(findingsOf(result, 'role-undefined'), []);
      const finding = onlyFinding(result, RULE);
      assert.deepEqual(said(finding), { messageId: 'ambiguousShortForm', data: { reference: 'PM', meanings: PM_MEANINGS } });
      assert.deepEqual(finding.range, rangeIn(text, 'Accountable: ⟦PM⟧'));
      assert.deepEqual(
        finding.fixes.map((fix) => [fix.title, fix.isPreferred ?? false]),
        [
          ["Replace 'PM' with 'Product Manager'", false],
          ["Replace 'PM' with 'Project Manager'", false],
          ["Replace 'PM' with 'Program Manager' and define that role", false],
        ],
      );
      const verifier = new FixVerifier(text, { format: 'markdown' });
      for (const fix of finding.fixes) {
        assert.equal(verifier.verdict(finding, fix), 'offer', fix.title);
        assertFixResolves(text, 'markdown', finding, fix);
      }
    });

    // Failed before: the charter's only PM, its Product Manager, was still "ambiguous".
    it('reads PM as the one of its meanings the charter defines', () => {
      const text = lines(
        '# Payments',
        '## Roles',
        '- **Product Manager**',
        '- **Engineering Manager**',
        '## Responsibilities',
        '### Roadmap',
        '- Accountable: PM',
        '- Responsible: Engineering Manager',
      );
      const result = checkMarkdown(text);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(result.roles.read('PM'), { role: result.charter.roles[0], how: 'initials', candidates: [], excluded: [] });
    });

    it('does not read PM as a role that is none of its meanings, however its initials fit: each meaning is offered with its definition', () => {
      const text = lines('team: Payments', 'roles:', '  perf:', '    title: Performance Manager', 'responsibilities:', '  - name: Launch', '    accountable: PM', '    responsible: perf');
      const finding = onlyFinding(checkYaml(text), RULE);
      assert.deepEqual(said(finding), { messageId: 'ambiguousShortForm', data: { reference: 'PM', meanings: PM_MEANINGS } });
      assert.deepEqual(
        finding.fixes.map((fix) => fix.title),
        ['Product Manager', 'Program Manager', 'Project Manager'].map((role) => `Replace 'PM' with '${role}' and define that role`),
      );
      const verifier = new FixVerifier(text, { format: 'yaml' });
      for (const fix of finding.fixes) assert.equal(verifier.verdict(finding, fix), 'offer', fix.title);
    });

    it("writes the defined expansions' ids in YAML", () => {
      const text = lines(
        'team: Payments',
        'roles:',
        '  prog:',
        '    title: Program Manager',
        '  proj:',
        '    title: Project Manager',
        'responsibilities:',
        '  - name: Launch',
        '    accountable: PM',
        '    responsible: [prog, proj]',
      );
      const finding = onlyFinding(checkYaml(text), RULE);
      assert.deepEqual(finding.fixes.map((fix) => fix.title), [
        "Replace 'PM' with 'prog'",
        "Replace 'PM' with 'proj'",
        "Replace 'PM' with 'Product Manager' and define that role",
      ]);
      const { text: fixed } = assertFixResolves(text, 'yaml', finding, finding.fixes[0]);
      assert.match(fixed, /accountable: prog\n/);
    });

    it("says which of the charter's roles a short name could be, and offers each", () => {
      const text = lines(
        '# Payments',
        '## Roles',
        '- **Developer**',
        '- **DevOps**',
        '## Responsibilities',
        '### Deploys',
        '- Accountable: DevOps',
        '- Responsible: Dev',
        '- Consulted: Developer',
      );
      const result = checkMarkdown(text);
      assert.deepEqual(findingsOf(result, 'role-undefined'), []);
      assert.deepEqual(findingsOf(result, 'role-unused'), []);
      const finding = onlyFinding(result, RULE);
      assert.deepEqual(said(finding), { messageId: 'ambiguousInCharter', data: { reference: 'Dev', roles: 'Developer or DevOps' } });
      assert.deepEqual(finding.fixes.map((fix) => fix.title), ["Replace 'Dev' with 'Developer'", "Replace 'Dev' with 'DevOps'"]);
      for (const fix of finding.fixes) assertFixResolves(text, 'markdown', finding, fix);
    });

    // A matrix whose names mostly name no role of the Roles section was perhaps misread: its names are
    // not reported as undefined, nor is one of them ambiguous between two of those roles.
    it("says nothing of a short name in a matrix whose names mostly name none of the charter's roles", () => {
      const text = lines(
        '# Payments',
        '## Roles',
        '- **Business Analyst**: writes the needs.',
        '- **Data Analyst**: reads the numbers.',
        '## Responsibilities',
        '| Task | Analyst | Designer | Writer | Tester |',
        '| --- | --- | --- | --- | --- |',
        '| Plan | A | R | C | I |',
        '| Build | C | I | A/R | C |',
      );
      const result = checkMarkdown(text);
      assert.deepEqual(findingsOf(result, RULE), []);
      assert.deepEqual(findingsOf(result, 'role-undefined'), []);
      // The same short name where the charter's roles are read with confidence is reported.
      const confident = text.replace('| Designer | Writer | Tester |', '| Business Analyst | Data Analyst | Tester |');
      assert.match(onlyFinding(checkMarkdown(confident), RULE).message, /in this charter it can mean Business Analyst or Data Analyst/);
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

    // A matrix with a Project Manager column and a PM column does not read PM as the Project Manager (two
    // columns never mean one role), so that replacement is offered but not preferred.
    it("offers the charter's own role first, then the others with their definitions; none preferred when the matrix names that role in another column", () => {
      const text = lines(
        '# Payments',
        '## Roles',
        '- **Project Manager**: runs the plan.',
        '- **Engineering Manager**: leads the engineers.',
        '## Responsibilities',
        '| Task | Project Manager | PM | Engineering Manager |',
        '| --- | --- | --- | --- |',
        '| Plan | A | R | C |',
        '| Build | C | I | A/R |',
      );
      const finding = onlyFinding(checkMarkdown(text), RULE);
      assert.deepEqual(finding.range, rangeIn(text, '| Project Manager | ⟦PM⟧ |'));
      assert.deepEqual(
        finding.fixes.map((fix) => [fix.title, fix.isPreferred ?? false]),
        [
          ["Replace 'PM' with 'Project Manager'", false],
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
