// `team-charter export`: the charters' RACI matrices as JSON (the picture), CSV and a standalone HTML page.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, makeFolder, runBuiltCli } from '../helpers/cli';
import { parseCsv, REPORT_FILES } from './report-charters';

describe('CLI export', () => {
  const cwd = makeFolder(REPORT_FILES);

  describe('json', () => {
    const exported = JSON.parse(cli(['export', '--format', 'json'], { cwd }).stdout);
    const charter = (file: string) => exported.charters.find((c: { file: string }) => c.file === file);

    it('holds every charter of the run, in the order found, and a version', () => {
      assert.equal(exported.version, 1);
      assert.deepEqual(
        exported.charters.map((c: { file: string; team: string }) => [c.file, c.team]),
        [
          ['catalog.charter.yaml', 'Acme Engineering'],
          ['checkout.charter.yaml', 'Checkout'],
          ['payments.charter.md', 'Payments'],
          ['platform.charter.yaml', 'Platform'],
          ['search.charter.yaml', 'Search'],
        ],
      );
    });

    it("draws a charter's matrix: roles as columns with A and R totals, each row's letters per role", () => {
      const platform = charter('platform.charter.yaml');
      assert.deepEqual(
        platform.columns.map((c: { id: string; title: string; kind: string; totals: object }) => [c.id, c.title, c.kind, c.totals]),
        [
          ['web', '<script>alert(1)</script>', 'own', { accountable: 1, responsible: 1 }],
          ['eng', 'Software Engineer', 'inherited', { accountable: 0, responsible: 2 }],
          ['designer', 'designer', 'undefined', { accountable: 0, responsible: 1 }],
          ['lead', 'Team Lead', 'inherited', { accountable: 2, responsible: 0 }],
        ],
      );
      assert.deepEqual(
        platform.rows.map((row: { name: string; cells: { letters: string[] }[] }) => [row.name, row.cells.map((cell) => cell.letters.join(''))]),
        [
          ['=HYPERLINK("https://example.com")', ['A', 'R', 'R', '']],
          ['Docs, "guides" and FAQ', ['', 'R', '', 'A']],
          ['@mentions triage', ['R', '', '', 'A']],
        ],
      );
    });

    it('puts each finding where it is written: in its cell, on its row, or on the charter', () => {
      const platform = charter('platform.charter.yaml');
      const designer = platform.rows[0].cells[2];
      assert.deepEqual(designer.findings.map((f: { rule: string }) => f.rule), ['role-undefined']);
      // Positions are LSP's: 0-based line, UTF-16 character (the reference `designer` on line 9).
      const line = PLATFORM_LINES.findIndex((text) => text.includes('designer'));
      assert.deepEqual(designer.findings[0].range.start, { line, character: PLATFORM_LINES[line].indexOf('designer') });
      const payments = charter('payments.charter.md');
      assert.deepEqual(payments.rows[0].findings.map((f: { rule: string }) => f.rule), ['shared-accountable-multiple']);
      assert.equal(payments.rows[0].shared, 'Payments API');
      assert.equal(payments.rows[1].shared, undefined);
      assert.deepEqual(
        charter('catalog.charter.yaml').findings.map((f: { rule: string }) => f.rule),
        ['shared-accountable-missing', 'shared-accountable-missing'],
      );
    });

    it('draws the organisation: teams × shared responsibilities, with how many teams are accountable', () => {
      const { teams, shared } = exported.organisation;
      assert.deepEqual(
        teams.map((t: { team: string }) => t.team),
        ['Checkout', 'Payments', 'Search'],
      );
      assert.deepEqual(
        shared.map((row: { name: string; accountableTeams: number; cells: unknown[] }) => [row.name, row.accountableTeams, row.cells]),
        [
          ['Payments API', 2, [{ accountable: ['Team Lead'], responsible: ['Software Engineer'] }, { accountable: ['Team Lead'], responsible: ['Software Engineer'] }, null]],
          ['Incident response', 0, [null, null, { accountable: [], responsible: ['Software Engineer'] }]],
          ['Security reviews', 0, [null, null, null]],
        ],
      );
    });
  });

  describe('csv', () => {
    const { code, stdout } = cli(['export', '-f', 'csv'], { cwd });
    const rows = parseCsv(stdout);
    const [header, ...body] = rows;
    const column = (name: string) => header.indexOf(name);

    it('has one row per responsibility and role, with the letters, and CRLF line ends', () => {
      assert.equal(code, 0);
      assert.deepEqual(header, ['file', 'team', 'responsibility', 'group', 'line', 'role', 'role_id', 'letters', 'shared', 'findings', 'responsibility_findings']);
      // Checkout, Payments and Search: 2 rows × 2 roles; Platform: 3 rows × 4 roles; the catalog has none.
      assert.equal(body.length, 3 * 4 + 12);
      assert.ok(body.every((row) => row.length === header.length));
      const payments = body.filter((row) => row[column('file')] === 'payments.charter.md' && row[column('responsibility')] === 'Payments API');
      assert.deepEqual(
        payments.map((row) => [row[column('line')], row[column('role')], row[column('letters')], row[column('shared')]]),
        [
          ['12', 'Team Lead', 'A', 'Payments API'],
          ['12', 'Software Engineer', 'R', 'Payments API'],
        ],
      );
      assert.match(payments[0][column('responsibility_findings')], /^error: "Payments API" is a shared responsibility with 2 accountable teams.*\(shared-accountable-multiple\)$/);
    });

    it('quotes commas and quotes, and defuses cells a spreadsheet would run as formulas', () => {
      const names = [...new Set(body.filter((row) => row[column('team')] === 'Platform').map((row) => row[column('responsibility')]))];
      assert.deepEqual(names, [`'=HYPERLINK("https://example.com")`, 'Docs, "guides" and FAQ', "'@mentions triage"]);
      assert.ok(stdout.includes('"Docs, ""guides"" and FAQ"'));
      const designer = body.find((row) => row[column('role_id')] === 'designer' && row[column('letters')] === 'R')!;
      assert.match(designer[column('findings')], /^error: Role "designer" is not defined\..*\(role-undefined\)$/);
      // No cell of the file starts with a character that makes a spreadsheet read a formula.
      for (const row of body) for (const cell of row) assert.ok(!/^[=+\-@]/.test(cell), cell);
    });
  });

  describe('html', () => {
    const { code, stdout: page } = cli(['export', '-f', 'html'], { cwd });

    it('is a standalone page under a strict Content Security Policy that allows no script', () => {
      assert.equal(code, 0);
      assert.match(page, /^<!DOCTYPE html>\n<html lang="en">/);
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1].replace(/&#39;/g, "'");
      assert.ok(policy);
      assert.match(policy, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
      assert.ok(!/script-src|unsafe/.test(policy), policy);
      // The policy's hash is the page's one style element: the style applies, nothing else may.
      const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
      assert.equal(styles.length, 1);
      assert.ok(policy.includes(`'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`));
      assert.ok(!/ (src|style)=|<link|https?:\/\/(?!example\.com)/.test(page), 'loads nothing and uses no inline style attributes');
      assert.match(page, /@media print/);
    });

    it("escapes every text of the charters' (a role named <script>)", () => {
      assert.ok(!page.includes('<script'));
      assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(page.includes('=HYPERLINK(&quot;https://example.com&quot;)'));
    });

    it('draws each matrix with coloured letters, marked finding cells and their notes, and A and R totals', () => {
      const platform = page.slice(page.indexOf('<h2 id="c4">'), page.indexOf('<h2 id="c5">'));
      assert.match(platform, /<th scope="col">&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/th>/);
      assert.match(platform, /<td class="cell finding error" title="Role &quot;designer&quot; is not defined\.[^"]*"><span class="l l-R">R<\/span><sup><a href="#c4-n1">1<\/a><\/sup><\/td>/);
      assert.match(platform, /<li id="c4-n1"><span class="sev sev-error">error<\/span> &quot;designer&quot; in &quot;=HYPERLINK\(&quot;https:\/\/example.com&quot;\)&quot;, line 9: Role &quot;designer&quot; is not defined\./);
      assert.match(platform, /<tr><th scope="row">Accountable \(A\)<\/th><td>1<\/td><td>0<\/td><td>0<\/td><td>2<\/td><\/tr>/);
      assert.match(platform, /<tr><th scope="row">Responsible \(R\)<\/th><td>1<\/td><td>2<\/td><td>1<\/td><td>0<\/td><\/tr>/);
    });

    it('adds the organisation table when there are several charters, and not for one', () => {
      assert.match(page, /<h2>Shared responsibilities<\/h2>/);
      assert.match(page, /<tr><th scope="row">Payments API<br><span class="file">catalog.charter.yaml<\/span><\/th>.*<td class="count-bad">2<\/td><\/tr>/);
      const single = cli(['export', '-f', 'html', 'platform.charter.yaml'], { cwd }).stdout;
      assert.ok(!single.includes('<section class="organisation">'));
      assert.match(single, /<title>RACI matrix: Platform<\/title>/);
    });
  });

  it('holds the findings check reports for the same files, each once', () => {
    const checked = JSON.parse(cli(['check', '-f', 'json'], { cwd }).stdout);
    const exported = JSON.parse(cli(['export', '-f', 'json'], { cwd }).stdout);
    type Finding = { rule: string; message: string; range: { start: { line: number; character: number } } };
    const key = (file: string, f: Finding) => `${file}:${f.range.start.line}:${f.range.start.character} ${f.rule} ${f.message}`;
    const fromCheck = checked.flatMap((report: { file: string; diagnostics: Finding[] }) => report.diagnostics.map((f) => key(report.file, f)));
    const fromExport = exported.charters.flatMap((c: { file: string; findings: Finding[]; columns: { findings: Finding[] }[]; rows: { findings: Finding[]; cells: { findings: Finding[] }[] }[] }) =>
      [...c.findings, ...c.columns.flatMap((col) => col.findings), ...c.rows.flatMap((row) => [...row.findings, ...row.cells.flatMap((cell) => cell.findings)])].map((f) => key(c.file, f)),
    );
    assert.equal(fromCheck.length, 6);
    assert.deepEqual([...fromExport].sort(), [...fromCheck].sort());
  });

  it('runs from the built executable', () => {
    const built = runBuiltCli(['export', '-f', 'csv', 'payments.charter.md'], { cwd });
    assert.equal(built.code, 0, built.stderr);
    assert.equal(built.stdout, cli(['export', '-f', 'csv', 'payments.charter.md'], { cwd }).stdout);
  });

  it('writes to --output (creating its folder) and prints nothing; - is stdout', () => {
    const result = cli(['export', '-f', 'json', '--output', 'out/org.json'], { cwd });
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
    assert.equal(JSON.parse(fs.readFileSync(path.join(cwd, 'out/org.json'), 'utf8')).charters.length, 5);
    assert.equal(JSON.parse(cli(['export', '-f', 'json', '-o', '-'], { cwd }).stdout).charters.length, 5);
  });

  it('exits 2 with a one-line reason for bad usage', () => {
    fs.writeFileSync(path.join(cwd, 'a-file'), '');
    for (const [argv, reason] of [
      [['export'], /^team-charter: export needs --format html, csv or json\n$/],
      [['export', '-f', 'pdf'], /^team-charter: unknown format 'pdf' for export: use html, csv or json\n$/],
      [['export', '-f', 'csv', '-q', 'x'], /^team-charter: export writes every responsibility: --query is an option of 'owners'\n$/],
      [['export', '-f', 'csv', '--output', ''], /^team-charter: --output needs a file name \('-' for stdout\)\n$/],
      [['export', '-f', 'csv', '--output', 'a-file/x.csv'], /^team-charter: cannot write --output 'a-file\/x.csv': /],
      [['export', '-f', 'csv', 'missing.charter.yaml'], /^team-charter: cannot read 'missing.charter.yaml': no such file or directory\n$/],
    ] as const) {
      const { code, stdout, stderr } = cli([...argv], { cwd });
      assert.equal(code, 2, argv.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, reason);
      assert.equal(stderr.split('\n').length, 2, 'one line');
    }
  });
});

const PLATFORM_LINES = REPORT_FILES['platform.charter.yaml'].split('\n');
