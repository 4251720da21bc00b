// The language server in a web worker, for the browser build of the extension (vscode.dev, github.dev):
// the client (client/src/browserExtension.ts) starts this bundle as a Worker and talks to it by messages.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startLanguageServer } from './lsp/languageServer';
import { BROWSER_ENVIRONMENT } from './browser/environment';

/** The worker's global scope (the project is type-checked without the DOM library). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startLanguageServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), BROWSER_ENVIRONMENT);
