// "Team Charter: Open RACI Matrix to the Side": a webview beside the editor that draws the charter's
// matrix from the server's picture (`teamCharter/matrix`), again each time the charter's diagnostics
// change (so it follows typing), and follows the active editor to another charter as Markdown's preview
// does. A click or Enter on a cell shows that place in the charter. "Compare Ownership with HEAD" draws
// the same view from `teamCharter/compare`: the matrix with what changed since HEAD, until "Show the
// matrix only" or the matrix command.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { CharterPicture, PictureChanges } from '../../server/src/core/shared';
import { matrixBodyHtml, matrixPageHtml, organisationHtml, type OrganisationView } from './matrixHtml';
import { MATRIX_SCRIPT } from './matrixScript';

const MATRIX_REQUEST = 'teamCharter/matrix';
const COMPARE_REQUEST = 'teamCharter/compare';
/** What "Compare Ownership with HEAD" compares with. */
const BASE = 'HEAD';
const VIEW_TYPE = 'teamCharter.matrix';
/** Diagnostics of one check may arrive in several events; the picture is asked for once they settle. */
const REFRESH_DELAY_MS = 50;

interface MatrixResult {
  version: number;
  picture: CharterPicture;
  organisation?: OrganisationView;
  /** `teamCharter/compare` only. */
  changes?: PictureChanges;
  unavailable?: string;
}

export function registerMatrixView(context: vscode.ExtensionContext, clientOf: () => BaseLanguageClient | undefined): void {
  const view = new MatrixView(clientOf);
  context.subscriptions.push(
    vscode.commands.registerCommand('teamCharter.showMatrix', (uri?: vscode.Uri) => view.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('teamCharter.compareWithHead', (uri?: vscode.Uri) => {
      // git reads the repository's configuration, which can name programs to run: not in Restricted Mode.
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showInformationMessage('Team Charter: comparing with HEAD runs git, which Restricted Mode does not allow. Trust the workspace to compare.');
        return;
      }
      view.show(uri instanceof vscode.Uri ? uri : undefined, true);
    }),
    vscode.languages.onDidChangeDiagnostics((event) => {
      if (view.panel && view.shown && event.uris.some((uri) => uri.toString() === view.shown?.toString())) view.scheduleRefresh();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      const uri = editor?.document.uri;
      const language = editor?.document.languageId;
      if (!view.panel || !uri || uri.toString() === view.shown?.toString() || (language !== 'markdown' && language !== 'yaml')) return;
      void view.refresh(uri);
    }),
    { dispose: () => view.panel?.dispose() },
  );
}

/** The one matrix webview: which charter it shows, and whether it compares with BASE. */
class MatrixView {
  panel: vscode.WebviewPanel | undefined;
  shown: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Bumped by each refresh, so that an older answer arriving late is dropped. */
  private generation = 0;
  /** The files the view may open besides the charter shown: the catalogs the server named. */
  private catalogs = new Set<string>();
  /** Whether the view compares with BASE ("Compare Ownership with HEAD") or draws the matrix only. */
  private comparing = false;

  constructor(private readonly clientOf: () => BaseLanguageClient | undefined) {}

  /**
   * Draws the charter at `candidate` (by default the one shown). A candidate the server does not check
   * as a charter (the active editor moved to a README) leaves the view as it was.
   */
  async refresh(candidate?: vscode.Uri): Promise<void> {
    const view = this.panel;
    const uri = candidate ?? this.shown;
    const client = this.clientOf();
    if (!view || !uri) return;
    const mine = ++this.generation;
    let result: MatrixResult | null = null;
    const compare = this.comparing;
    try {
      const request = compare ? COMPARE_REQUEST : MATRIX_REQUEST;
      result = client?.isRunning() ? await client.sendRequest<MatrixResult | null>(request, { textDocument: { uri: uri.toString() }, ...(compare ? { base: BASE } : {}) }) : null;
    } catch {
      // The document changed meanwhile (ContentModified) or the server restarted: the next refresh draws it.
      return;
    }
    if (mine !== this.generation || view !== this.panel || (candidate && !result)) return;
    this.shown = uri;
    view.title = `RACI: ${fileName(uri)}`;
    this.catalogs = new Set(result?.organisation?.shared?.shared.map((row) => row.catalog) ?? []);
    const organisation = result?.organisation ? organisationHtml(result.organisation) : '';
    const comparison = compare && result ? { base: BASE, changes: result.changes, unavailable: result.unavailable } : undefined;
    await view.webview.postMessage({ type: 'show', html: matrixBodyHtml(result?.picture, fileName(uri), comparison) + organisation });
  }

  scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  show(uri: vscode.Uri | undefined, compare = false): void {
    this.comparing = compare;
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage('Team Charter: open a charter first, then open its RACI matrix.');
      return;
    }
    this.shown = target;
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else this.panel = this.createPanel(target);
    void this.refresh();
  }

  private createPanel(target: vscode.Uri): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, `RACI: ${fileName(target)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
    const nonce = randomNonce();
    panel.webview.html = matrixPageHtml('<p class="muted">Reading the charter…</p>', nonce, panel.webview.cspSource, MATRIX_SCRIPT);
    panel.webview.onDidReceiveMessage((message: ViewMessage) => this.received(message));
    // A hidden webview is rebuilt when shown again (and misses the updates meanwhile): draw it again.
    panel.onDidChangeViewState((event) => {
      if (event.webviewPanel.visible) this.scheduleRefresh();
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.shown = undefined;
    });
    return panel;
  }

  private received(message: ViewMessage): void {
    if (message?.type === 'matrix-only') {
      this.comparing = false;
      void this.refresh();
      return;
    }
    const { line, character } = message ?? {};
    if (message?.type !== 'reveal' || !isIndex(line) || !isIndex(character)) return;
    // Another charter (a shared responsibility's catalog), only one the server named; or the one shown.
    const shown = this.shown;
    const other = typeof message.path === 'string' && this.catalogs.has(message.path) ? message.path : undefined;
    if (message.path !== undefined && other === undefined) return;
    const target = other && shown ? (shown.scheme === 'file' ? vscode.Uri.file(other) : shown.with({ path: other })) : shown;
    if (target) reveal(target, line, character).catch(() => undefined);
  }
}

/** What the webview's script posts: a click or Enter on a place, or "Show the matrix only". */
type ViewMessage = { type?: string; line?: unknown; character?: unknown; path?: unknown } | undefined;

/** Shows a charter at a position, in the editor column it is open in (or the first). */
async function reveal(uri: vscode.Uri, line: number, character: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const open = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
  const position = new vscode.Position(line, character);
  await vscode.window.showTextDocument(document, { viewColumn: open?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
