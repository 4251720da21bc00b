import * as assert from 'node:assert/strict';
import { checkOrganisation } from '../../server/src/core/org/check';
import { parseCatalog, sameEntity } from '../../server/src/core/ownership/catalog';
import { cli, makeFolder } from '../helpers/cli';
import type { ConfigTeams } from '../../server/src/core/config/teams';
import { CATALOG, CHECKOUT, REPOSITORY, WEB, configTeams, ownedOrganisation } from '../helpers/ownership';
import { said } from '../helpers/charter';

const RULE = 'catalog-owner-mismatch';

const findingsOf = (files = REPOSITORY, teams?: ConfigTeams) =>
  [...checkOrganisation(ownedOrganisation(files, '/repo', teams), () => undefined)].flatMap(([file, list]) =>
    list.filter((finding) => finding.rule === RULE).map((finding) => ({ file: file.replace('/repo/', ''), ...finding })),
  );

describe(RULE, () => {
  it("reports a covered component whose spec.owner is another group than the accountable team's, pointing at spec.owner", () => {
    const found = findingsOf();
    assert.equal(found.length, 1);
    assert.equal(found[0].file, 'teams/checkout.charter.yaml');
    assert.deepEqual(said(found[0]), {
      messageId: 'otherOwner',
      data: { kind: 'Component', entity: 'payments-api', owner: 'group:payments', group: 'checkout', team: 'Checkout', responsibility: 'Payments API' },
    });
    assert.deepEqual(found[0].related![0], {
      message: 'spec.owner of Component "payments-api"',
      range: { start: { line: 7, character: 9 }, end: { line: 7, character: 23 } },
      path: '/repo/catalog-info.yaml',
    });
  });

  it('reads every document of a multi-document catalog, of the kinds Component, API, System and Resource only', () => {
    const entities = parseCatalog(CATALOG, '/repo/catalog-info.yaml');
    assert.deepEqual(
      entities.map((entity) => [entity.kindText, entity.name, entity.owner?.text]),
      [
        ['Component', 'payments-api', 'group:payments'],
        ['API', 'payments', 'checkout'],
        ['Component', 'storefront', 'group:web'],
      ],
    );
    const system = 'apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: payments-api\nspec:\n  owner: checkout\n';
    const resource = 'kind: Resource\nmetadata:\n  name: ledger-db\n  namespace: money\nspec:\n  owner: user:dana\n';
    assert.deepEqual(parseCatalog(`${system}---\n${resource}---\n: broken [\n`, '/c.yaml').map((entity) => [entity.kind, entity.namespace, entity.name]), [
      ['system', 'default', 'payments-api'],
      ['resource', 'money', 'ledger-db'],
    ]);
  });

  it('compares owners as Backstage does: kind group and namespace default when not written, case not counting', () => {
    assert.equal(sameEntity('checkout', 'group:default/checkout'), true);
    assert.equal(sameEntity('Group:Checkout', 'checkout'), true);
    assert.equal(sameEntity('user:checkout', 'checkout'), false);
    assert.equal(sameEntity('group:ops/checkout', 'checkout'), false);
    // `api:payments` names the API only; its owner `checkout` is the team's group: no finding.
    assert.equal(findingsOf().some((finding) => finding.message.includes('API "payments"')), false);
  });

  it('is silent for a component the catalog does not list, and for a team that names no group', () => {
    assert.deepEqual(findingsOf({ ...REPOSITORY, 'teams/checkout.charter.yaml': CHECKOUT.replace('payments-api, ', 'nowhere-api, ') }), []);
    assert.deepEqual(findingsOf({ ...REPOSITORY, 'teams/checkout.charter.yaml': CHECKOUT.replace('group: checkout\n', '') }), []);
    assert.deepEqual(findingsOf({ ...REPOSITORY, 'teams/web.charter.md': WEB.replace('group: group:default/web', 'group: storefront-team') }).map((f) => f.file), ['teams/checkout.charter.yaml', 'teams/web.charter.md']);
  });

  it("takes a team's group from the config file's teams when its charter names none, and points at it there", () => {
    const unnamed = { ...REPOSITORY, 'teams/checkout.charter.yaml': CHECKOUT.replace('group: checkout\n', '') };
    const found = findingsOf(unnamed, configTeams('teams:\n  Checkout:\n    group: checkout\n'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^The catalog gives Component "payments-api" to "group:payments", not to "checkout", the group of "Checkout"/);
    assert.deepEqual(found[0].related![1], {
      message: 'The config file gives "Checkout" its group here',
      range: { start: { line: 2, character: 11 }, end: { line: 2, character: 19 } },
      path: '/repo/.team-charter.yaml',
    });
    // With the config's group "payments", the API the catalog gives to checkout is the one reported.
    const payments = configTeams('teams:\n  Checkout: { group: payments }\n');
    assert.deepEqual(findingsOf(unnamed, payments).map((finding) => finding.message.slice(0, 40)), ['The catalog gives API "payments" to "che']);
    // The charter's own group (checkout) wins over the config's.
    assert.deepEqual(findingsOf(REPOSITORY, payments).map((finding) => finding.message.slice(0, 48)), ['The catalog gives Component "payments-api" to "g']);
  });

  it('on the command line: a warning, with the catalog as a related location in SARIF', () => {
    const cwd = makeFolder(REPOSITORY);
    const out = cli(['check', 'teams'], { cwd });
    assert.equal(out.code, 0);
    assert.match(out.stdout, /^teams\/checkout\.charter\.yaml:15:20 {2}warning {2}The catalog gives Component "payments-api"/m);
    const sarif = JSON.parse(cli(['check', '--format', 'sarif', 'teams'], { cwd }).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === RULE);
    assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, 'catalog-info.yaml');
  });
});
