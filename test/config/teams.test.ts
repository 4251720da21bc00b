// The config file's `teams`: each team's code-owner handles and Backstage group, read with their places
// in the file, and looked up by the name a charter gives its team.
import * as assert from 'node:assert/strict';
import { parseConfigFile } from '../../server/src/core/config/file';
import { configTeamOf, teamKey } from '../../server/src/core/config/teams';
import { RULES } from '../../server/src/core/rules';

const ids = RULES.map((rule) => rule.id);
const parse = (text: string, name = '.team-charter.yaml') => parseConfigFile(text, name, ids);

describe('config file: teams', () => {
  it('reads each team’s owners (one handle or a list) and group, with where each is written', () => {
    const result = parse(`rules: {}
teams:
  Checkout:
    owners: ['@acme/checkout', checkout-leads@acme.example]
    group: checkout
  Payments: { owners: '@acme/payments' }
`);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.config!.teams, [
      {
        name: 'Checkout',
        owners: { handles: ['@acme/checkout', 'checkout-leads@acme.example'], range: { start: { line: 3, character: 12 }, end: { line: 3, character: 59 } } },
        group: { text: 'checkout', range: { start: { line: 4, character: 11 }, end: { line: 4, character: 19 } } },
      },
      { name: 'Payments', owners: { handles: ['@acme/payments'], range: { start: { line: 5, character: 22 }, end: { line: 5, character: 38 } } } },
    ]);
  });

  it('reads them from JSON with comments too', () => {
    const result = parse('{\n  // who owns what\n  "teams": { "Web": { "owners": ["@acme/web"], "group": "group:default/web" } },\n}\n', '.team-charter.jsonc');
    assert.deepEqual(
      result.config!.teams.map((team) => [team.name, team.owners?.handles, team.group?.text]),
      [['Web', ['@acme/web'], 'group:default/web']],
    );
  });

  const broken: [string, string, string][] = [
    ['teams: [Checkout]\n', "teams must be an object of team name to { owners, group }, such as { Checkout: { owners: ['@acme/checkout'] } }.", '1:8'],
    ['teams:\n  Checkout: "@acme/checkout"\n', "Team 'Checkout' needs { owners, group }: its code-owner handles ('@acme/checkout') and its Backstage group.", '2:13'],
    ['teams:\n  Checkout: { owners: [1] }\n', "The owners of 'Checkout' must be a handle or a list of handles as CODEOWNERS names owners, such as ['@acme/checkout'].", '2:23'],
    ['teams:\n  Checkout: { owners: "" }\n', "The owners of 'Checkout' must be a handle or a list of handles as CODEOWNERS names owners, such as ['@acme/checkout'].", '2:23'],
    ['teams:\n  Checkout: { group: [checkout] }\n', 'The group of \'Checkout\' must be its group in the Backstage catalog, such as "checkout".', '2:22'],
    ['teams:\n  Checkout: { owner: "@acme/checkout" }\n', "Unknown key 'owner' for team 'Checkout': use owners and group.", '2:15'],
    ['teams:\n  Checkout: { owners: "@a" }\n  checkout team: { owners: "@b" }\n', "Team 'checkout team' is the same team as 'Checkout', listed before it: keep one.", '3:3'],
  ];
  for (const [text, message, at] of broken) {
    it(`makes the file unusable, saying where: ${JSON.stringify(text)}`, () => {
      const result = parse(text);
      assert.equal(result.config, undefined);
      assert.deepEqual(
        result.problems.map((problem) => [problem.message, `${problem.range.start.line + 1}:${problem.range.start.character + 1}`]),
        [[message, at]],
      );
    });
  }

  it('is a setting an unknown-setting message lists', () => {
    assert.match(parse('team: {}\n').problems[0].message, /^Unknown setting 'team'\. Settings are files, ignores, rules, reportUnusedDisableDirectives, overrides, teams, root, extends\.$/);
  });

  it('finds a charter’s team whatever its case and spacing, and with "team" or "charter" around the name', () => {
    const teams = { path: '/repo/.team-charter.yaml', teams: [{ name: 'Checkout' }, { name: 'Team Payments' }, { name: 'Web  Platform' }] };
    assert.equal(configTeamOf(teams, 'checkout')?.name, 'Checkout');
    assert.equal(configTeamOf(teams, 'Checkout Team Charter')?.name, 'Checkout');
    assert.equal(configTeamOf(teams, 'Payments')?.name, 'Team Payments');
    assert.equal(configTeamOf(teams, 'web platform team')?.name, 'Web  Platform');
    assert.equal(configTeamOf(teams, 'Checkout Payments'), undefined);
    assert.equal(configTeamOf(teams, undefined), undefined);
    // A team called "Team" is not every team.
    assert.equal(teamKey('Team'), 'team');
    assert.equal(configTeamOf(teams, 'Team'), undefined);
  });
});
