// The VS Code client, shared by the two builds: starts the language server for charter files (over IPC
// under Node, extension.ts; in a web worker in the browser, browserExtension.ts), registers the commands
// and shows the server's state in a language status item. Everything a charter needs is computed by
// the server.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { DEFAULT_CHARTER_GLOBS, charterTemplate } from '../../server/src/core/shared';
import { registerMatrixView } from './matrixView';

/** What differs between the Node and the browser build. */
export interface ClientHost {
  /** Charters are checked in documents of these URI schemes. */
  schemes: readonly string[];
  /** A client for the bundled server, not started yet. */
  createClient(context: vscode.ExtensionContext, options: LanguageClientOptions): BaseLanguageClient;
  /** Watchers of the charter globs, so the server hears when a file some charter extends changes. */
  fileEvents?(globs: readonly string[]): vscode.FileSystemWatcher[];
  /** Where the server runs, for the status item ("running in a web worker"); none under Node. */
  runsIn?: string;
  /** Whether the server can read earlier versions through git ("Compare Ownership with HEAD"). */
  comparesWithGit?: boolean;
}

let client: BaseLanguageClient | undefined;
let host: ClientHost;
let output: vscode.LogOutputChannel | undefined;
/** The language status items of the charter currently shown (see showStatus). */
let statusItems: vscode.LanguageStatusItem[] = [];

export async function activateClient(context: vscode.ExtensionContext, clientHost: ClientHost): Promise<void> {
  host = clientHost;
  output = vscode.window.createOutputChannel('Team Charter', { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('teamCharter.restartServer', () => restart(context)),
    vscode.commands.registerCommand('teamCharter.newCharter', newCharter),
    vscode.commands.registerCommand('teamCharter.showOutput', () => output?.show()),
    { dispose: () => statusItems.forEach((item) => item.dispose()) },
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The document selector is built from the globs, so a new list needs a new client.
      if (event.affectsConfiguration('teamCharter.files')) void restart(context);
    }),
  );
  registerMatrixView(context, () => client);
  // The command palette offers "Compare Ownership with HEAD" only where the server runs git.
  void vscode.commands.executeCommand('setContext', 'teamCharter.comparesWithGit', clientHost.comparesWithGit === true);
  await start(context);
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function charterGlobs(): string[] {
  const configured = vscode.workspace.getConfiguration('teamCharter').get<unknown>('files');
  const globs = Array.isArray(configured) ? configured.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0) : [];
  return globs.length > 0 ? globs : [...DEFAULT_CHARTER_GLOBS];
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const globs = charterGlobs();
  const documentSelector = globs.flatMap((pattern) =>
    (['markdown', 'yaml'] as const).flatMap((language) => host.schemes.map((scheme) => ({ scheme, language, pattern }))),
  );
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    synchronize: { configurationSection: 'teamCharter', fileEvents: host.fileEvents?.(globs) },
  };
  client = host.createClient(context, clientOptions);
  showStatus(documentSelector, globs, 'starting');
  client.onDidChangeState((event) => {
    showStatus(documentSelector, globs, event.newState === State.Running ? 'running' : event.newState === State.Starting ? 'starting' : 'stopped');
  });
  await client.start();
  showStatus(documentSelector, globs, client.isRunning() ? 'running' : 'stopped');
}

/**
 * Two language status items on charters (the `{}` beside the language in the status bar): the
 * server's state, linking to the output, and the charter globs, linking to the setting.
 */
function showStatus(selector: vscode.DocumentSelector, globs: readonly string[], state: 'starting' | 'running' | 'stopped'): void {
  for (const item of statusItems) item.dispose();
  const server = vscode.languages.createLanguageStatusItem('teamCharter.server', selector);
  server.name = 'Team Charter server';
  server.text = state === 'running' ? 'Team Charter: running' : state === 'starting' ? 'Team Charter: starting' : 'Team Charter: stopped';
  const where = host.runsIn ? ` ${host.runsIn}` : '';
  server.detail = state === 'running' ? `the language server is running${where}` : state === 'starting' ? 'the language server is starting' : 'the language server is not running';
  server.busy = state === 'starting';
  server.severity = state === 'stopped' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
  server.command =
    state === 'stopped'
      ? { title: 'Restart', command: 'teamCharter.restartServer' }
      : { title: 'Output', command: 'teamCharter.showOutput', tooltip: 'Show the "Team Charter" output' };
  const files = vscode.languages.createLanguageStatusItem('teamCharter.files', selector);
  files.name = 'Team Charter files';
  files.text = `Charters: ${globs.length} ${globs.length === 1 ? 'pattern' : 'patterns'}`;
  files.detail = globs.join(', ');
  files.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['teamCharter'], tooltip: 'Open the Team Charter settings' };
  statusItems = [server, files];
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  try {
    if (client) {
      await client.stop();
      client = undefined;
    }
    await start(context);
    output?.info('Team Charter server restarted.');
  } catch (error) {
    output?.error(`Restarting the Team Charter server failed: ${String(error)}`);
    void vscode.window.showErrorMessage('Team Charter: the language server could not be restarted; see the "Team Charter" output.');
  }
}

async function newCharter(): Promise<void> {
  const choice = await vscode.window.showQuickPick(
    [
      // alwaysShow: text typed into the picker never hides the two choices (Enter then takes the first).
      { label: 'Markdown', description: 'team.charter.md — roles as a list, responsibilities as a RACI matrix', format: 'markdown' as const, alwaysShow: true },
      { label: 'YAML', description: 'team.charter.yaml — roles and responsibilities as data', format: 'yaml' as const, alwaysShow: true },
    ],
    { title: 'New Team Charter', placeHolder: 'Which format?' },
  );
  if (!choice) return;
  const template = charterTemplate(choice.format);
  const folder = vscode.workspace.workspaceFolders?.[0];
  let uri: vscode.Uri;
  if (folder) {
    uri = await freeUri(folder.uri, template.fileName);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(template.text));
  } else {
    // No folder to write to: an untitled document that saves under the charter's name.
    uri = vscode.Uri.from({ scheme: 'untitled', path: template.fileName });
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  if (uri.scheme === 'untitled' && document.getText() === '') {
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), template.text));
  }
}

/** `team.charter.md`, or `team-2.charter.md` and so on when it exists already. */
async function freeUri(folder: vscode.Uri, fileName: string): Promise<vscode.Uri> {
  const [stem, ...rest] = fileName.split('.');
  const extension = rest.join('.');
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, n === 1 ? fileName : `${stem}-${n}.${extension}`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}
