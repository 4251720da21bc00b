import * as assert from 'node:assert/strict';
import { checkOrganisation } from '../../server/src/core/org/check';
import { cli, makeFolder } from '../helpers/cli';
import { CATALOG, ORG_FILES, SEARCH, organisationOf } from '../helpers/org';

const RULE = 'shared-accountable-missing';

describe(RULE, () => {
  const found = checkOrganisation(organisationOf(ORG_FILES), () => undefined);
  const catalog = (found.get('/org/catalog.charter.yaml') ?? []).filter((finding) => finding.rule === RULE);

  it('reports each declared shared responsibility no team is accountable for, on the catalog', () => {
    assert.deepEqual(
      catalog.map((finding) => [finding.range.start.line, finding.severity, finding.message]),
      [
        [3, 'warning', 'No team is accountable for the shared responsibility "Incident response": the teams that list it give no role an A.'],
        [4, 'warning', 'No team is accountable for the shared responsibility "Security reviews": no charter that extends this one lists it.'],
      ],
    );
    // Nowhere else: the gap is the organisation's.
    assert.deepEqual([...found].filter(([file, list]) => file !== '/org/catalog.charter.yaml' && list.some((f) => f.rule === RULE)), []);
  });

  it('points at the teams that list it without an accountable role', () => {
    assert.deepEqual(catalog[0].related, [
      { message: '"Search" lists it with no accountable role', range: { start: { line: 3, character: 10 }, end: { line: 3, character: 27 } }, path: '/org/search.charter.yaml' },
    ]);
  });

  it('is not reported once a team is accountable', () => {
    const owned = organisationOf({ ...ORG_FILES, 'search.charter.yaml': SEARCH.replace('consulted: lead', 'accountable: lead') });
    const messages = (checkOrganisation(owned, () => undefined).get('/org/catalog.charter.yaml') ?? []).map((finding) => finding.message);
    assert.equal(messages.some((message) => message.includes('Incident response')), false);
    assert.equal(messages.some((message) => message.includes('Security reviews')), true);
  });

  it('says nothing about a catalog checked without any team that extends it', () => {
    assert.deepEqual([...checkOrganisation(organisationOf({ 'catalog.charter.yaml': CATALOG }), () => undefined).values()].flat(), []);
  });

  describe('on the command line', () => {
    const cwd = makeFolder(ORG_FILES);

    it('lists the findings on the catalog, as warnings that do not fail the run', () => {
      const out = cli(['check', 'catalog.charter.yaml', 'payments.charter.md'], { cwd });
      assert.equal(out.code, 0);
      assert.match(out.stdout, /^catalog\.charter\.yaml:5:5 {2}warning {2}No team is accountable for the shared responsibility "Security reviews"/m);
    });

    it("follows the catalog's config: off there, not reported", () => {
      const off = makeFolder({ ...ORG_FILES, '.team-charter.yaml': `rules:\n  ${RULE}: off\n` });
      assert.doesNotMatch(cli(['check', '.'], { cwd: off }).stdout, new RegExp(RULE));
    });
  });
});
