// The LSP lifecycle: before `initialize` a request is answered with ServerNotInitialized and a document
// notification is dropped; after `shutdown` a request is answered with InvalidRequest. Every feature
// handler goes through `guard`, so bad input or an internal error still gets an answer.
import { ErrorCodes, ResponseError, type CancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The part of a connection TextDocuments listens to (not exported by vscode-languageserver). */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

export class Lifecycle {
  private state: 'new' | 'initialized' | 'shutdown' = 'new';

  constructor(private readonly connection: Connection) {}

  get initialized(): boolean {
    return this.state !== 'new';
  }

  get shutdownReceived(): boolean {
    return this.state === 'shutdown';
  }

  /** Throws the error the LSP specification asks for a request that comes at the wrong time. */
  checkRequest(): void {
    if (this.state === 'new') throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server has not been initialized: send initialize first.');
    if (this.state === 'shutdown') throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down: only exit is accepted.');
  }

  initialize(): void {
    if (this.state !== 'new') throw new ResponseError(ErrorCodes.InvalidRequest, 'initialize may be sent only once.');
    this.state = 'initialized';
  }

  shutdown(): void {
    this.checkRequest();
    this.state = 'shutdown';
  }

  logError(what: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`${what} failed: ${detail}`);
  }

  /** Every handler answers something: bad input or an internal error gives the fallback, logged. */
  guard<P, R>(name: string, fallback: R, handler: (params: P, token?: CancellationToken) => Promise<R>): (params: P, token?: CancellationToken) => Promise<R> {
    return async (params: P, token?: CancellationToken) => {
      this.checkRequest();
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        this.logError(name, error);
        return fallback;
      }
    };
  }

  /**
   * The document notifications as TextDocuments should see them: none before `initialize`, and no
   * `didChange` whose version is not newer than the document's (an out-of-order or repeated change
   * would corrupt the text); such a change is ignored and logged.
   */
  documentEvents(documents: TextDocuments<TextDocument>): TextDocumentConnection {
    const connection = this.connection;
    const initialized = () => this.initialized;
    return {
      onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument((params) => (initialized() ? handler(params) : undefined)),
      onDidChangeTextDocument: (handler) =>
        connection.onDidChangeTextDocument((params) => {
          if (!initialized()) return;
          const { uri, version } = params.textDocument;
          const current = documents.get(uri)?.version;
          if (typeof version === 'number' && current !== undefined && version <= current) {
            connection.console.warn(`Ignoring a change to ${uri}: its version ${version} is not newer than the document's version ${current}.`);
            return;
          }
          return handler(params);
        }),
      onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument((params) => (initialized() ? handler(params) : undefined)),
      onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument((params) => (initialized() ? handler(params) : undefined)),
      onWillSaveTextDocumentWaitUntil: (handler) =>
        connection.onWillSaveTextDocumentWaitUntil((params, token) => {
          this.checkRequest();
          return handler(params, token);
        }),
      onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument((params) => (initialized() ? handler(params) : undefined)),
    };
  }
}
