// A refusal further up an `extends` chain is reported too: when a catalog the charter extends in turn
// extends a file that is not read (outside the repository, missing…), the user sees which file and why,
// on the charter's own `extends` value, instead of roles that silently went missing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, makeFolder, CLI, runBuiltCli } from '../helpers/cli';

/** Uses the role `designer`, which only base/outside/roles.charter.yaml defines. */
const CHARTER = (extendsValue: string) =>
  `team: Checkout\nextends: ${extendsValue}\nroles:\n  pm:\n    title: Product Manager\nresponsibilities:\n  - name: Product roadmap\n    accountable: pm\n    responsible: [pm, designer]\n`;

interface Diagnostic {
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number } };
}

describe('CLI extends: refusals further up the chain', () => {
  let base: string;
  let repo: string;

  beforeEach(() => {
    base = makeFolder({
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/org/roles.charter.yaml': 'team: Org\nextends: ../../outside/roles.charter.yaml\nroles:\n  em:\n    title: Engineering Manager\n',
      'repo/org/middle.charter.yaml': 'team: Middle\nextends: ./roles.charter.yaml\n',
      'repo/org/missing.charter.yaml': 'team: Missing\nextends: [./gone.charter.yaml]\n',
      'outside/roles.charter.yaml': 'team: Outside\nroles:\n  designer:\n    title: Product Designer\n',
    });
    repo = path.join(base, 'repo');
  });

  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  function diagnostics(file: string, argv: string[] = []): Diagnostic[] {
    const result = cli(['check', '-f', 'json', ...argv, file], { cwd: repo });
    assert.equal(result.stderr, '');
    return (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }[])[0].diagnostics;
  }

  it('names the refused file, the file that extends it, and why, on the charter’s own extends value', () => {
    fs.writeFileSync(path.join(repo, 'app.charter.yaml'), CHARTER('./org/roles.charter.yaml'));
    const found = diagnostics('app.charter.yaml');
    const schema = found.filter((diagnostic) => diagnostic.rule === 'schema');
    assert.deepEqual(
      schema.map((diagnostic) => diagnostic.message),
      [
        `Not following all of extends './org/roles.charter.yaml': it extends '../../outside/roles.charter.yaml', which is not read: ` +
          `it is outside the repository ${repo} (--extends-root allows another folder).`,
      ],
    );
    assert.deepEqual(schema[0].range.start, { line: 1, character: 'extends: '.length });
    assert.equal(schema[0].severity, 'error');
    assert.ok(found.some((diagnostic) => diagnostic.rule === 'role-undefined'), 'designer is still undefined');
  });

  it('lets a disable comment for schema on the extends line silence a refusal further up, as it silences the others', () => {
    fs.writeFileSync(path.join(repo, 'app.charter.yaml'), CHARTER('./org/roles.charter.yaml').replace('extends:', '# team-charter-disable-next-line schema\nextends:'));
    const found = diagnostics('app.charter.yaml', ['--report-unused-disable-directives']);
    assert.deepEqual(found.map((diagnostic) => diagnostic.rule), ['role-undefined']);
  });

  it('names the intermediate file when the refusal is two links away, and a missing file too', () => {
    fs.writeFileSync(path.join(repo, 'app.charter.yaml'), CHARTER('[./org/middle.charter.yaml, ./org/missing.charter.yaml]'));
    const messages = diagnostics('app.charter.yaml')
      .filter((diagnostic) => diagnostic.rule === 'schema')
      .map((diagnostic) => diagnostic.message);
    assert.deepEqual(messages, [
      `Not following all of extends './org/middle.charter.yaml': 'org/roles.charter.yaml' extends '../../outside/roles.charter.yaml', which is not read: ` +
        `it is outside the repository ${repo} (--extends-root allows another folder).`,
      `Not following all of extends './org/missing.charter.yaml': it extends './gone.charter.yaml', which is not read: it does not exist.`,
    ]);
  });

  it('says nothing more once --extends-root allows the file, and honours --rule schema=off', () => {
    fs.writeFileSync(path.join(repo, 'app.charter.yaml'), CHARTER('./org/roles.charter.yaml'));
    assert.deepEqual(diagnostics('app.charter.yaml', ['--extends-root', '../outside']), []);
    assert.deepEqual(
      diagnostics('app.charter.yaml', ['--rule', 'schema=off']).map((diagnostic) => diagnostic.rule),
      ['role-undefined'],
    );
  });

  it('reports a chain cut at 64 files on the charter’s own extends value, with no false role-undefined', () => {
    // r1 extends r2 … extends r70; each defines its own role. The role of r66 lies past the cut.
    for (let index = 1; index <= 70; index++) {
      fs.writeFileSync(path.join(repo, `org/r${index}.charter.yaml`), `team: R${index}\nextends: ./r${index + 1}.charter.yaml\nroles:\n  r${index}:\n    title: Role ${index}\n`);
    }
    const app = (role: string) =>
      `team: App\nextends: ./org/r1.charter.yaml\nroles:\n  pm:\n    title: Product Manager\nresponsibilities:\n  - name: Roadmap\n    accountable: pm\n    responsible: [${role}]\n`;
    fs.writeFileSync(path.join(repo, 'app.charter.yaml'), app('r66'));
    const found = diagnostics('app.charter.yaml');
    assert.deepEqual(
      found.map((diagnostic) => [diagnostic.rule, diagnostic.message, diagnostic.range.start.line]),
      [
        [
          'schema',
          "Not following all of extends './org/r1.charter.yaml': 'org/r64.charter.yaml' extends './r65.charter.yaml', which is not read: " +
            'more than 64 files are extended already, so roles defined there are not known and undefined roles are not reported.',
          1,
        ],
      ],
    );
    // A role the read part defines still resolves, and the rules that need every role stay silent.
    fs.writeFileSync(path.join(repo, 'app.charter.yaml'), app('r6'));
    assert.deepEqual(diagnostics('app.charter.yaml').map((diagnostic) => diagnostic.rule), ['schema']);
  });

  it('reports the same from worker threads', function () {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
    for (let index = 0; index < 4; index++) fs.writeFileSync(path.join(repo, `app${index}.charter.yaml`), CHARTER('../repo/org/roles.charter.yaml'));
    const result = runBuiltCli(['check', '-f', 'json', '.'], { cwd: repo, env: { TEAM_CHARTER_THREADS: '2' } });
    const reports = JSON.parse(result.stdout) as { file: string; diagnostics: Diagnostic[] }[];
    const apps = reports.filter((report) => /^app\d/.test(report.file));
    assert.equal(apps.length, 4);
    for (const report of apps) {
      assert.ok(
        report.diagnostics.some((diagnostic) => diagnostic.message.startsWith("Not following all of extends '../repo/org/roles.charter.yaml': it extends")),
        report.file,
      );
    }
  });
});
