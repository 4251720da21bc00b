// Corrections (Fix.reveals): `RR` to `R`, a misspelt key renamed. What the corrected entry then says was
// hidden by the mistake, so a finding it shows there does not keep the fix out; one anywhere else does.
import * as assert from 'node:assert/strict';
import { check, fixTitled, lines, onlyFinding, type Format } from '../helpers/charter';
import type { Finding, Fix } from '../../server/src/core/model';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import { applyEdits } from '../../server/src/core/text';
import { paymentsMatrix } from '../helpers/fixtures';

describe('fix verification of corrections', () => {
  const verdictOf = (text: string, format: Format, finding: Finding, fix: Fix) => new FixVerifier(text, { format }).verdict(finding, fix);

  it('applies a safe cell fix that reveals two accountable roles in its row, which the bad cell hid', () => {
    const text = paymentsMatrix(['| Roadmap | A/R/R | A |']);
    const finding = onlyFinding(check(text, 'markdown'), 'raci-invalid');
    const fix = fixTitled(finding, "Change to 'A/R'");
    assert.equal(fix.safe, true);
    // The cell reads as written once corrected: the row's two accountable roles were there all along.
    assert.equal(verdictOf(text, 'markdown', finding, fix), 'safe');
    assert.deepEqual(check(applyEdits(text, fix.edits), 'markdown').findings.map((f) => f.rule), ['accountable-multiple']);
  });

  it('counts a finding the fix adds outside the entry it reveals', () => {
    const text = paymentsMatrix(['| Roadmap | A/R/R | A |', '| Hiring | C | A/R |']);
    const finding = onlyFinding(check(text, 'markdown'), 'raci-invalid');
    const fix = fixTitled(finding, "Change to 'A/R'");
    // The same edit, said to reveal the Hiring row: the two accountable roles of Roadmap are then its doing.
    const hiring = { start: { line: 8, character: 0 }, end: { line: 8, character: 20 } };
    assert.equal(verdictOf(text, 'markdown', finding, { ...fix, reveals: hiring }), 'drop');
    assert.equal(verdictOf(text, 'markdown', finding, fix), 'safe');
  });

  it('applies a safe rename that reveals a warning inside its own mapping', () => {
    // Read under its right name, the value is an ambiguous short form: true of what was written.
    const text = lines('team: Typos', 'responsibilities:', '  - name: Roadmap', '    acountable: pm', '    responsible: pm');
    const finding = onlyFinding(check(text, 'yaml'), 'schema');
    const offered = new FixVerifier(text, { format: 'yaml' }).offered(finding);
    assert.deepEqual(offered.map((fix) => [fix.title, fix.safe]), [["Rename to 'accountable'", true]]);
  });

});
