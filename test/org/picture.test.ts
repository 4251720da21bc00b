// The picture of a charter and of an organisation (core/report): what a matrix drawing shows, as data.
import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { buildCharterPicture } from '../../server/src/core/report/charterPicture';
import { buildOrganisationPicture, sharedNamesOf } from '../../server/src/core/report/organisationPicture';
import { ownerRows, rowMatches } from '../../server/src/core/report/owners';
import { ORG_FILES, organisationOf } from '../helpers/org';

const GROWTH = `---
team: Growth
---

# Growth

## Roles

- **Product Manager** (\`pm\`)
- **Engineer** (\`eng\`)
- **Analyst** (\`analyst\`)

## Responsibilities

| Responsibility | Product Manager | Engineer | Designer |
| -------------- | --------------- | -------- | -------- |
| **Discovery**  |                 |          |          |
| Roadmap        | A               | R        | C        |
| Experiments    | A/R             | X        |          |
| **Delivery**   |                 |          |          |
| Releases       | I               | A, R     |          |
`;

describe('charter picture', () => {
  const result = checkText(GROWTH, { path: '/teams/growth.charter.md' });
  const picture = buildCharterPicture({ file: 'growth.charter.md', result, findings: result.findings });
  const lines = GROWTH.split('\n');

  it('has the own roles as columns in their order (unused ones too), then references that name no role', () => {
    assert.deepEqual(
      picture.columns.map((column) => [column.title, column.kind, column.totals.accountable, column.totals.responsible]),
      [
        ['Product Manager', 'own', 2, 1],
        ['Engineer', 'own', 1, 2],
        ['Analyst', 'own', 0, 0],
        ['Designer', 'undefined', 0, 0],
      ],
    );
  });

  it("has the responsibilities as rows with their group and each role's letters in A, R, C, I order", () => {
    assert.deepEqual(
      picture.rows.map((row) => [row.group, row.name, row.cells.map((cell) => cell.letters.join(''))]),
      [
        ['Discovery', 'Roadmap', ['A', 'R', '', 'C']],
        ['Discovery', 'Experiments', ['AR', '', '', '']],
        ['Delivery', 'Releases', ['I', 'AR', '', '']],
      ],
    );
  });

  it('puts a finding in the cell it is about, a role finding on its column, and keeps each finding once', () => {
    const experiments = picture.rows[1];
    assert.deepEqual(experiments.cells[1].findings.map((finding) => finding.rule), ['raci-invalid']);
    // The invalid cell has no letter, but it is where the letters are written.
    const line = lines.findIndex((text) => text.startsWith('| Experiments'));
    assert.deepEqual(experiments.cells[1].ranges.map((range) => range.start), [{ line, character: lines[line].indexOf('X') }]);
    assert.deepEqual(experiments.cells[0].ranges.length, 1, '"A/R" is written in one place');
    assert.deepEqual(picture.columns[2].findings.map((finding) => finding.rule), ['role-unused']);
    assert.deepEqual(picture.columns[3].findings.map((finding) => finding.rule), ['role-undefined']);
    const placed = [
      ...picture.findings,
      ...picture.columns.flatMap((column) => column.findings),
      ...picture.rows.flatMap((row) => [...row.findings, ...row.cells.flatMap((cell) => cell.findings)]),
    ];
    assert.deepEqual(placed.map((finding) => finding.rule).sort(), result.findings.map((finding) => finding.rule).sort());
  });

  it('is plain data: it survives JSON and a structured clone unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(picture)), picture);
    assert.deepEqual(structuredClone(picture), picture);
  });
});

describe('organisation picture and owners', () => {
  const org = organisationOf(ORG_FILES);
  const name = (file: string) => file.replace('/org/', '');

  it('draws teams × shared responsibilities, counting the accountable teams', () => {
    const picture = buildOrganisationPicture(org, name);
    assert.deepEqual(picture.teams, [
      { team: 'Checkout', file: 'checkout.charter.yaml' },
      { team: 'Payments', file: 'payments.charter.md' },
      { team: 'Search', file: 'search.charter.yaml' },
    ]);
    assert.deepEqual(
      picture.shared.map((row) => [row.name, row.catalog, row.accountableTeams, row.cells.map((cell) => (cell ? cell.accountable.join() : null))]),
      [
        ['Payments API', 'catalog.charter.yaml', 2, ['Team Lead', 'Team Lead', null]],
        ['Incident response', 'catalog.charter.yaml', 0, [null, null, '']],
        ['Security reviews', 'catalog.charter.yaml', 0, [null, null, null]],
      ],
    );
  });

  it("names each row's shared responsibility, in the charter's order", () => {
    assert.deepEqual(sharedNamesOf(org, '/org/checkout.charter.yaml'), ['Payments API', undefined]);
    assert.deepEqual(sharedNamesOf(org, '/org/elsewhere.charter.yaml'), []);
  });

  it('matches a query on responsibility, team, role id, title or holder, ignoring case and spacing', () => {
    const withHolder = organisationOf({ 'x.charter.yaml': 'team: X\nroles:\n  pm:\n    title: Product Manager\n    holder: Alice Smith\nresponsibilities:\n  - name: Roadmap\n    accountable: pm\n    responsible: pm\n' });
    const [row] = ownerRows(withHolder, name);
    for (const query of ['roadmap', 'x', 'PM', 'product  manager', 'alice smith']) assert.ok(rowMatches(row, query), query);
    for (const query of ['bob', 'y']) assert.ok(!rowMatches(row, query), query);
    assert.deepEqual(row.accountable, [{ id: 'pm', title: 'Product Manager', holders: ['Alice Smith'] }]);
  });
});
