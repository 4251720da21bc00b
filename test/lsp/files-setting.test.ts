// The `teamCharter.files` setting as a workspace may set it, over stdio: a hostile glob neither freezes
// the server nor goes unexplained.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

const YAML = 'team: Payments\nroles:\n  pm:\n    title: Product Manager\nresponsibilities:\n  - name: Roadmap\n    accountable: pm\n    responsible: [pm, archie]\n';

describe('language server: teamCharter.files from the workspace', function () {
  // A guard only: with a backtracking matcher each path takes 23 s.
  let root: string;
  let client: LspClient | undefined;

  beforeEach(() => {
    root = temporaryFolder('team-charter-files-');
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('checks the files a pattern of 14 `*a` segments matches, and still answers hovers', async () => {
    const hostile = `${'*a'.repeat(14)}.yaml`;
    client = await LspClient.start({ rootDir: root, settings: { files: [hostile] } });
    const matching = fileUri(path.join(root, `${'ba'.repeat(14)}.yaml`));
    const other = fileUri(path.join(root, `${'a'.repeat(40)}b.yaml`));
    await client.open(other, YAML);
    await client.open(matching, YAML);
    const diagnostics = await client.currentDiagnostics(matching);
    assert.deepEqual(
      diagnostics.diagnostics.map((diagnostic) => diagnostic.code),
      ['role-undefined'],
    );
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: matching }, position: { line: 7, character: 20 } });
    assert.ok(hover, 'the hover is answered');
    assert.ok(!client.published.some((params) => params.uri === other && params.diagnostics.length > 0), 'a path the pattern does not match is not checked');
  });

  it('says which patterns it ignores and why, and checks with the rest', async () => {
    const long = `${'x'.repeat(300)}.yaml`;
    client = await LspClient.start({ rootDir: root, settings: { files: [long, '@(a|b).yaml', 'teams/*.yaml'] } });
    const warning = await client.logMessage(/ignoring teamCharter\.files patterns/);
    assert.match(warning, /'x{80}…': it is longer than 256 characters/);
    assert.match(warning, /'@\(a\|b\)\.yaml': extended globs such as @\(a\|b\) are not supported/);
    const team = fileUri(path.join(root, 'teams/payments.yaml'));
    await client.open(team, YAML);
    assert.deepEqual((await client.currentDiagnostics(team)).diagnostics.map((diagnostic) => diagnostic.code), ['role-undefined']);
  });
});
