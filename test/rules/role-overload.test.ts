import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { checkText } from '../../server/src/core/check';
import type { RuleSeverities } from '../../server/src/core/config/settings';
import { checkOrganisation } from '../../server/src/core/org/check';
import { cli, makeFolder } from '../helpers/cli';
import { organisationOf } from '../helpers/org';
import { checkMarkdown, checkYaml, findingsOf, lines, onlyFinding, rangeOf, said } from '../helpers/charter';

const RULE = 'role-overload';
const ON: RuleSeverities = { [RULE]: 'warning' };
const withOptions = (options: Record<string, number>): RuleSeverities => ({ [RULE]: { severity: 'warning', options } });

/**
 * A YAML charter of `rows` responsibilities: the Product Owner accountable for the first `owned`, the
 * four other roles for the rest in turn.
 */
function yamlCharter(rows: number, owned: number): string {
  const others = ['lead', 'dev', 'qa', 'ops'];
  const items = Array.from({ length: rows }, (_, i) => [`  - name: Item ${i + 1}`, `    accountable: ${i < owned ? 'po' : others[i % 4]}`, '    responsible: dev']);
  const roles = [['po', 'Product Owner'], ['lead', 'Tech Lead'], ['dev', 'Developer'], ['qa', 'Tester'], ['ops', 'Operator']].flatMap(([id, title]) => [`  ${id}:`, `    title: ${title}`]);
  return lines('team: Shop', 'roles:', ...roles, 'responsibilities:', ...items.flat());
}

const SMALL_MATRIX = lines(
  '# Kiosk',
  '',
  '## Roles',
  '',
  '- **Product Owner**: decides what comes next.',
  '- **Engineer**: builds it.',
  '',
  '## Responsibilities',
  '',
  '| Responsibility | Product Owner | Engineer | Designer |',
  '| --- | --- | --- | --- |',
  '| Roadmap | A | R | |',
  '| Pricing | A | C | R |',
  '| Layout | R | C | A |',
  '| Releases | A | R | |',
  '| Styles | I | C | A/R |',
  '| Icons | | C | A/R |',
);

describe(RULE, () => {
  it('is off by default: a charter whose Product Owner owns 14 of 20 rows has no finding', () => {
    assert.deepEqual(findingsOf(checkYaml(yamlCharter(20, 14)), RULE), []);
  });

  it('once on, reports a role accountable for more than 10 responsibilities, on its definition', () => {
    const text = yamlCharter(20, 14);
    const finding = onlyFinding(checkYaml(text, ON), RULE);
    assert.deepEqual(said(finding), { messageId: 'overloaded', data: { role: 'Product Owner', count: 14, total: 20, limit: 'more than 10' } });
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range, rangeOf(text, 'Product Owner'));
    assert.deepEqual(finding.fixes, [], 'no fix: which work moves, and to whom, is the team\'s call');
  });

  it('points at the rows, at most ten of them', () => {
    const text = yamlCharter(20, 14);
    const { related } = onlyFinding(checkYaml(text, ON), RULE);
    assert.equal(related?.length, 10);
    assert.deepEqual(related?.[0], { message: 'accountable for "Item 1"', range: rangeOf(text, 'po', 0, 'Item 1') });
    assert.equal(related?.[9].message, 'accountable for "Item 10"');
  });

  it('does not report exactly the limit: "more than" 10', () => {
    assert.deepEqual(findingsOf(checkYaml(yamlCharter(30, 10), ON), RULE), []);
    assert.equal(findingsOf(checkYaml(yamlCharter(30, 11), ON), RULE).length, 1);
  });

  it('reports more than half of a charter of ten or more responsibilities', () => {
    const finding = onlyFinding(checkYaml(yamlCharter(12, 7), ON), RULE);
    assert.match(finding.message, /^"Product Owner" is accountable for 7 of 12 responsibilities \(more than 50% of them\)\./);
    assert.deepEqual(findingsOf(checkYaml(yamlCharter(12, 6), ON), RULE), [], 'half is not more than half');
  });

  it('leaves small charters to the count: one lead owning most of a short list is common', () => {
    assert.deepEqual(findingsOf(checkYaml(yamlCharter(9, 8), ON), RULE), []);
    assert.equal(findingsOf(checkYaml(yamlCharter(9, 8), withOptions({ minResponsibilities: 5 })), RULE).length, 1);
  });

  it('takes its limits from the options', () => {
    const strict = onlyFinding(checkYaml(yamlCharter(20, 5), withOptions({ max: 4 })), RULE);
    assert.match(strict.message, /accountable for 5 of 20 responsibilities \(more than 4\)/);
    const share = onlyFinding(checkYaml(yamlCharter(20, 7), withOptions({ share: 0.3 })), RULE);
    assert.match(share.message, /accountable for 7 of 20 responsibilities \(more than 30% of them\)/);
    assert.deepEqual(findingsOf(checkYaml(yamlCharter(12, 9), withOptions({ share: 1 })), RULE), [], 'a share of 1 never counts');
  });

  it('reports an undefined role on its column, and counts a role once per row', () => {
    const result = checkMarkdown(SMALL_MATRIX, withOptions({ max: 2 }));
    const found = findingsOf(result, RULE);
    assert.deepEqual(
      found.map((finding) => finding.message.split(' (')[0]),
      ['"Product Owner" is accountable for 3 of 6 responsibilities', '"Designer" is accountable for 3 of 6 responsibilities'],
    );
    assert.deepEqual(found[0].range, rangeOf(SMALL_MATRIX, 'Product Owner'));
    assert.deepEqual(found[1].range, rangeOf(SMALL_MATRIX, 'Designer'), 'the header cell of the undefined role');
    assert.equal(findingsOf(result, 'role-undefined').length, 1, 'role-undefined still says it is undefined');
  });

  it('reports an inherited role on its first letter in this charter', () => {
    const parent = lines('roles:', '  po:', '    title: Product Owner');
    const child = lines('team: Kiosk', 'extends: roles.charter.yaml', 'responsibilities:', ...['One', 'Two', 'Three'].flatMap((name) => [`  - name: ${name}`, '    accountable: po']));
    const host = { readFile: (file: string) => (file === path.resolve('/org/roles.charter.yaml') ? parent : undefined) };
    const result = checkText(child, { path: '/org/kiosk.charter.yaml', host, severities: withOptions({ max: 2 }) });
    assert.deepEqual(onlyFinding(result, RULE).range, rangeOf(child, 'po', 0, 'One'));
  });

  describe('across charters: a person holding roles in several charters', () => {
    /** A team charter whose `title` role, held by `holder`, is accountable for `owned` responsibilities. */
    const team = (name: string, title: string, holder: string, owned: number) =>
      lines(
        `team: ${name}`,
        'roles:',
        '  owner:',
        `    title: ${title}`,
        `    holder: ${holder}`,
        '  dev:',
        '    title: Developer',
        'responsibilities:',
        ...Array.from({ length: owned }, (_, i) => [`  - name: ${name} work ${i + 1}`, '    accountable: owner', '    responsible: dev']).flat(),
      );
    const files = {
      'shop.charter.yaml': team('Shop', 'Product Owner', 'Dana Ruiz', 4),
      'search.charter.yaml': team('Search', 'Tech Lead', 'dana  ruiz', 3),
      'billing.charter.yaml': team('Billing', 'Product Owner', 'Sam Lee', 6),
    };
    const run = (severities: RuleSeverities | undefined) => checkOrganisation(organisationOf(files), () => severities);
    const of = (found: ReturnType<typeof run>, name: string) => (found.get(`/org/${name}`) ?? []).filter((finding) => finding.rule === RULE);

    it('reports the person in each charter where they hold an accountable role, naming the counts', () => {
      const found = run(withOptions({ max: 5 }));
      const [shop] = of(found, 'shop.charter.yaml');
      assert.deepEqual(said(shop), { messageId: 'overloadedAcrossCharters', data: { person: 'Dana Ruiz', charters: 2, count: 7, max: 5, places: '3 in "Search" and 4 in "Shop"' } });
      assert.deepEqual(shop.range, rangeOf(files['shop.charter.yaml'], 'Product Owner'));
      assert.deepEqual(shop.related, [
        { message: '"dana  ruiz" is accountable here as "Tech Lead"', range: rangeOf(files['search.charter.yaml'], 'Tech Lead'), path: '/org/search.charter.yaml' },
      ]);
      assert.equal(of(found, 'search.charter.yaml').length, 1);
      assert.deepEqual(of(found, 'billing.charter.yaml'), [], 'Sam Lee holds a role in one charter only');
    });

    it('is off by default, and within the limit says nothing', () => {
      assert.deepEqual([...run(undefined).values()].flat(), []);
      assert.deepEqual([...run(ON).values()].flat().filter((finding) => finding.rule === RULE), [], '7 is within the default 10');
    });

    it('runs on the command line with the options of the config file (no charter needs to declare shared responsibilities)', () => {
      const cwd = makeFolder({ ...files, '.team-charter.yaml': 'rules:\n  role-overload: [warning, { max: 5 }]\n' });
      const { stdout, code } = cli(['check', '-f', 'json', '.'], { cwd });
      const reports = JSON.parse(stdout) as { file: string; diagnostics: { rule: string; message: string }[] }[];
      const holders = reports.flatMap((report) => report.diagnostics.filter((d) => d.rule === RULE && /^"dana\s+ruiz"/i.test(d.message)).map(() => path.basename(report.file)));
      assert.deepEqual(holders.sort(), ['search.charter.yaml', 'shop.charter.yaml']);
      assert.equal(code, 0, 'warnings do not fail the run');
    });
  });
});
