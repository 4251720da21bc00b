import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { completionsAt, type CompletionEntry } from '../../server/src/core/features/completion';
import { applyEdits } from '../../server/src/core/text';
import { checkAt } from './cursor';
import { lines } from '../helpers/charter';

const roles = [
  '# Payments',
  '',
  '## Roles',
  '',
  '- **Delivery Lead** `dl` (aka Release Captain): owns the schedule.',
  '- **Data Steward**: owns the data.',
  '',
  '## Responsibilities',
  '',
];
const ownRoles = (entries: CompletionEntry[]) => entries.filter((entry) => entry.kind === 'role').map((entry) => entry.label);

describe('completion', () => {
  it('offers the charter roles in a matrix header cell, with id and aliases as detail, replacing the cell', () => {
    const { result, position } = checkAt(lines(...roles, '| Responsibility | Delivery Lead | Da‸ta |', '| - | - | - |', '| Roadmap | A/R | C |'), 'markdown');
    const entries = completionsAt(result, position);
    assert.deepEqual(ownRoles(entries), ['Delivery Lead', 'Data Steward']);
    const delivery = entries.find((entry) => entry.label === 'Delivery Lead')!;
    assert.equal(delivery.detail, 'dl, Release Captain');
    assert.deepEqual(entries[0].range, { start: { line: 9, character: 35 }, end: { line: 9, character: 39 } });
  });

  it('offers RACI letters in matrix body cells and role names in assignment-table cells', () => {
    const matrix = checkAt(lines(...roles, '| Responsibility | Delivery Lead | Data Steward |', '| - | - | - |', '| Roadmap | A/R | ‸ |'), 'markdown');
    assert.deepEqual(completionsAt(matrix.result, matrix.position).map((entry) => entry.label), ['R', 'A', 'C', 'I', 'A/R']);
    const assignment = checkAt(
      lines(...roles, '| Responsibility | Accountable | Responsible |', '| - | - | - |', '| Roadmap | Delivery Lead | Delivery Lead, ‸ |'),
      'markdown',
    );
    const entries = completionsAt(assignment.result, assignment.position);
    assert.deepEqual(ownRoles(entries), ['Delivery Lead', 'Data Steward']);
    assert.equal(entries[0].range.start.character, entries[0].range.end.character, 'inserts after the comma');
  });

  it('offers role names after Accountable: in the sub-heading form, and nothing outside responsibilities', () => {
    const heading = checkAt(lines(...roles, '### Roadmap', '', '- Accountable: ‸'), 'markdown');
    assert.deepEqual(ownRoles(completionsAt(heading.result, heading.position)), ['Delivery Lead', 'Data Steward']);
    const prose = checkAt(lines(...roles.slice(0, 4), 'Some text ‸here'), 'markdown');
    assert.deepEqual(completionsAt(prose.result, prose.position), []);
    const legend = checkAt(lines(...roles, '| Letter | Meaning |', '| - | - |', '| A | ‸ |'), 'markdown');
    assert.deepEqual(completionsAt(legend.result, legend.position), []);
  });

  it('offers YAML keys of the right mapping', () => {
    const yaml = (body: string) => checkAt(body, 'yaml');
    const labels = (fixture: ReturnType<typeof yaml>) => completionsAt(fixture.result, fixture.position).map((entry) => entry.label);
    assert.deepEqual(labels(yaml(lines('team: T', 'mi‸'))), ['team', 'mission', 'extends', 'roles', 'responsibilities']);
    assert.deepEqual(labels(yaml(lines('team: T', 'roles:', '  pm:', '    title: PM', '    ‸'))), ['title', 'aliases', 'description', 'holder']);
    assert.deepEqual(labels(yaml(lines('team: T', 'responsibilities:', '  - name: R', '    acc‸'))), [
      'name',
      'description',
      'accountable',
      'responsible',
      'consulted',
      'informed',
    ]);
    assert.deepEqual(labels(yaml(lines('team: T', 'responsibilities:', '  - ‸'))), ['name', 'description', 'accountable', 'responsible', 'consulted', 'informed']);
    assert.deepEqual(labels(yaml(lines('team: T', 'roles:', '  ‸'))), [], 'a role id is the author\'s to choose');
  });

  it('offers role ids in YAML role values, flow lists and block lists', () => {
    const head = ['team: T', 'roles:', '  dl:', '    title: Delivery Lead', '  ds:', '    title: Data Steward', 'responsibilities:', '  - name: R'];
    for (const tail of [['    accountable: ‸'], ['    responsible: [dl, ‸]'], ['    consulted:', '      - dl', '      - ‸']]) {
      const { result, position } = checkAt(lines(...head, ...tail), 'yaml');
      const entries = completionsAt(result, position).filter((entry) => entry.kind === 'role');
      assert.deepEqual(entries.map((entry) => entry.insertText), ['dl', 'ds'], tail.join(' / '));
    }
  });

  it('offers library roles the charter lacks, with the edit that defines them', () => {
    const { result, position, text } = checkAt(lines(...roles, '| Responsibility | Delivery Lead | ‸ |', '| - | - | - |', '| Roadmap | A/R | C |'), 'markdown');
    const entries = completionsAt(result, position);
    const owner = entries.find((entry) => entry.kind === 'library-role' && entry.label === 'Product Owner');
    assert.ok(owner, 'library role offered');
    assert.ok(owner.additionalEdits?.length, 'with a definition');
    const completed = applyEdits(text, [{ range: owner.range, newText: owner.insertText }, ...owner.additionalEdits!]);
    const after = checkText(completed, { format: 'markdown' });
    assert.ok(after.roles.resolve('Product Owner'), 'the role is now defined');
    assert.deepEqual(after.findings.filter((finding) => finding.rule === 'role-undefined'), []);
  });

  it('does not define library roles in a charter whose roles are implicit', () => {
    const { result, position } = checkAt(lines('# T', '', '## Responsibilities', '', '| Responsibility | Delivery Lead | ‸ |', '| - | - | - |', '| Roadmap | A/R | C |'), 'markdown');
    const library = completionsAt(result, position).filter((entry) => entry.kind === 'library-role');
    assert.ok(library.length > 0);
    assert.ok(library.every((entry) => entry.additionalEdits === undefined));
  });
});
