// The extension in the browser (vscode.dev, github.dev, and any VS Code that runs it in its web worker
// extension host): the language server is dist/browser/server.js, started as a web worker. It reads no
// files: see server/src/browser/environment.ts for what that leaves out.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, deactivateClient, type ClientHost } from './charterClient';

/** The browser's Worker (the project is type-checked without the DOM library). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[2];

const BROWSER: ClientHost = {
  // Besides files and untitled editors: vscode-vfs (github.dev, Remote Repositories) and vscode-remote
  // (a remote folder, as in code-server, seen from the browser).
  schemes: ['file', 'untitled', 'vscode-vfs', 'vscode-remote'],
  createClient(context, options) {
    const server = vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js');
    const worker = new Worker(server.toString(true), { name: 'Team Charter language server' });
    return new LanguageClient('teamCharter', 'Team Charter', worker, options);
  },
  runsIn: 'in a web worker (charters are checked alone: no extends, no config files)',
};

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateClient(context, BROWSER);
}

export const deactivate = deactivateClient;
