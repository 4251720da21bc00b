import * as assert from 'node:assert/strict';
import { checkOrganisation } from '../../server/src/core/org/check';
import { cli, makeFolder } from '../helpers/cli';
import { CATALOG, CHECKOUT, ORG_FILES, PAYMENTS, organisationOf } from '../helpers/org';

const RULE = 'shared-accountable-multiple';

describe(RULE, () => {
  const found = checkOrganisation(organisationOf(ORG_FILES), () => undefined);
  const of = (name: string) => (found.get(`/org/${name}`) ?? []).filter((finding) => finding.rule === RULE);

  it('reports a shared responsibility with two accountable teams in each of their charters', () => {
    const [payments] = of('payments.charter.md');
    const [checkout] = of('checkout.charter.yaml');
    assert.equal(
      payments.message,
      '"Payments API" is a shared responsibility with 2 accountable teams: "Checkout" and "Payments". Exactly one team must be accountable; the others can be consulted (C).',
    );
    assert.equal(payments.severity, 'error');
    assert.deepEqual(payments.range, { start: { line: 11, character: 2 }, end: { line: 11, character: 14 } });
    assert.deepEqual(checkout.range, { start: { line: 3, character: 10 }, end: { line: 3, character: 23 } });
  });

  it("points at the other team's accountable role and at the declaration", () => {
    const [payments] = of('payments.charter.md');
    assert.deepEqual(payments.related, [
      {
        message: '"Checkout" is accountable too ("Team Lead")',
        range: { start: { line: 4, character: 17 }, end: { line: 4, character: 21 } },
        path: '/org/checkout.charter.yaml',
      },
      { message: '"Payments API" is declared shared here', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 16 } }, path: '/org/catalog.charter.yaml' },
    ]);
  });

  it('does not report team-local work of the same name (each team its own On-call rotation)', () => {
    const onCall = [...found.values()].flat().filter((finding) => finding.message.includes('On-call'));
    assert.deepEqual(onCall, []);
  });

  it('does not report a shared responsibility with one accountable team', () => {
    const one = checkOrganisation(organisationOf({ ...ORG_FILES, 'checkout.charter.yaml': CHECKOUT.replace('accountable: lead\n    responsible: eng\n  - name: On', 'responsible: eng\n    consulted: lead\n  - name: On') }), () => undefined);
    assert.deepEqual([...one.values()].flat().filter((finding) => finding.rule === RULE), []);
  });

  describe('on the command line', () => {
    const cwd = makeFolder(ORG_FILES);

    it('reports in both files of a run, and fails it', () => {
      const { code, stdout } = cli(['check', '.'], { cwd });
      assert.equal(code, 1);
      assert.match(stdout, /^payments\.charter\.md:12:3 {2}error {2}"Payments API" is a shared responsibility with 2 accountable teams: "Checkout" and "Payments"\./m);
      assert.match(stdout, /^checkout\.charter\.yaml:4:11 {2}error {2}"payments {2}api" is a shared responsibility/m);
    });

    it('says nothing when only one team charter is checked', () => {
      assert.doesNotMatch(cli(['check', 'payments.charter.md', 'catalog.charter.yaml'], { cwd }).stdout, new RegExp(RULE));
    });

    it('is silenced by a disable comment in the charter and by --rule', () => {
      const quiet = makeFolder({ ...ORG_FILES, 'checkout.charter.yaml': CHECKOUT.replace('  - name: payments', '  # team-charter-disable-next-line shared-accountable-multiple\n  - name: payments') });
      const out = cli(['check', '.', '--report-unused-disable-directives'], { cwd: quiet }).stdout;
      assert.doesNotMatch(out, /checkout\.charter\.yaml:\d+:\d+ +error +"payments/);
      assert.doesNotMatch(out, /Unused team-charter-disable/);
      assert.match(out, /payments\.charter\.md:12:3/);
      assert.doesNotMatch(cli(['check', '.', '--rule', `${RULE}=off`], { cwd }).stdout, new RegExp(RULE));
    });

    it('points SARIF related locations at the other charter', () => {
      const sarif = JSON.parse(cli(['check', '.', '--format', 'sarif'], { cwd }).stdout);
      const result = sarif.runs[0].results.find((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.ruleId === RULE && r.locations[0].physicalLocation.artifactLocation.uri === 'payments.charter.md');
      assert.deepEqual(
        result.relatedLocations.map((r: { physicalLocation: { artifactLocation: { uri: string } } }) => r.physicalLocation.artifactLocation.uri),
        ['checkout.charter.yaml', 'catalog.charter.yaml'],
      );
    });
  });

  it('needs the catalog: without one, two accountable teams for "Payments API" are two teams\' own work', () => {
    const noCatalog = { 'payments.charter.md': PAYMENTS, 'checkout.charter.yaml': CHECKOUT, 'catalog.charter.yaml': CATALOG.replace(/shared:\n(  - .*\n)+/, '') };
    assert.deepEqual([...checkOrganisation(organisationOf(noCatalog), () => undefined).values()].flat(), []);
  });
});
