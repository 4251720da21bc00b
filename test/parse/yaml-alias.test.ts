// Anchors for shared lists (`informed: &everyone [pm, em]` … `informed: *everyone`) are valid YAML: their
// references count, at the alias; a rewrite replaces only that alias; rename never writes an alias.
// Aliases of mappings and nested lists stay syntax errors (no alias can multiply the document).
import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { renameAt } from '../../server/src/core/features/navigation';
import { parseCharter } from '../../server/src/core/parse';
import { applyEdits } from '../../server/src/core/text';
import { lines, rangeOf } from '../helpers/charter';
import { PAYMENTS_YAML_ROLES } from '../helpers/fixtures';

const shared = lines(
  ...PAYMENTS_YAML_ROLES,
  '  sm:',
  '    title: Scrum Master',
  'responsibilities:',
  '  - name: Roadmap',
  '    accountable: pm',
  '    responsible: pm',
  '    informed: &everyone [pm, em, sm]',
  '  - name: On-call',
  '    accountable: em',
  '    responsible: em',
  '    informed: *everyone',
);

describe('YAML aliases of shared lists', () => {
  it('are not a syntax error, and their references count at the alias, marked viaAlias', () => {
    const charter = parseCharter(shared, 'yaml');
    assert.deepEqual(charter.problems, []);
    const onCall = charter.responsibilities[1];
    const at = rangeOf(shared, '*everyone');
    assert.deepEqual(
      onCall.references.slice(2).map((reference) => [reference.text, reference.range, reference.viaAlias]),
      [['pm', at, true], ['em', at, true], ['sm', at, true]],
    );
    assert.deepEqual(onCall.assignments.slice(2).map((assignment) => [assignment.letter, assignment.ref.text]), [['I', 'pm'], ['I', 'em'], ['I', 'sm']]);
    // The anchored list's own entries are ordinary references.
    assert.equal(charter.responsibilities[0].references[2].viaAlias, undefined);
  });

  it('count for the rules: no role is unused, and no finding at all', () => {
    assert.deepEqual(checkText(shared, { format: 'yaml' }).findings.map((finding) => finding.rule), []);
    const unused = shared.replace('informed: &everyone [pm, em, sm]', 'informed: &everyone [pm, em]').replace('accountable: em\n    responsible: em\n    informed: *everyone', 'accountable: em\n    responsible: em\n    informed: *everyone\n    consulted: sm');
    assert.deepEqual(checkText(unused, { format: 'yaml' }).findings.map((finding) => finding.rule), []);
  });

  it('an undefined role in a shared list is reported at the alias too, once per entry, with no in-place change fix', () => {
    const text = shared.replace('[pm, em, sm]', '[pm, em, sm, qa, ux]');
    const findings = checkText(text, { format: 'yaml' }).findings.filter((finding) => finding.rule === 'role-undefined');
    const at = rangeOf(text, '*everyone');
    const atAlias = findings.filter((finding) => finding.range.start.line === at.start.line);
    assert.deepEqual(atAlias.map((finding) => [finding.message.slice(0, 24), finding.range]), [
      ['Role "qa" is not defined', at],
      ['Role "ux" is not defined', at],
    ]);
    for (const finding of atAlias) assert.ok(finding.fixes.every((fix) => !fix.title.startsWith('Change to')), JSON.stringify(finding.fixes.map((f) => f.title)));
  });

  it('a rewrite that changes the aliased list replaces just that alias with an explicit list', () => {
    const charter = parseCharter(shared, 'yaml');
    const after = applyEdits(shared, charter.responsibilities[1].rewrite([{ ref: 'sm', letters: [] }]));
    assert.equal(after, shared.replace('informed: *everyone', 'informed: [pm, em]'));
    const added = applyEdits(shared, charter.responsibilities[1].rewrite([{ ref: 'qa lead', letters: ['I'] }]));
    assert.equal(added, shared.replace('informed: *everyone', 'informed: [pm, em, sm, qa lead]'));
    // A rewrite that does not touch the informed key leaves the alias alone.
    const other = applyEdits(shared, charter.responsibilities[1].rewrite([{ ref: 'pm', letters: ['C', 'I'] }]));
    assert.equal(other, shared.replace('    informed: *everyone\n', '    informed: *everyone\n    consulted: pm\n'));
    assert.deepEqual(parseCharter(after, 'yaml').responsibilities[0].references.map((reference) => reference.text), ['pm', 'pm', 'pm', 'em', 'sm']);
  });

  it('rename changes the anchored list and never the alias token', () => {
    const result = checkText(shared, { format: 'yaml' });
    const title = rangeOf(shared, 'Scrum Master');
    const renamed = renameAt(result, title.start, 'Agile Coach');
    assert.ok('edits' in renamed);
    const byId = renameAt(result, rangeOf(shared, 'sm', 0, '[pm, em, sm]').start, 'coach');
    assert.ok('edits' in byId);
    const after = applyEdits(shared, byId.edits);
    assert.ok(after.includes('informed: *everyone'), after);
    assert.ok(after.includes('&everyone [pm, em, coach]'), after);
    assert.ok(!byId.edits.some((edit) => edit.range.start.line === rangeOf(shared, '*everyone').start.line));
  });

  it('an alias of a single value still reads in place, in a list as well', () => {
    const text = lines('team: X', 'responsibilities:', '  - name: A', '    accountable: &lead pm', '  - name: B', '    accountable: pm', '    informed: [*lead, em]');
    const charter = parseCharter(text, 'yaml');
    assert.deepEqual(charter.problems, []);
    assert.deepEqual(charter.responsibilities[1].references.map((reference) => [reference.text, reference.viaAlias]), [['pm', undefined], ['pm', undefined], ['em', undefined]]);
  });

  describe('the guard stays for everything else', () => {
    const syntaxOf = (text: string) => parseCharter(text, 'yaml').problems.filter((problem) => problem.rule === 'syntax');

    it('an alias of a mapping', () => {
      const text = lines('team: X', 'x-base: &base {accountable: pm}', 'responsibilities:', '  - *base', '  - name: B', '    informed: *base');
      const syntax = syntaxOf(text);
      assert.deepEqual(syntax.map((problem) => problem.message), [
        "Alias '*base' stands for a mapping; a charter only allows aliases of single values and of flat lists of values.",
        "Alias '*base' stands for a mapping; a charter only allows aliases of single values and of flat lists of values.",
      ]);
      assert.deepEqual(syntax[0].range, rangeOf(text, '*base'));
      assert.deepEqual(parseCharter(text, 'yaml').responsibilities[0].references, []);
    });

    it('an alias of a list that holds lists or aliases', () => {
      const text = lines('team: X', 'x-a: &a [pm, em]', 'x-b: &b [[pm], qa]', 'x-c: &c [*a, qa]', 'responsibilities:', '  - name: B', '    informed: *b', '    consulted: *c');
      const messages = syntaxOf(text).map((problem) => problem.message);
      assert.deepEqual(messages.slice(1), [
        "Alias '*b' stands for a list of lists, mappings or aliases; a charter only allows aliases of single values and of flat lists of values.",
        "Alias '*c' stands for a list of lists, mappings or aliases; a charter only allows aliases of single values and of flat lists of values.",
      ]);
      // *a inside the list of x-c would nest a list.
      assert.match(messages[0], /^Alias '\*a' stands for a list, which cannot stand inside another list/);
    });

    it('a shared list used as one entry of another list', () => {
      const text = lines('team: X', 'responsibilities:', '  - name: A', '    informed: &all [pm, em]', '  - name: B', '    informed: [qa, *all]');
      const syntax = syntaxOf(text);
      assert.equal(syntax.length, 1);
      assert.deepEqual(syntax[0].range, rangeOf(text, '*all'));
      assert.deepEqual(parseCharter(text, 'yaml').responsibilities[1].references.map((reference) => reference.text), ['qa']);
    });

    it('a shared list where text or a mapping is expected is a schema error at the alias', () => {
      const text = lines('team: &t [a, b]', 'roles: *t', 'mission: *t');
      const problems = parseCharter(text, 'yaml').problems;
      assert.deepEqual(problems.map((problem) => [problem.rule, problem.message]), [
        ['schema', "'team' should be text, not a list."],
        ['schema', "'mission' should be text, not a list."],
        ['schema', "'roles' should be a mapping of role ids to definitions, such as 'pm: {title: Product Manager}'."],
      ]);
      assert.deepEqual(problems[2].range, rangeOf(text, '*t'));
    });
  });
});
