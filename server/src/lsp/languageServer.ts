// LSP wiring: the lifecycle, documents, settings and workspace events, handed to the parts that do the
// work (analyses.ts: check results; validation.ts: when to check and publish; features.ts and
// codeActions.ts: one handler per feature). Analysis lives in core/; these files only adapt it.
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from '../core/config/file';
import { DocumentAnalyses } from './analyses';
import { toFsPath } from './charterFiles';
import { registerCodeActions } from './codeActions';
import { ServerConfiguration } from './configuration';
import { FIX_ALL_KIND } from './convert';
import { registerFeatures } from './features';
import { Lifecycle } from './lifecycle';
import { registerMatrixRequest } from './matrix';
import { registerCompareRequest } from './compare';
import { settingsFromInitializationOptions, settingsFromNotification } from '../core/config/editorSettings';
import type { ServerEnvironment } from './serverEnvironment';
import { Validation } from './validation';
import { WorkspaceIndex } from './workspaceIndex';

/** What the transport needs to know of a running server (server.ts exits 0 or 1 on it). */
export interface RunningServer {
  /** Whether `shutdown` was received, so an end of input is an orderly exit. */
  readonly shutdownReceived: boolean;
}

/** `environment`: what the server reads and how it checks where it runs (Node or a browser; see serverEnvironment.ts). */
export function startLanguageServer(connection: Connection, environment: ServerEnvironment): RunningServer {
  const documents = new TextDocuments(TextDocument);
  const lifecycle = new Lifecycle(connection);
  const configuration = new ServerConfiguration(connection, documents, environment);
  // The three refer to each other through callbacks: a check updates the organisation, whose findings
  // are added to what is published, and a change of them publishes the open documents again.
  const analyses: DocumentAnalyses = new DocumentAnalyses(documents, configuration, lifecycle, environment.checkCharter, (uri, result) => index.documentChecked(uri, result));
  // Told after each burst of work (checks published, the workspace read), to give memory back when idle.
  const collector = environment.idleCollector();
  const validation: Validation = new Validation(connection, documents, analyses, configuration, lifecycle, collector, (uri, text, result) =>
    index.findingsOf(uri, text, result),
  );
  const index: WorkspaceIndex = new WorkspaceIndex(
    connection,
    documents,
    configuration,
    lifecycle,
    (uris) => uris.forEach((uri) => validation.schedule(uri)),
    collector,
    environment.workspaceFiles,
  );
  /** Settings or folders changed: every open charter is checked again and the workspace read again. */
  const reloadAll = () => {
    validation.revalidateAll();
    index.rescan();
  };
  const capabilities: ClientCapabilities = { dynamicConfiguration: false, watchedFiles: false, workspaceFolders: false };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    lifecycle.initialize();
    const workspace = params.capabilities.workspace;
    configuration.configurationRequests = workspace?.configuration === true;
    capabilities.dynamicConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    capabilities.watchedFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    capabilities.workspaceFolders = workspace?.workspaceFolders === true;
    configuration.setWorkspaceFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    configuration.usePushedSettings(settingsFromInitializationOptions(params.initializationOptions));
    return SERVER_CAPABILITIES;
  });

  handleWorkspaceEvents(connection, { configuration, validation, index, lifecycle }, capabilities, reloadAll);

  documents.onDidOpen((event) => validation.schedule(event.document.uri));
  documents.onDidChangeContent((event) => {
    validation.schedule(event.document.uri);
    validation.revalidateDependents(event.document.uri);
  });
  documents.onDidClose((event) => {
    validation.closed(event.document.uri);
    index.documentClosed(event.document.uri);
  });

  registerFeatures(connection, analyses, index, lifecycle);
  registerCodeActions(connection, analyses, index, lifecycle, environment.checkCharter);
  registerMatrixRequest(connection, analyses, index, lifecycle);
  registerCompareRequest(connection, analyses, index, lifecycle, environment);

  connection.onShutdown(() => lifecycle.shutdown());

  // Any other request (no handler here): the lifecycle errors first, then MethodNotFound as usual.
  connection.onRequest((method) => {
    lifecycle.checkRequest();
    throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
  });

  documents.listen(lifecycle.documentEvents(documents));
  connection.listen();
  return lifecycle;
}

/** What the server offers, the same to every client. */
const SERVER_CAPABILITIES: InitializeResult = {
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['|', ',', ':', '['] },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  },
  serverInfo: { name: 'team-charter-language-server' },
};

/** Which dynamic registrations and workspace requests the client supports (from `initialize`). */
interface ClientCapabilities {
  dynamicConfiguration: boolean;
  watchedFiles: boolean;
  workspaceFolders: boolean;
}

/**
 * Settings, workspace folders and files on disk: what to watch once initialised, and what a change of
 * each checks or reads again.
 */
function handleWorkspaceEvents(
  connection: Connection,
  parts: { configuration: ServerConfiguration; validation: Validation; index: WorkspaceIndex; lifecycle: Lifecycle },
  capabilities: ClientCapabilities,
  reloadAll: () => void,
): void {
  const { configuration, validation, index, lifecycle } = parts;
  connection.onInitialized(() => {
    if (capabilities.watchedFiles) {
      // The config files, wherever they are: a change checks every open charter again.
      // And the code ownership the organisation reads (CODEOWNERS, Backstage catalog files).
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/{${CONFIG_FILE_NAMES.join(',')}}` }, { globPattern: '**/{CODEOWNERS,catalog-info.yaml,catalog-info.yml}' }],
      });
    }
    if (capabilities.dynamicConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'teamCharter' });
    }
    if (configuration.configurationRequests) {
      configuration.settingsLoaded = configuration.loadSettings().then(reloadAll);
    } else {
      index.rescan();
    }
    if (capabilities.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace.getWorkspaceFolders().then((folders) => {
          configuration.setWorkspaceFolders(folders?.map((folder) => folder.uri) ?? []);
          reloadAll();
        });
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    // A notification without a teamCharter section (VS Code sends `settings: null`) keeps what was pushed.
    configuration.pushedSettings = settingsFromNotification(change) ?? configuration.pushedSettings;
    configuration.settingsLoaded = configuration
      .loadSettings()
      .then(reloadAll)
      .catch((error: unknown) => lifecycle.logError('Applying settings', error));
  });

  // A config file or a charter changed on disk (the client watches the charter globs): charters that
  // extend it follow, and the organisation reads it again.
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => CONFIG_FILE_NAMES.includes(path.basename(toFsPath(change.uri) ?? '')))) {
      configuration.reloadConfigFiles();
      reloadAll();
      return;
    }
    validation.revalidateDependents('');
    for (const change of params.changes) index.fileChanged(change.uri, change.type === FileChangeType.Deleted);
  });
}
