// `team-charter owners`: who is accountable and responsible for what, across the charters of a run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, makeFolder } from '../helpers/cli';
import { REPORT_FILES } from './report-charters';

describe('CLI owners', () => {
  const cwd = makeFolder(REPORT_FILES);

  it('prints every responsibility grouped by team, aligned, with its accountable, responsible and shared claim', () => {
    const { code, stdout, stderr } = cli(['owners'], { cwd });
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(
      stdout,
      [
        'Checkout  checkout.charter.yaml',
        '  Line  Responsibility                     Accountable                Responsible                  Shared',
        '     4  payments  api                      Team Lead                  Software Engineer            Payments API',
        '     7  On-call rotation                   Team Lead                  Software Engineer',
        '',
        'Payments  payments.charter.md',
        '  Line  Responsibility                     Accountable                Responsible                  Shared',
        '    12  Payments API                       Team Lead                  Software Engineer            Payments API',
        '    13  On-call rotation                   Team Lead                  Software Engineer',
        '',
        'Platform  platform.charter.yaml',
        '  Line  Responsibility                     Accountable                Responsible                  Shared',
        '     7  =HYPERLINK("https://example.com")  <script>alert(1)</script>  Software Engineer, designer',
        '    10  Docs, "guides" and FAQ             Team Lead                  Software Engineer',
        '    13  @mentions triage                   Team Lead                  <script>alert(1)</script>',
        '',
        'Search  search.charter.yaml',
        '  Line  Responsibility                     Accountable                Responsible                  Shared',
        '     4  Incident response                  (none)                     Software Engineer            Incident response',
        '     7  On-call rotation                   Team Lead                  Software Engineer',
        '',
        '9 responsibilities in 4 charters (5 charters read)',
        '',
      ].join('\n'),
    );
  });

  it('prints the rows as JSON: file, team, responsibility, LSP range, roles with holders, shared claim or null', () => {
    const { code, stdout } = cli(['owners', '--format', 'json'], { cwd });
    assert.equal(code, 0);
    const rows = JSON.parse(stdout);
    assert.equal(rows.length, 9);
    assert.deepEqual(rows[2], {
      file: 'payments.charter.md',
      team: 'Payments',
      responsibility: 'Payments API',
      // 0-based line and UTF-16 character, as `check --format json`: the name is on line 12, column 3.
      range: { start: { line: 11, character: 2 }, end: { line: 11, character: 14 } },
      accountable: [{ id: 'lead', title: 'Team Lead', holders: [] }],
      responsible: [{ id: 'eng', title: 'Software Engineer', holders: [] }],
      shared: { name: 'Payments API', catalog: 'catalog.charter.yaml' },
    });
    assert.equal(rows[3].shared, null);
    assert.deepEqual(
      rows.find((row: { responsibility: string }) => row.responsibility === 'Incident response').accountable,
      [],
    );
  });

  it('keeps only the rows whose responsibility, team or accountable or responsible role contains the query', () => {
    const byName = JSON.parse(cli(['owners', '-f', 'json', '--query', 'PAYMENTS   API'], { cwd }).stdout);
    assert.deepEqual(
      byName.map((row: { team: string; responsibility: string }) => [row.team, row.responsibility]),
      [
        ['Checkout', 'payments  api'],
        ['Payments', 'Payments API'],
      ],
    );
    const byTeam = JSON.parse(cli(['owners', '-f', 'json', '-q', 'search'], { cwd }).stdout);
    assert.deepEqual(byTeam.map((row: { responsibility: string }) => row.responsibility), ['Incident response', 'On-call rotation']);
    // Search's lead is only consulted on incident response: that row does not name a lead as A or R.
    const byRole = JSON.parse(cli(['owners', '-f', 'json', '-q', 'lead'], { cwd, env: {} }).stdout);
    assert.equal(byRole.length, 7);
    assert.ok(!byRole.some((row: { responsibility: string }) => row.responsibility === 'Incident response'));
    const stylish = cli(['owners', '-q', 'script'], { cwd });
    assert.match(stylish.stdout, /^Platform {2}platform\.charter\.yaml\n/);
    assert.match(stylish.stdout, /\n2 of 9 responsibilities match "script", in 1 charter \(5 charters read\)\n$/);
  });

  it('says so and exits 0 when nothing matches', () => {
    const { code, stdout } = cli(['owners', '-q', 'no such thing'], { cwd });
    assert.equal(code, 0);
    assert.equal(stdout, 'No responsibility matches "no such thing" (5 charters read).\n');
    assert.deepEqual(JSON.parse(cli(['owners', '-q', 'no such thing', '-f', 'json'], { cwd }).stdout), []);
  });

  it('finds charters as check does: named files, and folders without what .gitignore leaves out', () => {
    const folder = makeFolder({ ...REPORT_FILES, '.gitignore': 'search.charter.yaml\n', '.git/HEAD': '' });
    const walked = JSON.parse(cli(['owners', '-f', 'json'], { cwd: folder }).stdout);
    assert.ok(!walked.some((row: { team: string }) => row.team === 'Search'));
    const named = JSON.parse(cli(['owners', '-f', 'json', 'payments.charter.md'], { cwd: folder }).stdout);
    assert.deepEqual([...new Set(named.map((row: { team: string }) => row.team))], ['Payments']);
    // Alone, the Payments charter claims nothing: its catalog is not part of the run.
    assert.equal(named[0].shared, null);
  });

  it('colours only for a terminal, and not with NO_COLOR', () => {
    assert.ok(!cli(['owners'], { cwd }).stdout.includes('\u001b['));
    const coloured = cli(['owners'], { cwd, isTTY: true });
    assert.ok(coloured.stdout.includes('\u001b[1mPayments\u001b[22m'));
    // The charter's own text cannot write escape sequences to the terminal.
    const hostile = makeFolder({ 'x.charter.yaml': 'team: "Evil\\u001b[2J"\nroles:\n  a:\n    title: A\nresponsibilities:\n  - name: Work\n    accountable: a\n    responsible: a\n' });
    assert.equal(JSON.parse(cli(['owners', '-f', 'json'], { cwd: hostile }).stdout)[0].team, 'Evil\u001b[2J');
    assert.ok(!cli(['owners'], { cwd: hostile, isTTY: true }).stdout.includes('\u001b[2J'));
    assert.ok(!cli(['owners'], { cwd, isTTY: true, env: { NO_COLOR: '1' } }).stdout.includes('\u001b['));
  });

  it('exits 2 with a one-line reason for bad usage', () => {
    for (const [argv, reason] of [
      [['owners', 'payments'], /^team-charter: cannot read 'payments': no such file or directory \(to look for a name, use --query 'payments'\)\n$/],
      [['owners', '--format', 'html'], /^team-charter: unknown format 'html' for owners: use stylish or json\n$/],
      [['owners', '--query', ' '], /^team-charter: --query needs some text to look for\n$/],
      [['owners', '--query'], /^team-charter: option '-q, --query <value>' argument missing; see 'team-charter --help'\n$/],
      [['owners', '-o', 'out.txt'], /^team-charter: owners prints to stdout: --output is an option of 'export'\n$/],
      [['owners', '--fix'], /^team-charter: unknown option '--fix'; see 'team-charter --help'\n$/],
      [['owners', 'empty'], /^team-charter: no charter files found in 'empty'\n$/],
    ] as const) {
      fs.mkdirSync(path.join(cwd, 'empty'), { recursive: true });
      const { code, stdout, stderr } = cli([...argv], { cwd });
      assert.equal(code, 2, argv.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, reason);
    }
  });
});
