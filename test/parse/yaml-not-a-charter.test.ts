// YAML that is not a charter (a catalog, a manifest, a workflow, a governance list) reaches the checker
// through globs and the config's `files`: it gets no finding at all, and the outline says why it was not
// read. YAML meant as a charter keeps every finding of its mistakes, in one document or in a stream.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../server/src/core/check';
import { documentSymbols } from '../../server/src/core/features/symbols';
import type { Finding } from '../../server/src/core/model';
import { parseYamlCharter, readYamlCharter } from '../../server/src/core/parse/yaml';
import { checkMarkdown, checkYaml, lines, rangeOf } from '../helpers/charter';

const parsing = (findings: Finding[]) => findings.filter((finding) => finding.rule === 'schema' || finding.rule === 'syntax');

const NOT_CHARTERS = join(__dirname, '..', 'fixtures', 'not-charters');

/** Each invented file, with what the outline is to say about it. */
const OTHER_FILES: Record<string, RegExp> = {
  'catalog-info.yaml': /^2 YAML documents, none of them a charter \(the first: a resource of kind 'Component'/,
  'rbac.yaml': /^2 YAML documents, none of them a charter \(the first: a resource of kind 'Role'/,
  'deployment.yaml': /^a resource of kind 'Deployment' \(apiVersion and kind\)/,
  'ci-workflow.yml': /^a GitHub Actions workflow/,
  'openapi.yaml': /^an OpenAPI description/,
  'governance.yaml': /^its 'roles' defines no roles \(ids, each with a title\), and it names no team$/,
  'governance-flow.yaml': /its 'roles' defines no roles .*; its 'responsibilities' assigns no roles/,
  'OWNERS.yaml': /^none of its keys is a charter's/,
  'codeowners-map.yaml': /^none of its keys is a charter's/,
  'sigs.yaml': /^none of its keys is a charter's/,
  'mkdocs.yml': /^none of its keys is a charter's/,
  'team-charter-config.yaml': /^none of its keys is a charter's/,
  'eslintrc.yml': /^its 'extends' is the only key a charter has/,
  'service-info.yaml': /^it has 'team' but none of a charter's other keys, beside keys of another tool \('tier', 'slack', 'oncall'\)$/,
  'playbook.yml': /^a list at the top level, none of whose items is a charter$/,
  'services.yaml': /^a list at the top level, none of whose items is a charter$/,
  'site-data.yaml': /^its 'extends' is the only key a charter has/,
  'chart-template.yaml': /its YAML does not parse from line 1 on, which was not read$/,
};

function outlineSays(text: string): string | undefined {
  return documentSymbols(checkYaml(text)).find((symbol) => symbol.name === 'Not a charter (not checked)')?.detail;
}

describe('YAML that is not a charter', () => {
  for (const [name, reason] of Object.entries(OTHER_FILES)) {
    // Failed before with findings on catalog-info.yaml (a syntax error on the second "---"), rbac.yaml
    // (its `rules` read as a misspelt `roles`: five schema errors and the "---"), governance*.yaml
    // (Missing 'team', 'roles' should be a mapping), eslintrc.yml, team-charter-config.yaml,
    // site-data.yaml (`files`, `notes` and `rules` read as misspelt `roles`), service-info.yaml,
    // playbook.yml, services.yaml (schema errors) and chart-template.yaml (a syntax error); the others
    // were already silent and now say what they are.
    it(`${name}: no finding, and the outline says why it was not read`, () => {
      const text = readFileSync(join(NOT_CHARTERS, name), 'utf8');
      const result = checkText(text, { format: 'yaml', path: join(NOT_CHARTERS, name) });
      assert.deepEqual(result.findings.map((finding) => `${finding.rule}: ${finding.message}`), []);
      assert.match(outlineSays(text) ?? '(read as a charter)', reason);
      assert.deepEqual([result.charter.roles, result.charter.responsibilities, result.charter.team], [[], [], undefined]);
    });
  }

  it('the fast reader and the yaml package give each file the same reading', () => {
    let fast = 0;
    for (const name of Object.keys(OTHER_FILES)) {
      const text = readFileSync(join(NOT_CHARTERS, name), 'utf8');
      const { charter: quick, path } = readYamlCharter(text);
      if (path === 'fast') fast++;
      assert.deepEqual([quick.notACharter, quick.problems], [parseYamlCharter(text, { fast: false }).notACharter, []], name);
    }
    assert.ok(fast >= 4, `${fast} files read by the fast reader`);
  });

  it('a stream of documents none of which is a charter, in CRLF and with a byte order mark, is silent too', () => {
    const text = readFileSync(join(NOT_CHARTERS, 'catalog-info.yaml'), 'utf8');
    for (const variant of [text.replace(/\n/g, '\r\n'), '\ufeff' + text, text.replace(/\n/g, '\r')]) {
      assert.deepEqual(checkYaml(variant).findings, []);
      assert.match(outlineSays(variant) ?? '', /^2 YAML documents/);
    }
  });

  it('a governance list with roles as {name, people} and no team gets none of its two old schema errors', () => {
    const text = lines('roles: [ {name: Maintainer, people: [ana, bo]}, {name: Reviewer, people: [cy]} ]');
    assert.deepEqual(checkYaml(text).findings, []);
  });
});

describe('YAML meant as a charter keeps its findings', () => {
  // The reading's own findings (the rules about roles and letters run as on any charter).
  const messages = (text: string) => parsing(checkYaml(text).findings).map((finding) => `${finding.rule}@${finding.range.start.line}: ${finding.message.split(/[;:] /)[0]}`);

  it("a 'team' key makes it a charter: roles written as a list are one schema error", () => {
    const text = lines('team: Ledger', 'roles:', '  - name: Maintainer', '    people: [ana]', 'responsibilities:', '  - name: Month-end close', '    accountable: Maintainer');
    assert.deepEqual(messages(text), ["schema@2: 'roles' should be a mapping of role ids to definitions, such as 'pm"]);
  });

  it("'Team' in another case is a did-you-mean and a missing team", () => {
    const found = messages(lines('Team: Ledger', 'mission: Keep the books'));
    assert.deepEqual(found, ['schema@0: Unknown key "Team"', "schema@0: Missing 'team'"]);
  });

  it('roles with titles, or responsibilities that assign roles, make it a charter without a team', () => {
    assert.deepEqual(messages(lines('roles:', '  acct:', '    title: Accountant')), ["schema@0: Missing 'team'"]);
    const responsibilities = lines('responsibilities:', '  - name: Payroll', '    acountable: acct');
    assert.deepEqual(messages(responsibilities), ['schema@0: Missing \'team\'', 'schema@2: Unknown key "acountable"']);
    // Written as a bare list at the top level, it is a charter in the wrong shape.
    assert.deepEqual(messages(lines('- name: Payroll', '  accountable: acct', '  responsible: clerk')), [
      'schema@0: A charter should be a mapping of keys (team, roles, responsibilities), not a list.',
    ]);
  });

  it("a misspelt 'team' beside another charter key is a charter", () => {
    assert.deepEqual(messages(lines('teem: Ledger', 'mission: Keep the books')), ['schema@0: Unknown key "teem"', "schema@0: Missing 'team'"]);
  });

  it("'team' beside one key of its own is a charter with an unknown key", () => {
    assert.deepEqual(messages(lines('team: Ledger', 'colour: green')), ['schema@1: Unknown key "colour"']);
  });

  it('a charter that does not parse still gets its syntax error, also with its first colon forgotten', () => {
    assert.deepEqual(messages(lines(' team: Ledger', 'roles:', '  acct:', '    title: Accountant')).map((line) => line.split(':')[0]), ['syntax@1']);
    assert.equal(checkYaml(lines('team Ledger', 'roles:', '  acct:', '    title: Accountant')).findings[0]?.rule, 'syntax');
  });
});

describe('multi-document YAML', () => {
  it('a second document after a charter is still one syntax error on its "---"', () => {
    const text = lines('team: Ledger', 'responsibilities:', '  - name: Close', '    accountable: acct', '---', 'apiVersion: v1', 'kind: ConfigMap');
    const findings = parsing(checkYaml(text).findings);
    assert.deepEqual(findings.map((finding) => finding.rule), ['syntax']);
    assert.deepEqual(findings[0].range, rangeOf(text, '---'));
  });

  it('a charter after other documents is read, at its own lines, and a document after it is reported', () => {
    const text = lines(
      'apiVersion: backstage.io/v1alpha1',
      'kind: Group',
      'metadata:',
      '  name: bookkeeping',
      '---',
      'team: Bookkeeping',
      'roles:',
      '  acct:',
      '    title: Accountant',
      'responsibilities:',
      '  - name: Month-end close',
      '    responsible: acct',
      '---',
      'kind: Note',
    );
    const result = checkYaml(text);
    assert.equal(result.charter.team?.text, 'Bookkeeping');
    assert.deepEqual(
      result.findings.map((finding) => [finding.rule, finding.range.start.line]),
      [
        ['syntax', 12],
        ['accountable-missing', 10],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    );
    const syntax = result.findings.find((finding) => finding.rule === 'syntax')!;
    assert.deepEqual(syntax.range, rangeOf(text, '---', 1));
    assert.match(syntax.message, /this "---" starts another after it, which is not checked/);
    // A fix writes into the charter's document, not the catalog entity before it.
    const missing = result.findings.find((finding) => finding.rule === 'accountable-missing')!;
    assert.ok(missing.fixes.length > 0 && missing.fixes.every((fix) => fix.edits.every((edit) => edit.range.start.line >= 5 && edit.range.end.line <= 12)));
  });

  it('a charter cut in two by a stray "---" is read from its first part, and the "---" is reported', () => {
    const text = lines('mission: Keep the books', '---', 'team: Ledger', 'roles:', '  acct:', '    title: Accountant');
    assert.deepEqual(
      parsing(checkYaml(text).findings).map((finding) => [finding.rule, finding.range.start.line]),
      [
        ['schema', 0],
        ['syntax', 1],
      ],
    );
    // Also after a document of another tool: the catalog entity is left alone.
    const after = lines('apiVersion: v1', 'kind: Namespace', '---', 'mission: Keep the books', '---', 'team: Ledger');
    assert.deepEqual(
      parsing(checkYaml(after).findings).map((finding) => [finding.rule, finding.range.start.line]),
      [
        ['schema', 3],
        ['syntax', 4],
      ],
    );
  });

  it('a charter document after others that does not parse gives its own syntax error only', () => {
    const text = lines('apiVersion: v1', 'kind: Namespace', '---', 'team: Ledger', 'roles: [acct', 'mission: x');
    const findings = checkYaml(text).findings;
    assert.deepEqual(findings.map((finding) => [finding.rule, finding.range.start.line]), [['syntax', 5]]);
  });
});

describe('front matter that is not a charter', () => {
  const post = (...front: string[]) => lines('---', ...front, '---', '', '# Release notes', '', 'Nothing about roles here.');

  it('site generator front matter (title, layout, tags, dates) gives no finding', () => {
    assert.deepEqual(checkMarkdown(post('title: "Release notes: May"', 'layout: post', 'tags: [news, ledger]', 'date: 2024-05-02', 'draft: false', 'weight: 3')).findings, []);
  });

  // Failed before: a syntax error on each, in documents that are not charters.
  it('broken site front matter is the generator\'s business: a duplicate key, a bad indent, a tab', () => {
    for (const front of [
      ['title: Notes', 'title: Notes again'],
      ['title: Notes', '  layout: post', 'tags: [a'],
      ['title: Notes', 'params:', '\tcolour: red'],
    ]) {
      assert.deepEqual(checkMarkdown(post(...front)).findings, [], front.join(' / '));
    }
  });

  it("a page's team as a list of people, or a mission that is a number, is not a charter's front matter", () => {
    assert.deepEqual(checkMarkdown(post('title: About us', 'team: [ana, bo, cy]')).findings, []);
    assert.deepEqual(checkMarkdown(post('title: Apollo', 'mission: 11')).findings, []);
  });

  it("a charter's front matter keeps its findings: a broken team, a number as mission", () => {
    assert.deepEqual(checkMarkdown(post('team: [Ledger')).findings.map((finding) => finding.rule), ['syntax']);
    assert.deepEqual(checkMarkdown(post('team: Ledger', 'mission: 11')).findings.map((finding) => [finding.rule, finding.range.start.line]), [['schema', 2]]);
    assert.deepEqual(checkMarkdown(post('title: Notes', 'title: again', 'extends: ../org.charter.md')).findings.map((finding) => finding.rule), ['syntax']);
  });
});
