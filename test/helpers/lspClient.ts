// The one LSP client of the tests and the benchmark: spawns a language server (by default the built
// dist/server.js over stdio) and speaks the protocol to it the way an editor would. It answers the
// server's own requests (settings, registrations) and lets a caller wait for the diagnostics of a given
// document version instead of sleeping.
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { ClientCapabilities, InitializeResult, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { track, withTimeout } from './children';

export { killAll, track, withTimeout } from './children';

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

/** What an editor with every feature the tests use tells the server it supports. */
function editorCapabilities(configuration: boolean): ClientCapabilities {
  return {
    workspace: { configuration, didChangeConfiguration: { dynamicRegistration: false }, workspaceFolders: true },
    textDocument: {
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      rename: { prepareSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: false } },
    },
  };
}

export interface LspClientOptions {
  /** The one workspace folder (null: no folder open). */
  rootDir: string | null;
  /** Names the server in failure messages. */
  name?: string;
  /** The server's program and arguments; by default the built server (`--stdio`, or `--node-ipc` for ipc). */
  command?: string;
  args?: string[];
  cwd?: string;
  /** stdio (any editor) or Node IPC (how the VS Code client starts our server). */
  transport?: 'stdio' | 'ipc';
  /** What the server gets when it asks for the `teamCharter` settings (see `configuration` for others). */
  settings?: unknown;
  /** Answers workspace/configuration items by section; by default `teamCharter` gets `settings`, others null. */
  configuration?: (section: string | undefined) => unknown;
  /** Sent as workspace/didChangeConfiguration right after `initialized`. */
  pushedSettings?: unknown;
  /** Sent as `initializationOptions`. */
  initializationOptions?: unknown;
  /** false: a client that does not implement `workspace/configuration` (Neovim 0.7). */
  configurationSupport?: boolean;
  /** Replaces the capabilities the client announces. */
  capabilities?: ClientCapabilities;
}

type DiagnosticsListener = (params: PublishDiagnosticsParams) => void;

export class LspClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  /** The last diagnostics published for each document. */
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  readonly logMessages: string[] = [];
  capabilities: InitializeResult['capabilities'] | undefined;
  /** What the server gets when it asks for the `teamCharter` settings. */
  settings: unknown;
  private readonly listeners = new Set<DiagnosticsListener>();
  private readonly logListeners = new Set<(message: string) => void>();
  private readonly versions = new Map<string, number>();
  private stderr = '';
  private exited: string | undefined;

  /** Starts the server and listens; `initialize` (or `LspClient.start`, which does both) opens the session. */
  constructor(readonly options: LspClientOptions) {
    const ipc = options.transport === 'ipc';
    if (options.command === undefined) ensureServerBuilt();
    const command = options.command ?? process.execPath;
    const args = options.args ?? [SERVER, ipc ? '--node-ipc' : '--stdio'];
    this.process = track(
      ipc
        ? fork(args[0], args.slice(1), { cwd: options.cwd, execPath: command, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
        : spawn(command, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] }),
    );
    this.process.stderr!.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 1_000_000) this.stderr += chunk.toString();
    });
    this.process.on('exit', (code, signal) => (this.exited = `exited with ${code ?? signal}`));
    this.connection = ipc
      ? createProtocolConnection(new IPCMessageReader(this.process), new IPCMessageWriter(this.process))
      : createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.settings = options.settings ?? null;
    this.listen();
  }

  /** Starts the server and initializes the session. */
  static async start(options: LspClientOptions): Promise<LspClient> {
    const client = new LspClient(options);
    await client.initialize();
    return client;
  }

  private listen(): void {
    const connection = this.connection;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.latest.set(params.uri, params);
      for (const listener of [...this.listeners]) listener(params);
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logMessages.push(params.message);
      for (const listener of [...this.logListeners]) listener(params.message);
    });
    const configuration = this.options.configuration ?? ((section) => (section === 'teamCharter' ? this.settings : null));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((item) => configuration(item.section)));
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'window/showMessageRequest']) {
      connection.onRequest(method, () => null);
    }
    for (const method of ['semanticTokens', 'inlayHint', 'diagnostic', 'codeLens']) connection.onRequest(`workspace/${method}/refresh`, () => null);
    connection.onRequest('workspace/workspaceFolders', () => this.workspaceFolders());
    connection.onNotification('window/showMessage', () => undefined);
    connection.onNotification('telemetry/event', () => undefined);
    connection.onNotification('$/progress', () => undefined);
    connection.onError(() => undefined);
    connection.listen();
  }

  private workspaceFolders(): { uri: string; name: string }[] | null {
    return this.options.rootDir === null ? null : [{ uri: fileUri(this.options.rootDir), name: 'workspace' }];
  }

  async initialize(timeoutMs = 60_000): Promise<void> {
    const result = await withTimeout(
      this.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: this.options.rootDir === null ? null : fileUri(this.options.rootDir),
        workspaceFolders: this.workspaceFolders(),
        initializationOptions: this.options.initializationOptions,
        capabilities: this.options.capabilities ?? editorCapabilities(this.options.configurationSupport ?? true),
      }) as Promise<InitializeResult>,
      timeoutMs,
      () => `${this.describeFailure()}: no answer to initialize`,
    );
    this.capabilities = result.capabilities;
    await this.connection.sendNotification('initialized', {});
    if (this.options.pushedSettings !== undefined) {
      await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: this.options.pushedSettings });
    }
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  get serverErrors(): string {
    return this.stderr;
  }

  describeFailure(): string {
    const first = this.stderr.trim().split('\n')[0] ?? '';
    return `${this.options.name ?? 'server'}${this.exited ? ' ' + this.exited : ''}${first ? ': ' + first : ''}`;
  }

  /** 1 = full, 2 = incremental (LSP TextDocumentSyncKind). */
  get syncKind(): number {
    const sync = this.capabilities?.textDocumentSync;
    if (typeof sync === 'number') return sync;
    return sync?.change ?? 1;
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
  diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, after = 0): Promise<PublishDiagnosticsParams> {
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
   * The next diagnostics published for `uri` from now on, of `minVersion` or later (a server that
   * publishes no version always counts), failing after `timeoutMs`: for servers other than ours too.
   */
  nextDiagnostics(uri: string, minVersion: number | undefined, timeoutMs: number): Promise<PublishDiagnosticsParams> {
    const accept = (params: PublishDiagnosticsParams) => minVersion === undefined || params.version === undefined || params.version >= minVersion;
    return withTimeout(this.diagnostics(uri, accept, this.published.length), timeoutMs, () => `${this.describeFailure()}: no diagnostics for ${uri.split('/').pop()} within ${timeoutMs} ms`);
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

  /** A request; with `timeoutMs`, failing when no answer comes in time (the benchmark's servers may hang). */
  request<R>(method: string, params: unknown, timeoutMs?: number): Promise<R> {
    const answer = this.connection.sendRequest(method, params) as Promise<R>;
    return timeoutMs === undefined ? answer : withTimeout(answer, timeoutMs, () => `${this.describeFailure()}: ${method} timed out`);
  }

  /** Shuts the server down and waits for it to exit; kills it when it does not. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.process.exitCode !== null || this.process.signalCode !== null ? resolve() : this.process.once('exit', () => resolve())));
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 10_000, () => 'shutdown timed out');
      await this.connection.sendNotification('exit');
      // Let it exit by itself (a --cpu-prof profile is written on a normal exit).
      await withTimeout(exited, 10_000, () => 'exit timed out');
    } catch {
      this.process.kill('SIGKILL');
      await exited;
    }
    this.connection.dispose();
  }
}
