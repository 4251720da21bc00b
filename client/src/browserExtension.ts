// The extension in the browser (vscode.dev, github.dev, and any VS Code that runs it in its web worker
// extension host): the language server is dist/browser/server.js, started as a web worker. It reads no
// files: see server/src/browser/environment.ts for what that leaves out.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateClient, deactivateClient, type ClientHost } from './charterClient';

/** The browser's Worker (the project is type-checked without the DOM library). */
type Worker = Exclude<ConstructorParameters<typeof LanguageClient>[2], () => unknown> & { terminate(): void };
declare const Worker: new (url: string, options?: { name?: string }) => Worker;

/** The worker of the running server. */
let running: Worker | undefined;

const BROWSER: ClientHost = {
  // Besides files and untitled editors: vscode-vfs (github.dev, Remote Repositories) and vscode-remote
  // (a remote folder, as in code-server, seen from the browser).
  schemes: ['file', 'untitled', 'vscode-vfs', 'vscode-remote'],
  createClient(context, options) {
    const server = vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js');
    return new LanguageClient('teamCharter', 'Team Charter', () => startServer(server), options);
  },
  runsIn: 'in a web worker (no extends, no config files)',
};

/**
 * Transports of our own rather than the Worker itself: the library tells a Worker by `instanceof
 * Worker`, which the extension host's replacement of Worker does not pass.
 */
async function startServer(server: vscode.Uri): Promise<MessageTransports> {
  // The library leaves a stopped server's worker running: a restart ends it (it has been shut down).
  running?.terminate();
  running = await startWorker(server);
  return { reader: new BrowserMessageReader(running), writer: new BrowserMessageWriter(running) };
}

/**
 * The server's worker. An extension installed on a remote (code-server, a tunnel) has a vscode-remote:
 * location, from which the web worker extension host refuses to start a worker ("Creating workers from
 * remote extensions is currently not supported"), though it fetches from there: the worker then starts
 * from the fetched script.
 */
async function startWorker(server: vscode.Uri): Promise<Worker> {
  const name = 'Team Charter language server';
  if (server.scheme !== 'vscode-remote') return new Worker(server.toString(true), { name });
  const response = await fetch(server.toString(true));
  if (!response.ok) throw new Error(`Cannot load the language server from ${server.toString(true)}: HTTP ${response.status}`);
  const script = new Blob([await response.text()], { type: 'application/javascript' });
  return new Worker(URL.createObjectURL(script), { name });
}

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateClient(context, BROWSER);
}

export const deactivate = deactivateClient;
