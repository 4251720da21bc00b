// The extension under Node (VS Code desktop, remote and code-server): the language server is
// dist/server.js, started over IPC. The browser build is browserExtension.ts.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, deactivateClient, type ClientHost } from './charterClient';

const NODE: ClientHost = {
  schemes: ['file', 'untitled'],
  createClient(context, options) {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    return new LanguageClient('teamCharter', 'Team Charter', serverOptions, options);
  },
  // Charters read the roles of the files they extend: tell the server when one changes on disk.
  fileEvents: (globs) => globs.map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
  // The server reads earlier versions through git here (not in a web worker).
  comparesWithGit: true,
};

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateClient(context, NODE);
}

export const deactivate = deactivateClient;
