// Inline suppressions in the editor: the built server honours team-charter-disable comments as the CLI
// does, and every diagnostic gets a last, never preferred, quick fix that inserts one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/core/text';
import { fileUri, LspClient } from '../helpers/lspClient';
import { SUPPRESSIONS_CHARTER_MARKDOWN } from '../helpers/fixtures';
import { temporaryFolder } from '../helpers/folders';

const CHARTER = SUPPRESSIONS_CHARTER_MARKDOWN;

describe('language server: inline suppressions', function () {
  let root: string;
  let client: LspClient;
  let counter = 0;
  const charterUri = () => fileUri(path.join(root, `team${++counter}.charter.md`));

  before(async function () {
    root = temporaryFolder('team-charter-lsp-suppress-');
    client = await LspClient.start({ rootDir: root });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('publishes no diagnostic a comment disables', async () => {
    const uri = charterUri();
    await client.open(uri, CHARTER.replace('- **Scrum Master**', '<!-- team-charter-disable-next-line role-unused -->\n- **Scrum Master**'));
    const { diagnostics } = await client.currentDiagnostics(uri);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['raci-invalid']);
  });

  it('applies a comment to the whole YAML entry: above `accountable:`, or beside a role\'s key', async () => {
    const yaml = [
      'team: Checkout',
      'roles:',
      '  sre: # team-charter-disable-line role-unused',
      '    title: Site Reliability Engineer',
      '  em:',
      '    title: Engineering Manager',
      '  pm:',
      '    title: Product Manager',
      'responsibilities:',
      '  - name: On-call',
      '    # team-charter-disable-next-line accountable-multiple -- shared until the rota settles',
      '    accountable: [em, pm]',
      '    responsible: em',
      '',
    ].join('\n');
    const loud = fileUri(path.join(root, `team${++counter}.charter.yaml`));
    await client.open(loud, yaml.replace(/ *# team-charter-disable-next-line .*\n/, '').replace(' # team-charter-disable-line role-unused', ''));
    assert.deepEqual((await client.currentDiagnostics(loud)).diagnostics.map((diagnostic) => diagnostic.code), ['role-unused', 'accountable-multiple']);
    const quiet = fileUri(path.join(root, `team${++counter}.charter.yaml`));
    await client.open(quiet, yaml);
    assert.deepEqual((await client.currentDiagnostics(quiet)).diagnostics.map((diagnostic) => diagnostic.code), []);
  });

  it('offers "Disable <rule> for this line" last and not preferred; applied, the diagnostic is gone', async () => {
    const uri = charterUri();
    await client.open(uri, CHARTER);
    const { diagnostics } = await client.currentDiagnostics(uri);
    for (const diagnostic of diagnostics) {
      const actions = await client.verifiedCodeActions<CodeAction>({
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const last = actions[actions.length - 1];
      const expected = diagnostic.code === 'raci-invalid' ? 'Disable raci-invalid for this table' : `Disable ${diagnostic.code} for this line`;
      assert.equal(last.title, expected);
      assert.equal(last.isPreferred, false);
      const change = last.edit!.documentChanges![0] as TextDocumentEdit;
      const fixedUri = charterUri();
      await client.open(fixedUri, applyEdits(CHARTER, change.edits as { range: TextDocumentEdit["edits"][number]["range"]; newText: string }[]));
      const after = await client.currentDiagnostics(fixedUri);
      assert.ok(!after.diagnostics.some((other) => other.code === diagnostic.code), `${diagnostic.code} is suppressed`);
      assert.equal(after.diagnostics.length, diagnostics.length - 1);
    }
  });
});
