// LSP wiring: documents, debounced and versioned validation, settings, and one handler per feature.
// Analysis lives in core/ (checkText, core/features); this file only adapts it to the protocol.
import {
  CodeAction,
  CodeActionKind,
  CodeActionTriggerKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeActionParams,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Location,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { CheckOptions, CheckResult } from '../core/check';
import type { Position } from '../core/model';
import { completionsAt } from '../core/features/completion';
import { FIX_ALL_CHECKS_MS, fixAllEdits, MAX_FIX_ALL_CHECKS } from '../core/features/fixAll';
import { FixVerifier, MAX_QUICK_FIX_CHECKS, QUICK_FIX_CHECKS_MS, type CheckBudget } from '../core/fixes/verify';
import { hoverAt } from '../core/features/hover';
import { definitionAt, prepareRenameAt, referencesAt, renameAt, type CharterLocation } from '../core/features/navigation';
import { documentSymbols } from '../core/features/symbols';
import { ParseInterrupted, ParseSlices, runParseSlice } from '../core/parse/markdown/speed/chunks';
import * as path from 'node:path';
import { CONFIG_FILE_NAMES } from '../core/configFile';
import type { CharterSettings, LoadedConfig } from '../host/configFiles';
import { CharterFiles, toFsPath } from './charterFiles';
import type { ServerEnvironment } from './serverEnvironment';
import { suppressionFix } from '../core/suppressions';
import { FIX_ALL_KIND, quickFixes, sameRange, SOURCE, suppressionAction, toCompletionItem, toDiagnostic, toDocumentSymbol } from './convert';
import { DEFAULT_SETTINGS, readSettings, resolveSettings, settingsFromInitializationOptions, settingsFromNotification, type ServerSettings } from './settings';

/**
 * The debounce before a check, per document: about as long as that document's last check took, so a
 * small charter answers at once and a big one still coalesces a burst of keystrokes instead of queueing
 * a check per key. Before the first check it is guessed from the text's length (about 1 ms per KB of a
 * Markdown or YAML charter). Measured with `npm run bench` section 2: the fixed 30 ms it replaces was 60%
 * of the 50 ms budget at 100 responsibilities, where a check takes about 10 ms.
 */
export const MIN_VALIDATION_DELAY_MS = 5;
export const MAX_VALIDATION_DELAY_MS = 60;

export function validationDelay(lastCheckMs: number | undefined, textLength: number): number {
  const estimate = lastCheckMs ?? textLength / 1000;
  return Math.round(Math.min(MAX_VALIDATION_DELAY_MS, Math.max(MIN_VALIDATION_DELAY_MS, estimate)));
}

/**
 * How many check results are kept (the most recently used). A result holds the whole charter model
 * with its fixes and rewrite closures, ~250 KB for a typical charter: kept for every open document that
 * was 331 MB of RSS with 1,000 charters open (`npm run bench` section 5). The editor works on a few
 * documents at a time; a feature request on an evicted one checks it again (a few ms at typical sizes).
 * Published diagnostics carry their fixes in `data`, so code actions rarely need the result anyway.
 */
export const ANALYSIS_CACHE_SIZE = 8;

/**
 * How long a check parses Markdown before it lets the server answer what came in meanwhile (see
 * checkInSlices). A check is synchronous, and a large document took seconds: hovers, other documents
 * and `shutdown` waited behind it. Measured (wall time, hovers every 20 ms on another document while a
 * large charter is checked from cold, a loaded 2-CPU machine): a 4,000-section charter with a link
 * definition (2.4 s) median 76 ms, at most 0.44 s (the last slice: the model and the rules); a
 * 20,000-line list (1.1 s) median 10 ms, at most 0.22 s. Without slices the hover waited for the whole
 * check, as did `shutdown` (10.5 s and 28 s before the parsing of those charters was made linear).
 */
export const CHECK_SLICE_MS = 25;

/** The part of a connection TextDocuments listens to (not exported by vscode-languageserver). */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

interface Analysis {
  version: number;
  result: CheckResult;
}

/** What the transport needs to know of a running server (server.ts exits 0 or 1 on it). */
export interface RunningServer {
  /** Whether `shutdown` was received, so an end of input is an orderly exit. */
  readonly shutdownReceived: boolean;
}

/** `environment`: what the server reads and how it checks where it runs (Node or a browser; see serverEnvironment.ts). */
export function startLanguageServer(connection: Connection, environment: ServerEnvironment): RunningServer {
  const checkCharter = environment.checkCharter;
  const documents = new TextDocuments(TextDocument);
  /**
   * The LSP lifecycle: before `initialize` a request is answered with ServerNotInitialized and a
   * document notification is dropped; after `shutdown` a request is answered with InvalidRequest.
   */
  let lifecycle: 'new' | 'initialized' | 'shutdown' = 'new';
  const checkLifecycle = () => {
    if (lifecycle === 'new') throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server has not been initialized: send initialize first.');
    if (lifecycle === 'shutdown') throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shut down: only exit is accepted.');
  };
  const charterFiles = new CharterFiles();
  /** Recently used check results, least recently used first (a Map keeps insertion order). */
  const analyses = new Map<string, Analysis>();
  /** How long the last check of each open charter took, for its debounce. */
  const lastCheckMs = new Map<string, number>();
  /** Open charters whose last check found `extends`: they depend on other files (kept for every document). */
  const extending = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  const collector = environment.idleCollector();
  /** URIs that currently have diagnostics published, so they can be cleared. */
  const published = new Set<string>();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let configurationRequests = false;
  let dynamicConfigurationRegistration = false;
  let workspaceFoldersSupported = false;
  let settingsLoaded: Promise<void> = Promise.resolve();
  /** The settings last pushed by the client (initializationOptions, didChangeConfiguration), see settings.ts. */
  let pushedSettings: unknown;
  charterFiles.setGlobs(settings.files);
  /** The rejected `teamCharter.files` patterns last reported, so a settings change repeats no warning. */
  let reportedGlobs = '';

  const logError = (what: string, error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`${what} failed: ${detail}`);
  };

  /** Uses the `teamCharter.files` patterns; says which ones were left out and why (see glob.ts). */
  const applyFileGlobs = (globs: readonly string[]) => {
    const rejected = charterFiles.setGlobs(globs);
    const report = rejected.map((glob) => `'${glob.pattern.length > 80 ? `${glob.pattern.slice(0, 80)}…` : glob.pattern}': ${glob.reason}`).join('; ');
    if (report === reportedGlobs) return;
    reportedGlobs = report;
    if (!report) return;
    const message = `Team Charter: ignoring teamCharter.files ${rejected.length === 1 ? 'pattern' : 'patterns'} ${report}.`;
    connection.console.warn(message);
    // A notification, not window/showMessageRequest: nothing to answer, nothing to wait for.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  };

  /** Reads `extends` files inside the workspace folders: open documents first (unsaved edits count), then the disk. */
  const extendsHost = environment.extendsHost((file) => documents.all().find((document) => toFsPath(document.uri) === file)?.getText());
  const setWorkspaceFolders = (uris: readonly string[]) => {
    charterFiles.setWorkspaceFolders(uris);
    extendsHost.setWorkspaceFolders(uris);
  };

  /** The repository's config files (host/configFiles.ts): the nearest one above each charter. */
  const configs = environment.configFiles();
  /** Config files with problems whose diagnostics are published, by path. */
  const brokenConfigs = new Map<string, LoadedConfig>();
  /** The settings of a charter: the config file above it over `teamCharter.*`; its broken config is reported on that file. */
  const charterSettingsFor = (uri: string): CharterSettings | undefined => {
    const file = toFsPath(uri);
    if (!file) return undefined;
    const found = configs.settingsFor(file, settings.rules);
    if (found.broken && !brokenConfigs.has(found.broken.path)) {
      brokenConfigs.set(found.broken.path, found.broken);
      void connection.sendDiagnostics({
        uri: URI.file(found.broken.path).toString(),
        diagnostics: found.broken.result.problems.map((problem) => ({ range: problem.range, severity: 1, source: SOURCE, message: problem.message })),
      });
    }
    return found;
  };
  /** Config files may have changed: read them again, clear what was reported on them, check everything again. */
  const reloadConfigs = () => {
    configs.clear();
    for (const file of brokenConfigs.keys()) void connection.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics: [] });
    brokenConfigs.clear();
    revalidateAll();
  };
  let watchedFilesRegistration = false;

  const checkOptionsFor = (uri: string): CheckOptions => ({
    path: toFsPath(uri) ?? URI.parse(uri).path,
    severities: charterSettingsFor(uri)?.severities ?? settings.rules,
    reportUnusedDisableDirectives: charterSettingsFor(uri)?.reportUnusedDisableDirectives,
    host: extendsHost.forDocument(uri),
  });

  /**
   * Verifies fixes before they are offered (core/fixes/verify.ts), for the document version code actions
   * were last asked about: its verdicts are remembered while the cursor moves, and dropped on the next edit.
   */
  let verifying: FixVerifier | undefined;
  let verifyingFor: { uri: string; version: number } | undefined;
  function verifierFor(document: TextDocument, result: CheckResult): FixVerifier {
    if (!verifying || verifying.before !== result || verifyingFor?.uri !== document.uri || verifyingFor.version !== document.version) {
      verifying = new FixVerifier(document.getText(), checkOptionsFor(document.uri), result, checkCharter);
      verifyingFor = { uri: document.uri, version: document.version };
    }
    return verifying;
  }

  /** Whether a document is a charter that is checked (not ignored by its config file). */
  function isCheckedCharter(uri: string): boolean {
    if (charterFiles.isCharter(uri) && !charterSettingsFor(uri)?.ignored) return true;
    extending.delete(uri);
    return false;
  }

  /** The cached analysis of a document's current version, if any (moved to most recently used). */
  function cachedAnalysis(document: TextDocument): Analysis | undefined {
    const cached = analyses.get(document.uri);
    if (!cached || cached.version !== document.version) return undefined;
    analyses.delete(document.uri);
    analyses.set(document.uri, cached);
    return cached;
  }

  /**
   * Checks running, by document: the version being checked and its result (undefined when the check was
   * given up: a newer version came, the document was closed, or what it depends on changed).
   */
  const checking = new Map<string, { version: number; epoch: number; done: Promise<Analysis | undefined> }>();
  /** Bumped when what a document's check depends on changes (settings, config files, extended files). */
  const epochs = new Map<string, number>();
  const epochOf = (uri: string) => epochs.get(uri) ?? 0;
  function invalidate(uri: string): void {
    analyses.delete(uri);
    epochs.set(uri, epochOf(uri) + 1);
  }

  /**
   * The analysis of a document's current version: cached, or the check already running for it, or a
   * new check. Undefined when it is not a charter, or when the check was given up (see `checking`).
   */
  function analysisOf(document: TextDocument): Promise<Analysis | undefined> {
    const uri = document.uri;
    if (!isCheckedCharter(uri)) return Promise.resolve(undefined);
    const cached = cachedAnalysis(document);
    if (cached) return Promise.resolve(cached);
    const running = checking.get(uri);
    if (running && running.version === document.version && running.epoch === epochOf(uri)) return running.done;
    const started = { version: document.version, epoch: epochOf(uri), done: checkInSlices(document) };
    checking.set(uri, started);
    const settled = () => {
      if (checking.get(uri) === started) checking.delete(uri);
    };
    // Its failure reaches whoever awaits `done` (logged there).
    void started.done.then(settled, settled);
    return started.done;
  }

  /**
   * Checks a document's current version in slices of CHECK_SLICE_MS of Markdown parsing: when a slice is
   * spent the check stops (ParseInterrupted), the server answers what came in meanwhile, and the check
   * runs again, finding what it parsed in the chunk cache (core/parse/markdown/speed/chunks.ts). A newer
   * version, closing the document, a change of what it depends on, or `shutdown` gives the check up
   * between two slices. Parsing of one chunk, YAML, and the rules after the parse run in one piece:
   * they are linear, about 0.2 s for 10,000 responsibilities.
   */
  async function checkInSlices(document: TextDocument): Promise<Analysis | undefined> {
    const { uri, version } = document;
    const epoch = epochOf(uri);
    const text = document.getText();
    const options = checkOptionsFor(uri);
    const slices = new ParseSlices(CHECK_SLICE_MS);
    let spent = 0;
    for (;;) {
      const started = performance.now();
      let result: CheckResult | undefined;
      try {
        result = runParseSlice(slices, () => checkCharter(text, options));
      } catch (error) {
        if (!(error instanceof ParseInterrupted)) throw error;
      }
      spent += performance.now() - started;
      if (result) {
        lastCheckMs.set(uri, spent);
        if (result.charter.extends.length > 0) extending.add(uri);
        else extending.delete(uri);
        const analysis: Analysis = { version, result };
        if (documents.get(uri)?.version === version && epochOf(uri) === epoch) {
          analyses.delete(uri);
          analyses.set(uri, analysis);
          while (analyses.size > ANALYSIS_CACHE_SIZE) analyses.delete(analyses.keys().next().value!);
        }
        return analysis;
      }
      // A timer, not setImmediate: the messages read meanwhile are handled before the next slice.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (lifecycle === 'shutdown' || documents.get(uri)?.version !== version || epochOf(uri) !== epoch) return undefined;
    }
  }

  async function publish(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    if (!isCheckedCharter(uri)) {
      if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const analysis = await analysisOf(document);
    // Given up, or made stale meanwhile: the newer version's own validation publishes.
    if (!analysis || documents.get(uri)?.version !== analysis.version || lifecycle === 'shutdown') return;
    published.add(uri);
    collector.touch();
    void connection.sendDiagnostics({
      uri,
      version: analysis.version,
      diagnostics: analysis.result.findings.map((finding) => toDiagnostic(finding, uri, analysis.version)),
    });
  }

  function scheduleValidation(uri: string): void {
    clearTimeout(timers.get(uri));
    const delay = validationDelay(lastCheckMs.get(uri), documents.get(uri)?.getText().length ?? 0);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        settingsLoaded
          .then(() => publish(uri))
          .catch((error: unknown) => logError(`Checking ${uri}`, error));
      }, delay),
    );
  }

  /** Charters that extend others may depend on the one that changed: check them again. */
  function revalidateDependents(changedUri: string): void {
    for (const uri of extending) {
      if (uri === changedUri) continue;
      invalidate(uri);
      scheduleValidation(uri);
    }
  }

  function revalidateAll(): void {
    analyses.clear();
    for (const document of documents.all()) {
      invalidate(document.uri);
      scheduleValidation(document.uri);
    }
  }

  async function loadSettings(): Promise<void> {
    let answered: unknown;
    if (configurationRequests) {
      try {
        answered = await connection.workspace.getConfiguration('teamCharter');
      } catch (error) {
        logError('Reading settings', error);
      }
    }
    settings = resolveSettings(answered, pushedSettings);
    applyFileGlobs(settings.files);
  }

  /**
   * The analysis at a valid position of an open charter, or undefined (handlers then answer null). While
   * the document is being checked the request waits for the check (the server answers other requests
   * meanwhile); if the document changes first, the request is answered with ContentModified, as the LSP
   * specification asks, since its position was meant for the text it was sent with.
   */
  async function analysisAt(uri: string, token: CancellationToken | undefined, position?: Position): Promise<{ document: TextDocument; result: CheckResult } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    if (position) {
      if (!Number.isInteger(position.line) || !Number.isInteger(position.character)) return undefined;
      if (position.line < 0 || position.line >= document.lineCount || position.character < 0) return undefined;
      const lineLength = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '').length;
      if (position.character > lineLength) return undefined;
    }
    // TextDocuments updates a document in place: its version when the request came.
    const version = document.version;
    const analysis = await analysisOf(document);
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    const current = documents.get(uri);
    if (!current) return undefined;
    if (current.version !== version || (analysis && analysis.version !== version)) {
      throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while it was being checked.');
    }
    return analysis ? { document: current, result: analysis.result } : undefined;
  }

  /** Every handler answers something: bad input or an internal error gives the fallback, logged. */
  function guard<P, R>(name: string, fallback: R, handler: (params: P, token?: CancellationToken) => Promise<R>): (params: P, token?: CancellationToken) => Promise<R> {
    return async (params: P, token?: CancellationToken) => {
      checkLifecycle();
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        logError(name, error);
        return fallback;
      }
    };
  }

  const toLocation = (uri: string, location: CharterLocation): Location => ({
    uri: location.path ? URI.file(location.path).toString() : uri,
    range: location.range,
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    if (lifecycle !== 'new') throw new ResponseError(ErrorCodes.InvalidRequest, 'initialize may be sent only once.');
    lifecycle = 'initialized';
    const workspace = params.capabilities.workspace;
    configurationRequests = workspace?.configuration === true;
    dynamicConfigurationRegistration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    watchedFilesRegistration = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workspaceFoldersSupported = workspace?.workspaceFolders === true;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    setWorkspaceFolders(folders);
    pushedSettings = settingsFromInitializationOptions(params.initializationOptions);
    if (pushedSettings !== undefined) {
      settings = readSettings(pushedSettings);
      applyFileGlobs(settings.files);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['|', ',', ':', '['] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'team-charter-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (watchedFilesRegistration) {
      // The config files, wherever they are: a change checks every open charter again.
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/{${CONFIG_FILE_NAMES.join(',')}}` }],
      });
    }
    if (dynamicConfigurationRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'teamCharter' });
    }
    if (configurationRequests) {
      settingsLoaded = loadSettings().then(revalidateAll);
    }
    if (workspaceFoldersSupported) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace.getWorkspaceFolders().then((folders) => {
          setWorkspaceFolders(folders?.map((folder) => folder.uri) ?? []);
          revalidateAll();
        });
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    // A notification without a teamCharter section (VS Code sends `settings: null`) keeps what was pushed.
    pushedSettings = settingsFromNotification(change) ?? pushedSettings;
    settingsLoaded = loadSettings()
      .then(revalidateAll)
      .catch((error: unknown) => logError('Applying settings', error));
  });

  // A file some charter extends changed on disk (the client watches the charter globs).
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => CONFIG_FILE_NAMES.includes(path.basename(toFsPath(change.uri) ?? '')))) reloadConfigs();
    else revalidateDependents('');
  });

  documents.onDidOpen((event) => scheduleValidation(event.document.uri));
  documents.onDidChangeContent((event) => {
    scheduleValidation(event.document.uri);
    revalidateDependents(event.document.uri);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    invalidate(uri);
    lastCheckMs.delete(uri);
    extending.delete(uri);
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    revalidateDependents(uri);
  });

  connection.onHover(
    guard('Hover', null, async (params, token) => {
      const analysis = await analysisAt(params.textDocument.uri, token, params.position);
      const hover = analysis && hoverAt(analysis.result, params.position);
      return hover ? { contents: { kind: 'markdown' as const, value: hover.markdown }, range: hover.range } : null;
    }),
  );

  connection.onCompletion(
    guard('Completion', null, async (params, token) => {
      const analysis = await analysisAt(params.textDocument.uri, token, params.position);
      if (!analysis) return null;
      return completionsAt(analysis.result, params.position).map(toCompletionItem);
    }),
  );

  connection.onDefinition(
    guard('Definition', null, async (params, token) => {
      const analysis = await analysisAt(params.textDocument.uri, token, params.position);
      const location = analysis && definitionAt(analysis.result, params.position);
      return location ? toLocation(params.textDocument.uri, location) : null;
    }),
  );

  connection.onReferences(
    guard('References', null, async (params, token) => {
      const analysis = await analysisAt(params.textDocument.uri, token, params.position);
      const locations = analysis && referencesAt(analysis.result, params.position, params.context.includeDeclaration);
      return locations ? locations.map((location) => toLocation(params.textDocument.uri, location)) : null;
    }),
  );

  connection.onPrepareRename(
    guard('Prepare rename', null, async (params, token) => {
      const analysis = await analysisAt(params.textDocument.uri, token, params.position);
      if (!analysis) return null;
      const prepared = prepareRenameAt(analysis.result, params.position);
      if ('error' in prepared) throw new ResponseError(ErrorCodes.InvalidRequest, prepared.error);
      return prepared;
    }),
  );

  connection.onRenameRequest(
    guard('Rename', null, async (params, token): Promise<WorkspaceEdit | null> => {
      const analysis = await analysisAt(params.textDocument.uri, token, params.position);
      if (!analysis) return null;
      const renamed = renameAt(analysis.result, params.position, params.newName);
      if ('error' in renamed) throw new ResponseError(ErrorCodes.InvalidRequest, renamed.error);
      return { documentChanges: [{ textDocument: { uri: analysis.document.uri, version: analysis.document.version }, edits: renamed.edits }] };
    }),
  );

  connection.onDocumentSymbol(
    guard('Document symbols', null, async (params, token) => {
      const analysis = await analysisAt(params.textDocument.uri, token);
      return analysis ? documentSymbols(analysis.result).map(toDocumentSymbol) : null;
    }),
  );

  connection.onCodeAction(
    guard('Code actions', null, async (params: CodeActionParams, token) => {
      const analysis = await analysisAt(params.textDocument.uri, token);
      if (!analysis) return null;
      const { uri, version } = analysis.document;
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
      const actions: CodeAction[] = [];
      // Each fix is applied and the text checked again before it is offered; a request runs a bounded
      // number of such checks, for a bounded time (fix-all has its own bounds).
      const verifier = verifierFor(analysis.document, analysis.result);
      const budget: CheckBudget = { remaining: MAX_QUICK_FIX_CHECKS, deadline: performance.now() + QUICK_FIX_CHECKS_MS };
      const suppressBudget: CheckBudget = { remaining: 4, deadline: performance.now() + QUICK_FIX_CHECKS_MS };
      if (wants(CodeActionKind.QuickFix)) {
        for (const diagnostic of params.context.diagnostics) {
          if (diagnostic.source !== SOURCE) continue;
          actions.push(...quickFixes(diagnostic, uri, version, analysis.result.findings, (finding, fixes) => verifier.offered(finding, fixes, budget)));
          // Last, never preferred: a comment that silences this finding (core/suppressions.ts), if it works.
          const finding = analysis.result.findings.find((f) => f.rule === diagnostic.code && f.message === diagnostic.message && sameRange(f.range, diagnostic.range));
          const suppress = finding && suppressionFix(analysis.document.getText(), analysis.result.charter.format, finding);
          if (finding && suppress && verifier.offered(finding, [suppress], suppressBudget).length > 0) actions.push(suppressionAction(diagnostic, uri, version, suppress));
        }
      }
      // Asked automatically for no kind in particular (VS Code's light bulb, which shows no source
      // actions), fix-all is not computed: verifying it would cost checks on every cursor move.
      const automatic = !only && params.context.triggerKind === CodeActionTriggerKind.Automatic;
      if (wants(FIX_ALL_KIND) && !automatic) {
        const edits = fixAllEdits(verifier, { remaining: MAX_FIX_ALL_CHECKS, deadline: performance.now() + FIX_ALL_CHECKS_MS });
        if (edits.length > 0) {
          const fixAll = CodeAction.create('Fix all safely fixable Team Charter problems', FIX_ALL_KIND);
          fixAll.edit = { documentChanges: [{ textDocument: { uri, version }, edits }] };
          actions.push(fixAll);
        }
      }
      return actions;
    }),
  );

  connection.onShutdown(() => {
    checkLifecycle();
    lifecycle = 'shutdown';
  });

  // Any other request (no handler here): the lifecycle errors first, then MethodNotFound as usual.
  connection.onRequest((method) => {
    checkLifecycle();
    throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
  });

  documents.listen(documentEvents(connection));
  connection.listen();
  return {
    get shutdownReceived() {
      return lifecycle === 'shutdown';
    },
  };

  /**
   * The document notifications as TextDocuments should see them: none before `initialize`, and no
   * `didChange` whose version is not newer than the document's (an out-of-order or repeated change
   * would corrupt the text); such a change is ignored and logged.
   */
  function documentEvents(connection: Connection): TextDocumentConnection {
    const initialized = () => lifecycle !== 'new';
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
          checkLifecycle();
          return handler(params, token);
        }),
      onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument((params) => (initialized() ? handler(params) : undefined)),
    };
  }
}
