// With Red Hat's YAML extension installed, a problem in a YAML charter is reported once, by our
// `schema` rule. The extension itself cannot be installed here (code-server cannot fetch it), but its
// language server can run: yaml-language-server (a devDependency) gets our manifest's yamlValidation
// contributions the way vscode-yaml hands them over (json/schemaAssociations, each './' url resolved
// against the extension folder, each fileMatch not starting with '/' prefixed with one), so this
// checks what the extension would validate with our package.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, ROOT, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

const YAML_LS = path.join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const UNKNOWN_KEY_CHARTER = 'team: Payments\nbogus-key: 1\n';
const text = (diagnostic: Diagnostic): string => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);

/** What vscode-yaml's getSchemaAssociations() makes of our contributes.yamlValidation. */
function schemaAssociations(): { fileMatch: string[]; uri: string }[] {
  return (manifest.contributes.yamlValidation ?? []).map((entry: { fileMatch: string | string[]; url: string }) => ({
    fileMatch: (Array.isArray(entry.fileMatch) ? entry.fileMatch : [entry.fileMatch]).map((match) => (match.startsWith('/') ? match : `/${match}`)),
    uri: entry.url.startsWith('./') ? pathToFileURL(path.join(ROOT, entry.url)).toString() : entry.url,
  }));
}

/**
 * A file the test maps to the config schema itself, as a user can with `yaml.schemas`: the positive
 * control that yaml-language-server applies the associations it is given.
 */
const PROBE = { fileMatch: ['/probe.yaml'], uri: pathToFileURL(path.join(ROOT, 'schemas/team-charter-config.schema.json')).toString() };

/** yaml-language-server, set up as vscode-yaml sets it up, with our manifest's associations. */
async function startYamlServer(rootDir: string): Promise<LspClient> {
  const yaml = { validate: true, hover: true, completion: true, schemaStore: { enable: false }, format: { enable: false } };
  const server = await LspClient.start({
    rootDir,
    name: 'yaml-language-server',
    command: process.execPath,
    args: [YAML_LS, '--stdio'],
    configuration: (section) => (section === 'yaml' ? yaml : section === 'http' ? { proxy: '', proxyStrictSSL: false } : null),
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {} } },
  });
  await server.connection.sendNotification('json/schemaAssociations', [...schemaAssociations(), PROBE]);
  await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml } });
  return server;
}

/** The diagnostics yaml-language-server publishes for the text opened, or changed to, next. */
async function yamlDiagnostics(server: LspClient, uri: string, text: string): Promise<Diagnostic[]> {
  const next = server.nextDiagnostics(uri, undefined, 60_000);
  if (server.version(uri) === 0) await server.open(uri, text, 'yaml');
  else await server.change(uri, [{ text }]);
  return (await next).diagnostics;
}

describe('with Red Hat YAML (yaml-language-server) beside our server', function () {
  let dir: string;
  let yaml: LspClient;

  before(async () => {
    dir = temporaryFolder('red-hat-yaml-');
    yaml = await startYamlServer(dir);
  });
  after(async () => {
    await yaml?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the manifest gives YAML files no schema, charters or config files', () => {
    assert.deepEqual(schemaAssociations(), []);
  });

  it('yaml-language-server reports nothing on an unknown charter key or config setting, though it applies the associations it gets', async () => {
    // Positive control: a file mapped to the config schema gets its unknown setting flagged. The
    // associations reach the server asynchronously, so re-send the text until they have.
    const probe = fileUri(path.join(dir, 'probe.yaml'));
    let controlDiagnostics = await yamlDiagnostics(yaml, probe, 'bogusSetting: 1\n');
    for (let version = 2; controlDiagnostics.length === 0 && version < 40; version++) {
      controlDiagnostics = await yamlDiagnostics(yaml, probe, `bogusSetting: ${version}\n`);
    }
    assert.ok(
      controlDiagnostics.some((diagnostic) => /bogusSetting|not allowed/i.test(text(diagnostic))),
      JSON.stringify(controlDiagnostics),
    );
    for (const name of ['team.charter.yaml', 'charter.yml', 'ops.charter.yml']) {
      const diagnostics = await yamlDiagnostics(yaml, fileUri(path.join(dir, name)), UNKNOWN_KEY_CHARTER);
      assert.deepEqual(diagnostics, [], name);
    }
    // The config file's problem is ours alone to report (test/config/config-in-server.test.ts).
    assert.deepEqual(await yamlDiagnostics(yaml, fileUri(path.join(dir, '.team-charter.yaml')), 'bogusSetting: 1\n'), []);
  });

  it('yaml-language-server still reports a YAML syntax error, as our syntax rule does (README says so)', async () => {
    const diagnostics = await yamlDiagnostics(yaml, fileUri(path.join(dir, 'broken.charter.yaml')), 'team: [Payments\n');
    assert.ok(diagnostics.length > 0);
  });

  it('our server reports the unknown key once, and not at all with the schema rule off', async () => {
    const client = await LspClient.start({ rootDir: dir });
    try {
      const uri = fileUri(path.join(dir, 'team.charter.yaml'));
      await client.open(uri, UNKNOWN_KEY_CHARTER);
      const found = (await client.currentDiagnostics(uri)).diagnostics.filter((diagnostic) => /bogus-key/.test(text(diagnostic)));
      assert.deepEqual(
        found.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
        [['schema', 1]],
      );
      client.settings = { rules: { schema: 'off' } };
      await client.change(uri, [{ text: UNKNOWN_KEY_CHARTER + '\n' }]);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = await client.diagnostics(uri, (params) => params.version === client.version(uri) && !params.diagnostics.some((d) => d.code === 'schema'));
      assert.deepEqual(after.diagnostics.filter((diagnostic) => /bogus-key/.test(text(diagnostic))), []);
    } finally {
      await client.stop();
    }
  });
});
