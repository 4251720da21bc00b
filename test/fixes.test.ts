// Properties every quick fix shares (contract §6), checked on every fix offered for charters full of
// problems: it applies cleanly, keeps the file's line endings, changes only the lines it is about, and
// fixes its own finding.
import * as assert from 'node:assert/strict';
import { applyFix, changedLines, check, fixTitled, lines, onlyFinding, type Format } from './helpers/charter';
import type { Finding, Fix } from '../server/src/core/model';
import { FixVerifier, spend, type CheckBudget } from '../server/src/core/fixes/verify';
import { PAYMENTS_YAML_ROLES } from './helpers/fixtures';

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
  ...PAYMENTS_YAML_ROLES,
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

function errorsOf(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.severity === 'error').length;
}

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
          // Edit by edit: a fix that inserts lines in one place and rewrites another (a definition and a
          // reference) shifts the lines between, which a whole-text comparison would count as changed.
          for (const fix of finding.fixes) {
            for (const edit of fix.edits) {
              const fixed = applyFix(text, { title: fix.title, edits: [edit] });
              const touched = new Set([edit.range.start.line, edit.range.end.line]);
              for (const line of changedLines(text.replace(/\r\n/g, '\n'), fixed.replace(/\r\n/g, '\n'))) {
                assert.ok(
                  touched.has(line) || touched.has(line - 1),
                  `${finding.rule} "${fix.title}" changed line ${line}, away from its edits`,
                );
              }
            }
          }
        }
      });

      it('offers only fixes that, applied alone, remove their finding and add no error', () => {
        const verifier = new FixVerifier(text, { format });
        let offered = 0;
        for (const finding of withFixes) {
          for (const fix of verifier.offered(finding)) {
            offered++;
            const after = check(applyFix(text, fix), format).findings;
            assert.ok(!stillThere(after, finding), `${finding.rule} "${fix.title}" leaves its finding`);
            assert.ok(errorsOf(after) <= errorsOf(findings) - (finding.severity === 'error' ? 1 : 0), `${finding.rule} "${fix.title}" adds an error`);
          }
        }
        assert.ok(offered > 0);
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

// Every fix is applied and the text checked again before it is offered (core/fixes/verify.ts).
describe('fix verification', () => {
  const verdictOf = (text: string, format: Format, finding: Finding, fix: Fix) => new FixVerifier(text, { format }).verdict(finding, fix);

  it('tells a finding the edit moved (a line number in its message) from a new one', () => {
    // "Define role" adds two lines above the responsibilities: the duplicate's "line 7" becomes "line 9".
    const text = lines(
      'team: Payments',
      'roles:',
      '  pm:',
      '    title: Product Manager',
      'responsibilities:',
      '  - name: Roadmap',
      '    accountable: pm',
      '    responsible: qa',
      '  - name: Roadmap',
      '    accountable: pm',
      '    responsible: pm',
    );
    // As an error, the duplicate would stop the fix if it were taken for a new finding.
    const severities = { 'responsibility-duplicate': 'error' } as const;
    const verifier = new FixVerifier(text, { format: 'yaml', severities });
    assert.match(onlyFinding(verifier.before, 'responsibility-duplicate').message, /line 6/);
    const finding = onlyFinding(verifier.before, 'role-undefined');
    assert.equal(verifier.verdict(finding, fixTitled(finding, "Define role 'qa'")), 'offer');
  });

  it('tells a finding whose message names what the edit renamed from a new one', () => {
    const text = lines(
      '# Payments',
      '## Roles',
      '- **PM**',
      '- **Engineering Manager**',
      '## Responsibilities',
      '| Responsibility | PM | Engineering Manager |',
      '| --- | --- | --- |',
      '| Roadmap | A/R | A |',
    );
    const result = check(text, 'markdown');
    assert.match(onlyFinding(result, 'accountable-multiple').message, /"PM"/);
    const finding = onlyFinding(result, 'role-ambiguous');
    // After the rename the error says "Program Manager" where it said "PM": the same error, not a new one.
    assert.equal(verdictOf(text, 'markdown', finding, fixTitled(finding, "Replace 'PM' with 'Program Manager'")), 'offer');
  });

  it('drops a fix that changes nothing, does not apply, or leaves its finding', () => {
    const text = lines('team: Typos', 'responsibilities:', '  - name: Roadmap', '    acountable: pm', '    responsible: pm');
    const finding = onlyFinding(check(text, 'yaml'), 'schema');
    const verifier = new FixVerifier(text, { format: 'yaml' });
    const at = finding.range;
    assert.equal(verifier.verdict(finding, { title: 'none', edits: [] }), 'drop');
    assert.equal(verifier.verdict(finding, { title: 'same', edits: [{ range: at, newText: 'acountable' }] }), 'drop');
    const overlapping = [
      { range: at, newText: 'a' },
      { range: at, newText: 'b' },
    ];
    assert.equal(verifier.verdict(finding, { title: 'overlapping', edits: overlapping }), 'drop');
    assert.equal(verifier.verdict(finding, { title: 'elsewhere', edits: [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } }, newText: 'Typo' }] }), 'drop');
    // A finding that is not one of the text's findings has nothing to fix.
    assert.equal(verifier.verdict({ ...finding, message: 'another' }, finding.fixes[0]), 'drop');
  });

  it('remembers its verdicts and runs no more checks than the budget allows', () => {
    const text = lines('team: Payments', 'roles:', '  pm:', '    title: Product Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: pm', '    responsible: enginer');
    const verifier = new FixVerifier(text, { format: 'yaml' });
    const finding = onlyFinding(verifier.before, 'role-undefined');
    assert.ok(finding.fixes.length >= 1);
    const budget: CheckBudget = { remaining: 0 };
    assert.deepEqual(verifier.offered(finding, finding.fixes, budget), [], 'no budget: nothing verified, nothing offered');
    assert.equal(verifier.checks, 0);
    const first = verifier.offered(finding);
    assert.equal(verifier.checks, finding.fixes.length);
    assert.deepEqual(verifier.offered(finding, finding.fixes, { remaining: 0 }), first, 'remembered verdicts cost no check');
    assert.equal(verifier.checks, finding.fixes.length);
  });

  it('checks a text once for the fixes of several findings that write it, and judges each finding on its own', () => {
    const text = lines(
      '# Payments',
      '',
      '## Roles',
      '',
      '- **Product Manager**',
      '- **Engineering Manager**',
      '',
      '## Responsibilities',
      '',
      '| Responsibility | Product Manager | Engineering Manager |',
      '| -------------- | --------------- | ------------------- |',
      '| Release date   | A/R             | A                   |',
      '| Hiring         | A               | A/R                 |',
      '| Roadmap        | R               | C                   |',
      '',
    );
    const verifier = new FixVerifier(text, { format: 'markdown' });
    const multiple = verifier.before.findings.filter((finding) => finding.rule === 'accountable-multiple');
    const missing = onlyFinding(verifier.before, 'accountable-missing');
    assert.equal(multiple.length, 2);
    // "Disable … for this table" is one edit for both rows: it removes each row's finding.
    const disable: Fix = { title: 'Disable accountable-multiple for this table', edits: [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, newText: '<!-- team-charter-disable accountable-multiple -->\n' }] };
    assert.equal(verifier.verdict(multiple[0], disable), 'offer');
    assert.equal(verifier.verdict(multiple[1], disable), 'offer');
    // The same text leaves the Roadmap row without an A: not a fix of that finding.
    assert.equal(verifier.verdict(missing, disable), 'drop');
    assert.equal(verifier.checks, 1);
  });
  it('runs the first check of a request even when its time is gone, so that asking again gets further', () => {
    // A busy machine can spend a request's time before any check: then nothing would ever be verified.
    const late: CheckBudget = { remaining: 12, deadline: performance.now() - 1 };
    assert.equal(spend(late), true, 'the first check');
    assert.equal(spend(late), false, 'no second one after the deadline');
    assert.equal(late.ranOut, true);
    const counted: CheckBudget = { remaining: 1 };
    assert.equal(spend(counted), true);
    assert.equal(spend(counted), false, 'the count still bounds it');
  });
});
