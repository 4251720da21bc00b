// The LSP lifecycle and framing as the specification says, driven over stdio with raw bytes: a framing
// error ends the server (it never sits there unable to answer), requests before `initialize` and after
// `shutdown` get the specified errors, and a `didChange` older than the document is not applied.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StreamMessageReader } from 'vscode-languageserver-protocol/node';
import type { DocumentSymbol, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureServerBuilt, fileUri, SERVER, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

interface Message {
  id?: number | string | null;
  method?: string;
  result?: unknown;
  error?: { code: number; message: string };
}

/** The built server over stdio, with the bytes written by the test and the messages it sends back. */
class RawServer {
  readonly messages: Message[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly waiting = new Set<() => void>();

  constructor(readonly child: ChildProcess) {
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    new StreamMessageReader(child.stdout!).listen((message) => {
      this.messages.push(message as Message);
      for (const wake of this.waiting) wake();
    });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(): RawServer {
    ensureServerBuilt();
    return new RawServer(spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  write(bytes: string): void {
    this.child.stdin!.write(bytes);
  }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    this.write(`Content-Length: ${body.length}\r\n\r\n${body.toString()}`);
  }

  /** The response to request `id` (already received or coming). */
  response(id: number | string | null): Promise<Message> {
    return new Promise((resolve) => {
      const check = () => {
        const found = this.messages.find((message) => message.id === id && message.method === undefined);
        if (!found) return;
        this.waiting.delete(check);
        resolve(found);
      };
      this.waiting.add(check);
      check();
    });
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

const INITIALIZE = { method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };
const HOVER = { method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.charter.md' }, position: { line: 0, character: 0 } } };

describe('language server protocol: framing and lifecycle', function () {
  // A guard only: before the fix the framing tests wait for an exit that never comes.
  let server: RawServer | undefined;

  afterEach(() => server?.kill());

  for (const [what, bytes, reason] of [
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}', /Content-Length value must be a number/],
    ['a header without Content-Length', 'Content-Type: application/json\r\n\r\n{}', /must provide a Content-Length/],
    ['a header line that is not a header', 'Garbage\r\n\r\n{}', /header must separate key and value/],
  ] as const) {
    it(`exits 1 with one line on stderr after ${what}`, async () => {
      server = RawServer.start();
      server.write(bytes);
      assert.equal(await server.exited, 1);
      assert.match(server.stderr, /^team-charter-language-server: cannot read the message stream \([^\n]*\); exiting\n$/);
      assert.match(server.stderr, reason);
    });
  }

  it('answers a well-framed body that is not JSON with a parse error and goes on serving', async () => {
    server = RawServer.start();
    server.write('Content-Length: 5\r\n\r\n{abc}');
    const parseError = await server.response(null);
    assert.equal(parseError.error?.code, -32700);
    server.send({ id: 1, ...INITIALIZE });
    assert.ok((await server.response(1)).result, 'initialize is still answered');
  });

  it('answers requests before initialize with ServerNotInitialized (-32002), then initializes', async () => {
    server = RawServer.start();
    server.send({ id: 1, ...HOVER });
    server.send({ id: 2, method: 'textDocument/formatting', params: {} });
    server.send({ id: 3, method: 'shutdown' });
    for (const id of [1, 2, 3]) assert.equal((await server.response(id)).error?.code, -32002, `request ${id}`);
    server.send({ id: 4, ...INITIALIZE });
    assert.ok((await server.response(4)).result);
    server.send({ id: 5, ...HOVER });
    assert.deepEqual((await server.response(5)).error, undefined);
    server.send({ id: 6, method: 'no/such/method', params: {} });
    assert.equal((await server.response(6)).error?.code, -32601, 'an unknown method is still MethodNotFound');
  });

  it('answers requests after shutdown with InvalidRequest (-32600), and exits 0 on exit', async () => {
    server = RawServer.start();
    server.send({ id: 1, ...INITIALIZE });
    await server.response(1);
    server.send({ method: 'initialized', params: {} });
    server.send({ id: 2, method: 'shutdown' });
    assert.equal((await server.response(2)).error, undefined);
    server.send({ id: 3, ...HOVER });
    server.send({ id: 4, method: 'shutdown' });
    for (const id of [3, 4]) assert.equal((await server.response(id)).error?.code, -32600, `request ${id}`);
    server.send({ method: 'exit' });
    assert.equal(await server.exited, 0);
  });

  it('exits when its input ends: 1 without shutdown, 0 after it', async () => {
    server = RawServer.start();
    server.child.stdin!.end();
    assert.equal(await server.exited, 1);
    server = RawServer.start();
    server.send({ id: 1, ...INITIALIZE });
    server.send({ id: 2, method: 'shutdown' });
    await server.response(2);
    server.child.stdin!.end();
    assert.equal(await server.exited, 0);
  });
});

describe('language server protocol: document versions', function () {
  let root: string;
  let client: LspClient;

  before(async () => {
    root = temporaryFolder('team-charter-protocol-');
    client = await LspClient.start({ rootDir: root });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('ignores, and logs, a didChange whose version is not newer than the document', async () => {
    const uri = fileUri(path.join(root, 'team.charter.yaml'));
    const charter = (role: string) => `team: Payments\nroles:\n  ${role}:\n    title: ${role}\nresponsibilities:\n  - name: Roadmap\n    accountable: ${role}\n    responsible: ${role}\n`;
    await client.open(uri, charter('pm'));
    const change = (version: number, text: string) =>
      client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    await change(3, charter('lead'));
    await change(2, charter('stale'));
    await change(3, charter('repeated'));
    assert.match(await client.logMessage(/Ignoring a change/), /version 2 is not newer than the document's version 3/);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = JSON.stringify(symbols);
    assert.match(names, /"lead"/);
    assert.doesNotMatch(names, /stale|repeated/);
    const published: PublishDiagnosticsParams = await client.diagnostics(uri, (params) => params.version === 3);
    assert.deepEqual(published.diagnostics, []);
    assert.ok(!client.published.some((params) => params.uri === uri && params.version === 2), 'nothing published for the stale version');
  });
});
