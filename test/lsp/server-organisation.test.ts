// The organisation in the language server: the charters of the workspace folder (open or not) are read,
// cross-charter findings reach the open documents as `team-charter check` reports them, they follow
// changes on disk and unsaved edits, and workspace symbols answer "who owns what" across charters.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runBuiltCli } from '../helpers/cli';
import type { PublishDiagnosticsParams, SymbolInformation } from 'vscode-languageserver-protocol';
import { ORG_FILES, PAYMENTS } from '../helpers/org';
import { fileUri, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

const CROSS_CHARTER = new Set(['shared-accountable-multiple', 'shared-accountable-missing']);

describe('language server: the organisation of the workspace', function () {
  let root: string;
  let client: LspClient;
  const uriOf = (name: string) => fileUri(path.join(root, name));
  const crossCharter = (params: PublishDiagnosticsParams) =>
    params.diagnostics.filter((d) => CROSS_CHARTER.has(String(d.code))).map((d) => ({ rule: d.code, message: d.message, range: d.range }));

  /** What `team-charter check` reports for the same folder, cross-charter findings only, by file name. */
  const cliFindings = (): Record<string, unknown[]> => {
    const run = runBuiltCli(['check', '.', '--format', 'json'], { cwd: root });
    const files = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string; message: string; range: unknown }[] }[];
    return Object.fromEntries(
      files.map((file) => [path.basename(file.file), file.diagnostics.filter((d) => CROSS_CHARTER.has(d.rule)).map((d) => ({ rule: d.rule, message: d.message, range: d.range }))]),
    );
  };

  beforeEach(async () => {
    root = temporaryFolder('team-charter-org-');
    for (const [name, text] of Object.entries(ORG_FILES)) fs.writeFileSync(path.join(root, name), text);
    client = await LspClient.start({ rootDir: root });
  });

  afterEach(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports a shared responsibility with two accountable teams in the open charter, as the CLI does, and none for team-local work', async () => {
    const payments = uriOf('payments.charter.md');
    await client.open(payments, PAYMENTS);
    // Checkout's charter is not open: the server read it from the workspace folder.
    const published = await client.diagnostics(payments, (params) => crossCharter(params).length > 0);
    const found = crossCharter(published);
    assert.deepEqual(found, cliFindings()['payments.charter.md']);
    assert.equal(found.length, 1);
    assert.match(String(found[0].message), /"Payments API" is a shared responsibility with 2 accountable teams: "Checkout" and "Payments"/);
    // The row "On-call rotation" (line 12) is each team's own, though every team lists it.
    assert.ok(!published.diagnostics.some((d) => d.range.start.line === 12));
    const related = published.diagnostics.find((d) => d.code === 'shared-accountable-multiple')!.relatedInformation!;
    assert.deepEqual(related.map((r) => path.basename(new URL(r.location.uri).pathname)), ['checkout.charter.yaml', 'catalog.charter.yaml']);
  });

  it('offers to leave the shared responsibility to the other team, as a quick fix that is not in fix-all', async () => {
    const payments = uriOf('payments.charter.md');
    await client.open(payments, PAYMENTS);
    const published = await client.diagnostics(payments, (params) => crossCharter(params).length > 0);
    const diagnostic = published.diagnostics.find((d) => d.code === 'shared-accountable-multiple')!;
    const actions = await client.verifiedCodeActions<{ title: string; kind: string; edit: { documentChanges: { edits: { newText: string }[] }[] } }>({
      textDocument: { uri: payments },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const leave = actions.find((action) => action.title.startsWith('Leave'));
    assert.equal(leave?.title, 'Leave "Payments API" to "Checkout": make Team Lead consulted (C)');
    assert.deepEqual(leave!.edit.documentChanges[0].edits.map((edit) => edit.newText.trim()), ['C']);
    const fixAll = await client.request<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri: payments },
      range: diagnostic.range,
      context: { diagnostics: [], only: ['source.fixAll.teamCharter'] },
    });
    assert.deepEqual(fixAll, []);
  });

  it("lets go of a team's row without an A once another team is accountable for that shared responsibility, and takes it back when none is", async () => {
    const search = uriOf('search.charter.yaml');
    const missingAtLine3 = (params: PublishDiagnosticsParams) => params.diagnostics.some((d) => d.code === 'accountable-missing' && d.range.start.line === 3);
    await client.open(search, ORG_FILES['search.charter.yaml']);
    // No team is accountable for "Incident response": Search's row is reported.
    await client.diagnostics(search, missingAtLine3);
    // Payments becomes accountable for it, on disk.
    fs.writeFileSync(path.join(root, 'payments.charter.md'), `${PAYMENTS}| Incident response | A         | R                 |\n`);
    let seen = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('payments.charter.md'), type: 2 }] });
    await client.diagnostics(search, (params) => !missingAtLine3(params), seen);
    fs.writeFileSync(path.join(root, 'payments.charter.md'), PAYMENTS);
    seen = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('payments.charter.md'), type: 2 }] });
    await client.diagnostics(search, missingAtLine3, seen);
  });

  it('reports the shared responsibilities nobody is accountable for on the open catalog, as the CLI does', async () => {
    const catalog = uriOf('catalog.charter.yaml');
    await client.open(catalog, ORG_FILES['catalog.charter.yaml']);
    const published = await client.diagnostics(catalog, (params) => crossCharter(params).length === 2);
    assert.deepEqual(crossCharter(published), cliFindings()['catalog.charter.yaml']);
    assert.deepEqual(
      crossCharter(published).map((f) => f.range.start.line),
      [3, 4], // Incident response (only responsible, no accountable team), Security reviews (no team).
    );
  });

  it('follows a change on disk of a charter that is not open, and an unsaved edit of one that is', async () => {
    const payments = uriOf('payments.charter.md');
    await client.open(payments, PAYMENTS);
    await client.diagnostics(payments, (params) => crossCharter(params).length === 1);

    // Checkout gives way on disk: its lead is consulted now.
    const checkout = path.join(root, 'checkout.charter.yaml');
    fs.writeFileSync(checkout, ORG_FILES['checkout.charter.yaml'].replace('accountable: lead\n    responsible: eng\n  - name: On-call', 'consulted: lead\n    responsible: eng\n  - name: On-call'));
    let seen = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(checkout), type: 2 }] });
    const cleared = await client.diagnostics(payments, (params) => crossCharter(params).length === 0, seen);
    assert.deepEqual(crossCharter(cleared), []);
    assert.deepEqual(cliFindings()['payments.charter.md'], []);

    // The catalog is opened, then Payments stops being accountable in its unsaved text: "Payments API"
    // has no accountable team now, which the catalog reports.
    const catalog = uriOf('catalog.charter.yaml');
    await client.open(catalog, ORG_FILES['catalog.charter.yaml']);
    await client.diagnostics(catalog, (params) => crossCharter(params).length === 2);
    seen = client.published.length;
    await client.change(payments, [{ range: { start: { line: 11, character: 21 }, end: { line: 11, character: 22 } }, text: 'C' }]);
    const missing = await client.diagnostics(catalog, (params) => crossCharter(params).length === 3, seen);
    assert.deepEqual(crossCharter(missing).map((f) => f.range.start.line), [2, 3, 4]);

    // A deleted charter leaves the organisation.
    fs.rmSync(path.join(root, 'payments.charter.md'));
    await client.close(payments);
    seen = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: payments, type: 3 }] });
    const afterDelete = await client.diagnostics(catalog, (params) => crossCharter(params).length === 3, seen);
    assert.match(String(afterDelete.diagnostics.find((d) => d.range.start.line === 2)!.message), /Payments API/);
  });

  it('publishes an unsaved edit that settles a shared responsibility with its cross-charter finding already gone, never the stale one for that version', async () => {
    const payments = uriOf('payments.charter.md');
    await client.open(payments, PAYMENTS);
    await client.diagnostics(payments, (params) => crossCharter(params).length === 1);
    const seen = client.published.length;
    // Payments is consulted on "Payments API" now: Checkout alone is accountable.
    const version = await client.change(payments, [{ range: { start: { line: 11, character: 21 }, end: { line: 11, character: 22 } }, text: 'C' }]);
    const first = await client.diagnostics(payments, (params) => params.version === version, seen);
    assert.deepEqual(crossCharter(first), []);
    // And typed back: the first diagnostics of that version report the two accountable teams again.
    const back = client.published.length;
    const again = await client.change(payments, [{ range: { start: { line: 11, character: 21 }, end: { line: 11, character: 22 } }, text: 'A' }]);
    const restored = await client.diagnostics(payments, (params) => params.version === again, back);
    assert.deepEqual(crossCharter(restored).map((f) => f.rule), ['shared-accountable-multiple']);
  });

  it('answers workspace symbols for responsibilities and roles of every charter, none of them open', async () => {
    // Nothing is open: the first query reads the workspace, and is answered when that is done.
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'payapi' });
    assert.deepEqual(
      symbols.map((s) => [s.name, path.basename(new URL(s.location.uri).pathname), s.location.range.start.line, s.containerName]).sort(),
      [
        ['Payments API', 'payments.charter.md', 11, 'Payments · A: Team Lead'],
        ['payments  api', 'checkout.charter.yaml', 3, 'Checkout · A: Team Lead'],
      ].sort(),
    );
    const roles = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'software engineer' });
    // Defined once, in the catalog; the teams inherit it.
    assert.deepEqual(roles.map((s) => [s.name, path.basename(new URL(s.location.uri).pathname)]), [['Software Engineer', 'catalog.charter.yaml']]);
  });

  it('counts a person across the charters of the workspace when role-overload is on, with no shared responsibility declared', async () => {
    const team = (name: string, holder: string, owned: number) =>
      [`team: ${name}`, 'roles:', '  owner:', '    title: Product Owner', `    holder: ${holder}`, '  dev:', '    title: Developer', 'responsibilities:']
        .concat(...Array.from({ length: owned }, (_, i) => [`  - name: ${name} work ${i + 1}`, '    accountable: owner', '    responsible: dev']))
        .join('\n') + '\n';
    for (const name of Object.keys(ORG_FILES)) fs.rmSync(path.join(root, name));
    fs.writeFileSync(path.join(root, 'shop.charter.yaml'), team('Shop', 'Dana Ruiz', 4));
    fs.writeFileSync(path.join(root, 'search.charter.yaml'), team('Search', 'Dana Ruiz', 3));
    fs.writeFileSync(path.join(root, '.team-charter.yaml'), 'rules:\n  role-overload: [warning, { max: 5 }]\n');
    const shop = uriOf('shop.charter.yaml');
    await client.open(shop, fs.readFileSync(path.join(root, 'shop.charter.yaml'), 'utf8'));
    const published = await client.diagnostics(shop, (params) => params.diagnostics.some((d) => d.code === 'role-overload'));
    const overload = published.diagnostics.filter((d) => d.code === 'role-overload').map((d) => d.message);
    assert.deepEqual(overload, ['"Dana Ruiz" holds roles in 2 charters and is accountable for 7 responsibilities across them (more than 5): 3 in "Search" and 4 in "Shop".']);
    const run = runBuiltCli(['check', 'shop.charter.yaml', 'search.charter.yaml', '--format', 'json'], { cwd: root });
    const cli = (JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string; message: string }[] }[]).find((file) => file.file === 'shop.charter.yaml')!;
    assert.deepEqual(cli.diagnostics.filter((d) => d.rule === 'role-overload').map((d) => d.message), overload);
  });
});
