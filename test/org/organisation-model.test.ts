import * as assert from 'node:assert/strict';
import { CATALOG, CHECKOUT, ORG_FILES, PAYMENTS, SEARCH, organisationOf } from '../helpers/org';

describe('organisation model', () => {
  const org = organisationOf(ORG_FILES);
  const charter = (name: string) => org.byPath.get(`/org/${name}`)!;

  it("keeps each charter's team, responsibilities and accountable and responsible roles", () => {
    assert.deepEqual(
      org.charters.map((c) => c.team),
      ['Acme Engineering', 'Payments', 'Checkout', 'Search'],
    );
    const payments = charter('payments.charter.md');
    assert.deepEqual(
      payments.responsibilities.map((r) => [r.name, r.accountable.map((a) => a.title), r.responsible.map((a) => a.title)]),
      [
        ['Payments API', ['Team Lead'], ['Software Engineer']],
        ['On-call rotation', ['Team Lead'], ['Software Engineer']],
      ],
    );
    // Inherited roles resolve: the YAML team's `lead` is the catalog's Team Lead.
    assert.deepEqual(charter('checkout.charter.yaml').responsibilities[0].accountable.map((a) => [a.id, a.title]), [['lead', 'Team Lead']]);
  });

  it('reads the shared responsibilities a catalog declares, and who claims each by name', () => {
    assert.deepEqual(
      org.shared.map((entry) => [entry.declaration.name, entry.claims.map((claim) => claim.charter.team)]),
      [
        // "payments  api" in Checkout's charter is the same name: case and spacing do not count.
        ['Payments API', ['Payments', 'Checkout']],
        ['Incident response', ['Search']],
        ['Security reviews', []],
      ],
    );
  });

  it('does not make same-named team work shared when no catalog declares it', () => {
    for (const name of ['payments.charter.md', 'checkout.charter.yaml', 'search.charter.yaml']) {
      const c = charter(name);
      const onCall = c.responsibilities.find((r) => r.name === 'On-call rotation')!;
      assert.equal(org.sharedOf(c, onCall), undefined, name);
    }
  });

  it('counts a claim only from a charter that extends the catalog', () => {
    const alone = organisationOf({
      'catalog.charter.yaml': CATALOG,
      'checkout.charter.yaml': CHECKOUT.replace('extends: catalog.charter.yaml\n', ''),
    });
    assert.deepEqual(alone.shared[0].claims, []);
  });

  it('follows extends through a charter in between', () => {
    const chained = organisationOf({
      'catalog.charter.yaml': CATALOG,
      'group.charter.yaml': 'team: Money group\nextends: catalog.charter.yaml\n',
      'checkout.charter.yaml': CHECKOUT.replace('catalog.charter.yaml', 'group.charter.yaml'),
      'search.charter.yaml': SEARCH,
      'payments.charter.md': PAYMENTS,
    });
    assert.deepEqual(chained.shared[0].claims.map((claim) => claim.charter.team), ['Checkout', 'Payments']);
  });

  it('is plain data (survives a structured clone, as between worker threads)', () => {
    const copy = structuredClone(org.charters);
    assert.deepEqual(copy, org.charters);
  });
});
