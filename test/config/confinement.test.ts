// The config file is confined as `extends` is: a `.team-charter.*` that is a symbolic link to a file
// outside the repository is refused, in one line that quotes nothing of the file; a config file above
// the repository's root does not govern it (the folders that count are those whose `.gitignore` files
// count). Before, the link was read and the exit-2 line quoted its first key (a secret, into CI logs),
// and a config file above the root turned a failing check green.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, ERROR_YAML, makeFolder } from '../helpers/cli';
import { fileUri, LspClient } from '../helpers/lspClient';

const SECRET = 'AKIA_SECRET_TOKEN_abcdef';

describe('config file: confined to the repository', function () {
  this.timeout(60_000);
  let base: string;
  let repo: string;

  beforeEach(() => {
    base = makeFolder({
      'outside/secret.yaml': `${SECRET}: 1\n`,
      // Above the repository: would turn role-undefined off.
      '.team-charter.yaml': 'rules:\n  role-undefined: off\n',
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/team.charter.yaml': ERROR_YAML,
      'repo/docs/.team-charter.yaml': 'rules:\n  role-undefined: warning\n',
      'repo/docs/b.charter.yaml': ERROR_YAML,
    });
    repo = path.join(base, 'repo');
  });

  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  it('CLI: a config file above the repository’s root does not govern it; one inside does', () => {
    const run = cli(['check', '-f', 'json', '.'], { cwd: repo });
    assert.equal(run.stderr, '');
    const reports = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string; severity: string }[] }[];
    assert.deepEqual(
      reports.map((report) => [report.file, report.diagnostics.map((d) => `${d.rule} ${d.severity}`)]),
      [
        ['docs/b.charter.yaml', ['role-undefined warning']],
        ['team.charter.yaml', ['role-undefined error']],
      ],
    );
    assert.equal(run.code, 1, 'the check fails, as the repository alone says');
    // Outside any repository the search goes on up: the same charter in `base` is governed by it.
    fs.writeFileSync(path.join(base, 'alone.charter.yaml'), ERROR_YAML);
    assert.equal(cli(['check', 'alone.charter.yaml'], { cwd: base }).code, 0);
  });

  it('CLI: a config file that is a link out of the repository is refused, quoting nothing of it', () => {
    fs.symlinkSync(path.join(base, 'outside/secret.yaml'), path.join(repo, '.team-charter.yaml'));
    for (const argv of [['check', '.'], ['owners', '.'], ['export', '-f', 'csv', '.']]) {
      const run = cli(argv, { cwd: repo });
      assert.equal(run.code, 2, argv[0]);
      assert.equal(run.stdout, '');
      assert.equal(
        run.stderr,
        'team-charter: invalid config file .team-charter.yaml:1:1: Team Charter does not read this config file: ' +
          `it is a symbolic link to a file outside the repository ${repo}\n`,
      );
      assert.ok(!run.stderr.includes(SECRET) && !run.stderr.includes('secret.yaml'));
    }
    // A link to a file inside the repository is read as the file itself.
    fs.rmSync(path.join(repo, '.team-charter.yaml'));
    fs.writeFileSync(path.join(repo, 'shared.yaml'), 'rules:\n  role-undefined: info\n');
    fs.symlinkSync(path.join(repo, 'shared.yaml'), path.join(repo, '.team-charter.yaml'));
    const inside = cli(['check', 'team.charter.yaml'], { cwd: repo });
    assert.match(inside.stdout, /team\.charter\.yaml:8:23 {2}info /);
  });

  it('server: the same, on the config file and in the charters', async () => {
    fs.symlinkSync(path.join(base, 'outside/secret.yaml'), path.join(repo, '.team-charter.yaml'));
    const client = await LspClient.start({ rootDir: repo });
    try {
      const uri = fileUri(path.join(repo, 'team.charter.yaml'));
      await client.open(uri, ERROR_YAML);
      const config = await client.diagnostics(fileUri(path.join(repo, '.team-charter.yaml')), (params) => params.diagnostics.length > 0);
      assert.deepEqual(
        config.diagnostics.map((d) => [d.range.start.line, d.severity, d.message]),
        [[0, 1, `Team Charter does not read this config file: it is a symbolic link to a file outside the repository ${repo}.`]],
      );
      assert.ok(!JSON.stringify(client.published).includes(SECRET));
      // Checked with the editor's settings alone, not with the file above the repository.
      const charter = await client.currentDiagnostics(uri);
      assert.deepEqual(charter.diagnostics.map((d) => [d.code, d.severity]), [['role-undefined', 1]]);
    } finally {
      await client.stop();
    }
  });
});
