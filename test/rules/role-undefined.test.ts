import * as assert from 'node:assert/strict';
import { assertFixResolves, changedLines, check, checkMarkdown, checkYaml, findingsOf, fixTitled, lines, onlyFinding, rangeIn, said } from '../helpers/charter';
import { CHARTER_FORMS, formatOf, renderCharter, writtenReference, type CharterSpec } from '../helpers/forms';

const RULE = 'role-undefined';
const typo: CharterSpec = {
  roles: ['Product Manager', 'Engineering Manager'],
  responsibilities: [
    { name: 'Roadmap', letters: { 'Product Manager': 'A/R', 'Engineering Manger': 'C' } },
    { name: 'Hiring', letters: { 'Engineering Manager': 'A/R' } },
  ],
};

describe(RULE, () => {
  for (const form of CHARTER_FORMS) {
    describe(`in the ${form} form`, () => {
      const text = renderCharter(form, typo);
      const format = formatOf(form);

      it('fires once on the reference text, suggesting the closest role', () => {
        const finding = onlyFinding(check(text, format), RULE);
        const suggestion = writtenReference(form, typo, 'Engineering Manager');
        assert.deepEqual(said(finding), { messageId: 'undefinedDidYouMean', data: { reference: 'Engineering Manger', suggestions: `"${suggestion}"` } });
        assert.deepEqual(finding.range, rangeIn(text, '⟦Engineering Manger⟧'));
        assert.equal(finding.severity, 'error');
      });

      it('"Change to" writes the id in YAML and the title in Markdown, and fixes only that', () => {
        const finding = onlyFinding(check(text, format), RULE);
        const suggestion = writtenReference(form, typo, 'Engineering Manager');
        const change = fixTitled(finding, `Change to '${suggestion}'`);
        const { text: fixed } = assertFixResolves(text, format, finding, change);
        assert.equal(changedLines(text, fixed).length, 1);
        assert.ok(fixed.includes(suggestion));
      });

      it('"Define role" adds a definition the reference then resolves to', () => {
        const finding = onlyFinding(check(text, format), RULE);
        const define = fixTitled(finding, "Define role 'Engineering Manger'");
        // The new role is used by the reference, so nothing else appears.
        const { result } = assertFixResolves(text, format, finding, define);
        assert.ok(result.charter.roles.some((role) => role.title === 'Engineering Manger'));
      });
    });
  }

  it('offers at most three suggestions, closest first, and none for a name like no role', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '- **Tech Lead**',
      '- **Test Lead**',
      '- **Team Lead**',
      '- **Desk Lead**',
      '- **Technical Architect**',
      '## Responsibilities',
      '### Release',
      '- Accountable: Teck Lead',
      '- Responsible: Technical Archtect',
      '- Consulted: Chief Happiness Officer',
    );
    const found = findingsOf(checkMarkdown(text), RULE);
    assert.deepEqual(found.map((f) => f.fixes.map((fix) => fix.title)), [
      ["Change to 'Tech Lead'", "Change to 'Test Lead'", "Change to 'Team Lead'", "Define role 'Teck Lead'"],
      ["Change to 'Technical Architect'", "Define role 'Technical Archtect'"],
      ["Define role 'Chief Happiness Officer'"],
    ]);
    assert.deepEqual(said(found[2]), { messageId: 'undefined', data: { reference: 'Chief Happiness Officer', where: 'in the Roles section' } });
    assert.equal(found[2].fixes[0].isPreferred, true, 'a single fix is the preferred one');
  });

  it('"Define role" keeps an id-like reference as the id, so that it resolves (qa_lead, not qa-lead)', () => {
    const text = lines('team: Payments', 'roles:', '  pm:', '    title: Product Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: pm', '    responsible: qa_lead');
    const finding = onlyFinding(checkYaml(text), RULE);
    const define = fixTitled(finding, "Define role 'qa_lead'");
    const { text: fixed, result } = assertFixResolves(text, 'yaml', finding, define);
    assert.match(fixed, /\n {2}qa_lead:\n {4}title: Qa Lead\n/);
    assert.equal(result.roles.resolve('qa_lead')?.title, 'Qa Lead');
  });

  // Failed before: "pm, analyst" was reported as one undefined role, and the analyst as unused.
  it('in YAML, a comma string of defined roles asks for a list, with a fix that writes one', () => {
    const text = lines('team: Payments', 'roles:', '  pm:', '    title: Product Manager', '  an:', '    title: Analyst', 'responsibilities:', '  - name: Backlog', '    accountable: pm', '    responsible: pm, an');
    const result = checkYaml(text);
    assert.deepEqual(result.findings.map((finding) => finding.rule), [RULE]);
    const finding = onlyFinding(result, RULE);
    assert.deepEqual(said(finding), { messageId: 'oneValue', data: { reference: 'pm, an', count: 2, list: '[pm, an]' } });
    const { text: fixed } = assertFixResolves(text, 'yaml', finding, fixTitled(finding, 'Write a list: [pm, an]'));
    assert.match(fixed, /responsible: \[pm, an\]\n?$/);
  });

  // Failed before: "product-manager" was undefined, with a "Define role" that duplicated the Product Manager.
  it('reads a reference spelled as a title in kebab case as that role, with no finding', () => {
    const text = lines(
      'team: Payments',
      'roles:',
      '  prod-manager:',
      '    title: Product Manager',
      'responsibilities:',
      '  - name: Roadmap',
      '    accountable: prod-manager',
      '    responsible: product-manager',
    );
    const result = checkYaml(text);
    assert.deepEqual(result.findings, []);
    assert.equal(result.roles.read('product-manager').how, 'another spelling');
  });

  it('reports a matrix header once, not once per row', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '- **Product Manager**',
      '## Responsibilities',
      '| Responsibility | Product Manager | Ghost |',
      '| --- | --- | --- |',
      '| Roadmap | A/R | C |',
      '| Pricing | A/R | I |',
    );
    const finding = onlyFinding(checkMarkdown(text), RULE);
    assert.deepEqual(finding.range, rangeIn(text, '| ⟦Ghost⟧ |'));
  });

  it('resolves references by id, title and alias, whatever the case and emphasis', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '- **Product Manager** `pm` (aka Product Lead): owns the roadmap.',
      '## Responsibilities',
      '### Roadmap',
      '- Accountable: PRODUCT manager',
      '- Responsible: **pm**, product lead',
    );
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE), []);
  });

  it('does not apply to a charter with implicit roles', () => {
    const text = renderCharter('matrix', { responsibilities: typo.responsibilities });
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE), []);
  });

  it('leaves an unresolved short form to role-ambiguous: one finding, not two', () => {
    const text = lines('team: Payments', 'roles:', '  em:', '    title: Engineering Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: PM', '    responsible: em');
    const result = checkYaml(text);
    assert.deepEqual(findingsOf(result, RULE), []);
    assert.equal(findingsOf(result, 'role-ambiguous').length, 1);
    // With role-ambiguous off, the reference is still not silently accepted.
    const quiet = checkYaml(text, { 'role-ambiguous': 'off' });
    assert.deepEqual(findingsOf(quiet, RULE).map(said), [{ messageId: 'undefined', data: { reference: 'PM', where: 'under "roles:"' } }]);
  });

  it('reads a range of numbered role codes as those roles, and "the rest" as an audience', () => {
    const text = lines(
      '# Survey crew',
      '## Roles',
      '- S1 — Chief surveyor',
      '- S2 — Instrument keeper',
      '- S3 — Field recorder',
      '- S4 — Draughtsman',
      '## Work',
      '### Plan the route',
      '- R: S1',
      '- A: S1',
      '- I: S2–S4',
      '### Draw the map',
      '- R: S4',
      '- A: S1',
      '- I: the rest',
    );
    const result = checkMarkdown(text);
    assert.deepEqual(findingsOf(result, RULE), []);
    assert.deepEqual(findingsOf(result, 'role-unused'), []);
    // A range with a code that names no role is still reported, whole.
    const gap = checkMarkdown(text.replace('S2–S4', 'S2–S5'));
    assert.deepEqual(findingsOf(gap, RULE).map((finding) => finding.message), ['Role "S2–S5" is not defined. Define it in the Roles section, or name a role that is defined.']);
  });

  it('reads roles joined by a slash as both roles, and an abbreviation a title starts with as that role', () => {
    const text = lines(
      '# Kiln studio',
      '## Roles',
      '- SecOps Warden（夜間）',
      '- Shop Lead',
      '- Potter',
      '## Who does what',
      '| Work | Responsible | Accountable | Consulted | Informed |',
      '| --- | --- | --- | --- | --- |',
      '| Mix glazes | Potter | SecOps | Shop Lead/Potter | everyone else |',
      '| Fire the kiln | Potter | Shop Lead | SecOps | Potter |',
    );
    const result = checkMarkdown(text);
    assert.deepEqual(findingsOf(result, RULE), []);
    assert.deepEqual(findingsOf(result, 'role-unused'), []);
    // A part that names no role: the whole reference is reported, as before.
    const unknown = checkMarkdown(text.replace('Shop Lead/Potter', 'Shop Lead/Glazier'));
    assert.deepEqual(findingsOf(unknown, RULE).map((finding) => finding.message), ['Role "Shop Lead/Glazier" is not defined. Define it in the Roles section, or name a role that is defined.']);
  });

  it('reads each hat of a role defined as "A + B" (one person, two roles) as that role', () => {
    const text = lines(
      '# Ferry',
      '## Roles',
      '| Role | Description |',
      '| --- | --- |',
      '| Captain | Commands the ferry |',
      '| Deckhand | Ties up |',
      '| Purser | Sells tickets |',
      '| Cook + Medic | One crew member, both jobs |',
      '## RACI',
      '| Task | Captain | Deckhand | Purser | Medic | Cook |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Sail | A | R | I | I | I |',
      '| Feed the crew | I | I | C | I | A/R |',
      '| First aid | I | C | I | A/R | I |',
    );
    const result = checkMarkdown(text);
    assert.deepEqual(findingsOf(result, RULE), []);
    assert.deepEqual(findingsOf(result, 'role-unused'), []);
  });

  describe('short names', () => {
    // An invented delivery team whose matrix names its roles the way matrices do.
    const roles = [
      '# Harbour delivery team',
      '## Roles',
      '- **Product Owner**: decides what is built.',
      '- **Business Analyst**: writes the requirements.',
      '- **Release Manager**: plans the releases.',
      '- **Solution Architect**: keeps the design whole.',
      '- **Data Migration Lead**: moves the old records.',
      '- **Product Manager** (Jules Moreau): owns the roadmap.',
      '## RACI',
    ];

    // Failed before: each header was role-undefined (Arch with "Did you mean" a guess) and each role role-unused.
    it('reads initials, truncations and a name beside a role as the roles defined: no role-undefined, no role-unused', () => {
      const text = lines(
        ...roles,
        '| Work | PO | BA | Release Mgr | Arch | DML | Jules PM |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| Requirements | A | R | I | C | I | C |',
        '| Cut-over | I | C | A | C | R | I |',
      );
      const result = checkMarkdown(text);
      assert.deepEqual(findingsOf(result, RULE), []);
      assert.deepEqual(findingsOf(result, 'role-unused'), []);
      assert.deepEqual(findingsOf(result, 'role-ambiguous'), []);
    });

    it('still reports a role nobody defined, with no suggestion, and a typo with its suggestion', () => {
      const text = lines(
        ...roles,
        '| Work | Product Owner | Legal Counsel | Prodcut Owner | Business Analyst | Release Manager | Solution Architect | DML |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| Contracts | A | R | C | I | I | I | I |',
      );
      assert.deepEqual(findingsOf(checkMarkdown(text), RULE).map(said), [
        { messageId: 'undefined', data: { reference: 'Legal Counsel', where: 'in the Roles section' } },
        { messageId: 'undefinedDidYouMean', data: { reference: 'Prodcut Owner', suggestions: '"Product Owner"' } },
      ]);
    });

    // Failed before: "Legal" and the typo were role-undefined once the other headers read as short names.
    // A matrix that names most roles otherwise than the Roles section does is one whose names are not
    // checked against it (as one of people's names is); the names left over there were mostly short names
    // not read, or parties outside the team.
    it('reports no name of a matrix that names its roles mostly by short names, and its note says why', () => {
      const text = lines(
        ...roles,
        '| Work | PO | Legal | Prodcut Owner | BA | Release Mgr | Arch | DML | Product Manager |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| Contracts | A | R | C | I | I | I | I | I |',
      );
      const result = checkMarkdown(text);
      assert.deepEqual(findingsOf(result, RULE), []);
      assert.deepEqual(findingsOf(result, 'role-unused'), []);
      assert.match(
        result.charter.tables![0].summary,
        /; 7 of its 8 role names are not written as in the Roles section \(5 read as short names\), so none is reported as undefined$/,
      );
      assert.equal(result.roles.resolve('Arch')?.title, 'Solution Architect', 'the short names still name their roles');
    });

    // Failed before: "SBA" got "Did you mean "Database Administrator"?" (SBA is one letter from its alias DBA).
    it('suggests no role for an initialism one letter from another role\'s', () => {
      const text = lines(
        '# Platform',
        '## Roles',
        '- **Database Administrator** (aka DBA)',
        '- **Tech Lead**',
        '## Responsibilities',
        '### Backups',
        '- Accountable: DBA',
        '- Responsible: SBA',
        '- Consulted: Tech Lead',
      );
      const finding = onlyFinding(checkMarkdown(text), RULE);
      assert.deepEqual(said(finding), { messageId: 'undefined', data: { reference: 'SBA', where: 'in the Roles section' } });
      assert.deepEqual(finding.fixes.map((fix) => fix.title), ["Define role 'SBA'"]);
    });

    // Failed before: "Did you mean "Team Lead"?", the first of two equally close roles.
    it('names every role equally close to a typo, not the first of them', () => {
      const text = lines('# Platform', '## Roles', '- **Team Lead**', '- **Tech Lead**', '## Responsibilities', '### Backups', '- Accountable: Team Lead', '- Responsible: Tech Lead', '- Consulted: Teah Lead');
      const finding = onlyFinding(checkMarkdown(text), RULE);
      assert.deepEqual(said(finding), { messageId: 'undefinedDidYouMean', data: { reference: 'Teah Lead', suggestions: '"Team Lead" or "Tech Lead"' } });
      assert.ok(finding.fixes.every((fix) => !fix.isPreferred), 'no fix is preferred among equals');
    });

    it('with role-ambiguous off, a short name two roles fit is undefined, naming both', () => {
      const text = lines('# Platform', '## Roles', '- **Developer**', '- **DevOps**', '## Responsibilities', '### Deploys', '- Accountable: DevOps', '- Responsible: Dev', '- Consulted: Developer');
      assert.deepEqual(findingsOf(checkMarkdown(text, { 'role-ambiguous': 'off' }), RULE).map(said), [
        { messageId: 'undefinedDidYouMean', data: { reference: 'Dev', suggestions: '"Developer" or "DevOps"' } },
      ]);
    });

    // Failed before: "Architect" got "Did you mean "Technical Architect"?", the column beside it.
    it('does not read or suggest a role that another column of the same header names', () => {
      const text = lines(
        '# Platform',
        '## Roles',
        '- **Technical Architect**',
        '## RACI',
        '| Work | Technical Architect | Architect |',
        '| --- | --- | --- |',
        '| Design | A/R | C |',
      );
      const finding = onlyFinding(checkMarkdown(text), RULE);
      assert.deepEqual(said(finding), { messageId: 'undefined', data: { reference: 'Architect', where: 'in the Roles section' } });
    });
  });

  it('follows severity overrides', () => {
    const text = renderCharter('yaml', typo);
    assert.equal(onlyFinding(checkYaml(text, { [RULE]: 'warning' }), RULE).severity, 'warning');
    assert.deepEqual(findingsOf(checkYaml(text, { [RULE]: 'off' }), RULE), []);
  });

  it('bounds "did you mean" per check: with thousands of roles, the first undefined references get it', () => {
    // 4,000 roles, 2 keys each (id and title): MAX_SUGGESTION_COMPARISONS (400,000) covers 50 references.
    const roles = Array.from({ length: 4000 }, (_, i) => `Role ${String(i).padStart(4, '0')}`);
    const spec: CharterSpec = {
      roles,
      responsibilities: Array.from({ length: 100 }, (_, i) => ({ name: `Task ${i}`, letters: { [roles[i]]: 'A/R', [`Rol ${String(i).padStart(4, '0')}`]: 'C' } })),
    };
    const findings = findingsOf(check(renderCharter('yaml', spec), 'yaml'), RULE);
    assert.equal(findings.length, 100);
    assert.match(findings[0].message, /Did you mean "role-0000"\?/);
    assert.match(findings[49].message, /Did you mean "role-0049"\?/);
    assert.match(findings[50].message, /Define it under "roles:"/);
    assert.match(findings[99].message, /Define it under "roles:"/);
  });
});
