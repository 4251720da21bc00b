// What a responsibility covers, as each form writes it: YAML `covers:`, a Covers or Code column in a
// Markdown table (never a role column, never the name of the row), a `Covers:` line under a heading.
import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { parseCharter } from '../../server/src/core/parse';

const coversOf = (text: string, format: 'markdown' | 'yaml') =>
  parseCharter(text, format).responsibilities.map((responsibility) => [
    responsibility.name,
    responsibility.covers?.paths.map((span) => span.text),
    responsibility.covers?.components.map((span) => span.text),
  ]);

describe('covers', () => {
  it('YAML: paths and components, a string or a list, block or flow', () => {
    const text = `team: T\nresponsibilities:\n  - name: A\n    covers:\n      paths: services/a/\n      components:\n        - a-api\n  - name: B\n    covers: { paths: [/b/, '*.tf'] }\n`;
    assert.deepEqual(coversOf(text, 'yaml'), [
      ['A', ['services/a/'], ['a-api']],
      ['B', ['/b/', '*.tf'], []],
    ]);
  });

  it('YAML: a covers that is not a mapping, or an unknown key in it, is a schema problem', () => {
    const messages = checkText('team: T\nresponsibilities:\n  - name: A\n    accountable: x\n    covers: [a/]\n  - name: B\n    accountable: x\n    covers: { pahts: [b/] }\n', { format: 'yaml' })
      .findings.filter((finding) => finding.rule === 'schema')
      .map((finding) => finding.message);
    assert.deepEqual(messages, ["'covers' should be a mapping of paths and components ('covers: { paths: [services/payments/] }').", 'Unknown key "pahts"; did you mean "paths"?']);
  });

  it('Markdown: a Covers column between the name and the letters is neither a role nor the name', () => {
    const text = `# T\n\n## Responsibilities\n\n| Responsibility | Covers | Lead | Dev |\n| --- | --- | --- | --- |\n| Payments | \`services/payments/\`, \`payments-api\` | A | R |\n| Search | search-api, /search/ | A | R |\n`;
    const charter = parseCharter(text, 'markdown');
    assert.deepEqual(coversOf(text, 'markdown'), [
      ['Payments', ['services/payments/'], ['payments-api']],
      ['Search', ['/search/'], ['search-api']],
    ]);
    assert.deepEqual(charter.tables?.[0].roleColumns?.map((column) => column.text), ['Lead', 'Dev']);
    const findings = checkText(text, { format: 'markdown' }).findings.map((finding) => finding.rule);
    assert.deepEqual(findings, []);
  });

  it('Markdown: a column headed Code (or Covers) is never a role column, even holding letters', () => {
    for (const header of ['Code', 'Covers', 'Code paths']) {
      const text = `# T\n\n## Responsibilities\n\n| Task | Lead | Dev | ${header} |\n| --- | --- | --- | --- |\n| Build | A | R | R |\n| Ship | A | R | \`/ship/\` |\n`;
      const charter = parseCharter(text, 'markdown');
      assert.deepEqual(charter.tables?.[0].roleColumns?.map((column) => column.text), ['Lead', 'Dev'], header);
      assert.equal(charter.responsibilities.some((responsibility) => responsibility.references.some((ref) => ref.text === header)), false);
    }
    // Under Code, only code spans count: a project code is no component.
    const codes = `# T\n\n## Responsibilities\n\n| Task | Code | Lead |\n| --- | --- | --- |\n| Build | PRJ-12 | A/R |\n`;
    assert.deepEqual(coversOf(codes, 'markdown'), [['Build', undefined, undefined]]);
  });

  it('Markdown: a Covers line under a responsibility heading, kept out of its description', () => {
    const text = `# T\n\n## Responsibilities\n\n### Payments\n\nAccountable: Lead\nResponsible: Dev\nCovers: \`services/payments/\`, \`api:payments\`\nWhat we run.\n`;
    const [responsibility] = parseCharter(text, 'markdown').responsibilities;
    assert.deepEqual(responsibility.covers?.paths.map((span) => [span.text, span.range.start]), [['services/payments/', { line: 8, character: 9 }]]);
    assert.deepEqual(responsibility.covers?.components.map((span) => span.text), ['api:payments']);
    assert.equal(responsibility.description, 'What we run.');
  });

  it('front matter names the team’s owners and group; those keys alone make no YAML file a charter', () => {
    const charter = parseCharter(`---\nteam: T\nowners: ['@acme/t', '@acme/t-leads']\ngroup: t\n---\n# T\n`, 'markdown');
    assert.deepEqual(charter.codeOwners?.map((span) => span.text), ['@acme/t', '@acme/t-leads']);
    assert.equal(charter.catalogGroup?.text, 't');
    assert.match(parseCharter('owners: [a]\ngroup: b\n', 'yaml').notACharter ?? '', /none of its keys/);
  });

  it('a team beside owners and group only (a service descriptor) is not read as a charter', () => {
    const descriptor = parseCharter("team: payments\nowners: ['@acme/payments']\ngroup: payments\n", 'yaml');
    assert.match(descriptor.notACharter ?? '', /it has 'team' but none of a charter's other keys/);
    assert.deepEqual(descriptor.problems, []);
    // Beside a charter's own key, they are the charter's.
    const charter = parseCharter("team: Payments\nowners: ['@acme/payments']\ngroup: payments\nroles:\n  em:\n    title: Engineering Manager\n", 'yaml');
    assert.equal(charter.notACharter, undefined);
    assert.deepEqual(charter.codeOwners?.map((span) => span.text), ['@acme/payments']);
  });
});
