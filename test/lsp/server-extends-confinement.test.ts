// `extends` in the language server reads only inside the workspace folders (open documents included),
// only regular files, and not at all from untitled documents or without a workspace folder; each
// refusal is one `schema` diagnostic on the `extends` value saying why.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

const CATALOG = 'roles:\n  archie:\n    title: Release Captain\n';

/** Clean when `target` is followed; `role-undefined` for archie (and a `schema` refusal) when it is not. */
const extending = (target: string) =>
  `team: Payments\nextends: ${JSON.stringify(target)}\nroles: {}\nresponsibilities:\n  - name: Release notes\n    accountable: archie\n    responsible: archie\n`;

function assertRefused(diagnostics: Diagnostic[], message: string): void {
  const refusals = diagnostics.filter((diagnostic) => diagnostic.code === 'schema');
  assert.deepEqual(
    refusals.map((diagnostic) => diagnostic.message),
    [message],
    JSON.stringify(diagnostics.map((diagnostic) => diagnostic.message)),
  );
  assert.deepEqual(refusals[0].range.start, { line: 1, character: 'extends: "'.length });
  assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'role-undefined'), 'the roles out there are not loaded');
}

describe('language server: extends confinement', function () {
  let base: string;
  let workspace: string;
  let client: LspClient;
  let counter = 0;
  const charterUri = () => fileUri(path.join(workspace, `team${++counter}.charter.yaml`));

  /** Opens a charter extending `target` and returns its diagnostics. */
  async function check(target: string, uri = charterUri(), on = client): Promise<Diagnostic[]> {
    await on.open(uri, extending(target));
    return (await on.currentDiagnostics(uri)).diagnostics;
  }

  before(async function () {
    base = temporaryFolder('team-charter-lsp-extends-');
    workspace = path.join(base, 'workspace');
    fs.mkdirSync(workspace);
    fs.mkdirSync(path.join(base, 'outside'));
    fs.writeFileSync(path.join(workspace, 'org.charter.yaml'), CATALOG);
    fs.writeFileSync(path.join(base, 'outside/roles.charter.yaml'), CATALOG);
    client = await LspClient.start({ rootDir: workspace });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('follows extends inside the workspace folder', async () => {
    assert.deepEqual(await check('./org.charter.yaml'), []);
  });

  it('refuses a path outside the workspace folder, relative or absolute', async () => {
    const outsideMessage = (target: string) => `Not following extends '${target}': it is outside the workspace folder ${workspace}.`;
    assertRefused(await check('../outside/roles.charter.yaml'), outsideMessage('../outside/roles.charter.yaml'));
    const absolute = path.join(base, 'outside/roles.charter.yaml');
    assertRefused(await check(absolute), outsideMessage(absolute));
  });

  it('refuses a symbolic link in the workspace that leads outside it', async () => {
    fs.symlinkSync(path.join(base, 'outside/roles.charter.yaml'), path.join(workspace, 'link.charter.yaml'));
    assertRefused(await check('./link.charter.yaml'), `Not following extends './link.charter.yaml': it is outside the workspace folder ${workspace}.`);
  });

  it('does not read an open document outside the workspace either', async () => {
    const outsideDocument = path.join(base, 'outside/open.charter.yaml');
    await client.open(fileUri(outsideDocument), CATALOG);
    assertRefused(
      await check('../outside/open.charter.yaml'),
      `Not following extends '../outside/open.charter.yaml': it is outside the workspace folder ${workspace}.`,
    );
  });

  it('refuses a FIFO at once and keeps answering', async function () {
    const made = spawnSync('mkfifo', [path.join(workspace, 'pipe.charter.yaml')]);
    if (made.error || made.status !== 0) this.skip();
    const uri = charterUri();
    assertRefused(await check('./pipe.charter.yaml', uri), "Not following extends './pipe.charter.yaml': it is not a regular file.");
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  });

  it('does not follow extends from an untitled document, not even to a file in the workspace', async () => {
    const uri = `untitled:team${++counter}.charter.yaml`;
    assertRefused(
      await check(path.join(workspace, 'org.charter.yaml'), uri),
      `Not following extends '${path.join(workspace, 'org.charter.yaml')}': this document is not a file on disk (untitled documents do not follow extends).`,
    );
  });

  it('follows no extends when no workspace folder is open', async () => {
    const folderless = await LspClient.start({ rootDir: null });
    try {
      assertRefused(await check('./org.charter.yaml', charterUri(), folderless), "Not following extends './org.charter.yaml': no workspace folder is open.");
    } finally {
      await folderless.stop();
    }
  });
});
