// The language server started in this process, spoken to over a pair of in-memory streams with the
// same framing as stdio: every message goes through the server's real handlers (TextDocuments'
// incremental sync, the debounce, the analyses, code actions), and a test can run thousands of edits
// without a process per server.
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { createProtocolConnection, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { startLanguageServer } from '../../server/src/lsp/languageServer';
import { NODE_ENVIRONMENT } from '../../server/src/lsp/nodeEnvironment';

export class InProcessServer {
  private readonly waiting = new Map<string, { accept: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }>();
  private readonly latest = new Map<string, PublishDiagnosticsParams>();

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly streams: PassThrough[],
    private readonly serverConnection: { dispose(): void },
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.latest.set(params.uri, params);
      const waiter = this.waiting.get(params.uri);
      if (waiter && waiter.accept(params)) {
        this.waiting.delete(params.uri);
        waiter.resolve(params);
      }
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('window/logMessage', () => undefined);
  }

  /** A server with no workspace folder, as an editor with one loose file open starts it. */
  static async start(): Promise<InProcessServer> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    // No collection of garbage when idle: in a test process the heap is the whole suite's.
    startLanguageServer(serverConnection, { ...NODE_ENVIRONMENT, idleCollector: () => ({ touch: () => undefined }) });
    const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const server = new InProcessServer(connection, [toServer, toClient], serverConnection);
    connection.listen();
    await connection.sendRequest('initialize', {
      // No process id: the library would otherwise watch this process with a timer that keeps it alive.
      processId: null,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return server;
  }

  /** The diagnostics published for `uri` at `version` (already published, or the next ones). */
  diagnosticsAt(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    const accept = (params: PublishDiagnosticsParams) => params.version === version;
    const latest = this.latest.get(uri);
    if (latest && accept(latest)) return Promise.resolve(latest);
    return new Promise((resolve) => this.waiting.set(uri, { accept, resolve }));
  }

  async open(uri: string, version: number, text: string): Promise<void> {
    this.latest.delete(uri);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: uri.endsWith('.md') ? 'markdown' : 'yaml', version, text } });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Shuts the server down without `exit` (which would end this process). */
  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    this.connection.dispose();
    this.serverConnection.dispose();
    for (const stream of this.streams) stream.end();
  }
}
