// review-overdue and accountable-vacant through the command line: the day a run judges by, the period
// from the config file and --rule, and the worker threads of a parallel run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lines } from '../helpers/charter';
import { cli, makeFolder, runBuiltCli } from '../helpers/cli';

const STALE = lines('team: Stale', 'reviewed: 2025-06-01', 'responsibilities:', '  - name: Roadmap', '    accountable: Lead', '    responsible: Lead');
const VACANT = lines('team: Vacant', 'roles:', '  lead:', '    title: Lead', '    holder: TBD', 'responsibilities:', '  - name: Roadmap', '    accountable: lead', '    responsible: lead');

describe('CLI: review dates and vacant roles', () => {
  let cwd: string;
  before(() => {
    cwd = makeFolder({ 'stale.charter.yaml': STALE, 'vacant.charter.yaml': VACANT });
  });
  after(() => fs.rmSync(cwd, { recursive: true, force: true }));

  it('judges the review date by the day of the run', () => {
    const late = cli(['check', 'stale.charter.yaml'], { cwd, today: '2025-12-02' });
    assert.equal(
      late.stdout,
      lines(
        'stale.charter.yaml:2:11  warning  This charter was last reviewed on 2025-06-01 and is to be reviewed every 6 months (the default: review-every sets another period): the next review was due on 2025-12-01. Review it with the team, then update the date.  review-overdue',
        '',
        '✖ 1 problem (0 errors, 1 warning)',
      ),
    );
    assert.equal(cli(['check', 'stale.charter.yaml'], { cwd, today: '2025-12-01' }).stdout, '✔ no problems (1 file checked)\n');
  });

  it('takes the default period from the config file and --rule, and never applies the fix with --fix', () => {
    fs.writeFileSync(path.join(cwd, '.team-charter.yaml'), 'rules:\n  review-overdue: [warning, { months: 12 }]\n');
    try {
      assert.equal(cli(['check', 'stale.charter.yaml'], { cwd, today: '2026-03-04' }).stdout, '✔ no problems (1 file checked)\n');
      const strict = cli(['check', '--rule', 'review-overdue=["error", {"months": 3}]', 'stale.charter.yaml'], { cwd, today: '2026-03-04' });
      assert.equal(strict.code, 1);
      assert.match(strict.stdout, /error {2}This charter was last reviewed on 2025-06-01 and is to be reviewed every 3 months/);
      const bad = cli(['check', '--rule', 'review-overdue=["error", {"months": 0}]', 'stale.charter.yaml'], { cwd, today: '2026-03-04' });
      assert.equal(bad.code, 2);
      assert.equal(bad.stderr, 'team-charter: the months option of review-overdue must be a whole number of 1 or more, not 0\n');
    } finally {
      fs.rmSync(path.join(cwd, '.team-charter.yaml'));
    }
    const fixed = cli(['check', '--fix', 'stale.charter.yaml'], { cwd, today: '2026-03-04' });
    assert.equal(fixed.stderr, '');
    assert.equal(fs.readFileSync(path.join(cwd, 'stale.charter.yaml'), 'utf8'), STALE);
    assert.match(fixed.stdout, /review-overdue/);
  });

  it('reports both rules from the worker threads of a parallel run of the bundled CLI', function () {
    this.timeout(60_000);
    const run = runBuiltCli(['check', '-f', 'json', '.'], { cwd, env: { TEAM_CHARTER_THREADS: '2' } });
    const reports = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string }[] }[];
    assert.deepEqual(reports.map((report) => [path.basename(report.file), report.diagnostics.map((d) => d.rule)]), [
      ['stale.charter.yaml', ['review-overdue']],
      ['vacant.charter.yaml', ['accountable-vacant']],
    ]);
  });
});
