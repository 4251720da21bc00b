// The built CLI on a repository whose config's `files` pattern also matches YAML that is not a charter
// (a Backstage catalog in two documents, a governance list): those files are listed clean, and the
// charter beside them keeps its finding.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeFolder, REPO_ROOT, runBuiltCli, CLI } from '../helpers/cli';

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
    const result = runBuiltCli(['check', '--format', 'json'], { cwd });
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
    assert.equal(result.code, 1, 'the charter has an error');
    const alone = runBuiltCli(['check', 'catalog-info.yaml', 'governance.yaml'], { cwd });
    assert.equal(alone.code, 0, alone.stdout);
  });
});
