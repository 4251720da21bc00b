import * as assert from 'node:assert/strict';
import {
  assertFixResolves,
  changedLines,
  checkMarkdown,
  findingsOf,
  fixTitled,
  lines,
  onlyFinding,
  rangeIn,
  rangeOf,
  said,
} from '../helpers/charter';
import { CHARTER_FORMS, formatOf, renderCharter, writtenReference, type CharterSpec } from '../helpers/forms';
import { LineIndex } from '../../server/src/core/text';
import { check } from '../helpers/charter';

const RULE = 'accountable-multiple';
const twoAccountable: CharterSpec = {
  roles: ['Product Manager', 'Engineering Manager', 'Designer'],
  responsibilities: [
    { name: 'Release date', letters: { 'Product Manager': 'A/R', 'Engineering Manager': 'A', Designer: 'C' } },
    { name: 'Roadmap', letters: { 'Product Manager': 'A', 'Engineering Manager': 'R', Designer: 'I' } },
  ],
};

describe(RULE, () => {
  const matrix = lines(
    '# Payments',
    '',
    '## Roles',
    '',
    '- **Product Manager**: owns the roadmap.',
    '- **Engineering Manager**: owns the how.',
    '',
    '## Responsibilities',
    '',
    '| Responsibility | Product Manager | Engineering Manager |',
    '| -------------- | --------------- | ------------------- |',
    '| Release date   | A/R             | A                   |',
  );

  it('names the accountable roles, on the name, with related information at each A', () => {
    const finding = onlyFinding(checkMarkdown(matrix), RULE);
    assert.deepEqual(said(finding), { messageId: 'multiple', data: { responsibility: 'Release date', count: 2, roles: '"Product Manager" and "Engineering Manager"' } });
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.range, rangeOf(matrix, 'Release date'));
    assert.deepEqual(
      finding.related?.map((related) => related.range),
      [rangeIn(matrix, '| Release date   | ⟦A/R⟧'), rangeIn(matrix, 'A/R             | ⟦A⟧ ')],
    );
  });

  for (const form of CHARTER_FORMS) {
    describe(`in the ${form} form`, () => {
      const text = renderCharter(form, twoAccountable);
      const format = formatOf(form);

      it('fires on the responsibility with two accountable roles only', () => {
        const found = findingsOf(check(text, format), RULE);
        assert.equal(found.length, 1);
        assert.deepEqual(found[0].range, rangeOf(text, 'Release date'));
        assert.match(found[0].message, /^"Release date" has 2 accountable roles: "Product Manager" and "Engineering Manager"\./);
        // Related information points at each A: the matrix cell, or the reference in the Accountable list.
        const index = new LineIndex(text);
        const related = (found[0].related ?? []).map((r) => text.slice(index.offsetAt(r.range.start), index.offsetAt(r.range.end)));
        const expected =
          form === 'matrix' ? ['A/R', 'A'] : ['Product Manager', 'Engineering Manager'].map((ref) => writtenReference(form, twoAccountable, ref));
        assert.deepEqual(related, expected);
      });

      it('offers "Make X the only accountable role" for each, and each fix fixes only that', () => {
        const finding = onlyFinding(check(text, format), RULE);
        assert.deepEqual(
          finding.fixes.map((fix) => fix.title),
          ['Make Product Manager the only accountable role', 'Make Engineering Manager the only accountable role'],
        );
        assert.ok(finding.fixes.every((fix) => !fix.isPreferred), 'two fixes: neither is the obvious one');
        for (const fix of finding.fixes) {
          const { result } = assertFixResolves(text, format, finding, fix);
          const release = result.charter.responsibilities.find((r) => r.name === 'Release date')!;
          const accountable = release.assignments.filter((a) => a.letter === 'A').map((a) => a.ref.text);
          assert.equal(accountable.length, 1);
        }
      });

      it('leaves a role that loses its only letter responsible', () => {
        const finding = onlyFinding(check(text, format), RULE);
        const { result } = assertFixResolves(text, format, finding, fixTitled(finding, 'Make Product Manager the only accountable role'));
        const release = result.charter.responsibilities.find((r) => r.name === 'Release date')!;
        const engineering = release.assignments.filter((a) => /engineering/i.test(a.ref.text)).map((a) => a.letter);
        assert.deepEqual(engineering, ['R']);
      });
    });
  }

  it('changes only the row it fixes in a matrix', () => {
    const finding = onlyFinding(checkMarkdown(matrix), RULE);
    const keepEngineering = fixTitled(finding, 'Make Engineering Manager the only accountable role');
    const { text } = assertFixResolves(matrix, 'markdown', finding, keepEngineering);
    assert.deepEqual(changedLines(matrix, text), [11]);
    assert.match(text.split('\n')[11], /^\| Release date +\| R +\| A +\|$/);
  });

  it('counts a role once when two spellings of it are both accountable', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '- **Product Manager** `pm`: owns the roadmap.',
      '## Responsibilities',
      '### Roadmap',
      '- Accountable: pm, Product Manager',
      '- Responsible: pm',
    );
    assert.deepEqual(findingsOf(checkMarkdown(text), RULE), []);
  });

  it('counts letters of references that resolve to no role', () => {
    const text = lines('# Payments', '## Roles', '- **Product Manager**', '## Responsibilities', '| Responsibility | Product Manager | Ghost |', '| --- | --- | --- |', '| Roadmap | A/R | A |');
    assert.match(onlyFinding(checkMarkdown(text), RULE).message, /"Product Manager" and "Ghost"/);
  });

  it('applies to charters with implicit roles', () => {
    const text = renderCharter('matrix', { responsibilities: twoAccountable.responsibilities });
    assert.equal(findingsOf(checkMarkdown(text), RULE).length, 1);
  });

  it('follows severity overrides', () => {
    assert.equal(onlyFinding(checkMarkdown(matrix, { [RULE]: 'warning' }), RULE).severity, 'warning');
    assert.deepEqual(findingsOf(checkMarkdown(matrix, { [RULE]: 'off' }), RULE), []);
  });
  it('counts two defined roles joined by a slash in one Accountable cell as two accountable roles, with no fix', () => {
    const text = lines(
      '# Workshop',
      '## Roles',
      '- **Shop Lead**: runs the shop.',
      '- **Potter**: throws pots.',
      '## Who does what',
      '| Work | Responsible | Accountable |',
      '| --- | --- | --- |',
      '| Fire the kiln | Potter | Shop Lead/Potter |',
      '| Sweep | Potter | Shop Lead |',
    );
    const finding = onlyFinding(checkMarkdown(text), RULE);
    assert.deepEqual(said(finding), { messageId: 'multiple', data: { responsibility: 'Fire the kiln', count: 2, roles: '"Shop Lead" and "Potter"' } });
    assert.deepEqual(finding.fixes, []);
    // A slash inside a name that is no pair of roles stays one name (role-undefined's to report).
    assert.deepEqual(findingsOf(checkMarkdown(text.replace('Shop Lead/Potter', 'Shop Lead/Glazier')), RULE), []);
  });
});
