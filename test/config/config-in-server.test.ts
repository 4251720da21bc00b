// The config file in the language server over stdio: the same file the CLI reads sets severities, a
// broken one is a diagnostic on the config file, and a change to it (a watched-file event) re-checks.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileUri, LspClient } from '../helpers/lspClient';
import { ERROR_YAML } from '../helpers/cli';
import { temporaryFolder } from '../helpers/folders';

describe('config file: language server', function () {
  let root: string;
  let client: LspClient;

  before(async function () {
    root = temporaryFolder('team-charter-config-');
    fs.writeFileSync(path.join(root, '.team-charter.yaml'), 'rules:\n  role-undefined: warning\n');
    client = await LspClient.start({ rootDir: root });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('uses the nearest config file, reports a broken one on the file, and re-checks when it changes', async () => {
    const uri = fileUri(path.join(root, 'team.charter.yaml'));
    await client.open(uri, ERROR_YAML);
    const first = await client.currentDiagnostics(uri);
    assert.deepEqual(first.diagnostics.map((d) => [d.code, d.severity]), [['role-undefined', 2]]);

    const configUri = fileUri(path.join(root, '.team-charter.yaml'));
    const change = async (text: string) => {
      fs.writeFileSync(path.join(root, '.team-charter.yaml'), text);
      const seen = client.published.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      return seen;
    };

    let seen = await change('rules:\n  role-undefined: off\n');
    const off = await client.diagnostics(uri, (params) => params.diagnostics.length === 0, seen);
    assert.deepEqual(off.diagnostics, []);

    seen = await change('rules:\n  role-undefined: of\n');
    const onConfig = await client.diagnostics(configUri, (params) => params.diagnostics.length > 0, seen);
    assert.deepEqual(
      onConfig.diagnostics.map((d) => [d.range.start.line, d.severity, d.source, d.message]),
      [[1, 1, 'team-charter', 'The severity of role-undefined must be off, hint, info, warning or error (or a list starting with one).']],
    );
    // Meanwhile the charter is checked with the editor settings alone (the rule's default, error).
    const fallback = await client.diagnostics(uri, (params) => params.diagnostics.length > 0, seen);
    assert.deepEqual(fallback.diagnostics.map((d) => [d.code, d.severity]), [['role-undefined', 1]]);

    seen = await change('ignores: ["team.charter.yaml"]\n');
    const cleared = await client.diagnostics(configUri, (params) => params.diagnostics.length === 0, seen);
    assert.deepEqual(cleared.diagnostics, []);
    const ignored = await client.diagnostics(uri, (params) => params.diagnostics.length === 0, seen);
    assert.deepEqual(ignored.diagnostics, []);
  });
});
