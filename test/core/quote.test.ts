// Messages quote the user's text (names, cells, keys) shortened, whatever its length: one 600 KB cell
// was quoted whole in its message.
import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import type { CharterFormat } from '../../server/src/core/model';
import { clip, clipPath, joinWithAnd, MAX_QUOTE_LENGTH } from '../../server/src/core/quote';

const LONG = 'Quarterly planning '.repeat(300).trim(); // 5,699 characters
const WORD = 'x'.repeat(5000);

describe('quoted text in messages', () => {
  it('clip keeps short text and cuts long text to its start and an ellipsis', () => {
    assert.equal(clip('Product Manager'), 'Product Manager');
    assert.equal(clip('a'.repeat(MAX_QUOTE_LENGTH)), 'a'.repeat(MAX_QUOTE_LENGTH));
    const cut = clip(LONG);
    assert.ok(cut.length <= MAX_QUOTE_LENGTH && cut.endsWith('…') && LONG.startsWith(cut.slice(0, -1)), cut);
    assert.equal(clip('one\ntwo\tthree'), 'one two three');
    // A surrogate pair is never split.
    const emoji = clip('a'.repeat(MAX_QUOTE_LENGTH - 2) + '🚀'.repeat(10));
    assert.ok(!/[\ud800-\udbff]…$/.test(emoji), emoji);
  });

  it('clipPath keeps the end of a long path (the file name)', () => {
    const path = `../${'deep/'.repeat(100)}roles.charter.yaml`;
    const cut = clipPath(path);
    assert.ok(cut.length <= 4 * MAX_QUOTE_LENGTH && cut.includes('…') && cut.endsWith('/roles.charter.yaml'), cut);
    assert.equal(clipPath('../org/roles.charter.yaml'), '../org/roles.charter.yaml');
  });

  it('a list of names names the first few and counts the rest', () => {
    assert.equal(joinWithAnd(['a', 'b', 'c']), 'a, b and c');
    assert.equal(joinWithAnd(Array.from({ length: 20 }, (_, i) => `r${i}`)), 'r0, r1, r2, r3, r4, r5, r6 and 13 more');
  });

  const charters: Record<string, { format: CharterFormat; text: string; rules: string[] }> = {
    yaml: {
      format: 'yaml',
      text: [
        'team: Payments',
        'roles:',
        `  ${WORD}: {}`,
        `  pm: { title: "${LONG}" }`,
        `  other: { title: "${LONG}" }`,
        `  unused: { title: "Unused ${LONG}" }`,
        'responsibilities:',
        `  - name: "${LONG}"`,
        `    accountable: [pm, "Ghost ${LONG}", other]`,
        `    ${WORD}: 1`,
        `  - name: "${LONG}"`,
        '    accountable: pm',
        '    responsible: pm',
        '',
      ].join('\n'),
      rules: ['schema', 'role-duplicate', 'role-unused', 'role-undefined', 'accountable-multiple', 'responsible-missing', 'responsibility-duplicate'],
    },
    markdown: {
      format: 'markdown',
      text: [
        '# Payments',
        '',
        '## Roles',
        '',
        '- Product Manager',
        '',
        '## Responsibilities',
        '',
        '| Responsibility | Product Manager | Engineering Manager |',
        '| --- | --- | --- |',
        `| ${LONG} | A | RR |`,
        '| Roadmap | A | R |',
        '',
        `| Responsibility | Product Manager | ${LONG} |`,
        '| --- | --- | --- |',
        '| Planning | A | RR |',
        '| Roadmap | A | R |',
        '',
        '| Responsibility | Product Manager | Engineering Manager |',
        '| --- | --- | --- |',
        `| Hiring | A | X${WORD} |`,
        '| Roadmap | A | R |',
        '',
      ].join('\n'),
      rules: ['raci-invalid', 'role-undefined'],
    },
  };

  for (const [name, charter] of Object.entries(charters)) {
    it(`every message, related note and fix title of a ${name} charter quotes at most ${MAX_QUOTE_LENGTH} characters of a name`, () => {
      const { findings } = checkText(charter.text, { format: charter.format });
      const rules = new Set(findings.map((finding) => finding.rule));
      for (const rule of charter.rules) assert.ok(rules.has(rule), `${rule} reported: ${[...rules].join(', ')}`);
      for (const finding of findings) {
        const texts = [finding.message, ...(finding.related ?? []).map((related) => related.message), ...finding.fixes.map((fix) => fix.title)];
        for (const text of texts) {
          assert.ok(text.length < 600, `${finding.rule}: ${text.length} characters: ${text.slice(0, 200)}…`);
          assert.ok(!/[^…\s"'*]{100}/u.test(text.replace(/Quarterly planning/g, '')), `${finding.rule} quotes a long run: ${text.slice(0, 200)}`);
        }
      }
    });
  }
});
