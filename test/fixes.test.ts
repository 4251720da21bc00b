// Properties every quick fix shares (contract §6), checked on every fix offered for charters full of
// problems: it applies cleanly, keeps the file's line endings, changes only the lines it is about, and
// fixes its own finding.
import * as assert from 'node:assert/strict';
import { applyFix, changedLines, check, lines, type Format } from './helpers/charter';
import type { Finding } from '../server/src/core/model';

const markdown = lines(
  '# Payments',
  '',
  '## Roles',
  '',
  '- **Product Manager** `pm`: owns the roadmap.',
  '- **Engineering Manager**: owns the how.',
  '- **Scrum Master**: facilitates the ceremonies.',
  '- **TPM**: runs the technical plan.',
  '',
  '## Responsibilities',
  '',
  '| Responsibility | Product Manager | Engineering Manager | Architect | TPM |',
  '| -------------- | --------------- | ------------------- | --------- | --- |',
  '| Release date   | A/R             | A                   | C         | I   |',
  '| Incident review| R               | Consulted           |           | I   |',
  '| Hiring         | C               | A                   |           | I   |',
  '',
  '### Pricing',
  '',
  '- Accountable: PM',
  '- Responsible: Product Manager',
);

const yaml = lines(
  'team: Payments',
  'roles:',
  '  pm:',
  '    title: Product Manager',
  '  em:',
  '    title: Engineering Manager',
  '  sm:',
  '    title: Scrum Master',
  'responsibilities:',
  '  - name: Release date',
  '    accountable: [pm, em]',
  '    responsible: pm',
  '  - name: Incident review',
  '    responsible: [pm, enginering-manager]',
  '  - name: Hiring',
  '    accountable: em',
  '    consulted: TPM',
);

const charters: { name: string; text: string; format: Format }[] = [
  { name: 'Markdown', text: markdown, format: 'markdown' },
  { name: 'Markdown with CRLF line endings', text: markdown.replace(/\n/g, '\r\n'), format: 'markdown' },
  { name: 'YAML', text: yaml, format: 'yaml' },
  { name: 'YAML with CRLF line endings', text: yaml.replace(/\n/g, '\r\n'), format: 'yaml' },
];

function stillThere(after: Finding[], finding: Finding): boolean {
  return after.some((other) => other.rule === finding.rule && other.message === finding.message);
}

describe('quick fixes', () => {
  for (const { name, text, format } of charters) {
    describe(`in a ${name} charter`, () => {
      const findings = check(text, format).findings;
      const withFixes = findings.filter((finding) => finding.fixes.length > 0);

      it('offers fixes for the problems it has', () => {
        const rules = new Set(withFixes.map((finding) => finding.rule));
        for (const rule of ['accountable-multiple', 'accountable-missing', 'responsible-missing', 'role-undefined', 'role-unused']) {
          assert.ok(rules.has(rule), `no fix for ${rule}`);
        }
      });

      it('marks a fix preferred only when it is its finding\'s only fix, and never "Remove role"', () => {
        for (const finding of withFixes) {
          for (const fix of finding.fixes) {
            const expected = finding.fixes.length === 1 && finding.rule !== 'role-unused';
            assert.equal(fix.isPreferred ?? false, expected, `${finding.rule}: ${fix.title}`);
          }
        }
      });

      for (const finding of withFixes) {
        for (const fix of finding.fixes) {
          it(`${finding.rule}: "${fix.title}" fixes its finding and keeps the file's line endings`, () => {
            const fixed = applyFix(text, fix);
            assert.notEqual(fixed, text);
            const crlf = text.includes('\r\n');
            assert.equal(/(^|[^\r])\n/.test(fixed), !crlf && fixed.includes('\n'), 'line endings changed');
            assert.ok(!stillThere(check(fixed, format).findings, finding), `still reported after the fix:\n${fixed}`);
          });
        }
      }

      it('changes only the lines a fix is about', () => {
        for (const finding of withFixes) {
          for (const fix of finding.fixes) {
            const fixed = applyFix(text, fix);
            const touched = new Set(fix.edits.flatMap((edit) => [edit.range.start.line, edit.range.end.line]));
            for (const line of changedLines(text.replace(/\r\n/g, '\n'), fixed.replace(/\r\n/g, '\n'))) {
              assert.ok(
                touched.has(line) || touched.has(line - 1),
                `${finding.rule} "${fix.title}" changed line ${line}, away from its edits`,
              );
            }
          }
        }
      });

      it('applies every safe fix at once without conflicts ("fix all")', () => {
        const safe = withFixes.flatMap((finding) => finding.fixes.filter((fix) => fix.safe).map((fix) => ({ finding, fix })));
        assert.ok(safe.length > 0);
        const fixed = applyFix(text, { title: 'all', edits: safe.flatMap(({ fix }) => fix.edits) });
        const after = check(fixed, format).findings;
        for (const { finding } of safe) assert.ok(!stillThere(after, finding), `${finding.rule}: ${finding.message}`);
      });
    });
  }
});
