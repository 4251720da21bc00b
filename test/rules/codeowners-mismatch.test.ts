import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkOrganisation, organisationMatters } from '../../server/src/core/org/check';
import { cli, makeFolder } from '../helpers/cli';
import type { ConfigTeams } from '../../server/src/core/config/teams';
import { CHECKOUT, CODEOWNERS, REPOSITORY, configTeams, ownedOrganisation } from '../helpers/ownership';
import { said } from '../helpers/charter';

/** The Checkout charter without its own owners and group: the config file names them. */
const CHECKOUT_UNNAMED = CHECKOUT.replace("owners: ['@acme/checkout']\ngroup: checkout\n", '');

const RULE = 'codeowners-mismatch';

const findingsOf = (files = REPOSITORY, teams?: ConfigTeams) =>
  [...checkOrganisation(ownedOrganisation(files, '/repo', teams), () => undefined)].flatMap(([file, list]) =>
    list.filter((finding) => finding.rule === RULE).map((finding) => ({ file: file.replace('/repo/', ''), ...finding })),
  );

describe(RULE, () => {
  it('reports a covered path that the last matching CODEOWNERS line gives to another team, on the path, with that line as related', () => {
    const found = findingsOf().find((finding) => finding.message.includes('services/payments/'))!;
    assert.equal(found.file, 'teams/checkout.charter.yaml');
    assert.equal(found.severity, 'warning');
    assert.deepEqual(said(found), {
      messageId: 'otherOwners',
      data: { path: 'services/payments/', owners: '@acme/payments', team: 'Checkout', teamOwners: '@acme/checkout', responsibility: 'Payments API' },
    });
    assert.deepEqual(found.range, { start: { line: 13, character: 14 }, end: { line: 13, character: 32 } });
    // `/services/` (line 5) matches too, but `services/payments/` (line 6) comes later and decides.
    assert.deepEqual(found.related![0], {
      message: 'The last matching CODEOWNERS line gives it to @acme/payments',
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 36 } },
      path: '/repo/.github/CODEOWNERS',
    });
    assert.equal(found.related![1].path, '/repo/teams/checkout.charter.yaml');
  });

  it('says nothing where a later line gives the path back to the team, or names the team among several owners', () => {
    const messages = findingsOf().map((finding) => finding.message);
    // `/services/cart/` is the checkout team's after `/services/`; `/web/checkout/` names @acme/checkout too.
    assert.equal(messages.some((message) => message.includes('/services/cart/')), false);
    assert.equal(messages.some((message) => message.includes('/web/checkout/**')), false);
  });

  it('reports the parts of a covered folder that later lines give to others, once, listing them', () => {
    const part = findingsOf().find((finding) => finding.message.includes('part of'))!;
    assert.deepEqual(said(part), {
      messageId: 'partsToOthers',
      data: { path: '/web/', parts: '"/web/legacy/" to @acme/legacy', team: 'Web', teamOwners: '@acme/web', responsibility: 'Storefront 🛒' },
    });
    // The range is the code span in the Markdown table, in UTF-16 (the emoji before it is on another row).
    assert.deepEqual(part.range, { start: { line: 12, character: 20 }, end: { line: 12, character: 25 } });
    assert.deepEqual(part.related!.map((related) => related.range.start.line), [9]);
  });

  it('reads the covered path as GitHub reads patterns: `docs/*` owns only the files directly in docs/', () => {
    const docs = findingsOf().find((finding) => finding.message.includes('"/docs/"'))!;
    assert.match(docs.message, /to @acme\/docs, not to "Web"/);
    const nested = findingsOf({ ...REPOSITORY, 'teams/checkout.charter.yaml': CHECKOUT.replace('/services/cart/', '/docs/api/') });
    // docs/api/… is not owned by `/docs/*`: the default owner `*` decides, not the docs team.
    assert.match(nested.find((finding) => finding.message.includes('/docs/api/'))!.message, /to @acme\/platform,/);
  });

  it('is silent for a path CODEOWNERS gives to nobody, a team that names no handles, and a row with no accountable team', () => {
    const nobody = CODEOWNERS.replace('/services/cart/       @acme/checkout', '/services/cart/');
    assert.equal(findingsOf({ ...REPOSITORY, '.github/CODEOWNERS': nobody }).some((finding) => finding.message.includes('cart')), false);
    const noHandles = CHECKOUT.replace("owners: ['@acme/checkout']\n", '');
    assert.equal(findingsOf({ ...REPOSITORY, 'teams/checkout.charter.yaml': noHandles }).filter((finding) => finding.file.includes('checkout')).length, 0);
    const noA = CHECKOUT.replace('    accountable: em\n    responsible: eng\n    covers:\n      paths: [services', '    responsible: eng\n    covers:\n      paths: [services');
    assert.equal(findingsOf({ ...REPOSITORY, 'teams/checkout.charter.yaml': noA }).some((finding) => finding.message.includes('services/payments/')), false);
  });

  it('follows GitLab sections: each section decides, with its default owners', () => {
    const gitlab = `[Backend] @acme/backend
/services/
services/payments/ @acme/payments

^[Docs][2] @acme/docs
*.md
`;
    const found = findingsOf({ ...REPOSITORY, '.github/CODEOWNERS': gitlab });
    assert.ok(found.some((finding) => finding.message === 'CODEOWNERS gives "services/payments/" to @acme/payments, not to "Checkout" (@acme/checkout), the team accountable for "Payments API".'));
    const cart = found.find((finding) => finding.message.includes('/services/cart/'))!;
    assert.match(cart.message, /to @acme\/backend,/);
    assert.equal(cart.related![0].message, 'In section [Backend], the last matching CODEOWNERS line gives it to @acme/backend');
  });

  it("takes a team's handles from the config file's teams when its charter names none, and points at them there", () => {
    const teams = configTeams("teams:\n  checkout team:\n    owners: ['@acme/checkout']\n");
    const found = findingsOf({ ...REPOSITORY, 'teams/checkout.charter.yaml': CHECKOUT_UNNAMED }, teams).find((finding) => finding.message.includes('services/payments/'))!;
    assert.deepEqual(said(found), {
      messageId: 'otherOwners',
      data: { path: 'services/payments/', owners: '@acme/payments', team: 'Checkout', teamOwners: '@acme/checkout', responsibility: 'Payments API' },
    });
    assert.deepEqual(found.related![1], {
      message: 'The config file gives "Checkout" its code owners here',
      range: { start: { line: 2, character: 12 }, end: { line: 2, character: 30 } },
      path: '/repo/.team-charter.yaml',
    });
    // Without the config's teams, the charter names no handles: nothing to compare with.
    assert.equal(findingsOf({ ...REPOSITORY, 'teams/checkout.charter.yaml': CHECKOUT_UNNAMED }).filter((finding) => finding.file.includes('checkout')).length, 0);
  });

  it("keeps a charter's own owners over the config file's for its team", () => {
    const teams = configTeams("teams:\n  Checkout: { owners: ['@acme/payments'] }\n");
    // The charter says @acme/checkout: services/payments/ (@acme/payments) is still another team's.
    assert.ok(findingsOf(REPOSITORY, teams).some((finding) => finding.message.includes('"services/payments/" to @acme/payments, not to "Checkout" (@acme/checkout)')));
    // Where the charter says nothing, the config's @acme/payments owns it: no finding.
    assert.equal(findingsOf({ ...REPOSITORY, 'teams/checkout.charter.yaml': CHECKOUT_UNNAMED }, teams).some((finding) => finding.message.includes('services/payments/')), false);
  });

  it('is off until a charter covers something: no organisation is built for it', () => {
    assert.equal(organisationMatters(false, [undefined], false), false);
    assert.equal(organisationMatters(false, [undefined], true), true);
    assert.equal(organisationMatters(false, [{ [RULE]: 'off', 'catalog-owner-mismatch': 'off' }], true), false);
  });

  describe('on the command line', () => {
    const cwd = makeFolder(REPOSITORY);

    it('reports the findings as warnings, and SARIF and GitHub annotations carry the deciding CODEOWNERS line', () => {
      const out = cli(['check', 'teams'], { cwd });
      assert.equal(out.code, 0);
      assert.match(out.stdout, /^teams\/checkout\.charter\.yaml:14:15 {2}warning {2}CODEOWNERS gives "services\/payments\/" to @acme\/payments/m);
      const sarif = JSON.parse(cli(['check', '--format', 'sarif', 'teams'], { cwd }).stdout);
      const result = sarif.runs[0].results.find((r: { ruleId: string; message: { text: string } }) => r.ruleId === RULE && r.message.text.includes('services/payments/'));
      assert.deepEqual(result.relatedLocations[0].physicalLocation, { artifactLocation: { uri: '.github/CODEOWNERS', uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 37 } });
      const github = cli(['check', '--format', 'github', 'teams'], { cwd }).stdout;
      assert.match(github, /services\/payments\/" to @acme\/payments, .*%0A\.github\/CODEOWNERS:6:1: The last matching CODEOWNERS line gives it to @acme\/payments/);
      // From a subfolder too, the annotation and its related lines name files from the repository's root.
      const fromTeams = cli(['check', '--format', 'github', '.'], { cwd: path.join(cwd, 'teams') }).stdout;
      assert.match(fromTeams, /file=teams\/checkout\.charter\.yaml,.*services\/payments\/" to @acme\/payments, .*%0A\.github\/CODEOWNERS:6:1: /);
    });

    it("reads the config file's teams, and SARIF points at the handles there", () => {
      const folder = makeFolder({ ...REPOSITORY, 'teams/checkout.charter.yaml': CHECKOUT_UNNAMED, '.team-charter.yaml': "teams:\n  Checkout: { owners: ['@acme/checkout'] }\n" });
      const sarif = JSON.parse(cli(['check', '--format', 'sarif', 'teams'], { cwd: folder }).stdout);
      const result = sarif.runs[0].results.find((r: { ruleId: string; message: { text: string } }) => r.ruleId === RULE && r.message.text.includes('services/payments/'));
      assert.deepEqual(result.relatedLocations[1].physicalLocation, {
        artifactLocation: { uri: '.team-charter.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 2, startColumn: 23, endLine: 2, endColumn: 41 },
      });
      assert.equal(result.relatedLocations[1].message.text, 'The config file gives "Checkout" its code owners here');
    });

    it('finds the repository by its .github/CODEOWNERS where there is no .git, run from the folder above', () => {
      const files = Object.fromEntries(Object.entries(REPOSITORY).filter(([name]) => !name.startsWith('.git/')).map(([name, text]) => [`repo/${name}`, text]));
      const above = makeFolder(files);
      assert.match(cli(['check', 'repo/teams'], { cwd: above }).stdout, /^repo\/teams\/checkout\.charter\.yaml:14:15 {2}warning {2}CODEOWNERS gives "services\/payments\/" to @acme\/payments/m);
    });

    it('follows the config file and disable comments', () => {
      const off = makeFolder({ ...REPOSITORY, '.team-charter.yaml': `rules:\n  ${RULE}: off\n` });
      assert.doesNotMatch(cli(['check', 'teams'], { cwd: off }).stdout, new RegExp(RULE));
      const disabled = makeFolder({ ...REPOSITORY, 'teams/checkout.charter.yaml': CHECKOUT.replace('      paths: [services', `      # team-charter-disable-next-line ${RULE}\n      paths: [services`) });
      assert.doesNotMatch(cli(['check', 'teams/checkout.charter.yaml'], { cwd: disabled }).stdout, /services\/payments/);
    });
  });
});
