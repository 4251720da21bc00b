// A file reports at most MAX_FINDINGS_PER_FILE findings, the last saying how many more there are; the
// CLI's counts and exit status still count every finding.
import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { countFindings, limitFindings, MAX_FINDINGS_PER_FILE, TOO_MANY_PROBLEMS } from '../../server/src/core/findingLimit';
import type { Finding, Severity } from '../../server/src/core/model';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { cli, makeFolder } from '../helpers/cli';

/** A YAML charter with `warnings` responsibilities missing a responsible role, then `errors` naming an undefined role. */
function manyProblems(warnings: number, errors: number): string {
  const rows: string[] = ['team: Payments', 'roles:', '  pm:', '    title: Product Manager', 'responsibilities:'];
  for (let i = 0; i < warnings; i++) rows.push(`  - { name: Task ${i}, accountable: pm }`);
  for (let i = 0; i < errors; i++) rows.push(`  - { name: Job ${i}, accountable: pm, responsible: ghost${i} }`);
  return rows.join('\n') + '\n';
}

function finding(line: number, severity: Severity): Finding {
  const at = { line, character: 0 };
  return { rule: 'x', severity, message: `${severity} ${line}`, range: { start: at, end: at }, fixes: [] };
}

describe('findings per file', () => {
  it('keeps every finding up to the limit', () => {
    const findings = Array.from({ length: MAX_FINDINGS_PER_FILE }, (_, i) => finding(i, 'warning'));
    assert.deepEqual(limitFindings(findings), findings);
  });

  it('past it, keeps the most severe in position order and ends with one finding counting the rest', () => {
    // Warnings first in the file, errors after them: the errors are kept, then the first warnings.
    const findings = [
      ...Array.from({ length: 700 }, (_, i) => finding(i, 'warning')),
      ...Array.from({ length: 600 }, (_, i) => finding(700 + i, 'error')),
      finding(2000, 'hint'),
    ];
    const limited = limitFindings(findings);
    assert.equal(limited.length, MAX_FINDINGS_PER_FILE);
    const shown = limited.slice(0, -1);
    assert.equal(shown.filter((f) => f.severity === 'error').length, 600);
    assert.deepEqual(
      shown.filter((f) => f.severity === 'warning').map((f) => f.range.start.line),
      Array.from({ length: 399 }, (_, i) => i),
    );
    assert.ok(shown.every((f, i) => i === 0 || shown[i - 1].range.start.line <= f.range.start.line), 'in position order');
    const last = limited[limited.length - 1];
    assert.equal(last.rule, TOO_MANY_PROBLEMS);
    assert.equal(last.severity, 'info');
    assert.deepEqual(last.omitted, { error: 0, warning: 301, info: 0, hint: 1 });
    assert.equal(last.message, '302 more problems not shown (301 warnings, 1 hint): at most 999 are listed per file, errors first.');
    assert.deepEqual(last.range, shown[shown.length - 1].range);
    assert.deepEqual(countFindings(limited), { error: 600, warning: 700, info: 0, hint: 1 });
  });

  it('checkText reports at most 1,000 findings, and keeps all of them for fixes', () => {
    const result = checkText(manyProblems(1100, 50), { format: 'yaml' });
    assert.equal(result.allFindings.length, 1150);
    assert.equal(result.findings.length, 1000);
    assert.equal(result.findings[999].rule, TOO_MANY_PROBLEMS);
    assert.deepEqual(result.findings[999].omitted, { error: 0, warning: 151, info: 0, hint: 0 });
    assert.equal(result.findings.filter((f) => f.rule === 'role-undefined').length, 50, 'every error is shown');
    assert.equal(checkText(manyProblems(10, 0), { format: 'yaml', maxFindings: 5 }).findings.length, 5);
  });

  it('verifies fixes against every finding, not the cut list', () => {
    const text = manyProblems(1200, 1);
    const verifier = new FixVerifier(text, { format: 'yaml' });
    const target = verifier.before.findings.find((f) => f.rule === 'responsible-missing')!;
    const fix = target.fixes.find((candidate) => candidate.safe)!;
    // One warning fewer changes the count the last finding gives; that is not a new finding.
    assert.equal(verifier.verdict(target, fix), 'safe');
  });

  it('in the editor, the last diagnostic links to the limits section of the format', () => {
    const last = limitFindings(Array.from({ length: 1001 }, (_, i) => finding(i, 'error'))).pop()!;
    const diagnostic = toDiagnostic(last, 'file:///many.charter.yaml', 1);
    assert.equal(diagnostic.code, TOO_MANY_PROBLEMS);
    assert.match(diagnostic.codeDescription!.href, /\/docs\/format\.md#limits$/);
  });

  describe('command line', () => {
    const cwd = makeFolder({ 'many.charter.yaml': manyProblems(1200, 0), 'few.charter.yaml': manyProblems(2, 0) });

    it('stylish: the last line of a cut file says how many more, and the summary counts them all', () => {
      const { code, stdout } = cli(['check', 'many.charter.yaml', 'few.charter.yaml'], { cwd });
      assert.equal(code, 0);
      const lines = stdout.trimEnd().split('\n');
      assert.equal(lines.filter((line) => line.startsWith('many.charter.yaml:')).length, 1000);
      assert.match(lines.find((line) => line.includes(TOO_MANY_PROBLEMS))!, /^many\.charter\.yaml:\d+:\d+ {2}info {2}201 more problems not shown \(201 warnings\)/);
      assert.equal(lines[lines.length - 2], '✖ 1202 problems (0 errors, 1202 warnings), 201 of them not shown');
      // Each listed warning has the safe fix that makes its accountable role responsible too.
      assert.equal(lines[lines.length - 1], '  0 errors and 1001 warnings potentially fixable with the `--fix` option.');
    });

    it('exit status counts the warnings not shown', () => {
      assert.equal(cli(['check', '--max-warnings', '1199', 'many.charter.yaml'], { cwd }).code, 1);
      assert.equal(cli(['check', '--max-warnings', '1200', 'many.charter.yaml'], { cwd }).code, 0);
    });

    it('json: the cut file lists 1,000 diagnostics and says how many it leaves out', () => {
      const files = JSON.parse(cli(['check', '-f', 'json', 'many.charter.yaml', 'few.charter.yaml'], { cwd }).stdout);
      assert.equal(files[0].diagnostics.length, 1000);
      assert.equal(files[0].diagnostics[999].rule, TOO_MANY_PROBLEMS);
      assert.deepEqual(files[0].omitted, { error: 0, warning: 201, info: 0, hint: 0 });
      assert.deepEqual(Object.keys(files[1]), ['file', 'diagnostics'], 'a file that is not cut has exactly the §7 shape');
    });

    it('sarif: 1,000 results for the cut file, the last a note that counts the others', () => {
      const results = JSON.parse(cli(['check', '-f', 'sarif', 'many.charter.yaml'], { cwd }).stdout).runs[0].results;
      assert.equal(results.length, 1000);
      assert.equal(results[999].ruleId, TOO_MANY_PROBLEMS);
      assert.equal(results[999].level, 'note');
      assert.match(results[999].message.text, /^201 more problems not shown/);
    });
  });
});
