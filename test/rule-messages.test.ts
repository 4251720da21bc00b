// Messages by id (as ESLint's meta.messages): each rule declares its sentences once, as templates, and
// its findings carry the id and the data they were made from, so tests assert those and a rewording
// changes one file. Syntax and schema findings pass on the parser's own words.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/core/check';
import { RULES } from '../server/src/core/rules';
import { formatMessage, reportedMessage } from '../server/src/core/rules/messages';
import type { Rule } from '../server/src/core/rules/types';
import { CHARTER_FORMS, formatOf, renderCharter } from './helpers/forms';

const ROOT = path.resolve(__dirname, '..');
/** Rules whose findings say what the parser found, in its words (parse/yaml, parse/markdown). */
const PARSER_WORDED = new Set(['syntax', 'schema']);

function charterFiles(folder: string): string[] {
  return fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return charterFiles(relative);
    return /\.(md|ya?ml)$/.test(entry.name) ? [relative] : [];
  });
}

describe('rule messages by id', () => {
  it('fills each {{placeholder}} with its value, numbers too, and leaves one without a value as written', () => {
    assert.equal(formatMessage('"{{name}}" has {{ count }} roles: {{roles}}.', { name: 'Roadmap', count: 2 }), '"Roadmap" has 2 roles: {{roles}}.');
    assert.equal(formatMessage('{{a}}{{a}}', { a: '{{a}}' }), '{{a}}{{a}}', 'a value is not read as a template');
  });

  it('has every rule but the parser-worded ones declare its messages, each placeholder a plain name', () => {
    for (const rule of RULES) {
      if (PARSER_WORDED.has(rule.id)) continue;
      const templates = Object.entries(rule.messages ?? {});
      assert.ok(templates.length > 0, `${rule.id} declares no messages`);
      for (const [id, template] of templates) {
        assert.match(id, /^[a-z][A-Za-z]*$/, `${rule.id}: message id ${id}`);
        for (const placeholder of template.match(/\{\{[^}]*\}\}/g) ?? []) assert.match(placeholder, /^\{\{\w+\}\}$/, `${rule.id}.${id}`);
      }
    }
  });

  it('refuses a message id the rule does not declare', () => {
    const rule = RULES.find((candidate) => candidate.id === 'role-unused') as Rule;
    assert.throws(() => reportedMessage(rule, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, messageId: 'nope' }), /does not declare/);
  });

  it("gives every finding of the samples, fixtures and every charter form its rule's id and data, which make its message", () => {
    const texts = charterFiles('samples')
      .concat(charterFiles('test/fixtures'))
      .map((file) => ({ text: fs.readFileSync(path.join(ROOT, file), 'utf8'), format: file.endsWith('.md') ? ('markdown' as const) : ('yaml' as const), name: file }));
    const spec = { roles: ['Product Manager', 'Engineering Manager', 'Designer'], responsibilities: [{ name: 'Roadmap', letters: { 'Product Manager': 'A', 'Engineering Manager': 'A', Ghost: 'R' } }] };
    for (const form of CHARTER_FORMS) texts.push({ text: renderCharter(form, spec), format: formatOf(form), name: form });
    const seen = new Set<string>();
    for (const { text, format, name } of texts) {
      for (const finding of checkText(text, { format, today: '2026-12-01', severities: { 'role-overload': 'warning', 'role-boundary': 'warning' } }).findings) {
        const rule = RULES.find((candidate) => candidate.id === finding.rule);
        if (!rule || PARSER_WORDED.has(rule.id)) continue;
        const template = rule.messages?.[finding.messageId ?? ''];
        assert.ok(template, `${name}: a ${finding.rule} finding without a declared message id: ${finding.message}`);
        assert.equal(formatMessage(template, finding.data), finding.message, name);
        seen.add(finding.rule);
      }
    }
    assert.ok(seen.size >= 8, `only ${[...seen].join(', ')} reported: the texts no longer exercise the rules`);
  });
});
