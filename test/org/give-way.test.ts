// The fix of a shared responsibility with two accountable teams: in either team's charter, "leave it to
// the other team" takes the A from this team's roles, after which the organisation has one owner.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../../server/src/core/check';
import { checkOrganisation } from '../../server/src/core/org/check';
import { leftToTheOtherTeam, withGiveWayFixes } from '../../server/src/core/org/giveWay';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import type { Finding } from '../../server/src/core/model';
import { applyEdits } from '../../server/src/core/text';
import { ORG_FILES, organisationOf } from '../helpers/org';

const RULE = 'shared-accountable-multiple';

/** The cross-charter findings of `files` in `name`, with the give-way fixes added. */
function findingsIn(files: Record<string, string>, name: string) {
  const organisation = organisationOf(files);
  const file = path.resolve('/org', name);
  const host = { readFile: (target: string) => files[path.basename(target)] };
  const result = checkText(files[name], { path: file, host });
  const extra = checkOrganisation(organisation, () => undefined).get(file) ?? [];
  return withGiveWayFixes(organisation, file, result, extra).filter((finding) => finding.rule === RULE);
}

describe('shared-accountable-multiple: the give-way fix', () => {
  it('in a Markdown matrix, makes the accountable role consulted and leaves the other team the one owner', () => {
    const [finding] = findingsIn(ORG_FILES, 'payments.charter.md');
    assert.deepEqual(finding.fixes.map((fix) => [fix.title, fix.safe]), [['Leave "Payments API" to "Checkout": make Team Lead consulted (C)', undefined]]);
    const fixed = applyEdits(ORG_FILES['payments.charter.md'], finding.fixes[0].edits);
    assert.match(fixed, /^\| Payments API {5}\| C {9}\| R {17}\|$/m);
    // The other rows are untouched, and the organisation has one accountable team left.
    assert.match(fixed, /^\| On-call rotation \| A {9}\| R {17}\|$/m);
    assert.deepEqual(findingsIn({ ...ORG_FILES, 'payments.charter.md': fixed }, 'checkout.charter.yaml'), []);
  });

  it('in a YAML charter, keeps a role that is also responsible as responsible only', () => {
    const checkout = ORG_FILES['checkout.charter.yaml'].replace('accountable: lead\n    responsible: eng\n  - name: On-call', 'accountable: eng\n    responsible: eng\n  - name: On-call');
    const files = { ...ORG_FILES, 'checkout.charter.yaml': checkout };
    const [finding] = findingsIn(files, 'checkout.charter.yaml');
    assert.equal(finding.fixes[0].title, 'Leave "payments  api" to "Payments": Software Engineer keeps R only');
    const fixed = applyEdits(checkout, finding.fixes[0].edits);
    assert.match(fixed, /- name: payments {2}api\n {4}accountable: \[\]\n {4}responsible: eng\n/);
    assert.deepEqual(findingsIn({ ...files, 'checkout.charter.yaml': fixed }, 'payments.charter.md'), []);
  });

  it('offers nothing when three teams are accountable (no one edit resolves it)', () => {
    const search = ORG_FILES['search.charter.yaml'].replace('- name: Incident response', '- name: Payments API\n    accountable: lead\n  - name: Incident response');
    const [finding] = findingsIn({ ...ORG_FILES, 'search.charter.yaml': search }, 'payments.charter.md');
    assert.match(finding.message, /3 accountable teams/);
    assert.deepEqual(finding.fixes, []);
  });

  it('is verified as a fix of a finding the file alone does not make: offered when it adds no error but the A it gives up, never safe', () => {
    const [finding] = findingsIn(ORG_FILES, 'payments.charter.md');
    const file = path.resolve('/org', 'payments.charter.md');
    const host = { readFile: (target: string) => ORG_FILES[path.basename(target)] };
    const verifier = new FixVerifier(ORG_FILES['payments.charter.md'], { path: file, host });
    assert.equal(verifier.isOwn(finding), false);
    // Alone, the row left without an A is accountable-missing, an error: the fix is not offered...
    assert.deepEqual(verifier.offeredOutside(finding.fixes), []);
    // ...unless that is the finding the organisation takes back (Checkout stays accountable).
    const expected = (added: Finding) => leftToTheOtherTeam(finding, added);
    assert.deepEqual(verifier.offeredOutside(finding.fixes, undefined, expected).map((fix) => [fix.title, fix.safe]), [[finding.fixes[0].title, false]]);
    const breaking = { title: 'Write Q', edits: finding.fixes[0].edits.map((edit) => ({ ...edit, newText: edit.newText.replace('C', 'Q') })) };
    assert.deepEqual(verifier.offeredOutside([breaking], undefined, expected), [], 'an unreadable cell is an error');
  });

  it('offers nothing when the row at the finding is no longer the one the organisation read (the editor is a check ahead)', () => {
    const organisation = organisationOf(ORG_FILES);
    const file = path.resolve('/org', 'payments.charter.md');
    const extra = checkOrganisation(organisation, () => undefined).get(file)!;
    // The user swapped the two rows; the organisation still has the old text.
    const swapped = ORG_FILES['payments.charter.md'].replace(
      /(\| Payments API .*\n)(\| On-call rotation .*\n)/,
      (_all, payments: string, onCall: string) => onCall.replace('On-call rotation', 'On-call rotatio ') + payments,
    );
    const host = { readFile: (target: string) => ORG_FILES[path.basename(target)] };
    const result = checkText(swapped, { path: file, host });
    const [finding] = withGiveWayFixes(organisation, file, result, extra).filter((found) => found.rule === RULE);
    assert.deepEqual(finding.fixes, []);
  });
});
