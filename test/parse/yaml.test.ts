// The YAML charter parser: every field with its exact range, problems without crashes, and the edits
// that rewrite RACI keys and define roles.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Charter, ParseProblem } from '../../server/src/core/model';
import { parseCharter } from '../../server/src/core/parse';
import { readFrontMatter } from '../../server/src/core/parse/yaml';
import { applyEdits, LineIndex } from '../../server/src/core/text';
import { changedLines, lines, rangeOf } from '../helpers/charter';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'yaml', name), 'utf8');
const parse = (text: string): Charter => parseCharter(text, 'yaml');
const problemsOf = (charter: Charter, rule: 'syntax' | 'schema') => charter.problems.filter((problem) => problem.rule === rule);
const summary = (problems: ParseProblem[]) => problems.map((problem) => `${problem.severity} ${problem.message}`);

describe('YAML charter parser', () => {
  describe('a full charter', () => {
    const text = fixture('full.charter.yaml');
    const charter = parse(text);

    it('has no problems', () => {
      assert.deepEqual(charter.problems, []);
      assert.equal(charter.format, 'yaml');
    });

    it('reads team, mission and extends with the ranges of their values', () => {
      assert.deepEqual(charter.team, { text: 'Payments', range: rangeOf(text, 'Payments') });
      assert.deepEqual(charter.mission, { text: 'Move money safely.', range: rangeOf(text, 'Move money safely.') });
      assert.deepEqual(charter.extends, [{ text: '../org/roles.charter.yaml', range: rangeOf(text, '../org/roles.charter.yaml') }]);
    });

    it('reads each role: id at its key, title, aliases, description, holders, whole-line remove range', () => {
      assert.equal(charter.hasRolesSection, true);
      const [pm, em] = charter.roles;
      assert.equal(pm.id, 'pm');
      assert.deepEqual(pm.idRange, rangeOf(text, 'pm:'.slice(0, 2), 0, '  pm:'));
      assert.equal(pm.title, 'Product Manager');
      assert.deepEqual(pm.titleRange, rangeOf(text, 'Product Manager'));
      assert.deepEqual(pm.aliases, [{ text: 'Product Lead', range: rangeOf(text, 'Product Lead') }]);
      assert.equal(pm.description, 'Owns the roadmap and the why of the product.');
      assert.deepEqual(pm.holders, ['Dana Ruiz']);
      assert.equal(pm.form, 'yaml');
      assert.deepEqual(pm.removeRange, { start: { line: 4, character: 0 }, end: { line: 9, character: 0 } });
      assert.equal(em.id, 'em');
      assert.deepEqual(em.holders, ['Ari Chen', 'Sam Patel']);
      assert.deepEqual(em.removeRange, { start: { line: 9, character: 0 }, end: { line: 12, character: 0 } });
    });

    it('removing a role with its remove range leaves the rest of the file intact', () => {
      const after = applyEdits(text, [{ range: charter.roles[0].removeRange!, newText: '' }]);
      assert.equal(after, text.replace(/  pm:\n(    .*\n)+/, ''));
      assert.deepEqual(parse(after).roles.map((role) => role.id), ['em']);
    });

    it('reads responsibilities: name range, description, references and letters in source order', () => {
      const [roadmap, delivery] = charter.responsibilities;
      assert.equal(roadmap.name, 'Product roadmap');
      assert.deepEqual(roadmap.nameRange, rangeOf(text, 'Product roadmap'));
      assert.equal(roadmap.description, 'Which problems we solve next.');
      assert.equal(roadmap.form, 'yaml');
      assert.deepEqual(roadmap.cells, []);
      assert.deepEqual(
        roadmap.assignments.map((assignment) => [assignment.letter, assignment.ref.text]),
        [['A', 'pm'], ['R', 'pm'], ['R', 'em'], ['C', 'architect']],
      );
      assert.deepEqual(roadmap.references.map((reference) => reference.range), [
        rangeOf(text, 'pm', 0, 'accountable: pm'),
        rangeOf(text, 'pm', 0, '[pm, em]'),
        rangeOf(text, 'em', 0, '[pm, em]'),
        rangeOf(text, 'architect'),
      ]);
      assert.deepEqual(roadmap.assignments[0].range, roadmap.references[0].range);
      // A quoted reference's range is its text inside the quotes.
      assert.deepEqual(delivery.references.map((reference) => reference.range), [
        rangeOf(text, 'em', 0, 'accountable: em'),
        rangeOf(text, 'em', 0, '- em'),
        rangeOf(text, 'pm', 0, '"pm"'),
      ]);
      assert.deepEqual(roadmap.range, { start: rangeOf(text, 'name: Product').start, end: rangeOf(text, 'informed: []').end });
    });

    it('gives one section for roles: and one for responsibilities:', () => {
      assert.deepEqual(
        charter.sections.map((section) => [section.kind, section.titleRange, section.range.start.line, section.range.end.line]),
        [
          ['roles', rangeOf(text, 'roles', 0, '\nroles:'), 3, 11],
          ['responsibilities', rangeOf(text, 'responsibilities'), 12, 23],
        ],
      );
    });
  });

  it('reads a role catalog: folded description, a single alias, an empty holder', () => {
    const charter = parse(fixture('role-catalog.charter.yaml'));
    assert.deepEqual(charter.problems, []);
    assert.equal(charter.roles[0].description, 'Owns the technical direction across teams.\n');
    assert.deepEqual(charter.roles[1].aliases.map((alias) => alias.text), ['Quality Lead']);
    assert.deepEqual(charter.roles[1].holders, []);
    assert.deepEqual(charter.responsibilities, []);
    assert.deepEqual(charter.sections.map((section) => section.kind), ['roles']);
  });

  it('treats empty optional values as absent', () => {
    const charter = parse(fixture('empty-values.charter.yaml'));
    assert.deepEqual(charter.problems, []);
    assert.equal(charter.mission, undefined);
    assert.deepEqual(charter.responsibilities[0].assignments.map((assignment) => assignment.letter), ['A']);
  });

  it('has no roles section without roles:', () => {
    const charter = parse(lines('team: X', 'responsibilities:', '  - name: Roadmap', '    accountable: pm'));
    assert.equal(charter.hasRolesSection, false);
    assert.deepEqual(charter.roles, []);
  });

  describe('positions', () => {
    it('counts UTF-16 code units before a reference after emoji and CJK text', () => {
      const text = lines('team: 🚀 支付', 'responsibilities:', '  - name: 路线图 🗺️', '    responsible: [🧑‍💻 Dev, 产品经理]');
      const charter = parse(text);
      assert.deepEqual(charter.problems, []);
      const [dev, pm] = charter.responsibilities[0].references;
      assert.equal(dev.text, '🧑‍💻 Dev');
      // 🧑‍💻 is five UTF-16 code units (two surrogate pairs and a joiner).
      assert.deepEqual(dev.range, { start: { line: 3, character: 18 }, end: { line: 3, character: 27 } });
      assert.deepEqual(pm.range, { start: { line: 3, character: 29 }, end: { line: 3, character: 33 } });
      assert.deepEqual(charter.responsibilities[0].nameRange, { start: { line: 2, character: 10 }, end: { line: 2, character: 17 } });
    });

    it('reads CRLF files with the same lines and columns', () => {
      const text = fixture('full.charter.yaml').replace(/\n/g, '\r\n');
      const charter = parse(text);
      assert.deepEqual(charter.problems, []);
      assert.deepEqual(charter.responsibilities[0].nameRange, { start: { line: 13, character: 10 }, end: { line: 13, character: 25 } });
      assert.deepEqual(charter.roles[0].removeRange, { start: { line: 4, character: 0 }, end: { line: 9, character: 0 } });
    });

    it('reads CR-only files with the same lines and columns, and adds lines with a CR', () => {
      const text = fixture('full.charter.yaml').replace(/\r?\n/g, '\r');
      const charter = parse(text);
      assert.deepEqual(charter.problems, []);
      assert.deepEqual(charter.responsibilities[0].nameRange, { start: { line: 13, character: 10 }, end: { line: 13, character: 25 } });
      assert.deepEqual(charter.roles[0].removeRange, { start: { line: 4, character: 0 }, end: { line: 9, character: 0 } });
      const definition = charter.defineRole({ id: 'qa', title: 'QA Lead' });
      assert.ok(definition && definition.newText.includes('\r') && !definition.newText.includes('\n'), JSON.stringify(definition));
    });

    it('reads a file with a byte order mark as if it had none, its positions counting the mark', () => {
      const text = '\uFEFF' + fixture('full.charter.yaml');
      const charter = parseCharter(text, 'yaml');
      assert.equal(charter.text, text);
      assert.deepEqual(charter.problems, []);
      assert.deepEqual(charter.team?.range, rangeOf(text, 'Payments'));
    });
  });

  describe('problems', () => {
    it('an empty file gives one schema error asking for a team', () => {
      for (const text of ['', '# Not written yet.\n', '\n\n']) {
        const charter = parse(text);
        assert.deepEqual(summary(charter.problems), ["error A charter needs at least 'team: <name>'."], JSON.stringify(text));
        assert.deepEqual(charter.problems[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      }
    });

    it('a syntax error is reported where it is, and the rest is still read', () => {
      const text = lines('team: Broken', 'roles:', '  pm:', '    title: [Product Manager', '  em:', '    title: Engineering Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: em');
      const charter = parse(text);
      const syntax = problemsOf(charter, 'syntax');
      assert.ok(syntax.length >= 1);
      assert.equal(syntax[0].severity, 'error');
      assert.ok(syntax[0].range.start.line >= 3 && syntax[0].range.start.line <= 4, JSON.stringify(syntax[0].range));
      assert.equal(charter.team?.text, 'Broken');
      assert.deepEqual(charter.responsibilities.map((responsibility) => responsibility.name), ['Roadmap']);
    });

    it('a duplicate key is a syntax error at the second key; the document is still read', () => {
      const text = lines('team: Twice', 'roles:', '  pm:', '    title: Product Manager', '  pm:', '    title: Project Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: pm');
      const charter = parse(text);
      assert.deepEqual(summary(problemsOf(charter, 'syntax')), ["error Duplicate key 'pm'."]);
      assert.deepEqual(problemsOf(charter, 'syntax')[0].range, rangeOf(text, 'pm', 1, '  pm:\n    title: Product'));
      assert.equal(charter.responsibilities.length, 1);
    });

    it('a second document is one syntax error on its "---" that says it is not checked; the first is read', () => {
      const text = lines('---', 'team: Ledger', 'responsibilities:', '  - name: Reconciliation', '    accountable: em', '---', 'team: Ledger v2');
      const charter = parse(text);
      const [problem] = problemsOf(charter, 'syntax');
      assert.equal(
        problem.message,
        'A charter is a single YAML document: this second "---" starts another, which is not checked. Move its content into the first document or into a file of its own.',
      );
      assert.deepEqual(problem.range, rangeOf(text, '---', 1));
      assert.equal(charter.team?.text, 'Ledger');
      assert.deepEqual(charter.responsibilities.map((responsibility) => responsibility.name), ['Reconciliation']);
    });

    it('tab indentation is a clear syntax error, not a crash', () => {
      const text = 'team: Tabs\nroles:\n\tpm:\n\t\ttitle: Product Manager\nresponsibilities:\n  - name: Roadmap\n    accountable: pm\n';
      const charter = parse(text);
      const syntax = problemsOf(charter, 'syntax');
      assert.ok(syntax.some((problem) => /Tabs are not allowed as indentation/.test(problem.message)), JSON.stringify(summary(syntax)));
      assert.equal(syntax[0].range.start.line, 2);
      assert.equal(charter.team?.text, 'Tabs');
    });

    it('a billion-laughs document finishes at once with a syntax error at an alias', () => {
      const rows = ['team: Laughs', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      let previous = 'a';
      for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
        rows.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
        previous = name;
      }
      rows.push('responsibilities:', '  - name: Roadmap', '    accountable: *i');
      const text = lines(...rows);
      // An expansion of the aliases would not finish (9^9 entries): mocha's timeout is the hang guard.
      const charter = parse(text);
      const syntax = problemsOf(charter, 'syntax');
      assert.ok(syntax.length > 0 && syntax.length <= 20, `${syntax.length} syntax problems`);
      assert.match(syntax[0].message, /Alias '\*a' stands for a list, which cannot stand inside another list/);
      assert.deepEqual(syntax[0].range, rangeOf(text, '*a'));
      assert.deepEqual(charter.responsibilities[0].references, []);
    });

    it('an alias of a single value is read in place; an unknown anchor is a syntax error', () => {
      const text = fixture('scalar-alias.charter.yaml');
      const charter = parse(text);
      assert.deepEqual(charter.problems, []);
      assert.deepEqual(charter.responsibilities[0].references[0], { text: 'Product Manager', range: rangeOf(text, '*pm-title') });
      const broken = parse(lines('team: X', 'responsibilities:', '  - name: Roadmap', '    accountable: *nobody'));
      assert.deepEqual(summary(broken.problems), ["error Unknown anchor 'nobody'."]);
      const misplaced = parse(lines('team: &t X', 'roles: *t'));
      assert.deepEqual(summary(misplaced.problems), ["error 'roles' should be a mapping of role ids to definitions, such as 'pm: {title: Product Manager}'."]);
    });

    it('an unknown key is a warning with a did-you-mean and a safe rename fix', () => {
      const text = fixture('unknown-key.charter.yaml');
      const [problem] = parse(text).problems;
      assert.equal(problem.rule, 'schema');
      assert.equal(problem.severity, 'warning');
      assert.equal(problem.message, 'Unknown key "acountable"; did you mean "accountable"?');
      assert.deepEqual(problem.range, rangeOf(text, 'acountable'));
      const [fix] = problem.fixes!;
      assert.equal(fix.title, "Rename to 'accountable'");
      assert.equal(fix.safe, true);
      const fixed = applyEdits(text, fix.edits);
      assert.equal(fixed, text.replace('acountable', 'accountable'));
      assert.deepEqual(parse(fixed).problems, []);
      assert.deepEqual(parse(fixed).responsibilities[0].assignments.map((assignment) => assignment.letter), ['A']);
    });

    it('an unknown key with nothing close lists the keys allowed there, with no fix', () => {
      const [problem] = parse(lines('team: X', 'colour: blue')).problems;
      assert.match(problem.message, /^Unknown key "colour"; expected one of "team", "mission", "extends", "shared", "reviewed", "review-every", "owners", "group", "roles", "responsibilities"\.$/);
      assert.equal(problem.fixes, undefined);
    });

    it('missing required keys are errors at the parent key or the item', () => {
      const team = fixture('missing-team.charter.yaml');
      assert.deepEqual(problemsOf(parse(team), 'schema').map((problem) => [problem.severity, problem.range]), [['error', rangeOf(team, 'mission')]]);
      const title = fixture('missing-title.charter.yaml');
      const titleCharter = parse(title);
      assert.deepEqual(summary(titleCharter.problems), ["error Role 'pm' has no title ('title: <name>')."]);
      assert.deepEqual(titleCharter.problems[0].range, rangeOf(title, 'pm'));
      // The role still exists so that references to it resolve.
      assert.deepEqual(titleCharter.roles.map((role) => role.id), ['pm']);
      const name = fixture('missing-name.charter.yaml');
      const nameCharter = parse(name);
      assert.deepEqual(summary(nameCharter.problems), ["error A responsibility needs a name ('name: …')."]);
      assert.deepEqual(nameCharter.problems[0].range, rangeOf(name, 'accountable'));
    });

    it('wrong types are errors at the value', () => {
      const text = fixture('wrong-types.charter.yaml');
      const problems = parse(text).problems;
      assert.deepEqual(
        problems.map((problem) => [problem.severity, problem.message, problem.range.start.line]),
        [
          ['error', "'team' should be text, not a number (quote it to make it text).", 0],
          ['error', "'roles' should be a mapping of role ids to definitions, such as 'pm: {title: Product Manager}'.", 2],
          ['error', "'accountable' should be text or a list, not a mapping.", 5],
        ],
      );
      assert.deepEqual(problems[0].range, rangeOf(text, '42'));
    });

    it('a document that is not a mapping is a schema error', () => {
      const problems = parse(fixture('list-root.charter.yaml')).problems;
      assert.deepEqual(summary(problems), ['error A charter should be a mapping of keys (team, roles, responsibilities), not a list.']);
    });
  });

  // Failed before: a workflow or mkdocs.yml checked by name got "Missing 'team'" and a warning per key.
  it('reads a YAML file none of whose keys is a charter\'s as not a charter: no problems, and says so', () => {
    const workflow = parseCharter(lines('name: CI', 'on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest'), 'yaml');
    assert.deepEqual(workflow.problems, []);
    assert.match(workflow.notACharter ?? '', /GitHub Actions workflow/);
    assert.match(parseCharter(lines('site_name: Docs', 'theme: material'), 'yaml').notACharter ?? '', /none of its keys is a charter's/);
    // A misspelt charter key is still a charter with a mistake in it.
    const typo = parseCharter(lines('teem: Payments', 'responsibilites:', '  - name: Billing'), 'yaml');
    assert.equal(typo.notACharter, undefined);
    assert.deepEqual(typo.problems.map((problem) => problem.message.split(';')[0]), ['Unknown key "teem"', 'Unknown key "responsibilites"', "Missing 'team': a charter names its team ('team: <name>')."]);
    assert.equal(parseCharter('', 'yaml').problems.length, 1, 'an empty file still asks for a team');
  });

  // Failed before: after the schema error, every reference to those roles was also "not defined".
  it('reads a charter whose roles are a list instead of a mapping as one without definitions, after one schema error', () => {
    const text = lines('team: Data', 'roles:', '  - id: de', '    title: Data Engineer', 'responsibilities:', '  - name: Nightly ETL', '    accountable: de', '    responsible: de');
    const charter = parseCharter(text, 'yaml');
    assert.equal(charter.problems.length, 1);
    assert.equal(charter.hasRolesSection, false);
  });

  describe('front matter', () => {
    it('reads team, mission and extends in whole-file positions and leaves other keys alone', () => {
      const text = lines('---', 'title: Page', 'team: Payments', 'extends: [../org.charter.yaml, roles.charter.yaml]', '---', '# Payments');
      const start = text.indexOf('title');
      const end = text.indexOf('---', start);
      const result = readFrontMatter(text.slice(start, end), start, new LineIndex(text));
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.team, { text: 'Payments', range: rangeOf(text, 'Payments') });
      assert.equal(result.mission, undefined);
      assert.deepEqual(result.extends, [
        { text: '../org.charter.yaml', range: rangeOf(text, '../org.charter.yaml') },
        { text: 'roles.charter.yaml', range: rangeOf(text, 'roles.charter.yaml') },
      ]);
    });

    it('reports syntax and type problems in whole-file positions', () => {
      const text = lines('---', 'team: [a', 'mission: 3', '---');
      const start = 4;
      const result = readFrontMatter(text.slice(start, text.lastIndexOf('---')), start, new LineIndex(text));
      assert.ok(result.problems.some((problem) => problem.rule === 'syntax'));
      const empty = readFrontMatter('', 4, new LineIndex('---\n---\n'));
      assert.deepEqual(empty, { extends: [], problems: [] });
      // A mission that is not text is a charter's mistake when the front matter names its team.
      const typed = lines('---', 'team: Payments', 'mission: 3', '---');
      const typedResult = readFrontMatter('team: Payments\nmission: 3\n', 4, new LineIndex(typed));
      assert.deepEqual(typedResult.problems.map((problem) => [problem.rule, problem.range]), [['schema', rangeOf(typed, '3')]]);
    });
  });
});

/** Applies a responsibility's rewrite and returns the new text. */
function rewritten(text: string, which: number, next: Parameters<Charter['responsibilities'][number]['rewrite']>[0]): string {
  const charter = parse(text);
  return applyEdits(text, charter.responsibilities[which].rewrite(next));
}

describe('YAML responsibility rewrite', () => {
  const base = lines(
    'team: X',
    'responsibilities:',
    '  - name: Roadmap   # first',
    '    accountable: [pm, em]',
    '    responsible: "pm"',
    '    informed: []',
    '  - name: Hiring',
    '    accountable: em',
  );

  it('leaves one accountable role as a plain scalar and touches nothing else', () => {
    const after = rewritten(base, 0, [{ ref: 'em', letters: ['I'] }]);
    assert.equal(after, base.replace('accountable: [pm, em]', 'accountable: pm').replace('informed: []', 'informed: em'));
  });

  it('keeps the spelling of kept references and writes several as a flow sequence', () => {
    const after = rewritten(base, 0, [{ ref: 'EM', letters: ['A', 'R'] }]);
    assert.equal(after, base.replace('responsible: "pm"', 'responsible: ["pm", EM]'));
  });

  it('writes none as []', () => {
    const after = rewritten(base, 0, [{ ref: 'pm', letters: [] }]);
    assert.equal(after, base.replace('accountable: [pm, em]', 'accountable: em').replace('responsible: "pm"', 'responsible: []'));
  });

  it('changes nothing when the letters are already so', () => {
    assert.deepEqual(parse(base).responsibilities[0].rewrite([{ ref: 'PM', letters: ['A', 'R'] }, { ref: 'em', letters: ['A'] }]), []);
  });

  it('quotes a new reference only when YAML needs it', () => {
    const after = rewritten(base, 1, [{ ref: 'QA: Lead', letters: ['C'] }, { ref: 'Tech, Lead', letters: ['C'] }]);
    assert.equal(after, base.replace('    accountable: em\n', '    accountable: em\n    consulted: ["QA: Lead", "Tech, Lead"]\n'));
  });

  it('adds missing keys on new lines after the item, indented like its keys, in A R C I order', () => {
    const after = rewritten(base, 1, [{ ref: 'em', letters: ['A', 'R'] }, { ref: 'pm', letters: ['I'] }]);
    assert.equal(after, base + '    responsible: em\n    informed: pm\n');
    assert.deepEqual(changedLines(base, after), [8]);
  });

  it('fills an empty key after its colon, keeping a comment', () => {
    const text = lines('team: X', 'responsibilities:', '  - name: Roadmap', '    accountable: # who?', '    responsible:');
    const after = rewritten(text, 0, [{ ref: 'pm', letters: ['A', 'R'] }]);
    assert.equal(after, text.replace('accountable: # who?', 'accountable: pm # who?').replace('responsible:\n', 'responsible: pm\n'));
  });

  it('keeps a block sequence in block style', () => {
    const text = lines('team: X', 'responsibilities:', '  - name: Roadmap', '    responsible:', '      - pm   # lead', '      - em', '    informed: qa');
    const swapped = rewritten(text, 0, [{ ref: 'em', letters: ['I'] }, { ref: 'ux', letters: ['R'] }]);
    assert.equal(swapped, text.replace('      - em\n', '      - ux\n').replace('informed: qa', 'informed: [qa, em]'));
    const emptied = rewritten(text, 0, [{ ref: 'pm', letters: [] }, { ref: 'em', letters: [] }]);
    assert.equal(emptied, text.replace('responsible:\n      - pm   # lead\n      - em\n', 'responsible: []\n'));
  });

  it('keeps CRLF line breaks, also on inserted lines', () => {
    const text = base.replace(/\n/g, '\r\n');
    const after = rewritten(text, 1, [{ ref: 'em', letters: ['A', 'R'] }]);
    assert.equal(after, text + '    responsible: em\r\n');
    assert.ok(!/[^\r]\n/.test(after));
  });

  it('inserts inside a flow mapping item', () => {
    const text = lines('team: X', 'responsibilities:', '  - {name: Roadmap, accountable: pm}');
    const after = rewritten(text, 0, [{ ref: 'pm', letters: ['A', 'R'] }]);
    assert.equal(after, text.replace('accountable: pm}', 'accountable: pm, responsible: pm}'));
    assert.deepEqual(parse(after).problems, []);
  });

  it('every rewrite result parses back to the letters asked for', () => {
    const next = [{ ref: 'pm', letters: ['R' as const] }, { ref: 'em', letters: ['A' as const, 'C' as const] }, { ref: 'new role', letters: ['I' as const] }];
    const after = rewritten(base, 0, next);
    const letters = parse(after).responsibilities[0].assignments.map((assignment) => `${assignment.letter}:${assignment.ref.text}`);
    assert.deepEqual(letters.sort(), ['A:em', 'C:em', 'I:new role', 'R:pm']);
  });
});

describe('YAML defineRole', () => {
  it('adds an entry at the end of roles: with the entries’ indentation', () => {
    const text = lines('team: X', 'roles:', '    pm:', '        title: Product Manager', '        holder: Dana', 'responsibilities:', '  - name: Roadmap', '    accountable: qa');
    const edit = parse(text).defineRole({ id: 'qa', title: 'QA: Lead', description: 'Tests things' })!;
    const after = applyEdits(text, [edit]);
    assert.equal(after, text.replace('holder: Dana\n', 'holder: Dana\n    qa:\n        title: "QA: Lead"\n        description: Tests things\n'));
    assert.deepEqual(parse(after).roles.map((role) => [role.id, role.title, role.description]), [
      ['pm', 'Product Manager', undefined],
      ['qa', 'QA: Lead', 'Tests things'],
    ]);
  });

  it('adds a roles: block before responsibilities: when there is none', () => {
    const text = lines('team: X', 'responsibilities:', '  - name: Roadmap', '    accountable: qa');
    const after = applyEdits(text, [parse(text).defineRole({ id: 'qa', title: 'QA Lead' })!]);
    assert.equal(after, lines('team: X', 'roles:', '  qa:', '    title: QA Lead', 'responsibilities:', '  - name: Roadmap', '    accountable: qa'));
    assert.deepEqual(parse(after).problems, []);
  });

  it('adds roles: at the end when there are no responsibilities, keeping CRLF', () => {
    const text = 'team: X';
    assert.equal(applyEdits(text, [parse(text).defineRole({ id: 'pm', title: 'PM' })!]), 'team: X\nroles:\n  pm:\n    title: PM\n');
    const crlf = 'team: X\r\nroles:\r\n';
    assert.equal(applyEdits(crlf, [parse(crlf).defineRole({ id: 'pm', title: 'PM' })!]), 'team: X\r\nroles:\r\n  pm:\r\n    title: PM\r\n');
  });
});
