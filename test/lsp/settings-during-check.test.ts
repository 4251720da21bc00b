// A request waiting for a document's check gets its answer even when the check is given up because the
// settings changed meanwhile: the document is checked again with the new settings and the request is
// answered from that check (it was answered with null, as if the document were no charter).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

const TITLES = ['Product Manager', 'Engineering Manager', 'Quality Lead', 'Data Analyst'];

/** A sub-heading charter large enough that its check parses in many slices. */
function largeCharter(sections: number): string {
  const lines = ['# Team', '', '## Roles', '', ...TITLES.map((title) => `- **${title}**: does the ${title.toLowerCase()} work.`), '', '## Responsibilities', ''];
  for (let i = 0; i < sections; i++) lines.push(`### Release step ${i + 1}`, '', `- Accountable: ${TITLES[i % 4]}`, `- Responsible: ${TITLES[(i + 1) % 4]}`, '');
  return lines.join('\n');
}

describe('language server: settings changed while a document is checked', () => {
  let root: string;
  let client: LspClient;

  before(async () => {
    root = temporaryFolder('team-charter-settings-');
    client = await LspClient.start({ rootDir: root });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers a hover that waited for the check, from the check run again with the new settings', async () => {
    const uri = fileUri(path.join(root, 'large.charter.md'));
    await client.open(uri, largeCharter(6000));
    // The hover starts the check; the settings arrive while it parses (they are read between slices).
    const hover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 5 } });
    client.settings = { rules: { 'role-unused': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.match(JSON.stringify((await hover)?.contents), /Product Manager/);
  });
});
