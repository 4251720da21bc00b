// Code ownership in the language server: the findings of codeowners-mismatch and catalog-owner-mismatch
// reach the open charter exactly as `team-charter check` reports them, follow CODEOWNERS when it changes
// on disk, and a hover on a covered path shows its code owner.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { makeFolder, runBuiltCli } from '../helpers/cli';
import { CHECKOUT, CODEOWNERS, REPOSITORY } from '../helpers/ownership';
import { fileUri, LspClient } from '../helpers/lspClient';

const RULES = new Set(['codeowners-mismatch', 'catalog-owner-mismatch']);

describe('language server: code ownership', function () {
  this.timeout(30_000);
  let root: string;
  let client: LspClient;
  const ownership = (params: PublishDiagnosticsParams) =>
    params.diagnostics
      .filter((d) => RULES.has(String(d.code)))
      .map((d) => ({ rule: d.code, message: String(d.message), range: d.range, related: d.relatedInformation?.map((r) => [path.relative(root, new URL(r.location.uri).pathname), r.location.range]) }));

  beforeEach(async () => {
    root = makeFolder(REPOSITORY);
    client = await LspClient.start({ rootDir: root });
  });

  afterEach(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('gives the open charter the findings the command line gives, with related locations in CODEOWNERS and the catalog', async () => {
    const uri = fileUri(path.join(root, 'teams/checkout.charter.yaml'));
    await client.open(uri, CHECKOUT);
    const published = await client.diagnostics(uri, (params) => ownership(params).length >= 2);
    const run = runBuiltCli(['check', 'teams', '--format', 'sarif'], { cwd: root });
    const json = runBuiltCli(['check', 'teams', '--format', 'json'], { cwd: root });
    const fromCli = (JSON.parse(json.stdout) as { file: string; diagnostics: { rule: string; message: string; range: unknown }[] }[])
      .find((file) => file.file === 'teams/checkout.charter.yaml')!
      .diagnostics.filter((d) => RULES.has(d.rule))
      .map((d) => ({ rule: d.rule, message: d.message, range: d.range }));
    assert.deepEqual(
      ownership(published).map(({ rule, message, range }) => ({ rule, message, range })),
      fromCli,
    );
    assert.equal(fromCli.length, 2);
    type Location = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } };
    const sarifRelated = (JSON.parse(run.stdout).runs[0].results as { ruleId: string; locations: Location[]; relatedLocations: Location[] }[])
      .filter((result) => RULES.has(result.ruleId) && result.locations[0].physicalLocation.artifactLocation.uri === 'teams/checkout.charter.yaml')
      .map((result) => result.relatedLocations.map((location) => [location.physicalLocation.artifactLocation.uri, location.physicalLocation.region.startLine - 1]));
    assert.deepEqual(
      ownership(published).map((finding) => finding.related!.map(([file, range]) => [file, (range as { start: { line: number } }).start.line])),
      sarifRelated,
    );
    assert.deepEqual(sarifRelated[0][0], ['.github/CODEOWNERS', 5]);
  });

  it("reads the config file's teams for a charter that names no owners, as the command line does, and follows the file", async () => {
    const unnamed = CHECKOUT.replace("owners: ['@acme/checkout']\ngroup: checkout\n", '');
    fs.writeFileSync(path.join(root, 'teams/checkout.charter.yaml'), unnamed);
    fs.writeFileSync(path.join(root, '.team-charter.yaml'), "teams:\n  Checkout: { owners: ['@acme/checkout'] }\n");
    const uri = fileUri(path.join(root, 'teams/checkout.charter.yaml'));
    await client.open(uri, unnamed);
    const published = await client.diagnostics(uri, (params) => ownership(params).some((finding) => finding.message.includes('services/payments/')));
    const json = runBuiltCli(['check', 'teams', '--format', 'json'], { cwd: root });
    const fromCli = (JSON.parse(json.stdout) as { file: string; diagnostics: { rule: string; message: string; range: unknown }[] }[])
      .find((file) => file.file === 'teams/checkout.charter.yaml')!
      .diagnostics.filter((d) => RULES.has(d.rule))
      .map((d) => ({ rule: d.rule, message: d.message, range: d.range }));
    assert.deepEqual(
      ownership(published).map(({ rule, message, range }) => ({ rule, message, range })),
      fromCli,
    );
    // Only CODEOWNERS is compared: the config names no group, so the catalog's owner is not.
    assert.deepEqual(fromCli.map((finding) => finding.rule), ['codeowners-mismatch']);
    assert.deepEqual(ownership(published)[0].related![1], ['.team-charter.yaml', { start: { line: 1, character: 22 }, end: { line: 1, character: 40 } }]);
    // The config file now gives the team the payments handle: the finding goes.
    const count = client.published.length;
    fs.writeFileSync(path.join(root, '.team-charter.yaml'), "teams:\n  Checkout: { owners: ['@acme/payments'] }\n");
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(root, '.team-charter.yaml')), type: 2 }] });
    await client.diagnostics(uri, (params) => !ownership(params).some((finding) => finding.message.includes('services/payments/')), count);
  });

  it('follows CODEOWNERS when it changes on disk', async () => {
    const uri = fileUri(path.join(root, 'teams/checkout.charter.yaml'));
    await client.open(uri, CHECKOUT);
    await client.diagnostics(uri, (params) => ownership(params).some((finding) => finding.message.includes('services/payments/')));
    const count = client.published.length;
    fs.writeFileSync(path.join(root, '.github/CODEOWNERS'), CODEOWNERS.replace('services/payments/    @acme/payments', 'services/payments/    @acme/checkout'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(root, '.github/CODEOWNERS')), type: 2 }] });
    const after = await client.diagnostics(uri, (params) => !ownership(params).some((finding) => finding.message.includes('services/payments/')), count);
    // The catalog's finding stays: only CODEOWNERS changed.
    assert.deepEqual(ownership(after).map((finding) => finding.rule), ['catalog-owner-mismatch']);
  });

  it('shows the code owner of a covered path on hover, and each responsibility’s in the matrix view', async () => {
    const uri = fileUri(path.join(root, 'teams/checkout.charter.yaml'));
    await client.open(uri, CHECKOUT);
    await client.diagnostics(uri, (params) => ownership(params).length >= 2);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 13, character: 20 } });
    assert.equal(hover.contents.value, '**Code owner** of `services/payments/`: @acme/payments\n\n- `services/payments/` (.github/CODEOWNERS, line 6)');
    const component = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 14, character: 22 } });
    assert.equal(component.contents.value, '**Component** `payments-api` (catalog-info.yaml, line 4): owner `group:payments`');
    const matrix = await client.request<{ picture: { rows: { name: string; codeOwner?: string }[] } }>('teamCharter/matrix', { textDocument: { uri } });
    assert.deepEqual(
      matrix.picture.rows.map((row) => [row.name, row.codeOwner]),
      [
        // services/payments/ is the payments team's; /web/checkout/** the web and checkout teams'.
        ['Payments API', '@acme/payments, @acme/web and @acme/checkout'],
        ['Checkout flow', '@acme/checkout'],
      ],
    );
  });
});
