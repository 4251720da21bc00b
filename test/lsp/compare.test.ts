// The built server over stdio: `teamCharter/compare` (the matrix view's "Compare Ownership with HEAD")
// in a repository built here, and the freshness and vacancy rules as an editor sees them.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { isoDateOf } from '../../server/src/core/freshness/dates';
import type { CompareResult } from '../../server/src/lsp/compare';
import { lines } from '../helpers/charter';
import { fileUri, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

const COMMITTED = lines(
  '# Payments',
  '',
  '## Roles',
  '',
  '- **Product Manager**: decides what we build next.',
  '- **Tech Lead**: sets the technical direction.',
  '',
  '## Responsibilities',
  '',
  '| Responsibility | Product Manager | Tech Lead |',
  '| --- | --- | --- |',
  '| Roadmap | A/R | C |',
  '| Architecture | C | A/R |',
  '| On-call | I | A/R |',
);

const EDITED = COMMITTED.replace('| Roadmap | A/R | C |', '| Roadmap | R | A |').replace('| On-call | I | A/R |\n', '| Hiring | A/R | C |\n');

describe('language server: teamCharter/compare and the freshness rules', function () {
  this.timeout(60_000);
  let root: string;
  let outside: string;
  let client: LspClient;

  before(async () => {
    root = temporaryFolder('team-charter-compare-');
    fs.writeFileSync(path.join(root, 'payments.charter.md'), COMMITTED);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    git('add', '.');
    git('commit', '-q', '-m', 'charter');
    outside = temporaryFolder('team-charter-no-git-');
    client = await LspClient.start({ rootDir: root });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const compare = (uri: string) => client.request<CompareResult | null>('teamCharter/compare', { textDocument: { uri } });

  it('draws the edited charter with each changed cell\'s letters in HEAD, the new row and the row gone', async () => {
    const uri = fileUri(path.join(root, 'payments.charter.md'));
    await client.open(uri, EDITED);
    const answer = await compare(uri);
    assert.ok(answer?.changes, JSON.stringify(answer) + client.logMessages.join('\n'));
    assert.equal(answer.version, 1);
    const { changes, picture } = answer;
    assert.deepEqual(picture.rows.map((row) => row.name), ['Roadmap', 'Architecture', 'Hiring']);
    assert.deepEqual(changes.rows, [
      { status: 'kept', cells: [{ before: ['A', 'R'] }, { before: ['C'] }] },
      { status: 'kept', cells: [null, null] },
      { status: 'added' },
    ]);
    assert.deepEqual(changes.removedRows, [{ name: 'On-call', roles: [{ role: 'Tech Lead', letters: 'A/R' }, { role: 'Product Manager', letters: 'I' }] }]);
    assert.deepEqual(changes.diff.responsibilities.changed.map((change) => [change.name, change.accountable]), [['Roadmap', { from: ['Product Manager'], to: ['Tech Lead'] }]]);

    // The unsaved text is what is compared: undoing the edit leaves nothing changed.
    await client.change(uri, [{ text: COMMITTED }]);
    const undone = await compare(uri);
    assert.equal(undone?.version, 2);
    assert.deepEqual(undone?.changes?.removedRows, []);
    assert.ok(undone?.changes?.rows.every((row) => row.status === 'kept' && row.cells.every((cell) => cell === null)));
  });

  it('says a charter not in HEAD is new, and one outside a repository cannot be compared', async () => {
    const fresh = fileUri(path.join(root, 'new.charter.md'));
    await client.open(fresh, COMMITTED);
    const answer = await compare(fresh);
    assert.equal(answer?.changes?.baseExists, false);
    assert.ok(answer?.changes?.rows.every((row) => row.status === 'kept'));

    const loose = fileUri(path.join(outside, 'loose.charter.md'));
    await client.open(loose, COMMITTED);
    const unavailable = await compare(loose);
    assert.equal(unavailable?.changes, undefined);
    assert.equal(unavailable?.unavailable, 'the file is not in a git repository');
    assert.equal(unavailable?.picture.rows.length, 3);
  });

  it('reports an overdue review with a fix that writes the server\'s today, and an accountable vacant role', async () => {
    const uri = fileUri(path.join(root, 'stale.charter.yaml'));
    const text = lines(
      'team: Stale',
      'reviewed: 2001-02-03',
      'roles:',
      '  pm:',
      '    title: Product Manager',
      '    holder: TBD',
      'responsibilities:',
      '  - name: Roadmap',
      '    accountable: pm',
      '    responsible: pm',
    );
    const before = isoDateOf(new Date());
    await client.open(uri, text);
    const published = await client.currentDiagnostics(uri);
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity, d.range.start.line]), [
      ['review-overdue', 2, 1],
      ['accountable-vacant', 2, 8],
    ]);
    const overdue = published.diagnostics[0];
    assert.match(String(overdue.message), /^This charter was last reviewed on 2001-02-03 and is to be reviewed every 6 months/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: overdue.range, context: { diagnostics: [overdue], only: ['quickfix'] } });
    const after = isoDateOf(new Date());
    const fix = actions.find((action) => action.title.startsWith('Mark as reviewed today'));
    assert.ok(fix, JSON.stringify(actions.map((action) => action.title)));
    const change = fix.edit?.documentChanges?.[0];
    const edit = change && 'edits' in change ? (change.edits[0] as { range: unknown; newText: string }) : undefined;
    assert.ok(edit && [before, after].includes(edit.newText), JSON.stringify(fix));
    assert.deepEqual(edit.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 20 } });
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: overdue.range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.ok(!JSON.stringify(fixAll).includes(before), 'fix-all leaves the review date alone');
  });
});
