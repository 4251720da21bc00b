// The Markdown charter parser (contract §3, §4): every form, with exact ranges, and every edit it offers.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseMarkdownCharter } from '../../server/src/core/parse/markdown';
import { parseCharter } from '../../server/src/core/parse';
import { LineIndex, applyEdits } from '../../server/src/core/text';
import type { Charter, Range, Responsibility } from '../../server/src/core/model';
import { rangeOf } from '../helpers/charter';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/markdown', name), 'utf8');

/** The range just inside a delimited span (backticks around an id). */
function inside(range: Range): Range {
  return { start: { ...range.start, character: range.start.character + 1 }, end: { ...range.end, character: range.end.character - 1 } };
}

function slice(text: string, range: Range): string {
  const index = new LineIndex(text);
  return text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
}

function responsibility(charter: Charter, name: string): Responsibility {
  const found = charter.responsibilities.find((entry) => entry.name === name);
  assert.ok(found, `no responsibility '${name}'`);
  return found;
}

function letters(entry: Responsibility): string[] {
  return entry.assignments.map((assignment) => `${assignment.ref.text}:${assignment.letter}`);
}

describe('Markdown charters', () => {
  describe('front matter and team', () => {
    it('reads team and mission from front matter, in whole-file positions', () => {
      const text = fixture('payments.charter.md');
      const charter = parseMarkdownCharter(text);
      assert.equal(charter.team?.text, 'Payments');
      assert.deepEqual(charter.team?.range, rangeOf(text, 'Payments'));
      assert.equal(charter.mission?.text, 'Move money safely.');
      assert.deepEqual(charter.problems, []);
    });

    it('reads front matter in a file with CR-only line endings (LSP counts a lone CR as a line break)', () => {
      const text = fixture('payments.charter.md').replace(/\r?\n/g, '\r');
      const charter = parseMarkdownCharter(text);
      assert.equal(charter.team?.text, 'Payments');
      assert.deepEqual(charter.team?.range, rangeOf(text, 'Payments'));
      assert.equal(charter.mission?.text, 'Move money safely.');
      assert.deepEqual(charter.problems, []);
    });

    it('reports broken front matter as a syntax problem where it is', () => {
      const text = '---\nteam: [Payments\n---\n# Team\n';
      const charter = parseMarkdownCharter(text);
      assert.ok(charter.problems.length > 0);
      assert.equal(charter.problems[0].rule, 'syntax');
      assert.ok(charter.problems[0].range.start.line >= 1 && charter.problems[0].range.start.line <= 2);
    });

    it('reads lists after a `---` first line that never closes (no front matter then)', () => {
      const charter = parseMarkdownCharter('---\nnot front matter\n\n## Roles\n\n- **PM**: product\n');
      assert.deepEqual(charter.roles.map((role) => role.title), ['PM']);
      assert.equal(charter.team, undefined);
    });

    it('takes the team from the first # heading when front matter has none', () => {
      const text = 'Intro\n\n## Not this\n\n# Platform  team #\n\n# Later\n';
      const charter = parseMarkdownCharter(text);
      assert.equal(charter.team?.text, 'Platform  team');
      assert.deepEqual(charter.team?.range, rangeOf(text, 'Platform  team'));
    });
  });

  describe('sections', () => {
    it('finds sections by heading words, case-insensitively, running to the next heading of the same level', () => {
      const text = [
        '# Team', '', '## Our ROLES', '', '### Anything', '', 'text', '',
        '## RACI matrix', '', '## Roles and responsibilities', '', '## Ownership', '', '## Controls', '',
        '## Accountabilities', '', '## Rolex watches',
      ].join('\n');
      const charter = parseMarkdownCharter(text);
      assert.deepEqual(
        charter.sections.map((section) => [section.kind, section.title]),
        [
          ['roles', 'Our ROLES'],
          ['responsibilities', 'RACI matrix'],
          ['both', 'Roles and responsibilities'],
          ['responsibilities', 'Ownership'],
          ['responsibilities', 'Accountabilities'],
        ],
      );
      assert.deepEqual(charter.sections[0].titleRange, rangeOf(text, 'Our ROLES'));
      assert.deepEqual(charter.sections[0].range, { start: rangeOf(text, '## Our').start, end: rangeOf(text, 'text').end });
      assert.equal(charter.hasRolesSection, true);
    });

    it('reads a # title naming roles and responsibilities as the title over the sections under it', () => {
      const text = '# Payments: roles and responsibilities\n\n## Roles\n\n- **PM**: product\n\n## RACI\n\n| Task | PM |\n|---|---|\n| Roadmap | A/R |\n';
      const charter = parseMarkdownCharter(text);
      assert.equal(charter.team?.text, 'Payments: roles and responsibilities');
      assert.deepEqual(charter.sections.map((section) => section.kind), ['roles', 'responsibilities']);
      assert.deepEqual(charter.roles.map((role) => role.title), ['PM']);
      assert.deepEqual(letters(charter.responsibilities[0]), ['PM:A', 'PM:R']);
    });

    it('has no Roles section when only responsibilities are written', () => {
      const charter = parseMarkdownCharter('## Responsibilities\n\n### Roadmap\n\nA: PM\n');
      assert.equal(charter.hasRolesSection, false);
      assert.deepEqual(letters(charter.responsibilities[0]), ['PM:A']);
    });
  });

  describe('role definitions', () => {
    it('reads list items: bold title, code id, aliases, description after colon or dash, nested items', () => {
      const text = fixture('payments.charter.md');
      const charter = parseMarkdownCharter(text);
      const [pm, em, sm, designer] = charter.roles;
      assert.equal(charter.roles.length, 4);
      assert.equal(pm.title, 'Product Manager');
      assert.deepEqual(pm.titleRange, rangeOf(text, 'Product Manager'));
      assert.equal(pm.id, 'pm');
      assert.deepEqual(pm.idRange, inside(rangeOf(text, '`pm`')));
      assert.deepEqual(pm.aliases.map((alias) => alias.text), ['Product Lead', 'PL']);
      assert.deepEqual(pm.aliases[1].range, rangeOf(text, 'PL'));
      assert.equal(pm.description, 'owns the roadmap and the why.\n- also runs the quarterly review');
      assert.equal(slice(text, pm.removeRange!), '- **Product Manager** `pm` (aka Product Lead, PL): owns the roadmap and the why.\n  - also runs the quarterly review\n');
      assert.equal(em.id, 'engineering-manager');
      assert.equal(em.idRange, undefined);
      assert.equal(em.description, 'owns the how and the engineering team.');
      assert.equal(sm.title, 'Scrum Master');
      assert.deepEqual(sm.titleRange, rangeOf(text, 'Scrum Master'));
      assert.equal(sm.description, 'facilitates the ceremonies.');
      assert.equal(designer.title, 'Designer');
      assert.equal(designer.description, 'shapes the experience.');
      assert.ok(charter.roles.every((role) => role.form === 'list'));
    });

    it('keeps a colon written inside the bold out of the title', () => {
      const text = '## Roles\n\n* **Tech Lead:** guides the design\n';
      const [lead] = parseMarkdownCharter(text).roles;
      assert.equal(lead.title, 'Tech Lead');
      assert.deepEqual(lead.titleRange, rangeOf(text, 'Tech Lead'));
      assert.equal(lead.description, 'guides the design');
    });

    it('reads sub-headings with Id, Aliases, Holder lines and description paragraphs', () => {
      const text = [
        '## Roles', '', '### Product Manager', '', 'Owns the roadmap.', 'Id: `pm`', 'Also known as: PO, Product Owner',
        'Holder: Dana Ruiz, Sam Lee', '', '### Tech Lead', '', 'Guides the design.', '', '## Other', '',
      ].join('\n');
      const charter = parseMarkdownCharter(text);
      const [pm, lead] = charter.roles;
      assert.equal(pm.form, 'heading');
      assert.equal(pm.id, 'pm');
      assert.deepEqual(pm.idRange, rangeOf(text, 'pm', 0));
      assert.deepEqual(pm.titleRange, rangeOf(text, 'Product Manager'));
      assert.deepEqual(pm.aliases.map((alias) => alias.text), ['PO', 'Product Owner']);
      assert.deepEqual(pm.holders, ['Dana Ruiz', 'Sam Lee']);
      assert.equal(pm.description, 'Owns the roadmap.');
      assert.equal(slice(text, pm.removeRange!), text.slice(text.indexOf('### Product'), text.indexOf('### Tech')));
      assert.equal(lead.id, 'tech-lead');
      assert.equal(slice(text, lead.removeRange!), '### Tech Lead\n\nGuides the design.\n\n');
    });

    it('reads role tables with their optional columns', () => {
      const text = [
        '## Roles', '', '| Role | Id | Also known as | Summary | Person |', '|---|---|---|---|---|',
        '| **Product Manager** | pm | PL, Product Lead | Owns the roadmap | Dana |', '| Engineering Manager | | | | |', '',
      ].join('\n');
      const [pm, em] = parseMarkdownCharter(text).roles;
      assert.equal(pm.form, 'table');
      assert.deepEqual(pm.titleRange, rangeOf(text, 'Product Manager'));
      assert.equal(pm.id, 'pm');
      assert.deepEqual(pm.idRange, rangeOf(text, 'pm |'.slice(0, 2), 0));
      assert.deepEqual(pm.aliases.map((alias) => alias.text), ['PL', 'Product Lead']);
      assert.equal(pm.description, 'Owns the roadmap');
      assert.deepEqual(pm.holders, ['Dana']);
      assert.equal(slice(text, pm.removeRange!), '| **Product Manager** | pm | PL, Product Lead | Owns the roadmap | Dana |\n');
      assert.equal(em.id, 'engineering-manager');
    });
  });

  describe('responsibilities', () => {
    it('reads a matrix: cells with exact ranges, group rows, R/A, invalid cells; skips the legend table', () => {
      const text = fixture('payments.charter.md');
      const charter = parseMarkdownCharter(text);
      assert.deepEqual(charter.responsibilities.map((entry) => [entry.name, entry.group]), [
        ['Product roadmap', 'Planning'],
        ['Sprint planning', 'Planning'],
        ['Release', 'Delivery'],
      ]);
      const roadmap = responsibility(charter, 'Product roadmap');
      assert.equal(roadmap.form, 'matrix');
      assert.deepEqual(roadmap.nameRange, rangeOf(text, 'Product roadmap'));
      assert.deepEqual(letters(roadmap), ['Product Manager:A', 'Product Manager:R', 'Engineering Manager:C', 'Scrum Master:I']);
      assert.deepEqual(roadmap.cells[0].range, rangeOf(text, 'A/R'));
      assert.deepEqual(roadmap.assignments[0].range, rangeOf(text, 'A/R'));
      assert.deepEqual(roadmap.cells[0].column.range, rangeOf(text, 'Product Manager', 1));
      const sprint = responsibility(charter, 'Sprint planning');
      assert.deepEqual(letters(sprint), ['Product Manager:I', 'Engineering Manager:R', 'Engineering Manager:A']);
      const blank = sprint.cells[2];
      assert.equal(blank.text, '');
      assert.deepEqual(blank.letters, []);
      assert.equal(blank.range.start.character, blank.range.end.character);
      assert.equal(sprint.references.map((ref) => ref.text).join(), 'Product Manager,Engineering Manager');
      const release = responsibility(charter, 'Release');
      assert.equal(release.cells[0].letters, null);
      assert.equal(release.cells[0].problem, "'X' is not a RACI letter");
      assert.deepEqual(release.cells[0].range, rangeOf(text, 'X'));
      assert.deepEqual(letters(release), ['Engineering Manager:A', 'Scrum Master:R']);
    });

    it('reads an assignment table: each reference with its own range', () => {
      const text = [
        '## Responsibilities', '', '| Responsibility | Accountable | Responsible | C | Informed |', '|---|---|---|---|---|',
        '| Product roadmap | **Product Manager** | Product Manager, `em` | Architect | |', '',
      ].join('\n');
      const [roadmap] = parseMarkdownCharter(text).responsibilities;
      assert.equal(roadmap.form, 'assignment-table');
      assert.deepEqual(letters(roadmap), ['Product Manager:A', 'Product Manager:R', 'em:R', 'Architect:C']);
      assert.deepEqual(roadmap.references[2].range, inside(rangeOf(text, '`em`')));
      assert.deepEqual(roadmap.assignments[0].range, rangeOf(text, 'Product Manager', 0));
    });

    it('reads sub-headings with RACI lines and list items, descriptions, and groups from a parent heading', () => {
      const text = [
        '## Ownership', '', '### Planning', '', '#### Product roadmap', '', 'Which problems we solve next.', '',
        '- **Accountable:** PM', '- R: PM, EM', '', '#### Hiring', '', 'Accountable: EM', 'Informed: -', '',
      ].join('\n');
      const charter = parseMarkdownCharter(text);
      const [roadmap, hiring] = charter.responsibilities;
      assert.equal(roadmap.form, 'heading');
      assert.deepEqual(roadmap.nameRange, rangeOf(text, 'Product roadmap'));
      assert.equal(roadmap.group, 'Planning');
      assert.equal(roadmap.description, 'Which problems we solve next.');
      assert.deepEqual(letters(roadmap), ['PM:A', 'PM:R', 'EM:R']);
      assert.deepEqual(roadmap.assignments[2].range, rangeOf(text, 'EM', 0));
      assert.deepEqual(letters(hiring), ['EM:A']);
    });

    it('reads tables under a sub-heading as that heading\'s group, not as a responsibility', () => {
      const text = '## Responsibilities\n\n### Engineering\n\n| Task | EM |\n|---|---|\n| Hiring | A/R |\n\n### Release\n\nA: EM\n';
      const charter = parseMarkdownCharter(text);
      assert.deepEqual(
        charter.responsibilities.map((entry) => [entry.name, entry.form, entry.group]),
        [['Hiring', 'matrix', 'Engineering'], ['Release', 'heading', undefined]],
      );
    });

    it('in a section that is both, reads a Role table as roles and any other table as responsibilities', () => {
      const text = [
        '## Roles and responsibilities', '', '| Title | Description |', '|---|---|', '| PM | Product |', '',
        '| Area | PM |', '|---|---|', '| Roadmap | A |', '', '### Hiring', '', 'A: PM', '', '### Designer', '', 'Shapes things.', '',
      ].join('\n');
      const charter = parseMarkdownCharter(text);
      // A section that defines its roles in a table or a list uses its sub-headings for something else:
      // "Designer" here is not read as a second form of role definition.
      assert.deepEqual(charter.roles.map((role) => [role.title, role.form]), [['PM', 'table']]);
      assert.deepEqual(charter.responsibilities.map((entry) => [entry.name, entry.form]), [['Roadmap', 'matrix'], ['Hiring', 'heading']]);
    });
  });

  describe('text it must survive', () => {
    it('counts UTF-16 columns past emoji and CJK, with tabs and CRLF', () => {
      const text = '## Responsibilities\r\n\r\n|\tTask\t| 😀 Ops | 製品 |\r\n|---|---|---|\r\n| 発送 😀 |\tA\t| R |\r\n';
      const [entry] = parseMarkdownCharter(text).responsibilities;
      assert.equal(entry.name, '発送 😀');
      assert.deepEqual(entry.nameRange, { start: { line: 4, character: 2 }, end: { line: 4, character: 7 } });
      assert.deepEqual(entry.cells[0].range, { start: { line: 4, character: 10 }, end: { line: 4, character: 11 } });
      assert.deepEqual(entry.cells[0].column.range, { start: { line: 2, character: 9 }, end: { line: 2, character: 15 } });
      assert.deepEqual(letters(entry), ['😀 Ops:A', '製品:R']);
    });

    it('reads past a byte order mark, which positions on line 0 count', () => {
      const charter = parseCharter('\ufeff# Team\n', 'markdown');
      assert.equal(charter.text, '\ufeff# Team\n');
      assert.deepEqual(charter.team?.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 7 } });
    });

    it('returns an empty charter for empty and garbage text without throwing', () => {
      for (const text of ['', '\n\n', '|||\n|-|\n', '## Roles\n\n- \n- ****\n| Role |\n|-|\n||\n', '\u0000\uffff```\n## RACI\n| a |\n', '---\n---\n', '## RACI\n\n| x | y |\n|---|---|\n| | |\n|\n']) {
        const charter = parseMarkdownCharter(text);
        assert.equal(charter.format, 'markdown');
        assert.deepEqual([charter.roles, charter.responsibilities], [[], []], JSON.stringify(text));
      }
      assert.deepEqual(parseMarkdownCharter('').roles, []);
    });
  });

  describe('rewrite', () => {
    const matrixText = [
      '## Responsibilities', '', '| Responsibility | Product Manager | EM |', '| --- | :-------------: | --- |',
      '| Roadmap | A/R             | C   |', '| Hiring | x | |', '',
    ].join('\r\n');

    it('rewrites only the changed matrix cells, keeping their width and the CRLF line ends', () => {
      const charter = parseMarkdownCharter(matrixText);
      const roadmap = responsibility(charter, 'Roadmap');
      const edits = roadmap.rewrite([{ ref: 'product manager', letters: ['R'] }, { ref: 'EM', letters: ['A', 'R'] }]);
      const after = applyEdits(matrixText, edits);
      assert.equal(after, matrixText.replace('| A/R             | C   |', '| R               | A/R |'));
      const reparsed = responsibility(parseMarkdownCharter(after), 'Roadmap');
      assert.deepEqual(letters(reparsed), ['Product Manager:R', 'EM:A', 'EM:R']);
    });

    it('takes trailing spaces when the letters are longer, and blanks a cell that loses every letter', () => {
      const charter = parseMarkdownCharter(matrixText);
      const hiring = responsibility(charter, 'Hiring');
      const after = applyEdits(matrixText, hiring.rewrite([{ ref: 'EM', letters: ['A', 'R', 'C'] }, { ref: 'Product Manager', letters: [] }]));
      assert.equal(after, matrixText.replace('| Hiring | x | |', '| Hiring |   | A/R/C |'));
      assert.deepEqual(responsibility(charter, 'Roadmap').rewrite([{ ref: 'Product Manager', letters: ['R', 'A'] }]), []);
    });

    it('keeps tabs around a cell, rows without outer pipes, and fills in the cells a short row lacks', () => {
      const tabbed = '## RACI\n\n| Task | PM |\n|---|---|\n| Roadmap |\tA\t|\n';
      assert.equal(applyEdits(tabbed, parseMarkdownCharter(tabbed).responsibilities[0].rewrite([{ ref: 'PM', letters: ['R'] }])), tabbed.replace('\tA\t', '\tR\t'));
      const bare = 'RACI\n===\n\nTask | PM | EM\n--- | --- | ---\nRoadmap | A | R\n';
      const edits = parseMarkdownCharter(bare).responsibilities[0].rewrite([{ ref: 'EM', letters: ['A', 'R'] }, { ref: 'PM', letters: ['C'] }]);
      assert.equal(applyEdits(bare, edits), bare.replace('Roadmap | A | R', 'Roadmap | C | A/R'));
      const short = '## RACI\n\n| Task | PM | EM |\n|---|---|---|\n| Roadmap |\n';
      const filled = applyEdits(short, parseMarkdownCharter(short).responsibilities[0].rewrite([{ ref: 'EM', letters: ['A'] }]));
      assert.equal(filled, short.replace('| Roadmap |', '| Roadmap |  | A |'));
      assert.deepEqual(letters(parseMarkdownCharter(filled).responsibilities[0]), ['EM:A']);
    });

    it('rewrites assignment table cells, adding and removing references', () => {
      const text = '## RACI\n\n| Task | Accountable     | Responsible |\n|---|---|---|\n| Roadmap | PM, EM          | **EM** |\n';
      const [roadmap] = parseMarkdownCharter(text).responsibilities;
      const after = applyEdits(text, roadmap.rewrite([{ ref: 'em', letters: ['R'] }, { ref: 'Architect', letters: ['R'] }]));
      assert.equal(after, text.replace('| PM, EM          | **EM** |', '| PM              | **EM**, Architect |'));
      assert.deepEqual(letters(parseMarkdownCharter(after).responsibilities[0]), ['PM:A', 'EM:R', 'Architect:R']);
    });

    it('rewrites sub-heading lines, inserting a missing line in the siblings\' style', () => {
      const text = '## Responsibilities\n\n### Roadmap\n\n- **Accountable:** PM, EM\n- **Consulted:** QA\n\n### Next\n';
      const [roadmap] = parseMarkdownCharter(text).responsibilities;
      const after = applyEdits(text, roadmap.rewrite([{ ref: 'EM', letters: ['R'] }, { ref: 'QA', letters: [] }]));
      assert.equal(after, '## Responsibilities\n\n### Roadmap\n\n- **Accountable:** PM\n- **Consulted:**\n- **Responsible:** EM\n\n### Next\n');
      assert.deepEqual(letters(parseMarkdownCharter(after).responsibilities[0]), ['PM:A', 'EM:R']);
    });

    it('writes RACI lines under a sub-heading that has none', () => {
      const text = '## Responsibilities\n\n### Roadmap\n';
      const [roadmap] = parseMarkdownCharter(text).responsibilities;
      const after = applyEdits(text, roadmap.rewrite([{ ref: 'PM', letters: ['A', 'R'] }]));
      assert.equal(after, '## Responsibilities\n\n### Roadmap\n\nAccountable: PM\nResponsible: PM\n');
    });
  });

  describe('defineRole', () => {
    const define = (text: string, role = { id: 'qa', title: 'QA Lead', description: 'Tests things.' }) => {
      const edit = parseMarkdownCharter(text).defineRole(role);
      assert.ok(edit);
      return applyEdits(text, [edit]);
    };

    it('adds a list item after the last one, in the same marker style', () => {
      const text = '## Roles\n\n* **PM**: product\n* **EM**: engineering\n\n## RACI\n';
      const after = define(text);
      assert.equal(after, '## Roles\n\n* **PM**: product\n* **EM**: engineering\n* **QA Lead** `qa`: Tests things.\n\n## RACI\n');
      assert.deepEqual(parseMarkdownCharter(after).roles.map((role) => role.id), ['pm', 'em', 'qa']);
    });

    it('adds a table row padded like the delimiter row', () => {
      const text = '## Roles\r\n\r\n| Role        | Description |\r\n| ----------- | ----------- |\r\n| PM          | Product     |\r\n';
      const after = define(text, { id: 'qa-lead', title: 'QA Lead', description: 'Tests' });
      assert.equal(after, text + '| QA Lead     | Tests       |\r\n');
      assert.equal(parseMarkdownCharter(after).roles[1].title, 'QA Lead');
    });

    it('adds a sub-heading after the last role heading', () => {
      const text = '## Roles\n\n### PM\n\nProduct.\n\n## RACI\n';
      const after = define(text, { id: 'qa-lead', title: 'QA Lead', description: 'Tests things.' });
      assert.equal(after, '## Roles\n\n### PM\n\nProduct.\n\n### QA Lead\n\nTests things.\n\n## RACI\n');
    });

    it('adds a Roles section before the responsibilities when there is none', () => {
      const text = '# Team\n\n## Responsibilities\n\n| Task | QA Lead |\n|---|---|\n| Tests | A/R |\n';
      const after = define(text, { id: 'qa-lead', title: 'QA Lead', description: 'Tests things.' });
      assert.equal(after, '# Team\n\n## Roles\n\n- **QA Lead**: Tests things.\n\n## Responsibilities\n\n| Task | QA Lead |\n|---|---|\n| Tests | A/R |\n');
      const charter = parseMarkdownCharter(after);
      assert.equal(charter.hasRolesSection, true);
      assert.equal(charter.roles[0].id, 'qa-lead');
    });
  });

  describe('shapes real charters take', () => {
    it('reads an assignment table whose headers give the word and the letter ("Accountable (A)")', () => {
      const text = [
        '## Ownership', '', '| Area | Accountable (A) | Responsible (R) | I (Informed) |', '|---|---|---|---|',
        '| App releases | Engineering Manager | iOS Lead | Product Manager |', '',
      ].join('\n');
      const [releases] = parseMarkdownCharter(text).responsibilities;
      assert.equal(releases.form, 'assignment-table');
      assert.deepEqual(letters(releases), ['Engineering Manager:A', 'iOS Lead:R', 'Product Manager:I']);
    });

    it('does not take a header whose word and letter disagree ("Accountable (R)") for a RACI label', () => {
      const text = '## RACI\n\n| Area | Accountable (R) |\n|---|---|\n| Releases | A |\n';
      assert.equal(parseMarkdownCharter(text).responsibilities[0].form, 'matrix');
    });

    it('reads RACI lines written as a numbered list, and with a dash instead of the colon', () => {
      const text = [
        '## Responsibilities', '', '### API design', '', '1. **Accountable**: Tech Lead', '2) Responsible: Tech Lead', '',
        '### Backlog', '', '* Accountable – Product Owner', '* **Consulted** — Tech Lead', '- Informed - Everyone', '',
      ].join('\n');
      const [design, backlog] = parseMarkdownCharter(text).responsibilities;
      assert.deepEqual(letters(design), ['Tech Lead:A', 'Tech Lead:R']);
      assert.deepEqual(letters(backlog), ['Product Owner:A', 'Tech Lead:C', 'Everyone:I']);
      assert.deepEqual(backlog.assignments[0].range, rangeOf(text, 'Product Owner'));
    });

    it('keeps a sentence with a dash that starts with another word as description', () => {
      const text = '## Responsibilities\n\n### Backlog\n\nAccountable: Product Owner\n\nOwner - decides what is next.\n';
      const [backlog] = parseMarkdownCharter(text).responsibilities;
      assert.deepEqual(letters(backlog), ['Product Owner:A']);
      assert.equal(backlog.description, 'Owner - decides what is next.');
    });

    it('reads a cell\'s <br> as a space and a link as its text, in headers and names; ranges stay on the source', () => {
      const text = [
        '## RACI', '', '| Responsibility | Product<br>Manager | [QA Lead](#qa) |', '|---|---|---|',
        '| [Warehouse](https://wiki/wh) models | A | R |', '| Dashboards<br/>and reports | A/R | |', '',
      ].join('\n');
      const [warehouse, dashboards] = parseMarkdownCharter(text).responsibilities;
      assert.deepEqual(letters(warehouse), ['Product Manager:A', 'QA Lead:R']);
      assert.equal(warehouse.name, 'Warehouse models');
      assert.deepEqual(warehouse.nameRange, rangeOf(text, '[Warehouse](https://wiki/wh) models'));
      assert.equal(dashboards.name, 'Dashboards and reports');
      assert.deepEqual(warehouse.cells[0].column.range, rangeOf(text, 'Product<br>Manager'));
    });

    it('reads "Dana Ruiz — Product Manager" as the role Product Manager held by Dana Ruiz when the matrix names the role', () => {
      const text = [
        '## Team roles', '', '- Dana Ruiz — Product Manager', '- Scrum Master — runs the ceremonies', '- **Lee Park**: Engineering Manager', '',
        '## RACI', '', '| Activity | Product Manager | Engineering Manager | Scrum Master |', '|---|---|---|---|', '| Roadmap | A/R | C | I |', '',
      ].join('\n');
      const charter = parseMarkdownCharter(text);
      assert.deepEqual(
        charter.roles.map((role) => [role.title, role.id, role.holders, role.description]),
        [
          ['Product Manager', 'product-manager', ['Dana Ruiz'], undefined],
          ['Scrum Master', 'scrum-master', [], 'runs the ceremonies'],
          ['Engineering Manager', 'engineering-manager', ['Lee Park'], undefined],
        ],
      );
      assert.deepEqual(charter.roles[0].titleRange, rangeOf(text, 'Product Manager'));
    });

    it('keeps the person-first reading literal when the responsibilities name the person', () => {
      const text = '## Roles\n\n- Dana Ruiz — Product Manager\n\n## RACI\n\n| Task | Dana Ruiz |\n|---|---|\n| Roadmap | A/R |\n';
      const [role] = parseMarkdownCharter(text).roles;
      assert.deepEqual([role.title, role.description], ['Dana Ruiz', 'Product Manager']);
    });

    it('skips "Notes" and "Legend" sub-headings in a section instead of reading them as roles or responsibilities', () => {
      const text = [
        '## Roles and responsibilities', '', '- **SRE**: reliability.', '', '| Task | SRE |', '|---|---|', '| On-call | A/R |', '',
        '### 📝 Notes', '', 'We review this every quarter.', '', '### RACI legend', '', '| R | Responsible |', '|---|---|', '| A | Accountable |', '',
        '## Responsibilities', '', '### Notes:', '', 'Nothing here is final.', '',
      ].join('\n');
      const charter = parseMarkdownCharter(text);
      assert.deepEqual(charter.roles.map((role) => role.title), ['SRE']);
      assert.deepEqual(charter.responsibilities.map((entry) => entry.name), ['On-call']);
    });

    it('reads "Who" as the holder column and "Responsibilities" as the description column of a role table', () => {
      const text = '## Roles\n\n| Role | Who | Responsibilities |\n|---|---|---|\n| Product Manager | Dana | Roadmap, priorities |\n';
      const [role] = parseMarkdownCharter(text).roles;
      assert.deepEqual([role.title, role.holders, role.description], ['Product Manager', ['Dana'], 'Roadmap, priorities']);
    });
  });
});
