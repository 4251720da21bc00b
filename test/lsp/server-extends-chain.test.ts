// The language server reports a refusal further up an `extends` chain on the charter's own value:
// a catalog in the workspace that extends a file outside it no longer loses that file's roles silently.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileUri, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

describe('language server: extends refusals further up the chain', function () {
  let base: string;
  let workspace: string;
  let client: LspClient;

  before(async function () {
    base = temporaryFolder('team-charter-lsp-chain-');
    workspace = path.join(base, 'workspace');
    fs.mkdirSync(path.join(workspace, 'org'), { recursive: true });
    fs.mkdirSync(path.join(base, 'outside'));
    fs.writeFileSync(path.join(workspace, 'org/roles.charter.yaml'), 'team: Org\nextends: ../../outside/roles.charter.yaml\nroles: {}\n');
    fs.writeFileSync(path.join(base, 'outside/roles.charter.yaml'), 'roles:\n  archie:\n    title: Release Captain\n');
    client = await LspClient.start({ rootDir: workspace });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('says which file up the chain was not read and why, on the extends value', async () => {
    const uri = fileUri(path.join(workspace, 'team.charter.yaml'));
    await client.open(
      uri,
      'team: Payments\nextends: ./org/roles.charter.yaml\nroles: {}\nresponsibilities:\n  - name: Release notes\n    accountable: archie\n    responsible: archie\n',
    );
    const { diagnostics } = await client.currentDiagnostics(uri);
    const schema = diagnostics.filter((diagnostic) => diagnostic.code === 'schema');
    assert.deepEqual(
      schema.map((diagnostic) => diagnostic.message),
      [
        "Not following all of extends './org/roles.charter.yaml': it extends '../../outside/roles.charter.yaml', which is not read: " +
          `it is outside the workspace folder ${workspace}.`,
      ],
    );
    assert.deepEqual(schema[0].range.start, { line: 1, character: 'extends: '.length });
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'role-undefined'));
  });

  it('reports a chain cut at 64 files on the extends value, and no role of the unread part as undefined', async () => {
    for (let index = 1; index <= 70; index++) {
      fs.writeFileSync(path.join(workspace, `org/r${index}.charter.yaml`), `team: R${index}\nextends: ./r${index + 1}.charter.yaml\nroles:\n  r${index}:\n    title: Role ${index}\n`);
    }
    const uri = fileUri(path.join(workspace, 'long.charter.yaml'));
    await client.open(
      uri,
      'team: App\nextends: ./org/r1.charter.yaml\nroles:\n  pm:\n    title: Product Manager\nresponsibilities:\n  - name: Roadmap\n    accountable: pm\n    responsible: [r66]\n',
    );
    const { diagnostics } = await client.currentDiagnostics(uri);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message, diagnostic.range.start.line]),
      [
        [
          'schema',
          "Not following all of extends './org/r1.charter.yaml': 'org/r64.charter.yaml' extends './r65.charter.yaml', which is not read: " +
            'more than 64 files are extended already, so roles defined there are not known and undefined roles are not reported.',
          1,
        ],
      ],
    );
  });
});
