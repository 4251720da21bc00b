// The built server, over stdio, on a Backstage catalog that the workspace's `teamCharter.files` setting
// matches: no diagnostics, an outline that says it was not read; once the file becomes a charter, its
// mistakes are reported.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { fileUri, ROOT, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

const CATALOG = fs.readFileSync(path.join(ROOT, 'test/fixtures/not-charters/catalog-info.yaml'), 'utf8');

describe('language server: YAML that is not a charter', function () {
  this.timeout(15000);
  let root: string;
  let client: LspClient | undefined;

  beforeEach(() => {
    root = temporaryFolder('team-charter-not-a-charter-');
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  // Failed before: a syntax error on the catalog's second "---".
  it('publishes no diagnostics for a two-document catalog and says why in the outline', async () => {
    client = await LspClient.start({ rootDir: root, settings: { files: ['**/*.yaml'] } });
    const uri = fileUri(path.join(root, 'catalog-info.yaml'));
    await client.open(uri, CATALOG);
    assert.deepEqual((await client.currentDiagnostics(uri)).diagnostics, []);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const note = symbols.find((symbol) => symbol.name === 'Not a charter (not checked)');
    assert.match(note?.detail ?? '', /^2 YAML documents, none of them a charter/);
    // Typed into a charter (a team, a responsibility nobody is accountable for), it is checked.
    await client.change(uri, [{ text: 'team: Ledger\nresponsibilities:\n  - name: Close the books\n    responsible: clerk\n' }]);
    const charter = await client.currentDiagnostics(uri);
    assert.deepEqual(charter.diagnostics.map((diagnostic) => diagnostic.code), ['accountable-missing']);
  });
});
