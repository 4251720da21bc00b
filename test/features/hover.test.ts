import * as assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/core/features/hover';
import { findLibraryRole, libraryRoleMarkdown } from '../../server/src/core/roles';
import { checkText } from '../../server/src/core/check';
import { checkAt } from './cursor';
import { lines, withCursor } from '../helpers/charter';

const roles = [
  '# Payments',
  '',
  '## Roles',
  '',
  '- **Product Manager** `pm` (aka Product Lead): owns the roadmap.',
  '- **Delivery Lead**: owns the schedule.',
  '',
  '## Responsibilities',
  '',
];

describe('hover', () => {
  it('on a role reference: names, own description, library text and involvement', () => {
    const { result, position } = checkAt(
      lines(
        ...roles,
        '| Responsibility | Product ‸Manager | Delivery Lead |',
        '| -------------- | --------------- | ------------- |',
        '| **Planning**   |                 |               |',
        '| Roadmap        | A/R             | C             |',
        '| Releases       | I               | A/R           |',
      ),
      'markdown',
    );
    const hover = hoverAt(result, position);
    assert.ok(hover);
    assert.match(hover.markdown, /^\*\*Product Manager\*\* — id `pm` · also known as Product Lead/);
    assert.match(hover.markdown, /owns the roadmap\./);
    // The built-in library knows Product Managers; its text follows the charter's own.
    const library = findLibraryRole(['Product Manager']);
    assert.ok(library, 'the library knows Product Managers');
    assert.ok(hover.markdown.includes(libraryRoleMarkdown(library)), 'library text included');
    assert.match(
      hover.markdown,
      /In this charter: accountable for 1 of 2 responsibilities \(Roadmap\), responsible for 1 \(Roadmap\), informed of 1 \(Releases\)\./,
    );
    assert.deepEqual(hover.range.start, { line: 9, character: 19 });
  });

  it('on a role without a library entry: no library section', () => {
    const { result, position } = checkAt(
      lines(...roles, '| Responsibility | Product Manager | Delivery ‸Lead |', '| - | - | - |', '| Roadmap | A/R | C |'),
      'markdown',
    );
    const hover = hoverAt(result, position);
    assert.ok(hover);
    assert.doesNotMatch(hover.markdown, /\n---\n\n(?!\*How this table was read)/, 'no library section');
    assert.match(hover.markdown, /In this charter: consulted on 1 of 1 responsibility \(Roadmap\)\./);
  });

  it('shows a wrapped description as a paragraph, not as a code block', () => {
    const { result, position } = checkAt(
      lines(
        '## Roles',
        '',
        '- **Delivery Lead**: owns the schedule',
        '      and the release train.',
        '',
        '## Responsibilities',
        '',
        '| Responsibility | Delivery ‸Lead |',
        '| - | - |',
        '| Releases | A/R |',
      ),
      'markdown',
    );
    const hover = hoverAt(result, position);
    assert.ok(hover);
    assert.match(hover.markdown, /owns the schedule\nand the release train\./);
  });

  it('on a responsibility name: its RACI as a table, with its group', () => {
    const { result, position } = checkAt(
      lines(
        ...roles,
        '| Responsibility | Product Manager | Delivery Lead |',
        '| -------------- | --------------- | ------------- |',
        '| **Planning**   |                 |               |',
        '| Road‸map        | A/R             | C             |',
      ),
      'markdown',
    );
    const hover = hoverAt(result, position);
    assert.ok(hover);
    assert.match(hover.markdown, /^\*\*Roadmap\*\* \(Planning\)/);
    assert.match(hover.markdown, /\| A — Accountable \| Product Manager \|/);
    assert.match(hover.markdown, /\| R — Responsible \| Product Manager \|/);
    assert.match(hover.markdown, /\| C — Consulted \| Delivery Lead \|/);
    assert.match(hover.markdown, /\| I — Informed \| — \|/);
  });

  it('on a matrix cell: what its letters mean, or why it is invalid', () => {
    const fixture = (cell: string) =>
      checkAt(lines(...roles, '| Responsibility | Product Manager | Delivery Lead |', '| - | - | - |', `| Roadmap | A/R | ${cell} |`), 'markdown');
    const consulted = fixture('‸C');
    const valid = hoverAt(consulted.result, consulted.position);
    assert.ok(valid);
    assert.match(valid.markdown, /\*\*Delivery Lead\*\* in \*\*Roadmap\*\*/);
    assert.match(valid.markdown, /Consulted/);
    assert.doesNotMatch(valid.markdown, /Informed/);
    const invalid = fixture('‸Q');
    const problem = hoverAt(invalid.result, invalid.position);
    assert.ok(problem);
    assert.match(problem.markdown, /`Q` is not a RACI value/);
  });

  it('on a reference to no role says so; elsewhere there is no hover', () => {
    const undefinedRole = checkAt(lines('team: T', 'roles:', '  pm:', '    title: Product Manager', 'responsibilities:', '  - name: R', '    accountable: ar‸chie'), 'yaml');
    assert.match(hoverAt(undefinedRole.result, undefinedRole.position)?.markdown ?? '', /No role named \*\*archie\*\*/);
    const nothing = checkAt(lines('te‸am: T'), 'yaml');
    assert.equal(hoverAt(nothing.result, nothing.position), undefined);
  });

  it('on an undefined ambiguous short form lists what it can mean', () => {
    const { result, position } = checkAt(
      lines('team: T', 'roles:', '  em:', '    title: Engineering Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: P‸M', '    responsible: em'),
      'yaml',
    );
    const markdown = hoverAt(result, position)?.markdown ?? '';
    assert.match(markdown, /\*\*PM\*\* is ambiguous; it can mean:/);
    for (const title of ['Product Manager', 'Program Manager', 'Project Manager']) assert.ok(markdown.includes(`**${title}**`), title);
    assert.match(markdown, /No role named \*\*PM\*\*/);
  });

  // Failed before: "PO" was an undefined role, with no word of the Product Owner it stands for.
  it('on a short name: which role it is read as and how; on the role: its short names in this charter', () => {
    const text = lines(
      '## Roles',
      '',
      '- **Product Owner**: decides what is built.',
      '- **Release Manager**: plans releases.',
      '',
      '## RACI',
      '',
      '| Work | PO | Release Mgr |',
      '| --- | --- | --- |',
      '| Backlog | A/R | I |',
      '| Release | C | A/R |',
    );
    const onReference = checkAt(text.replace('| PO |', '| P‸O |'), 'markdown');
    const reference = hoverAt(onReference.result, onReference.position)?.markdown ?? '';
    assert.match(reference, /^\*\*PO\*\* is read as \*\*Product Owner\*\* \(initials\)\.\n\n\*\*Product Owner\*\* — id `product-owner`/);
    const onRole = checkAt(text.replace('- **Release Manager**', '- **Release Man‸ager**'), 'markdown');
    assert.match(hoverAt(onRole.result, onRole.position)?.markdown ?? '', /Also written in this charter as Release Mgr \(shortened words\)\./);
  });

  it('on a short name several roles fit: which, and that it is read as none', () => {
    const { result, position } = checkAt(
      lines('## Roles', '', '- **Developer**', '- **DevOps**', '', '## Responsibilities', '', '### Deploys', '', '- Accountable: DevOps', '- Responsible: D‸ev', '- Consulted: Developer'),
      'markdown',
    );
    const markdown = hoverAt(result, position)?.markdown ?? '';
    assert.match(markdown, /^\*\*Dev\*\* could be short for \*\*Developer\*\* or \*\*DevOps\*\*, so it is read as none of them\./);
  });

  it('on a role titled with a short form lists what it can mean; an unused role says it holds nothing', () => {
    const { result, position } = checkAt(lines('## Roles', '', '- **P‸M**: runs things.', '- **Scrum Master**: facilitates.', '', '## Responsibilities', '', '| Responsibility | Scrum Master |', '| - | - |', '| Sprint review | A/R |'), 'markdown');
    const markdown = hoverAt(result, position)?.markdown ?? '';
    assert.match(markdown, /\*\*PM\*\* is ambiguous; it can mean:/);
    assert.match(markdown, /In this charter: no responsibility names this role yet\./);
    assert.doesNotMatch(markdown, / 0[,.]/, 'no empty counts');
  });

  it('on a table header says how the table was read, so "no findings" is not mistaken for "checked"', () => {
    const prose = checkAt(lines('# Crew', '', '| Ar‸ea | Notes |', '| --- | --- |', '| Billing | Moves to the new team in May |'), 'markdown');
    assert.equal(hoverAt(prose.result, prose.position)?.markdown, '*How this table was read:* not a charter table (not checked).');
    const matrix = checkAt(lines(...roles, '| Responsibility | Product ‸Manager | Delivery Lead |', '| - | - | - |', '| Roadmap | A/R | C |', '| Releases | I | A/R |'), 'markdown');
    const markdown = hoverAt(matrix.result, matrix.position)?.markdown ?? '';
    assert.match(markdown, /^\*\*Product Manager\*\*/, 'the role first');
    assert.match(markdown, /\*How this table was read:\* RACI matrix: 2 responsibilities\.$/);
  });

  it('on a matrix header whose names mostly name no defined role, says they were not checked against the Roles section', () => {
    const { result, position } = checkAt(lines('## Roles', '', '- **Engineering Manager**: leads.', '- **Designer**: designs.', '', '## Matrix', '', '| Activity | A‸na | Bruno | Chen |', '| --- | --- | --- | --- |', '| Release train | A | R | C |'), 'markdown');
    assert.deepEqual(result.findings.filter((finding) => finding.rule === 'role-undefined' || finding.rule === 'role-unused'), []);
    assert.match(hoverAt(result, position)?.markdown ?? '', /\*How this table was read:\* RACI matrix: 1 responsibility; 3 of its 3 role names are not in the Roles section, so none is reported as undefined\.$/);
  });

  it('on a matrix column no row gives a letter yet: the library\'s text for the role', () => {
    const { result, position } = checkAt(lines('# Crew', '', '## RACI', '', '| Task | Product Manager | Scrum Ma‸ster |', '| --- | --- | --- |', '| Plan the sprint | A/R | |', '| Write the roadmap | A/R | |'), 'markdown');
    const markdown = hoverAt(result, position)?.markdown ?? '';
    assert.match(markdown, /^\*\*Scrum Master\*\* — a column of this matrix; no row gives it a letter yet\./);
    const library = findLibraryRole(['Scrum Master']);
    assert.ok(library && markdown.includes(libraryRoleMarkdown(library)), 'library text included');
  });

  it('in a RAPID or RASCI document: the letters as the document defines them', () => {
    const rapidWith = (row: string) => lines('# Decisions (RAPID)', '', 'R = Recommend, A = Agree, P = Perform, I = Input, D = Decide.', '', '| Decision | Lead | Board |', '| --- | --- | --- |', row);
    const cell = checkAt(rapidWith('| Pick the vendor | R/‸A | D |'), 'markdown');
    const markdown = hoverAt(cell.result, cell.position)?.markdown ?? '';
    assert.match(markdown, /- \*\*R\*\* — Recommend \(RAPID\): counts as responsible/);
    assert.match(markdown, /- \*\*A\*\* — Agree \(RAPID\): counts as consulted/);
    assert.doesNotMatch(markdown, /Accountable/);
    const decider = checkAt(rapidWith('| Pick the vendor | R/A | ‸D |'), 'markdown');
    assert.match(hoverAt(decider.result, decider.position)?.markdown ?? '', /- \*\*D\*\* — Decide \(RAPID\): counts as accountable, the one decider/);
    const name = checkAt(rapidWith('| Pick the ‸vendor | R/A | D |'), 'markdown');
    assert.match(hoverAt(name.result, name.position)?.markdown ?? '', /In this RAPID document, R \(Recommend\) counts as R; A \(Agree\) counts as C; P \(Perform\) counts as R; I \(Input\) counts as C; D \(Decide\) counts as A\./);
    const rasci = checkAt(lines('# RASCI', '', '| Task | Lead | Helper |', '| --- | --- | --- |', '| Ship | A/R | ‸S |'), 'markdown');
    assert.match(hoverAt(rasci.result, rasci.position)?.markdown ?? '', /- \*\*S\*\* — Support \(RASCI\): counts as no RACI letter/);
  });

  it('on a role: how many of the charter\'s responsibilities it is accountable for, whether or not role-overload is on', () => {
    // A YAML charter of 14 responsibilities: the Product Owner accountable for 12, responsible for 3.
    const rows = Array.from({ length: 14 }, (_, i) => {
      const owner = i < 12 ? 'po' : 'lead';
      const doer = i < 3 ? 'po' : 'dev';
      return [`  - name: Work item ${i + 1}`, `    accountable: ${owner}`, `    responsible: ${doer}`];
    }).flat();
    const charter = (cursorAt: string) =>
      lines('team: Shop', 'roles:', '  po:', `    title: ${cursorAt}`, '  lead:', '    title: Tech Lead', '  dev:', '    title: Developer', 'responsibilities:', ...rows);
    const { text, position } = withCursor(charter('Product ‸Owner'));
    for (const severities of [{}, { 'role-overload': 'warning' as const }]) {
      const result = checkText(text, { format: 'yaml', severities });
      const markdown = hoverAt(result, position)?.markdown ?? '';
      // Past five names a letter's list is cut, so a busy role's hover stays short.
      assert.match(
        markdown,
        /In this charter: accountable for 12 of 14 responsibilities \(Work item 1, Work item 2, Work item 3, Work item 4, 8 more\), responsible for 3 \(Work item 1, Work item 2, Work item 3\)\./,
      );
    }
    assert.equal(checkText(text, { format: 'yaml' }).findings.length, 0, 'off by default: the hover shows the load, no finding');
  });

  it('on the title: the last review, the period and when the next review is due', () => {
    const overdue = withCursor(lines('team: Pay‸ments', 'reviewed: 2025-01-10', 'review-every: quarterly', 'responsibilities: []'));
    const result = checkText(overdue.text, { format: 'yaml', today: '2026-03-04' });
    assert.equal(
      hoverAt(result, overdue.position)?.markdown,
      '**Payments**\n\nLast reviewed on 2025-01-10; reviewed every 3 months, the next review was due on 2025-04-10: **overdue**.',
    );
    const fresh = withCursor(lines('# Pay‸ments', '', 'Last reviewed: 2026-02-01', '', '## Responsibilities'));
    const freshResult = checkText(fresh.text, { format: 'markdown', today: '2026-03-04' });
    assert.equal(
      hoverAt(freshResult, fresh.position)?.markdown,
      '**Payments**\n\nLast reviewed on 2026-02-01; reviewed every 6 months (the default period), next review due by 2026-08-01.',
    );
    const none = withCursor(lines('# Pay‸ments', '', '## Responsibilities'));
    assert.match(hoverAt(checkText(none.text, { format: 'markdown' }), none.position)?.markdown ?? '', /Last reviewed: not written\./);
  });
});
