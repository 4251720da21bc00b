// The ownership diff of two versions of a charter (core/diff/), whatever form each is written in.
import * as assert from 'node:assert/strict';
import { describeChanges, diffCharters } from '../../server/src/core/diff/changes';
import { matchCharters } from '../../server/src/core/diff/match';
import { pairCharters } from '../../server/src/core/diff/pair';
import { charterSide, NO_CHARTER } from '../../server/src/core/diff/side';
import { pictureChanges } from '../../server/src/core/diff/view';
import { buildCharterPicture } from '../../server/src/core/report/charterPicture';
import { check, lines, type Format } from '../helpers/charter';
import { CHARTER_FORMS, formatOf, renderCharter, type CharterSpec } from '../helpers/forms';

function side(text: string, format: Format) {
  const result = check(text, format);
  return charterSide(result, result.findings);
}

const base: CharterSpec = {
  roles: ['Product Manager', 'Engineering Manager', 'Designer'],
  responsibilities: [
    { name: 'Roadmap', letters: { 'Product Manager': 'A/R', 'Engineering Manager': 'C', Designer: 'I' } },
    { name: 'Delivery', letters: { 'Product Manager': 'C', 'Engineering Manager': 'A/R' } },
    { name: 'Design reviews', letters: { 'Product Manager': 'C', Designer: 'A/R' } },
  ],
};

describe('ownership diff', () => {
  for (const before of CHARTER_FORMS) {
    for (const after of CHARTER_FORMS) {
      it(`finds no change between the same charter written as ${before} and as ${after}`, () => {
        const diff = diffCharters(side(renderCharter(before, base), formatOf(before)), side(renderCharter(after, base), formatOf(after)));
        assert.deepEqual(diff.responsibilities, { added: [], removed: [], renamed: [], changed: [] });
        assert.deepEqual(diff.roles, { added: [], removed: [], renamed: [], holders: [] });
      });
    }
  }

  it('says who is accountable before and after, and each R, C and I added and removed', () => {
    const next: CharterSpec = {
      ...base,
      responsibilities: [
        { name: 'Roadmap', letters: { 'Product Manager': 'R', 'Engineering Manager': 'A', Designer: 'C' } },
        ...base.responsibilities.slice(1),
      ],
    };
    const diff = diffCharters(side(renderCharter('matrix', base), 'markdown'), side(renderCharter('yaml', next), 'yaml'));
    assert.deepEqual(
      diff.responsibilities.changed.map(({ nameRange, ...change }) => (void nameRange, change)),
      [
        {
          name: 'Roadmap',
          accountable: { from: ['Product Manager'], to: ['Engineering Manager'] },
          added: [{ role: 'Designer', letter: 'C' }],
          removed: [
            { role: 'Engineering Manager', letter: 'C' },
            { role: 'Designer', letter: 'I' },
          ],
        },
      ],
    );
  });

  it('recognises a renamed responsibility when its letters stay, and not when they change too', () => {
    const renamed = renderCharter('matrix', base).replace('| Delivery |', '| Release delivery |');
    assert.deepEqual(diffCharters(side(renderCharter('matrix', base), 'markdown'), side(renamed, 'markdown')).responsibilities, {
      added: [],
      removed: [],
      renamed: [{ from: 'Delivery', to: 'Release delivery' }],
      changed: [],
    });
    const renamedAndMoved = renderCharter('matrix', base).replace('| Delivery | C | A/R |', '| Release delivery | A | R |');
    const diff = diffCharters(side(renderCharter('matrix', base), 'markdown'), side(renamedAndMoved, 'markdown'));
    assert.deepEqual(diff.responsibilities.renamed, []);
    assert.deepEqual(diff.responsibilities.removed.map((row) => row.name), ['Delivery']);
    assert.deepEqual(diff.responsibilities.added.map((row) => row.name), ['Release delivery']);
  });

  it('recognises a renamed role by its explicit id, an alias, or holding the same letters; not when two new roles could be it', () => {
    const yaml = renderCharter('yaml', base);
    const byId = yaml.replace('title: Designer', 'title: Product Designer');
    assert.deepEqual(diffCharters(side(yaml, 'yaml'), side(byId, 'yaml')).roles.renamed, [{ from: 'Designer', to: 'Product Designer' }]);
    const matrix = renderCharter('matrix', base);
    const byLetters = matrix.replaceAll('Designer', 'UX Designer');
    const diff = diffCharters(side(matrix, 'markdown'), side(byLetters, 'markdown'));
    assert.deepEqual(diff.roles, { added: [], removed: [], renamed: [{ from: 'Designer', to: 'UX Designer' }], holders: [] });
    assert.deepEqual(diff.responsibilities.changed, []);
    const byAlias = lines('team: Payments', 'roles:', '  em:', '    title: Eng Manager', '    aliases: [EM]', 'responsibilities:', '  - name: Delivery', '    accountable: em');
    const aliasBefore = lines('team: Payments', 'roles:', '  x:', '    title: EM', 'responsibilities:', '  - name: Delivery', '    accountable: x', '    informed: x');
    assert.deepEqual(diffCharters(side(aliasBefore, 'yaml'), side(byAlias, 'yaml')).roles.renamed, [{ from: 'EM', to: 'Eng Manager' }]);
    // The designer's letters now held by two new columns alike: nothing says which it became.
    const twins = matrix.replace('| Responsibility | Product Manager | Engineering Manager | Designer |', '| Responsibility | Product Manager | Engineering Manager | UX Designer | UI Designer |')
      .replace('| --- | --- | --- | --- |', '| --- | --- | --- | --- | --- |')
      .replace('| Roadmap | A/R | C | I |', '| Roadmap | A/R | C | I | I |')
      .replace('| Delivery | C | A/R |  |', '| Delivery | C | A/R |  |  |')
      .replace('| Design reviews | C |  | A/R |', '| Design reviews | C |  | A/R | A/R |');
    assert.deepEqual(diffCharters(side(matrix, 'markdown'), side(twins, 'markdown')).roles.renamed, []);
  });

  it('lists roles added and removed, and holders changed', () => {
    const yaml = renderCharter('yaml', base).replace('    title: Designer\n', '    title: Designer\n    holder: TBD\n');
    const next = yaml.replace('    holder: TBD\n', '    holder: Sam Lee\n').replace('  designer:\n', '  analyst:\n    title: Analyst\n  designer:\n');
    const diff = diffCharters(side(yaml, 'yaml'), side(next, 'yaml'));
    assert.deepEqual(diff.roles.holders, [{ role: 'Designer', from: ['TBD'], to: ['Sam Lee'] }]);
    assert.deepEqual(diff.roles.added, [{ title: 'Analyst', holders: [] }]);
    assert.deepEqual(diffCharters(side(next, 'yaml'), side(yaml, 'yaml')).roles.removed, [{ title: 'Analyst', holders: [] }]);
  });

  it('pairs the nth responsibility of a name with the nth (two tables of steps)', () => {
    const twice = lines('team: T', 'responsibilities:', '  - name: Review', '    accountable: A1', '  - name: Review', '    accountable: A2');
    const swapped = twice.replace('accountable: A2', 'accountable: A3');
    const diff = diffCharters(side(twice, 'yaml'), side(swapped, 'yaml'));
    assert.deepEqual(diff.responsibilities.changed.map((change) => [change.name, change.accountable]), [['Review', { from: ['A2'], to: ['A3'] }]]);
  });

  it('says what a charter added or removed as a whole holds, and what findings it brings', () => {
    const added = diffCharters(NO_CHARTER, side(renderCharter('matrix', base), 'markdown'));
    assert.deepEqual(added.responsibilities.added.map((row) => row.name), ['Roadmap', 'Delivery', 'Design reviews']);
    assert.deepEqual(added.responsibilities.added[0].roles, [
      { role: 'Product Manager', letters: 'A/R' },
      { role: 'Engineering Manager', letters: 'C' },
      { role: 'Designer', letters: 'I' },
    ]);
    assert.equal(added.team?.to, 'Payments');
  });

  it('counts findings introduced and resolved by what they say, wherever their line moved', () => {
    const text = lines('team: T', 'responsibilities:', '  - name: A', '    responsible: X');
    const moved = lines('team: T', 'mission: Ship.', 'responsibilities:', '  - name: A', '    responsible: X', '  - name: B', '    responsible: Y');
    const diff = diffCharters(side(text, 'yaml'), side(moved, 'yaml'));
    assert.deepEqual(diff.findings.introduced.map((finding) => finding.message), ['"B" has no accountable role. Exactly one role must be accountable.']);
    assert.deepEqual(diff.findings.resolved, []);
  });

  it('pairs charter files by path, then by a team name given once on each side', () => {
    assert.deepEqual(
      pairCharters(
        [{ path: 'a/CHARTER.md', team: 'Platform' }, { path: 'b.charter.md', team: 'Payments' }, { path: 'old.md', team: 'Gone' }],
        [{ path: 'b.charter.md', team: 'Payments team' }, { path: 'a/charter.yaml', team: 'platform' }, { path: 'new.md', team: 'New' }],
      ),
      [{ before: 1, after: 0 }, { before: 0, after: 1 }, { after: 2 }, { before: 2 }],
    );
  });

  it('marks the picture of the later version: changed cells with their old letters, new rows and columns, removed rows', () => {
    const before = renderCharter('matrix', base);
    const after = before.replace('| Roadmap | A/R | C | I |', '| Roadmap | R | A | I |').replace('| Design reviews | C |  | A/R |\n', '').replace('| Delivery | C | A/R |  |', '| Delivery | C | A/R |  |\n| Hiring | I | A/R |  |');
    const result = check(after, 'markdown');
    const picture = buildCharterPicture({ file: 'x.md', result, findings: result.findings });
    const changes = pictureChanges(picture, matchCharters(side(before, 'markdown'), charterSide(result, result.findings)), 'HEAD');
    assert.deepEqual(changes.rows, [
      { status: 'kept', cells: [{ before: ['A', 'R'] }, { before: ['C'] }, null] },
      { status: 'kept', cells: [null, null, null] },
      { status: 'added' },
    ]);
    assert.deepEqual(changes.removedRows, [{ name: 'Design reviews', roles: [{ role: 'Designer', letters: 'A/R' }, { role: 'Product Manager', letters: 'C' }] }]);
    assert.deepEqual(changes.columns, [{ status: 'kept' }, { status: 'kept' }, { status: 'kept' }]);
    // A matrix column whose last letter went (an undefined role, only ever named by its rows) is not new.
    const lastLetter = before.replace('| Design reviews | C |  | A/R |', '| Design reviews | C | A/R |  |').replace('- **Designer**: does the designer work.\n', '');
    const dropped = lastLetter.replace('| Roadmap | A/R | C | I |', '| Roadmap | A/R | C |  |');
    const droppedResult = check(dropped, 'markdown');
    const droppedPicture = buildCharterPicture({ file: 'x.md', result: droppedResult, findings: [] });
    assert.equal(droppedPicture.columns[2].title, 'Designer');
    const droppedChanges = pictureChanges(droppedPicture, matchCharters(side(lastLetter, 'markdown'), charterSide(droppedResult, [])), 'HEAD');
    assert.deepEqual(droppedChanges.columns[2], { status: 'kept' });
    assert.deepEqual(droppedChanges.rows[0], { status: 'kept', cells: [null, null, { before: ['I'] }] });
    assert.equal(describeChanges(matchCharters(side(before, 'markdown'), side(after, 'markdown'))).responsibilities.removed.length, 1);
  });
});
