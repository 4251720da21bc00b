// The VS Code client starts the server with `--node-ipc`; this is that path, without VS Code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileUri, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

describe('language server over Node IPC', function () {
  let root: string;
  let client: LspClient;

  before(async function () {
    root = temporaryFolder('team-charter-ipc-');
    // Settings given up front, as a client without workspace/configuration would.
    client = await LspClient.start({ rootDir: root, transport: 'ipc', settings: { files: ['teams/*.md'] } });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('checks the files matched by the teamCharter.files globs, relative to the workspace', async () => {
    const text = 'team: T\nroles:\n  pm:\n    title: Product Manager\nresponsibilities:\n  - name: Roadmap\n    responsible: pm\n';
    const ignored = fileUri(path.join(root, 'team.charter.yaml'));
    const custom = fileUri(path.join(root, 'teams', 'payments.md'));
    await client.open(ignored, text, 'yaml');
    await client.open(custom, '# Payments\n\n## Responsibilities\n\n| Responsibility | Product Manager |\n| - | - |\n| Roadmap | R |\n');
    const { diagnostics } = await client.currentDiagnostics(custom);
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['accountable-missing']);
    assert.ok(!client.published.some((params) => params.uri === ignored && params.diagnostics.length > 0), 'default globs replaced');
  });
});
