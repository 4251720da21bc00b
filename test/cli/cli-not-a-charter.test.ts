// The built CLI on a repository whose config's `files` pattern also matches YAML that is not a charter
// (a Backstage catalog in two documents, a governance list): those files are listed clean, and the
// charter beside them keeps its finding.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeFolder, REPO_ROOT } from './helpers';

const CLI = path.join(REPO_ROOT, 'dist/cli.js');
const NOT_CHARTERS = path.join(REPO_ROOT, 'test/fixtures/not-charters');

interface Report {
  file: string;
  diagnostics: { rule: string; range: { start: { line: number } } }[];
}

describe('dist/cli.js on YAML that is not a charter', () => {
  before(function () {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
  });

  const cwd = makeFolder({
    '.team-charter.yaml': 'files: ["**/*.yaml"]\n',
    'catalog-info.yaml': fs.readFileSync(path.join(NOT_CHARTERS, 'catalog-info.yaml'), 'utf8'),
    'governance.yaml': fs.readFileSync(path.join(NOT_CHARTERS, 'governance-flow.yaml'), 'utf8'),
    'teams/ledger.yaml': 'team: Ledger\nroles:\n  acct:\n    title: Accountant\nresponsibilities:\n  - name: Month-end close\n    accountable: acct\n    responsible: [acct, auditor]\n',
  });

  // Failed before: catalog-info.yaml had a syntax error on its second "---", governance.yaml two schema
  // errors, .team-charter.yaml "Missing 'team'" (its `files` read as a misspelt `roles`), and the run
  // exited 1 on them.
  it('lists the catalog and the governance file with no diagnostics, and the charter with its own', () => {
    const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json'], { cwd, encoding: 'utf8' });
    const reports = JSON.parse(result.stdout) as Report[];
    assert.deepEqual(
      reports.map((report) => [report.file, report.diagnostics.map((diagnostic) => `${diagnostic.rule}@${diagnostic.range.start.line}`)]),
      [
        // The config file itself matches the pattern: read, and not taken for a charter.
        ['.team-charter.yaml', []],
        ['catalog-info.yaml', []],
        ['governance.yaml', []],
        ['teams/ledger.yaml', ['role-undefined@7']],
      ],
    );
    assert.equal(result.status, 1, 'the charter has an error');
    const alone = spawnSync(process.execPath, [CLI, 'check', 'catalog-info.yaml', 'governance.yaml'], { cwd, encoding: 'utf8' });
    assert.equal(alone.status, 0, alone.stdout);
  });
});
