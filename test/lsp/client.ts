// A small LSP client for tests: spawns the built server (dist/server.js --stdio) and speaks the
// protocol to it, the way an editor would. It answers the server's own requests (settings) and lets a
// test wait for the diagnostics of a given document version instead of sleeping.
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');

/** Builds the bundle when it is missing (npm test builds it first anyway). */
export function ensureServerBuilt(): void {
  if (fs.existsSync(SERVER)) return;
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed; the LSP tests need dist/server.js');
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

type DiagnosticsListener = (params: PublishDiagnosticsParams) => void;

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logMessages: string[] = [];
  /** What the server gets when it asks for the `teamCharter` settings. */
  settings: unknown = null;
  private readonly listeners = new Set<DiagnosticsListener>();
  private readonly logListeners = new Set<(message: string) => void>();
  private readonly versions = new Map<string, number>();
  private stderr = '';

  private constructor(
    readonly connection: ProtocolConnection,
    readonly process: ChildProcess,
  ) {}

  /**
   * Starts the server over stdio (any editor) or Node IPC (how the VS Code client starts it), with
   * `rootDir` as the one workspace folder (null: no folder open).
   */
  static async start(options: {
    rootDir: string | null;
    settings?: unknown;
    transport?: 'stdio' | 'ipc';
    /** Sent as `initializationOptions`. */
    initializationOptions?: unknown;
    /** false: a client that does not implement `workspace/configuration` (Neovim 0.7). */
    configuration?: boolean;
  }): Promise<TestClient> {
    ensureServerBuilt();
    const ipc = options.transport === 'ipc';
    const child = ipc
      ? fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
      : spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = ipc
      ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child);
    client.settings = options.settings ?? null;
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.published.push(params);
      for (const listener of client.listeners) listener(params);
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      client.logMessages.push(params.message);
      for (const listener of client.logListeners) listener(params.message);
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'teamCharter' ? client.settings : null)),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const rootUri = options.rootDir === null ? null : fileUri(options.rootDir);
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri === null ? null : [{ uri: rootUri, name: 'workspace' }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { configuration: options.configuration ?? true, didChangeConfiguration: { dynamicRegistration: false }, workspaceFolders: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          rename: { prepareSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false } },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  get serverErrors(): string {
    return this.stderr;
  }

  async open(uri: string, text: string, languageId = uri.endsWith('.md') ? 'markdown' : 'yaml'): Promise<number> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  /** Sends one didChange; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /**
   * The next diagnostics published for `uri` that satisfy `accept` (by default: any). Diagnostics
   * already published count too, unless `after` says how many of `published` to skip.
   */
  diagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    after = 0,
  ): Promise<PublishDiagnosticsParams> {
    const earlier = this.published.slice(after).filter((params) => params.uri === uri && accept(params));
    if (earlier.length > 0) return Promise.resolve(earlier[earlier.length - 1]);
    return new Promise((resolve) => {
      const listener: DiagnosticsListener = (params) => {
        if (params.uri !== uri || !accept(params)) return;
        this.listeners.delete(listener);
        resolve(params);
      };
      this.listeners.add(listener);
    });
  }

  /** Diagnostics for the document's current version. */
  currentDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    const version = this.version(uri);
    return this.diagnostics(uri, (params) => params.version === version);
  }

  /**
   * The quick fixes for a range, once the server has verified each of them. A request verifies fixes
   * within a time budget, at least one per request, and the server remembers its verdicts for the
   * document's version, as the editor asks again when the cursor moves: on a loaded machine one
   * request may verify only some. Asking as many times as a diagnostic can have fixes gets them all.
   */
  async verifiedCodeActions<R>(params: unknown, times = 8): Promise<R[]> {
    let actions: R[] = [];
    for (let asked = 0; asked < times; asked++) actions = await this.request<R[]>('textDocument/codeAction', params);
    return actions;
  }

  /** The first log message (already received or coming) that matches. */
  logMessage(pattern: RegExp): Promise<string> {
    const earlier = this.logMessages.find((message) => pattern.test(message));
    if (earlier !== undefined) return Promise.resolve(earlier);
    return new Promise((resolve) => {
      const listener = (message: string) => {
        if (!pattern.test(message)) return;
        this.logListeners.delete(listener);
        resolve(message);
      };
      this.logListeners.add(listener);
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    await exited;
    this.connection.dispose();
  }
}
