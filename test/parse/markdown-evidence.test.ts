// Markdown charters as people really write them (read "by evidence"): matrices under any heading,
// prose tables, cell spellings, frameworks, content tabs, HTML headings, legends, transposed tables.
// Each fixture is invented; each test asserts what a user sees: findings (rule@1-based line) or the model.
import { strict as assert } from 'node:assert';
import { parseMarkdownCharter } from '../../server/src/core/parse/markdown';
import type { CheckResult } from '../../server/src/core/check';
import { applyFix, checkMarkdown, findingsOf, fixTitled, lines, onlyFinding, rangeIn } from '../helpers/charter';

/** role-boundary is advice about usual owners; these fixtures are about reading, so it is left out. */
const QUIET = { 'role-boundary': 'off' } as const;

/** Findings as "rule@line" (1-based), sorted; only the given rules when some are named. */
function seen(result: CheckResult, ...rules: string[]): string[] {
  return result.findings
    .filter((finding) => rules.length === 0 || rules.includes(finding.rule))
    .map((finding) => `${finding.rule}@${finding.range.start.line + 1}`)
    .sort();
}

const check = (text: string) => checkMarkdown(text, QUIET);

describe('Markdown charters read by evidence', () => {
  it('1. reads a matrix under a neutral heading and with no heading at all', () => {
    const rows = [
      '| Step | Ana | Bo | Cy |',
      '| --- | --- | --- | --- |',
      '| Draft the plan | A | A | R |',
      '| Ship the plan | R | C | I |',
    ];
    const headed = lines('# Crew charter', '', '## Team matrix', '', ...rows);
    assert.deepEqual(seen(check(headed), 'accountable-multiple', 'accountable-missing'), ['accountable-missing@8', 'accountable-multiple@7']);
    const bare = lines(...rows);
    assert.deepEqual(seen(check(bare), 'accountable-multiple', 'accountable-missing'), ['accountable-missing@4', 'accountable-multiple@3']);
  });

  it('2. a prose table in a "Roles and responsibilities" section gives no findings', () => {
    const text = lines(
      '# Hosting agreement',
      '',
      '## Roles and responsibilities',
      '',
      '| Task | Vendor duties | Customer duties |',
      '| --- | --- | --- |',
      '| Backups | The vendor takes nightly snapshots and keeps them for a month. | The customer tests a restore every quarter. |',
      '| Access | The vendor opens new accounts within one working day. | The customer names one administrator. |',
    );
    assert.deepEqual(seen(checkMarkdown(text)), []);
  });

  it('3. reads cells as people write them; an invalid cell is only raci-invalid', () => {
    const text = lines(
      '## RACI',
      '',
      '| Activity | Lead | Dev | Ops | QA |',
      '| --- | --- | --- | --- | --- |',
      '| Plan the sprint | Accountable | Responsible | (Consulted) | N/A |',
      '| Build the feature | **A**/R | [R](#dev) | I | N/A |',
      '| Test the build | Q | C | I | I |',
      '| Deploy | Q | R | A | A |',
    );
    const result = check(text);
    assert.deepEqual(seen(result), ['accountable-multiple@8', 'raci-invalid@7', 'raci-invalid@8']);
    assert.deepEqual(findingsOf(result, 'raci-invalid')[0].range, rangeIn(text, '| Test the build | ⟦Q⟧ |'));
  });

  describe('4. frameworks', () => {
    const matrix = ['| Task | Lead | Dev | Peer | Helper |', '| --- | --- | --- | --- | --- |', '| Merge the change | A | R | V | S |'];

    it('a document titled "RACI-VS matrix" accepts V and S', () => {
      assert.deepEqual(seen(check(lines('# RACI-VS matrix', '', ...matrix)), 'raci-invalid'), []);
    });

    it('without the declaration, S is raci-invalid', () => {
      const text = lines('# Delivery RACI', '', '| Task | Lead | Dev | Helper |', '| --- | --- | --- | --- |', '| Merge the change | A | R | S |');
      const finding = onlyFinding(check(text), 'raci-invalid');
      assert.deepEqual(finding.range, rangeIn(text, '| R | ⟦S⟧ |'));
    });

    it('a RASCI legend line "- **S** = Support" makes S valid', () => {
      const text = lines(
        '# Delivery matrix',
        '',
        '- **R** = Responsible',
        '- **A** = Accountable',
        '- **S** = Support',
        '',
        '| Task | Lead | Dev | Helper |',
        '| --- | --- | --- | --- |',
        '| Merge the change | A | R | S |',
      );
      assert.deepEqual(seen(check(text), 'raci-invalid'), []);
    });

    it('a DACI document counts D as responsible', () => {
      const text = lines(
        '# DACI for launches',
        '',
        '| Decision | Driver | Approver | Expert | Team |',
        '| --- | --- | --- | --- | --- |',
        '| Pick the vendor | D | A | C | I |',
      );
      assert.deepEqual(seen(check(text), 'raci-invalid', 'responsible-missing', 'accountable-missing'), []);
    });

    it('a DACI document words the one-owner rule as approvers', () => {
      const text = lines('# DACI for launches', '', '| Decision | Driver | Approver | Board |', '| --- | --- | --- | --- |', '| Pick the vendor | D | A | A |');
      assert.equal(
        onlyFinding(check(text), 'accountable-multiple').message,
        '"Pick the vendor" has 2 approvers: "Approver" and "Board". In DACI, exactly one role must be the approver (A).',
      );
    });

    describe('RAPID', () => {
      const rapid = (...rows: string[]) =>
        lines(
          '# Decisions (RAPID)',
          '',
          'R = Recommend, A = Agree, P = Perform, I = Input, D = Decide.',
          '',
          '| Decision | Lead | Finance | Dev | Board |',
          '| --- | --- | --- | --- | --- |',
          ...rows,
        );

      it('reads A as Agree and D as the single owner: two A letters are no mistake, two D letters are', () => {
        const text = rapid('| Pick the vendor | R | A | P | D |', '| Set the budget | D | A | I | D |', '| Hire a lead | R | A | P | I |');
        assert.deepEqual(seen(check(text)), ['accountable-missing@9', 'accountable-multiple@8']);
        assert.equal(
          onlyFinding(check(text), 'accountable-missing').message,
          '"Hire a lead" has no decider. In RAPID, exactly one role must be the decider (D).',
        );
        const [vendor] = parseMarkdownCharter(text).responsibilities;
        assert.deepEqual(vendor.assignments.map((a) => `${a.ref.text}:${a.letter}`), ['Lead:R', 'Finance:C', 'Dev:R', 'Board:A']);
      });

      it('asks no one to do the work: a decision with only a decider is fine', () => {
        assert.deepEqual(seen(check(rapid('| Pick the vendor | D | I | | |'))), []);
      });

      it('fixes write RAPID letters: the decider becomes a D, and other letters stay as written', () => {
        const text = rapid('| Set the budget | D/P | A | I | D |');
        const finding = onlyFinding(check(text), 'accountable-multiple');
        const keepBoard = fixTitled(finding, 'Make Board the only decider (D)');
        assert.match(applyFix(text, keepBoard), /\| Set the budget \| P +\| A \| I \| D \|/);
        const missing = onlyFinding(check(rapid('| Hire a lead | R | A | P | I |')), 'accountable-missing');
        assert.match(applyFix(rapid('| Hire a lead | R | A | P | I |'), fixTitled(missing, 'Make Board the decider (D)')), /\| Hire a lead \| R \| A \| P \| I\/D \|/);
      });

      it('the word "rapid" in prose is not RAPID', () => {
        const text = lines('# Crew', '', 'We ship in rapid cycles.', '', '| Task | Lead | Dev |', '| --- | --- | --- |', '| Ship | A | A |');
        assert.deepEqual(seen(check(text)), ['accountable-multiple@7', 'responsible-missing@7']);
      });
    });

    // Failed before: a fix rewrote "A/S" as "R" (the other accountable role stays, as responsible), dropping the Support letter.
    it('a fix in a RASCI matrix keeps the S letters it is not about', () => {
      const text = lines('# RASCI matrix', '', '| Task | Lead | Dev | Helper |', '| --- | --- | --- | --- |', '| Merge the change | A/S | R | A |');
      const finding = onlyFinding(check(text), 'accountable-multiple');
      assert.match(applyFix(text, fixTitled(finding, 'Make Helper the only accountable role')), /\| Merge the change \| S\/R +\| R \| A \|/);
    });

    it('reads R1/R2 level suffixes as R', () => {
      const text = lines('## RACI', '', '| Task | Lead | Dev | Ops |', '| --- | --- | --- | --- |', '| Migrate the data | A | R1 | R2 |');
      assert.deepEqual(seen(check(text), 'raci-invalid', 'responsible-missing'), []);
      const [step] = parseMarkdownCharter(text).responsibilities;
      assert.deepEqual(step.assignments.map((a) => `${a.ref.text}:${a.letter}`), ['Lead:A', 'Dev:R', 'Ops:R']);
    });
  });

  it('5. prose sub-headings under a RACI heading are not responsibilities; "Accountable:" ones are', () => {
    const text = lines(
      '## Roles', '', '- **Lead**: decides', '- **Dev**: builds', '',
      '## RACI', '',
      '### Légende', '', 'R veut dire réalisateur, A veut dire approbateur.', '',
      '### Visão Geral', '', 'Este documento descreve quem faz o quê.', '',
      '### In scope', '', 'Everything about the checkout.', '',
      '### Release sign-off', '', 'Accountable: Lead', 'Responsible: Dev', '',
      '### Hotfix', '', 'Responsible: Dev',
    );
    assert.deepEqual(seen(check(text)), ['accountable-missing@25']);
    assert.deepEqual(parseMarkdownCharter(text).responsibilities.map((r) => r.name), ['Release sign-off', 'Hotfix']);
  });

  // Failed before: a sibling with RACI lines made every prose sub-heading beside it a responsibility.
  it('5b. a "Step 4: …" prose sub-heading next to "Accountable:" sub-headings is not a responsibility', () => {
    const text = lines(
      '## Roles',
      '',
      '- **Lead**: decides',
      '- **Dev**: builds',
      '',
      '## RACI',
      '',
      '### Légende',
      '',
      'R veut dire réalisateur, A veut dire approbateur.',
      '',
      '### Visão Geral',
      '',
      'Este documento descreve quem faz o quê.',
      '',
      '### Step 4: review the chart',
      '',
      'Walk through the chart with the whole team.',
      '',
      '### In scope',
      '',
      'Everything about the checkout.',
      '',
      '### Release sign-off',
      '',
      'Accountable: Lead',
      'Responsible: Dev',
      '',
      '### Hotfix',
      '',
      'Responsible: Dev',
    );
    assert.deepEqual(seen(check(text)), ['accountable-missing@29']);
    assert.deepEqual(parseMarkdownCharter(text).responsibilities.map((r) => r.name), ['Release sign-off', 'Hotfix']);
  });

  it('6. reads MkDocs content tabs; the same roles and rows in two tabs are not duplicates', () => {
    const tab = [
      '    ## Roles',
      '',
      '    | Role | Purpose |',
      '    | --- | --- |',
      '    | Owner | decides what ships |',
      '    | Builder | builds it |',
      '',
      '    ## RACI',
      '',
      '    | Task | Owner | Builder |',
      '    | --- | --- | --- |',
      '    | Release | A | R |',
      '    | Rollback | | R |',
    ];
    const text = lines('# Service charter', '', '=== "Short"', '', ...tab, '', '=== "Long"', '', ...tab);
    const result = check(text);
    assert.deepEqual(seen(result, 'role-duplicate', 'responsibility-duplicate'), []);
    // One per tab, each on its own Rollback row; nothing else.
    assert.deepEqual(seen(result), ['accountable-missing@17', 'accountable-missing@33']);
  });

  it('7. reads a matrix under an HTML heading', () => {
    const text = lines('# Team', '', 'Some notes first.', '', '<h2>RACI</h2>', '', '| Task | Lead | Dev |', '| --- | --- | --- |', '| Ship | | R |');
    assert.deepEqual(seen(check(text)), ['accountable-missing@9']);
  });

  it('8. reads a table whose delimiter row is longer than its header, with one syntax warning', () => {
    const text = lines('## RACI', '', '| Task | Ana | Bo |', '| --- | --- | --- | --- |', '| Plan | A/R | A |', '| Run | R | I |');
    const result = check(text);
    assert.deepEqual(seen(result), ['accountable-missing@6', 'accountable-multiple@5', 'syntax@4']);
  });

  it('9. a heading "Hire for an open role" over a matrix does not make its columns undefined', () => {
    const text = lines(
      '## Roles',
      '',
      '- **Recruiter**: finds people',
      '- **Hiring manager**: decides',
      '',
      '## Hire for an open role',
      '',
      '| Step | Recruiter | Hiring manager |',
      '| --- | --- | --- |',
      '| Screen candidates | R | A |',
      '| Make the offer | R | |',
    );
    assert.deepEqual(seen(check(text)), ['accountable-missing@11']);
  });

  it('10. column headers naming a person and a role resolve to the defined role', () => {
    const text = lines(
      '## Roles',
      '',
      '| Role | Duty |',
      '| --- | --- |',
      '| Coordinator | runs the meetings |',
      '| QA Lead | signs off tests |',
      '',
      '## RACI',
      '',
      '| Task | Alex (Coordinator) | Sam — QA Lead |',
      '| --- | --- | --- |',
      '| Weekly review | A | R |',
    );
    assert.deepEqual(seen(check(text)), []);
  });

  it('11. legend lines under a Roles heading are not roles', () => {
    const text = lines(
      '## Roles',
      '',
      '- **R (Responsible)** — does the work',
      '- **A** = Accountable',
      '- **Coordinator**: runs the meetings',
      '- **Builder**: writes the code',
      '',
      '## RACI',
      '',
      '| Task | Coordinator | Builder |',
      '| --- | --- | --- |',
      '| Plan | A | R |',
    );
    assert.deepEqual(seen(check(text)), []);
    assert.deepEqual(parseMarkdownCharter(text).roles.map((role) => role.title), ['Coordinator', 'Builder']);
  });

  it('12. a kramdown attribute line after a table is not a row', () => {
    const text = lines('## RACI', '', '| Task | Lead | Dev |', '| --- | --- | --- |', '| Ship | A | R |', '{: caption="Who ships"}', '', 'After.');
    assert.deepEqual(seen(check(text)), []);
    assert.deepEqual(parseMarkdownCharter(text).responsibilities.map((r) => r.name), ['Ship']);
  });

  describe('13. transposed tables', () => {
    const table = (accountable: string) =>
      lines(
        '## Release RACI',
        '',
        '| Role | Who |',
        '| --- | --- |',
        '| Responsible | Dev |',
        `| Accountable | ${accountable} |`,
        '| Consulted | QA |',
        '| Informed | Support |',
      );

    it('read as one responsibility', () => {
      const charter = parseMarkdownCharter(table('Lead'));
      assert.equal(charter.responsibilities.length, 1);
      assert.deepEqual(
        charter.responsibilities[0].assignments.map((a) => `${a.ref.text}:${a.letter}`).sort(),
        ['Dev:R', 'Lead:A', 'QA:C', 'Support:I'],
      );
      assert.deepEqual(seen(check(table('Lead'))), []);
    });

    it('two names in the Accountable row are accountable-multiple', () => {
      assert.deepEqual(seen(check(table('Lead, Owner'))), ['accountable-multiple@1']);
    });
  });

  it('14. role-centred lists under a sub-heading are a responsibility', () => {
    const text = lines(
      '## RACI',
      '',
      '### Backlog grooming',
      '',
      '- PO: A - owns the backlog',
      '- Dev: R - builds it',
      '- SM: C',
      '',
      '### Planning',
      '',
      '- PO: D - decides',
      '- Dev: R',
    );
    const result = check(text);
    assert.deepEqual(parseMarkdownCharter(text).responsibilities.map((r) => r.name), ['Backlog grooming', 'Planning']);
    assert.deepEqual(seen(result), ['raci-invalid@11']);
    assert.deepEqual(onlyFinding(result, 'raci-invalid').range, rangeIn(text, '- PO: ⟦D⟧ - decides'));
  });

  it('15. a one-bold-cell row is a group; a plain name with empty cells is a responsibility', () => {
    const text = lines(
      '## RACI',
      '',
      '| Step | Lead | Dev |',
      '| --- | --- | --- |',
      '| **Planning** |',
      '| Write the brief | A | R |',
      '| Forgotten step | | |',
    );
    const charter = parseMarkdownCharter(text);
    assert.deepEqual(charter.responsibilities.map((r) => [r.name, r.group]), [
      ['Write the brief', 'Planning'],
      ['Forgotten step', 'Planning'],
    ]);
    assert.deepEqual(seen(check(text), 'accountable-missing'), ['accountable-missing@7']);
  });

  it('16. the same step in two phase tables is not a duplicate; twice in one table it is', () => {
    const phase = (title: string) => [`### ${title}`, '', '| Step | Lead | Dev |', '| --- | --- | --- |', '| Review | A | R |', ''];
    const two = lines('## RACI', '', ...phase('Phase 1'), ...phase('Phase 2'));
    assert.deepEqual(seen(check(two)), []);
    const one = lines('## RACI', '', '| Step | Lead | Dev |', '| --- | --- | --- |', '| Review | A | R |', '| Review | A | R |');
    assert.deepEqual(seen(check(one)), ['responsibility-duplicate@6']);
  });

  describe('17. a role title with an abbreviation lets the abbreviation resolve', () => {
    it('from a heading under "Role definitions"', () => {
      const text = lines(
        '## Role definitions',
        '',
        '### Quality Lead (QL)',
        '',
        'Checks every release.',
        '',
        '### Delivery Manager (DM)',
        '',
        'Plans the work.',
        '',
        '## RACI',
        '',
        '| Task | QL | DM |',
        '| --- | --- | --- |',
        '| Release | R | A |',
      );
      assert.deepEqual(seen(check(text)), []);
    });

    it('from a bold list item, with no role-ambiguous for PM', () => {
      const text = lines(
        '## Roles',
        '',
        '- **Plant Manager (PM)**: runs the plant',
        '- **Shift Lead**: runs a shift',
        '',
        '## RACI',
        '',
        '| Task | PM | Shift Lead |',
        '| --- | --- | --- |',
        '| Safety audit | A | R |',
      );
      assert.deepEqual(seen(check(text)), []);
    });
  });

  it('18. a legend table is neither a matrix nor a role table', () => {
    const text = lines(
      '## Roles and responsibilities',
      '',
      '| Letter | Meaning |',
      '| --- | --- |',
      '| R | Responsible: does the work |',
      '| A | Accountable: answers for it |',
      '| C | Consulted |',
      '| I | Informed |',
      '',
      '| Task | Lead | Dev |',
      '| --- | --- | --- |',
      '| Ship | A | R |',
    );
    assert.deepEqual(seen(check(text)), []);
    const charter = parseMarkdownCharter(text);
    assert.deepEqual(charter.responsibilities.map((r) => r.name), ['Ship']);
    assert.deepEqual(charter.roles.map((role) => role.title), []);
  });

  it('19. ranges are UTF-16 columns with emoji, CJK and CRLF', () => {
    const text = ['# 🚀 チーム', '', '## RACI', '', '| 作業 🛠 | 開発 | 運用 |', '| --- | --- | --- |', '| デプロイ 🚀 | A | X |', ''].join('\r\n');
    const finding = onlyFinding(check(text), 'raci-invalid');
    // "| デプロイ 🚀 | A | " is 2 + 4 + 1 + 2 + 3 + 1 + 3 = 16 UTF-16 units.
    assert.deepEqual(finding.range, { start: { line: 6, character: 16 }, end: { line: 6, character: 17 } });
    assert.deepEqual(seen(check(text)), ['raci-invalid@7']);
  });
});

describe('tables that only look like RACI, and RACI written loosely', () => {
  // Each failed before: letters in tables that are not matrices were read as RACI.
  it('20. letter codes in a document that never speaks of RACI are not a matrix: grades, permissions, initials', () => {
    const grades = lines('## Quarter review', '', '| Goal | Score |', '| --- | --- |', '| Faster builds | A |', '| Fewer pages | C |', '| New onboarding | B |');
    assert.deepEqual(seen(check(grades)), []);
    const permissions = lines('Access: R = read, W = write, A = admin.', '', '| Repo | Devs | Vendors | Audit |', '| --- | --- | --- | --- |', '| web | W | R | R |', '| infra | R | - | A |');
    assert.deepEqual(seen(check(permissions)), []);
    const initials = lines('## People', '', '| Name | Initials | Area |', '| --- | --- | --- |', '| Rita Alves | RA | Search |', '| Ciro Ito | CI | Data |');
    assert.deepEqual(seen(check(initials)), []);
    assert.equal(parseMarkdownCharter(initials).responsibilities.length, 0);
    const rota = lines('## Rota', '', '| Week | Demo host | Notes taker |', '| --- | --- | --- |', '| 1 | RA | CI |', '| 2 | CI | AR |');
    assert.deepEqual(seen(check(rota)), []);
    // The same letters as a whole matrix (two roles, an A and an R) are read, with or without RACI words.
    const matrix = lines('| Step | Lead | Dev |', '| --- | --- | --- |', '| Plan | A | R |', '| Ship | A | A |');
    assert.deepEqual(seen(check(matrix)), ['accountable-multiple@4', 'responsible-missing@4']);
  });

  it('21. an emoji before a role name in a column header names the defined role', () => {
    const text = lines('## Roles', '', '- **Release Captain**: runs the launch.', '- **Docs Lead**: writes the guides.', '', '## RACI', '', '| Deliverable | 🚀 Release Captain | 📚 Docs Lead |', '| --- | --- | --- |', '| Launch checklist | A/R | C |', '| User guide | I | A/R |');
    assert.deepEqual(seen(check(text)), []);
  });

  it('22. a footnote mark or a remark in brackets after the letters is read as the letters', () => {
    const text = lines('## RACI', '', '| Activity | Platform | Product teams |', '| --- | --- | --- |', '| Alert rules | A/R¹ | C (if asked) |', '| Dashboards | A | R (own services) |', '| Backups | A/R[^2] | I† |', '', '¹ Platform writes the defaults.');
    assert.deepEqual(seen(check(text)), []);
    const [alerts] = parseMarkdownCharter(text).responsibilities;
    assert.deepEqual(alerts.assignments.map((a) => `${a.ref.text}:${a.letter}`), ['Platform:A', 'Platform:R', 'Product teams:C']);
  });

  it('23. a table of people with a Role column defines the roles they hold; a Roles section of prose defines none', () => {
    const people = lines(
      '## Team and roles', '',
      '| Name | Role | Contact |', '| --- | --- | --- |',
      '| Noor Haddad | Delivery Lead | noor@example.org |', '| Tomás Ruiz | Engineer | tomas@example.org |', '| Mei Lin | Engineer | mei@example.org |', '',
      '## RACI', '', '| Activity | Delivery Lead | Engineer |', '| --- | --- | --- |', '| Sprint plan | A | R |',
    );
    assert.deepEqual(seen(check(people)), []);
    const roles = parseMarkdownCharter(people).roles;
    assert.deepEqual(roles.map((role) => [role.title, role.holders]), [['Delivery Lead', ['Noor Haddad']], ['Engineer', ['Tomás Ruiz', 'Mei Lin']]]);
    const prose = lines('## Roles', '', 'We have a lead and a few engineers.', '', '## RACI', '', '| Activity | Lead | Engineer |', '| --- | --- | --- |', '| Sprint plan | A | R |');
    assert.deepEqual(seen(check(prose)), []);
    // An empty Roles section says roles are to be defined there, but a matrix none of whose names is
    // defined gets no error per column: its reading note says so once (core/judge.ts).
    const empty = lines('## Roles', '', '## RACI', '', '| Activity | Lead | Engineer |', '| --- | --- | --- |', '| Sprint plan | A | R |');
    const emptyResult = check(empty);
    assert.deepEqual(seen(emptyResult, 'role-undefined'), []);
    assert.match(emptyResult.charter.tables![0].summary, /^RACI matrix: 1 responsibility; 2 of its 2 role names are not in the Roles section/);
  });

  it('24. a German role heading ending in -verantwortliche under Rollen is a role, not a responsibility', () => {
    const text = lines('## Rollen', '', '### Qualitätsverantwortliche', '', 'Prüft jede Freigabe.', '', '## RACI', '', '| Aufgabe | Qualitätsverantwortliche |', '| --- | --- |', '| Freigabe | A/R |');
    assert.deepEqual(seen(check(text)), []);
    assert.deepEqual(parseMarkdownCharter(text).roles.map((role) => role.title), ['Qualitätsverantwortliche']);
  });

  it('25. a plain row with no letters heading filled rows is a group label', () => {
    const text = lines('## RACI', '', '| Step | Recruiter | Hiring Manager |', '| --- | --- | --- |', '| Sourcing | | |', '| Post the job | R | A |', '| Screening | | |', '| Phone screen | R | A |', '| Debrief | | |');
    assert.deepEqual(seen(check(text)), ['accountable-missing@9', 'responsible-missing@9']);
    assert.deepEqual(parseMarkdownCharter(text).responsibilities.map((r) => [r.name, r.group]), [['Post the job', 'Sourcing'], ['Phone screen', 'Screening'], ['Debrief', 'Screening']]);
  });
  it('26. assignment tables headed in Spanish or French: "Responsable" is R beside Aprobador, A beside Réalisateur', () => {
    const spanish = lines('## Responsabilidades', '', '| Actividad | Responsable | Aprobador | Consultado | Informado |', '| --- | --- | --- | --- | --- |', '| Cierre de mes | Ana | Luis | | |', '| Auditoría | Ana | | Luis | |');
    assert.deepEqual(seen(check(spanish)), ['accountable-missing@6']);
    const french = lines('## RACI', '', '| Activité | Réalisateur | Responsable | Consulté | Informé |', '| --- | --- | --- | --- | --- |', '| Clôture | Ana | Luis | | Marc |');
    const [closing] = parseMarkdownCharter(french).responsibilities;
    assert.deepEqual(closing.assignments.map((a) => `${a.ref.text}:${a.letter}`), ['Ana:R', 'Luis:A', 'Marc:I']);
  });
  // Failed before: SM was read as the library's Scrum Master, PM as ambiguous, and "(SM)" after a bold
  // title was no alias, though the document spells each out.
  it('27. short forms the document spells out mean what it says: "SM = Service Manager", "Service Manager (SM)"', () => {
    const legend = lines(
      '# Service operations', '',
      'Key: **SM** = Service Manager, **PM** – Problem Manager, **EM**: Event Manager', '',
      '| Activity | SM | PM | EM |', '| --- | --- | --- | --- |',
      '| Service improvement roadmap | A/R | C | I |', '| Root cause analysis | I | A/R | C |', '| Monthly service review | A/R | C | C |',
    );
    assert.deepEqual(check(legend).findings.map((finding) => finding.rule), [], 'no role-ambiguous, and no role-boundary with the QUIET rules');
    assert.deepEqual(checkMarkdown(legend).findings.map((finding) => finding.rule), [], 'role-boundary too');
    const defined = lines('## Roles', '', '- **Service Manager** (SM): owns the service.', '- **Service Desk** (SD): takes the calls.', '', '## RACI', '', '| Activity | SM | SD |', '| --- | --- | --- |', '| Service review | A/R | C |');
    assert.deepEqual(checkMarkdown(defined).findings.map((finding) => finding.rule), []);
    // Without the document's word, PM is still ambiguous.
    assert.deepEqual(seen(check(lines('| Activity | PM | Dev |', '| --- | --- | --- |', '| Roadmap | A | R |')), 'role-ambiguous'), ['role-ambiguous@1']);
  });
  // Each failed before: a count row was read as a responsibility, a Notes column holding "-" became a
  // role, and "Everyone" was an undefined role.
  it('28. "Total" and "Notes" rows, a Notes column and an audience ("Everyone") are not responsibilities or roles', () => {
    const totals = lines('## RACI', '', '| Task | Lead | Analyst |', '| --- | --- | --- |', '| Close the books | A | R |', '| Reconcile | A | R |', '| **Total A** | 2 | 0 |', '| Notes | Analysts rotate monthly | |');
    assert.deepEqual(seen(check(totals)), []);
    assert.deepEqual(parseMarkdownCharter(totals).responsibilities.map((r) => r.name), ['Close the books', 'Reconcile']);
    const notes = lines('## Responsibilities', '', '| Responsibility | Lead | Dev | Notes |', '| --- | --- | --- | --- |', '| Deploys | A | R | - |', '| Rollbacks | A | R | Only after 18:00 |');
    assert.deepEqual(seen(check(notes)), []);
    const audience = lines('## Roles', '', '- **Docs Lead**: owns the site.', '', '## Responsibilities', '', '| Responsibility | Accountable | Responsible | Informed |', '| --- | --- | --- | --- |', '| Style guide | Docs Lead | Docs Lead | Everyone |', '| Release notes | Docs Lead | Docs Lead | Whole team, Stakeholders |', '| Glossary | Docs Lead | Docs Lead | Editors |');
    assert.deepEqual(seen(check(audience)), ['role-undefined@11']);
  });
  // Failed before: the Description column beside the task named every row in messages.
  it('29b. a Description column between the task and the letters describes the row; the task names it', () => {
    const text = lines('| Activity | Description | Lead | Ops |', '| --- | --- | --- | --- |', '| Access reviews | Quarterly check of production access | A | R |');
    const [row] = parseMarkdownCharter(text).responsibilities;
    assert.equal(row.name, 'Access reviews');
  });
  // Failed before: the comma inside the brackets split one reference into "Search Engineer (Kim" and "Lou)".
  it('29. a comma inside brackets does not split a list of roles', () => {
    const text = lines('## Roles', '', '- **Search Engineer**: tunes ranking.', '- **Data Lead**: owns the index.', '', '## Responsibilities', '', '| Responsibility | Accountable | Responsible |', '| --- | --- | --- |', '| Ranking changes | Data Lead | Search Engineer (Kim, Lou), Data Lead |');
    assert.deepEqual(seen(check(text)), []);
    const [ranking] = parseMarkdownCharter(text).responsibilities;
    assert.deepEqual(ranking.assignments.map((a) => `${a.ref.text}:${a.letter}`), ['Data Lead:A', 'Search Engineer (Kim, Lou):R', 'Data Lead:R']);
  });
  // Failed before: the roles were read as responsibilities and the responsibilities as roles.
  it('30. a matrix with a row per role ("| Role | Task A | Task B |") has a responsibility per column', () => {
    const text = lines('## RACI', '', '| Role | Schema registry | Broker upgrades |', '| --- | --- | --- |', '| Platform Lead | A | A/R |', '| Platform Engineer | R | R |', '| Data Lead | A | C |');
    const charter = parseMarkdownCharter(text);
    assert.deepEqual(charter.responsibilities.map((r) => [r.name, r.assignments.map((a) => `${a.ref.text}:${a.letter}`).join(' ')]), [
      ['Schema registry', 'Platform Lead:A Platform Engineer:R Data Lead:A'],
      ['Broker upgrades', 'Platform Lead:A Platform Lead:R Platform Engineer:R Data Lead:C'],
    ]);
    const finding = onlyFinding(check(text), 'accountable-multiple');
    assert.equal(finding.range.start.line, 2);
    assert.match(applyFix(text, fixTitled(finding, 'Make Data Lead the only accountable role')), /\| Platform Lead \| R \| A\/R \|/);
    assert.deepEqual(parseMarkdownCharter(text).tables?.map((table) => table.summary), ['RACI matrix with a row per role: 2 responsibilities']);
  });
  // Each failed before: these rows or tables were read as responsibilities with unreadable letters.
  it('31. grade and skill tables in a RACI document, holder rows, a repeated header, a second header line, dash group rows', () => {
    const grades = lines('# Suppliers RACI', '', '| Supplier | Quality | Cost |', '| --- | --- | --- |', '| Northwind | A | B |', '| Tailspin | A | A |', '| Litware | C | A |');
    assert.deepEqual(seen(check(grades)), []);
    const skills = lines('# Team RACI', '', '| Task | Lead | Dev |', '| --- | --- | --- |', '| Deploy | A | R |', '', 'Levels: A = Advanced, I = Intermediate.', '', '| Skill | Mia | Noah |', '| --- | --- | --- |', '| Go | A | A |', '| Rust | I | A |');
    assert.deepEqual(seen(check(skills)), []);
    assert.deepEqual(parseMarkdownCharter(skills).responsibilities.map((r) => r.name), ['Deploy']);
    const holders = lines('## RACI', '', '| Activity | Product Owner | Dev |', '| --- | --- | --- |', '| *Who* | Dana | Ana, Bo |', '| Backlog | A/R | C |');
    assert.deepEqual(seen(check(holders)), []);
    const repeated = lines('## RACI', '', '| Process | Manager | Associate |', '| --- | --- | --- |', '| Open store | A | R |', '| Process | Manager | Associate |', '| Close store | A | R |');
    assert.deepEqual(seen(check(repeated)), []);
    const twoLines = lines('## RACI', '', '| | **Product** | | **Eng** |', '| --- | --- | --- | --- |', '| **Activity** | **PM Lead** | **Designer** | **QA Lead** |', '| Launch plan | A | R | C |', '| Mockups | C | A/R | |');
    assert.deepEqual(seen(check(twoLines)), []);
    assert.deepEqual(parseMarkdownCharter(twoLines).responsibilities[1].assignments.map((a) => `${a.ref.text}:${a.letter}`), ['Product:C', 'Designer:A', 'Designer:R']);
    const dashes = lines('## RACI', '', '| Activity | Release Manager | Dev |', '| --- | --- | --- |', '| Phase 1 — Freeze | — | — |', '| Branch cut | A/R | C |');
    assert.deepEqual(seen(check(dashes)), []);
    // A check mark is still a cell to report, not a row of words.
    assert.deepEqual(seen(check(lines('## RACI', '', '| Activity | Lead | Dev |', '| --- | --- | --- |', '| Ship | A | R |', '| Review | ✓ | ✓ |'))), ['raci-invalid@6', 'raci-invalid@6']);
  });

  it('32. people for roles: first names of "Name — Role" lines, holders, plurals, linked titles; TBD names nobody', () => {
    const firstNames = lines('## Roles', '', '- Aisha Khan — Team Lead', '- Ben Ortiz — Scribe', '', '## RACI', '', '| Task | Aisha | Ben |', '| --- | --- | --- |', '| Notes | I | A/R |');
    assert.deepEqual(seen(check(firstNames)), []);
    const holders = lines('## Roles', '', '| Role | Holder |', '| --- | --- |', '| Engineering Manager | Grace Ho |', '| Product Owner | Tariq Aziz |', '', '## Responsibilities', '', '| Responsibility | Accountable | Responsible |', '| --- | --- | --- |', '| Dunning | Tariq Aziz | Grace Ho |');
    assert.deepEqual(seen(check(holders)), []);
    const plural = lines('## Roles', '', '- **Developers**: build it.', '- **Lead**: decides.', '', '| Activity | Lead | Developer |', '| --- | --- | --- |', '| Build | A | R |');
    assert.deepEqual(seen(check(plural)), []);
    const linked = lines('## Roles', '', '- [Tech Lead](https://wiki.example.org/tl) — technical direction.', '', '## RACI', '', '| Activity | Tech Lead |', '| --- | --- |', '| Architecture | A/R |');
    assert.deepEqual(seen(check(linked)), []);
    const tbd = lines('## Roles', '', '- **Lead**: decides.', '', '## Responsibilities', '', '| Responsibility | Accountable | Responsible |', '| --- | --- | --- |', '| Catering | Lead | TBD |');
    assert.deepEqual(seen(check(tbd)), ['responsible-missing@9']);
  });
  // Failed before: these tables were not read, so their mistakes were missed and their roles unused.
  it('33. tables in a block quote or indented in a list item are read; a DACI "Driver | Approver" table too', () => {
    const quoted = lines('## Roles', '', '- **Lead**', '- **Dev**', '', '## RACI', '', '> | Task | Lead | Dev |', '> | --- | --- | --- |', '> | Build | A | A |');
    assert.deepEqual(seen(check(quoted)), ['accountable-multiple@10', 'responsible-missing@10']);
    const listed = lines('## Roles', '', '- **Lead**', '- **Dev**', '', '## RACI', '', '1. Build phase', '', '   | Task | Lead | Dev |', '   | --- | --- | --- |', '   | Build | R | R |');
    assert.deepEqual(seen(check(listed)), ['accountable-missing@12']);
    const fixed = applyFix(listed, fixTitled(onlyFinding(check(listed), 'accountable-missing'), 'Make Lead accountable'));
    assert.match(fixed, /\n {3}\| Build \| A\/R \| R \|\n?$/);
    const daci = lines('# Decisions (DACI)', '', '## Roles', '', '- **Staff Engineer**', '- **Head of Eng**', '', '| Decision | Driver | Approver | Contributors | Informed |', '| --- | --- | --- | --- | --- |', '| Kafka | Staff Engineer | Head of Eng, Staff Engineer | | |');
    assert.deepEqual(seen(check(daci)), ['accountable-multiple@10']);
  });
  // Each failed before (a fourth round of invented charters, in the corpus's languages).
  it('34. legends declare letters by their meaning, in any language and several to a line', () => {
    const oneLine = lines('# Buying', '', 'Legend: R = Responsible, A = Accountable, S = Support, C = Consulted', '', '| Step | Buyer | Finance |', '| --- | --- | --- |', '| Quote | A/R | S |', '| Pay | S | A/R |');
    assert.deepEqual(seen(check(oneLine)), []);
    const portuguese = lines('# Compras', '', 'Legenda: R = Responsável, A = Aprovador, S = Suporte', '', '| Etapa | Comprador | Financeiro |', '| --- | --- | --- |', '| Cotação | A/R | S |');
    assert.deepEqual(seen(check(portuguese)), []);
    const russian = lines('# Релизы', '', 'О — Ответственный, И — Исполнитель, С — Согласующий, У — Уведомляемый.', '', '| Работа | Руководитель | Инженер | Аналитик |', '| --- | --- | --- | --- |', '| Сборка | О | И | У |', '| Выпуск | И | И | С |');
    assert.deepEqual(seen(check(russian)), ['accountable-missing@8']);
    const german = lines('# Einkauf', '', 'Legende: V = Verantwortlich, D = Durchführung, M = Mitwirkung, I = Information', '', '| Schritt | Leitung | Sachbearbeitung |', '| --- | --- | --- |', '| Bestellung | V | D |', '| Prüfung | M | D |');
    assert.deepEqual(seen(check(german)), ['accountable-missing@8']);
  });

  it('35. RACI lines, assignment headers and alias words in other languages; abbreviation columns', () => {
    const french = lines('## Responsabilités', '', '### Planification', '', '- Approbateur : Chef', '- Réalisateur : Dev', '', '## Rôles', '', '- **Chef**', '- **Dev**');
    assert.deepEqual(seen(check(french)), []);
    const russianTable = lines('| Этап | Исполнитель | Ответственный | Консультирует |', '| --- | --- | --- | --- |', '| Настройка | Интегратор | Руководитель | Аналитик |', '| Обучение | Аналитик | | Интегратор |');
    assert.deepEqual(seen(check(russianTable)), ['accountable-missing@4']);
    const alias = lines('## Rollen', '', '- **Produktverantwortliche** (auch PO): priorisiert.', '', '## RACI', '', '| Aufgabe | PO |', '| --- | --- |', '| Backlog | A/R |');
    assert.deepEqual(seen(check(alias)), []);
    const kuerzel = lines('## Rollen', '', '| Rolle | Kürzel | Beschreibung |', '| --- | --- | --- |', '| Systemadministrator | SA | Betreibt die Server |', '', '## RACI', '', '| Aufgabe | SA |', '| --- | --- |', '| Patchen | A/R |');
    assert.deepEqual(seen(check(kuerzel)), []);
  });

  it('36. a contacts or members table gives roles their holders; it is not a second definition, nor the only one', () => {
    const contacts = lines('## Roles', '', '- **Service Owner**: approves closure.', '- **On-call Engineer**: handles it.', '', '| Activity | On-call Engineer | Service Owner |', '| --- | --- | --- |', '| Handle incident | R | A |', '', '## Contacts', '', '| Role | Name | Phone |', '| --- | --- | --- |', '| Service Owner | Claire Roy | +33 6 00 00 00 00 |');
    assert.deepEqual(seen(check(contacts)), []);
    assert.deepEqual(parseMarkdownCharter(contacts).roles.map((role) => [role.title, role.holders]), [['Service Owner', ['Claire Roy']], ['On-call Engineer', []]]);
    const onlyContacts = lines('| Activity | Requester | Analyst | Coordinator |', '| --- | --- | --- | --- |', '| Assess risk | C | R | A |', '', '## Contatos', '', '| Papel | Nome | E-mail |', '| --- | --- | --- |', '| Coordinator | Ana Souza | ana@example.org |');
    assert.deepEqual(seen(check(onlyContacts)), []);
    // Job pages: "Requirements" under each role is an aside, not a role.
    const jobs = lines('# Engineering roles', '', '## Backend Engineer', '', '### Requirements', '', 'Go.', '', '## Frontend Engineer', '', '### Requirements', '', 'TypeScript.');
    assert.deepEqual(seen(check(jobs)), []);
  });
});

describe('front matter that does not parse', () => {
  it('gives its syntax finding only, not also a schema finding on the half-read value', () => {
    const text = lines('---', 'team: [Payments', 'mission: x', '---', '# Payments', '', '| Task | Lead |', '| --- | --- |', '| Ship | A/R |');
    const rules = check(text).findings.map((finding) => finding.rule);
    assert.ok(rules.includes('syntax'), rules.join());
    assert.ok(!rules.includes('schema'), rules.join());
  });
});
