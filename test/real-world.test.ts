// Charters written the way real teams write them (emoji headings, "Person — Role" lines, links and <br>
// in cells, check marks, "Accountable (A)" headers, anchors, several YAML documents, CRLF, matrices as
// HTML tables), each with the findings we judge right. Every fixture says why in a comment at its top;
// this file pins rule, line and the exact text each finding points at, and checks that every quick fix
// offered removes its finding and touches only the lines it edits.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText, type CheckResult } from '../server/src/core/check';
import type { Finding } from '../server/src/core/model';
import { applyEdits, LineIndex } from '../server/src/core/text';

const DIR = path.join(__dirname, 'fixtures/real-world');

/** [rule, 1-based line, the text the range covers] */
type Expected = [string, number, string];

const EXPECTED: Record<string, Expected[]> = {
  '01-emoji.charter.md': [],
  '02-dash-lines.charter.md': [['responsible-missing', 14, 'Roadmap']],
  '03-bold-colon.charter.md': [['role-ambiguous', 6, 'PM']],
  '04-cells.charter.md': [
    ['raci-invalid', 19, '✓'],
    ['raci-invalid', 19, '✔'],
    ['raci-invalid', 19, 'x'],
  ],
  '05-h1-rr.charter.md': [],
  '06-legend.charter.md': [],
  '07-subheading.charter.md': [],
  '08-crlf.charter.md': [],
  '09-assign-paren.charter.md': [],
  '10-both.charter.md': [],
  '11-numbered-fields.charter.md': [],
  '12-header-br.charter.md': [],
  '13-dup-alias.charter.md': [['responsibility-duplicate', 14, 'Pager']],
  '14-trailing.charter.md': [
    ['responsible-missing', 14, 'Pen tests'],
    ['accountable-missing', 15, 'Vulnerability triage'],
  ],
  '15-extends.charter.yaml': [],
  '16-quoted.charter.yaml': [],
  '17-multidoc.charter.yaml': [['syntax', 12, '---']],
  '18-yaml-mistakes.charter.yaml': [
    ['schema', 9, 'descripton'],
    ['accountable-multiple', 11, 'Experiments'],
    ['accountable-missing', 14, 'Pricing'],
    ['schema', 15, 'acountable'],
    ['responsibility-duplicate', 17, 'experiments'],
    ['role-undefined', 20, 'data scientist'],
  ],
  '19-crlf.charter.yaml': [
    ['responsible-missing', 7, 'Hiring'],
    ['role-undefined', 10, 'emm'],
  ],
  '20-html-matrix.charter.md': [
    ['accountable-multiple', 35, 'Launch day'],
    ['responsible-missing', 35, 'Launch day'],
    ['raci-invalid', 46, 'CC'],
  ],
  '21-html-crlf.charter.md': [['accountable-multiple', 14, '🌊 Ship 出荷 👩‍💻']],
  '22-short-names.charter.md': [
    ['role-undefined', 20, 'Legal Counsel'],
    ['role-ambiguous', 34, 'Analyst'],
  ],
};

function checkFixture(name: string, text: string): CheckResult {
  const host = {
    readFile(relative: string): string | undefined {
      try {
        return fs.readFileSync(path.resolve(DIR, relative), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
  return checkText(text, { path: path.join(DIR, name), host });
}

function covered(text: string, finding: Finding): string {
  const index = new LineIndex(text);
  return text.slice(index.offsetAt(finding.range.start), index.offsetAt(finding.range.end));
}

describe('real-world charters', () => {
  it('has an expectation for every fixture, and a fixture for every expectation', () => {
    const files = fs.readdirSync(DIR).filter((name) => name.includes('.charter.'));
    assert.deepEqual(files.sort(), Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    describe(name, () => {
      const text = fs.readFileSync(path.join(DIR, name), 'utf8');

      it('gives exactly the findings its comment explains, each on the right text', () => {
        const { findings } = checkFixture(name, text);
        assert.deepEqual(
          findings.map((finding): Expected => [finding.rule, finding.range.start.line + 1, covered(text, finding)]),
          expected,
        );
      });

      it('offers only fixes that remove their finding and change nothing but the lines they edit', () => {
        const { findings } = checkFixture(name, text);
        for (const finding of findings) {
          for (const fix of finding.fixes) {
            const fixed = applyEdits(text, fix.edits);
            assert.notEqual(fixed, text, `${fix.title} changed nothing`);
            const after = checkFixture(name, fixed).findings;
            const still = after.filter((other) => other.rule === finding.rule && other.message === finding.message);
            assert.deepEqual(still, [], `${fix.title} left: ${finding.message}`);
            // Text before the first edit and after the last stays byte for byte (line ends included).
            const index = new LineIndex(text);
            const first = Math.min(...fix.edits.map((edit) => index.offsetAt(edit.range.start)));
            const last = Math.max(...fix.edits.map((edit) => index.offsetAt(edit.range.end)));
            assert.ok(fixed.startsWith(text.slice(0, first)) && fixed.endsWith(text.slice(last)), fix.title);
          }
        }
      });
    });
  }

  it('says what to do about a check mark, and reads "N/A" as not involved', () => {
    const cells = fs.readFileSync(path.join(DIR, '04-cells.charter.md'), 'utf8');
    const mark = checkFixture('04-cells.charter.md', cells).findings.find((finding) => finding.rule === 'raci-invalid')!;
    assert.equal(mark.message, '"✓" for "Data Lead" in "Data quality" is a mark, not a RACI letter: it says the role is involved but not how. Write R, A, C or I instead.');
    const text = fs.readFileSync(path.join(DIR, '05-h1-rr.charter.md'), 'utf8');
    const budget = checkFixture('05-h1-rr.charter.md', text).charter.responsibilities.find((entry) => entry.name === 'Budget')!;
    assert.deepEqual(budget.cells.map((cell) => cell.letters), [[], ['A', 'R']]);
  });

  it('reads "Dana Ruiz — Product Manager" as the role with its holder, and the fix keeps the CRLF of the YAML file', () => {
    const text = fs.readFileSync(path.join(DIR, '02-dash-lines.charter.md'), 'utf8');
    const { charter } = checkFixture('02-dash-lines.charter.md', text);
    assert.deepEqual(charter.roles.map((role) => [role.title, role.holders]), [
      ['Product Manager', ['Dana Ruiz']],
      ['Engineering Manager', ['Lee Park']],
      ['Site Reliability Engineer', ['Sam Ode']],
    ]);
    const crlf = fs.readFileSync(path.join(DIR, '19-crlf.charter.yaml'), 'utf8');
    const hiring = checkFixture('19-crlf.charter.yaml', crlf).findings[0];
    assert.equal(hiring.fixes[0].edits[0].newText, '\r\n    responsible: em');
  });
});
