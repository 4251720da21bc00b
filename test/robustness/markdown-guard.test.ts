// The Markdown path never hangs: inputs on which remark-parse (micromark) is superlinear are defused by
// server/src/core/parse/markdown-guard.ts before remark sees them, with a `syntax` warning, and the guard
// changes nothing in any real charter. Each pathological case has a hang guard (mocha timeout); before
// the guard, the 1 MB ones took from 30 s to minutes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../server/src/core/check';
import { guardMarkdown, MAX_BLOCK_MARKERS } from '../../server/src/core/parse/markdown/guards/guard';
import { charterText, makeRows } from '../../bench/generate';
import { checkSound } from './invariants';

const ROOT = path.resolve(__dirname, '../..');
const MB = 1_000_000;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
const deepList = (levels: number) => Array.from({ length: levels }, (_, i) => '  '.repeat(i) + '- x').join('\n');

function markdownFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...markdownFiles(full));
    else if (entry.name.endsWith('.md')) found.push(full);
  }
  return found;
}

const guardWarnings = (text: string) =>
  checkText(text, { format: 'markdown' }).findings.filter((finding) => finding.rule === 'syntax' && /Team Charter read/.test(finding.message));

describe('robustness: the Markdown guard', () => {
  const pathological: Record<string, { text: string; message: RegExp; line?: number }> = {
    "'*a' in one paragraph, 40 KB": { text: fill('*a', 40_000), message: /20,000 inline markup characters/ },
    "'*a' on one line, 1 MB": { text: fill('*a', MB), message: /inline markup characters/ },
    "'*' x20,000 + a + '*' x20,000": { text: '*'.repeat(20_000) + 'a' + '*'.repeat(20_000), message: /40,000 inline markup/ },
    "'*' x50,000 + a + '*' x50,000": { text: '*'.repeat(50_000) + 'a' + '*'.repeat(50_000), message: /inline markup/ },
    "'`a' x40,000": { text: '`a'.repeat(40_000), message: /inline markup/ },
    "'`a' on one line, 1 MB": { text: fill('`a', MB), message: /inline markup/ },
    "'[' and '](' x30,000": { text: '['.repeat(30_000) + fill('](', 60_000), message: /inline markup/ },
    "'[' on one line, 1 MB": { text: fill('[', MB), message: /inline markup/ },
    "'**_' on one line, 1 MB": { text: fill('**_', MB), message: /inline markup/ },
    "'<!--' x250,000 (unclosed HTML comments)": { text: 'a' + fill('<!--', MB), message: /inline markup/ },
    "'<![CDATA[' on one line, 1 MB": { text: 'a' + fill('<![CDATA[', MB), message: /inline markup/ },
    'a list 400 levels deep': { text: deepList(400), message: /nests lists or quotes deeper than any charter needs/ },
    'a list 1,000 levels deep (1 MB)': { text: deepList(1_000), message: /nests lists or quotes deeper than any charter needs/ },
    "'- ' x100,000 on one line": { text: '- '.repeat(100_000) + 'x', message: /nests lists or quotes deeper than any charter needs/ },
    "'> ' x100,000 on one line": { text: '> '.repeat(100_000) + 'x', message: /nests lists or quotes deeper than any charter needs/ },
    '1 MB of paragraphs with 500 markers each': {
      text: Array.from({ length: 1_000 }, () => '*a'.repeat(250)).join('\n\n'),
      message: /more than 50,000 inline markup characters/,
      line: 400, // the first block past the budget: 200 blocks of 250 markers fit in it
    },
  };
  for (const [name, { text, message, line }] of Object.entries(pathological)) {
    it(`${name}: finishes, with one warning`, function () {
      const warnings = guardWarnings(text);
      assert.equal(warnings.length, 1, JSON.stringify(warnings.map((warning) => warning.message)));
      assert.match(warnings[0].message, message);
      assert.equal(warnings[0].severity, 'warning');
      assert.deepEqual(warnings[0].range.start, { line: line ?? 0, character: 0 });
    });
  }

  it('keeps the invariants of the fuzz test on defused text (smaller cases)', function () {
    const cases = [
      '# T\n\n## Roles\n\n- **Product Manager**: ' + '*a'.repeat(600) + '\n- **Engineering Manager**\n',
      '## RACI\n\n| Work | PM |\n| --- | --- |\n| Roadmap | A |\n\n' + '[x'.repeat(700) + '\n\n' + deepList(60),
      '> '.repeat(50) + '*x*\n' + '`'.repeat(1_000) + '\n```\n' + '*'.repeat(2_000) + '\n```\n',
    ];
    for (const text of cases) checkSound(text, 'markdown', { applyFixes: false });
  });

  it('changes nothing in any fixture or sample', () => {
    const files = [...markdownFiles(path.join(ROOT, 'test/fixtures')), ...markdownFiles(path.join(ROOT, 'samples'))];
    assert.ok(files.length >= 20, `only ${files.length} files`);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const guarded = guardMarkdown(text);
      assert.equal(guarded.text, text, file);
      assert.deepEqual(guarded.notes, [], file);
      assert.deepEqual(guardWarnings(text), [], file);
    }
  });

  it('changes nothing in the generated benchmark charters (1,000 rows)', () => {
    for (const form of ['md-matrix', 'md-assignment'] as const) {
      const text = charterText(form, 'Bench', makeRows(1_000, 1));
      assert.equal(guardMarkdown(text).text, text, form);
      assert.deepEqual(guardWarnings(text), [], form);
    }
  });

  it('leaves fenced code and HTML blocks at column 0 alone, however much markup they hold', () => {
    const code = '```js\n' + 'const a = [`*${b}*`, [c], <d>];\n'.repeat(200) + '```\n';
    const html = '<table>\n' + '<tr><td>*a*</td><td>[b]</td></tr>\n'.repeat(200) + '</table>\n';
    const comment = '<!--\n' + '*a* [b]\n'.repeat(200) + '\n\n-->\n';
    for (const text of [code, html, comment]) assert.equal(guardMarkdown('# T\n\n' + text).text, '# T\n\n' + text);
  });

  it('counts a fence that opens indented (it may belong to a list item that ends early)', function () {
    const text = '- x\n\n  ```\n' + '*a'.repeat(20_000) + '\n';
    assert.equal(guardWarnings(text).length, 1);
  });

  it('does not take a column-0 fence inside an HTML block for code (the HTML ends at the blank line)', function () {
    const text = '<div>\n```\n\n' + '*a'.repeat(20_000) + '\n';
    assert.equal(guardWarnings(text).length, 1);
  });

  it('keeps every offset: same length, and only marker characters change', () => {
    const text = '# T\n\n' + '**bold** and `code` '.repeat(100) + '\n\n' + deepList(60) + '\n';
    const guarded = guardMarkdown(text);
    assert.equal(guarded.text.length, text.length);
    for (let i = 0; i < text.length; i++) {
      if (guarded.text[i] !== text[i]) assert.match(text[i], /[*_`[\]<>\-+. ]/, `offset ${i}`);
    }
    assert.equal(guarded.notes.length, 2);
  });

  it('a block just under the limit is left alone; one over it is defused', () => {
    const under = '*a'.repeat(MAX_BLOCK_MARKERS);
    assert.equal(guardMarkdown(under).text, under);
    assert.notEqual(guardMarkdown(under + '*').text, under + '*');
  });

  it('a realistic charter with one huge paragraph still checks its tables and lists normally', function () {
    const prose = Array.from({ length: 4_000 }, (_, i) => `Item ${i} is *important* and [linked](https://example.com/${i}) to \`code\`.`).join(' ');
    const text = [
      '# Payments',
      '',
      prose,
      '',
      '## Roles',
      '',
      '- **Product Manager**: owns the roadmap.',
      '- **Engineering Manager**: runs the team.',
      '',
      '## Responsibilities',
      '',
      '| Responsibility | Product Manager | Engineering Manager | Architect |',
      '| -------------- | --------------- | ------------------- | --------- |',
      '| Roadmap        | A/R             | C                   | I         |',
      '| Hiring         |                 | R                   |           |',
      '',
    ].join('\n');
    const result = checkText(text, { format: 'markdown' });
    const warnings = result.findings.filter((finding) => finding.rule === 'syntax');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].range.start.line, 2);
    assert.deepEqual(result.charter.roles.map((role) => role.title), ['Product Manager', 'Engineering Manager']);
    assert.deepEqual(result.charter.responsibilities.map((responsibility) => responsibility.name), ['Roadmap', 'Hiring']);
    assert.deepEqual(result.findings.filter((finding) => finding.rule !== 'syntax').map((finding) => finding.rule).sort(), [
      'accountable-missing',
      'role-undefined',
    ]);
  });

  it('leaves front matter alone', () => {
    const text = '---\nteam: T\nmission: ' + '*a'.repeat(1_000) + '\n---\n# T\n';
    assert.equal(guardMarkdown(text, text.indexOf('# T')).text, text);
    assert.deepEqual(guardWarnings(text), []);
  });
});
