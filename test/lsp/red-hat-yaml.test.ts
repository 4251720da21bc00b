// With Red Hat's YAML extension installed, a problem in a YAML charter is reported once, by our
// `schema` rule. The extension itself cannot be installed here (code-server cannot fetch it), but its
// language server can run: yaml-language-server (a devDependency) gets our manifest's yamlValidation
// contributions the way vscode-yaml hands them over (json/schemaAssociations, each './' url resolved
// against the extension folder, each fileMatch not starting with '/' prefixed with one), so this
// checks what the extension would validate with our package.json.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fileUri, ROOT, TestClient } from './client';

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

class YamlServer {
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiting = new Set<(params: PublishDiagnosticsParams) => void>();
  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
  ) {}

  static async start(rootDir: string): Promise<YamlServer> {
    const child = spawn(process.execPath, [YAML_LS, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new YamlServer(connection, child);
    const yaml = { validate: true, hover: true, completion: true, schemaStore: { enable: false }, format: { enable: false } };
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'yaml' ? yaml : item.section === 'http' ? { proxy: '', proxyStrictSSL: false } : null)),
    );
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      server.published.push(params);
      for (const listener of [...server.waiting]) listener(params);
    });
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(rootDir),
      workspaceFolders: [{ uri: fileUri(rootDir), name: 'workspace' }],
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {} } },
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('json/schemaAssociations', [...schemaAssociations(), PROBE]);
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml } });
    return server;
  }

  /** The diagnostics of the next publish for `uri` (none published for it yet when called). */
  nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      const listener = (params: PublishDiagnosticsParams) => {
        if (params.uri !== uri) return;
        this.waiting.delete(listener);
        resolve(params.diagnostics);
      };
      this.waiting.add(listener);
    });
  }

  async open(uri: string, text: string, version = 1): Promise<Diagnostic[]> {
    const next = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    return next;
  }

  async change(uri: string, text: string, version: number): Promise<Diagnostic[]> {
    const next = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return next;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

describe('with Red Hat YAML (yaml-language-server) beside our server', function () {
  let dir: string;
  let yaml: YamlServer;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'red-hat-yaml-'));
    yaml = await YamlServer.start(dir);
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
    let controlDiagnostics = await yaml.open(probe, 'bogusSetting: 1\n');
    for (let version = 2; controlDiagnostics.length === 0 && version < 40; version++) {
      controlDiagnostics = await yaml.change(probe, `bogusSetting: ${version}\n`, version);
    }
    assert.ok(
      controlDiagnostics.some((diagnostic) => /bogusSetting|not allowed/i.test(text(diagnostic))),
      JSON.stringify(controlDiagnostics),
    );
    for (const name of ['team.charter.yaml', 'charter.yml', 'ops.charter.yml']) {
      const diagnostics = await yaml.open(fileUri(path.join(dir, name)), UNKNOWN_KEY_CHARTER);
      assert.deepEqual(diagnostics, [], name);
    }
    // The config file's problem is ours alone to report (test/config/config-in-server.test.ts).
    assert.deepEqual(await yaml.open(fileUri(path.join(dir, '.team-charter.yaml')), 'bogusSetting: 1\n'), []);
  });

  it('yaml-language-server still reports a YAML syntax error, as our syntax rule does (README says so)', async () => {
    const diagnostics = await yaml.open(fileUri(path.join(dir, 'broken.charter.yaml')), 'team: [Payments\n');
    assert.ok(diagnostics.length > 0);
  });

  it('our server reports the unknown key once, and not at all with the schema rule off', async () => {
    const client = await TestClient.start({ rootDir: dir });
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
