// A minimal LSP client for the benchmark: spawns a server over stdio, answers its requests
// (workspace/configuration, registerCapability, progress), and waits for publishDiagnostics.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';

/** Every child the harness started; killed on exit, also on failure. */
const children = new Set<ChildProcess>();

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

export function killAll(): void {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
}

process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

export function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

interface Waiter {
  uri: string;
  minVersion?: number;
  resolve: (params: PublishDiagnosticsParams) => void;
}

export interface LspClientOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  rootUri: string;
  /** Answers workspace/configuration items by section. */
  configuration: (section: string | undefined) => unknown;
  /** Sent as workspace/didChangeConfiguration after `initialized`. */
  settings?: unknown;
}

export class LspClient {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  capabilities: InitializeResult['capabilities'] | undefined;
  private waiters: Waiter[] = [];
  private readonly logWaiters: { pattern: RegExp; resolve: () => void }[] = [];
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  private stderr = '';
  private exited: string | undefined;

  constructor(readonly options: LspClientOptions) {
    this.child = track(spawn(options.command, options.args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] }));
    this.child.stderr!.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 4000) this.stderr += chunk.toString();
    });
    this.child.on('exit', (code, signal) => {
      this.exited = `exited with ${code ?? signal}`;
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.latest.set(params.uri, params);
      const still: Waiter[] = [];
      for (const waiter of this.waiters) {
        const versionOk = waiter.minVersion === undefined || params.version === undefined || params.version >= waiter.minVersion;
        if (waiter.uri === params.uri && versionOk) waiter.resolve(params);
        else still.push(waiter);
      }
      this.waiters = still;
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => options.configuration(item.section)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onRequest('workspace/workspaceFolders', () => [{ uri: options.rootUri, name: 'bench' }]);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      for (const waiter of [...this.logWaiters]) {
        if (!waiter.pattern.test(params.message)) continue;
        this.logWaiters.splice(this.logWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    });
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.onNotification('telemetry/event', () => undefined);
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  describeFailure(): string {
    const first = this.stderr.trim().split('\n')[0] ?? '';
    return `${this.options.name}${this.exited ? ' ' + this.exited : ''}${first ? ': ' + first : ''}`;
  }

  async initialize(timeoutMs = 20000): Promise<void> {
    const result = await withTimeout(
      this.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: this.options.rootUri,
        workspaceFolders: [{ uri: this.options.rootUri, name: 'bench' }],
        initializationOptions: {},
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: true },
            publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
            codeAction: {
              codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
              isPreferredSupport: true,
              resolveSupport: { properties: ['edit'] },
            },
          },
        },
      }) as Promise<InitializeResult>,
      timeoutMs,
      () => `${this.describeFailure()}: no answer to initialize`,
    );
    this.capabilities = result.capabilities;
    await this.connection.sendNotification('initialized', {});
    if (this.options.settings !== undefined) {
      await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: this.options.settings });
    }
  }

  /** 1 = full, 2 = incremental (LSP TextDocumentSyncKind). */
  get syncKind(): number {
    const sync = this.capabilities?.textDocumentSync;
    if (typeof sync === 'number') return sync;
    return sync?.change ?? 1;
  }

  waitDiagnostics(uri: string, minVersion: number | undefined, timeoutMs: number): Promise<PublishDiagnosticsParams> {
    return withTimeout(
      new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.push({ uri, minVersion, resolve })),
      timeoutMs,
      () => `${this.describeFailure()}: no diagnostics for ${uri.split('/').pop()} within ${timeoutMs} ms`,
    );
  }

  /** Resolves at the next log message (window/logMessage) that matches. */
  waitLog(pattern: RegExp, timeoutMs: number): Promise<void> {
    return withTimeout(
      new Promise<void>((resolve) => this.logWaiters.push({ pattern, resolve })),
      timeoutMs,
      () => `${this.describeFailure()}: no log message ${pattern} within ${timeoutMs} ms`,
    );
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown, timeoutMs = 10000): Promise<R> {
    return withTimeout(this.connection.sendRequest(method, params) as Promise<R>, timeoutMs, () => `${this.describeFailure()}: ${method} timed out`);
  }

  async shutdown(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 3000, () => 'shutdown timed out');
      await this.connection.sendNotification('exit');
      // Give it a moment to exit by itself (a --cpu-prof profile is written on a normal exit).
      if (this.exited === undefined) {
        await withTimeout(new Promise((resolve) => this.child.once('exit', resolve)), 3000, () => 'exit timed out');
      }
    } catch {
      // killed below anyway
    }
    this.connection.dispose();
    if (this.exited === undefined) this.child.kill('SIGKILL');
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message())), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export type { Diagnostic };
