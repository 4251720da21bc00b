// What a charter's check depends on besides its text: the `teamCharter.*` settings (however the client
// sends them, see core/config/editorSettings.ts), which files are charters, the repository's config files, and where
// `extends` may read. Each document's check options come from here.
import { MessageType, ShowMessageNotification, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { CheckOptions } from '../core/check';
import type { RuleSeverities } from '../core/config/settings';
import { isoDateOf } from '../core/freshness/dates';
import type { CharterSettings, LoadedConfig } from '../host/configFiles';
import { CharterFiles, toFsPath } from './charterFiles';
import { SOURCE } from './convert';
import type { ExtendsHostOfServer, ServerEnvironment } from './serverEnvironment';
import { DEFAULT_SETTINGS, readSettings, resolveSettings, type ServerSettings } from '../core/config/editorSettings';

export class ServerConfiguration {
  settings: ServerSettings = DEFAULT_SETTINGS;
  /** Whether the client answers `workspace/configuration`. */
  configurationRequests = false;
  /** The settings last pushed by the client (initializationOptions, didChangeConfiguration), see core/config/editorSettings.ts. */
  pushedSettings: unknown;
  /** Resolved when the settings asked of the client have been read. */
  settingsLoaded: Promise<void> = Promise.resolve();
  readonly charterFiles = new CharterFiles();
  /** Reads `extends` files inside the workspace folders: open documents first (unsaved edits count), then the disk. */
  readonly extendsHost: ExtendsHostOfServer;
  /** The repository's config files (host/configFiles.ts): the nearest one above each charter. */
  private readonly configs: ReturnType<ServerEnvironment['configFiles']>;
  /** Config files whose problems (or, usable, whose unused parts) are published, by path. */
  private readonly reportedConfigs = new Map<string, LoadedConfig>();
  /** The rejected `teamCharter.files` patterns last reported, so a settings change repeats no warning. */
  private reportedGlobs = '';
  private workspaceFolders: readonly string[] = [];

  constructor(
    private readonly connection: Connection,
    documents: TextDocuments<TextDocument>,
    environment: ServerEnvironment,
  ) {
    this.charterFiles.setGlobs(this.settings.files);
    this.extendsHost = environment.extendsHost((file) => documents.all().find((document) => toFsPath(document.uri) === file)?.getText());
    this.configs = environment.configFiles();
  }

  get folders(): readonly string[] {
    return this.workspaceFolders;
  }

  setWorkspaceFolders(uris: readonly string[]): void {
    this.workspaceFolders = [...uris];
    this.charterFiles.setWorkspaceFolders(uris);
    this.extendsHost.setWorkspaceFolders(uris);
  }

  /** Settings pushed with `initialize` apply at once (a client that pushes them may never be asked). */
  usePushedSettings(pushed: unknown): void {
    this.pushedSettings = pushed;
    if (pushed === undefined) return;
    this.settings = readSettings(pushed);
    this.applyFileGlobs(this.settings.files);
  }

  /** Asks the client for the settings when it answers such requests; otherwise uses what it pushed. */
  async loadSettings(): Promise<void> {
    let answered: unknown;
    if (this.configurationRequests) {
      try {
        answered = await this.connection.workspace.getConfiguration('teamCharter');
      } catch (error) {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        this.connection.console.error(`Reading settings failed: ${detail}`);
      }
    }
    this.settings = resolveSettings(answered, this.pushedSettings);
    this.applyFileGlobs(this.settings.files);
  }

  /** The settings of a charter: the config files above it over `teamCharter.*`; a broken one is reported on that file. */
  charterSettingsFor(uri: string): CharterSettings | undefined {
    const file = toFsPath(uri);
    if (!file) return undefined;
    const found = this.configs.settingsFor(file, this.settings.rules);
    for (const config of found.broken ? [found.broken] : (found.chain ?? [])) {
      if (this.reportedConfigs.has(config.path)) continue;
      this.reportedConfigs.set(config.path, config);
      // A broken file's problems are errors (it is not used); a usable file's unused globs, warnings.
      const problems = config.result.config ? config.result.warnings : config.result.problems;
      const severity = config.result.config ? 2 : 1;
      if (problems.length > 0) {
        void this.connection.sendDiagnostics({
          uri: URI.file(config.path).toString(),
          diagnostics: problems.map((problem) => ({ range: problem.range, severity, source: SOURCE, message: problem.message })),
        });
      }
    }
    return found;
  }

  /** Whether a document is a charter that is checked (matches the globs, not ignored by its config file). */
  isCheckedCharter(uri: string): boolean {
    return this.charterFiles.isCharter(uri) && !this.charterSettingsFor(uri)?.ignored;
  }

  /** The rules' settings for a charter: its config file's over `teamCharter.rules`. */
  severitiesFor(uri: string): RuleSeverities {
    return this.charterSettingsFor(uri)?.severities ?? this.settings.rules;
  }

  checkOptionsFor(uri: string): CheckOptions {
    const charterSettings = this.charterSettingsFor(uri);
    return {
      path: toFsPath(uri) ?? URI.parse(uri).path,
      severities: charterSettings?.severities ?? this.settings.rules,
      reportUnusedDisableDirectives: charterSettings?.reportUnusedDisableDirectives,
      host: this.extendsHost.forDocument(uri),
      // The local date at each check: a server left running past midnight judges by the new day.
      today: isoDateOf(new Date()),
    };
  }

  /** Config files may have changed: read them again and clear what was reported on them. */
  reloadConfigFiles(): void {
    this.configs.clear();
    for (const [file, config] of this.reportedConfigs) {
      const published = config.result.config ? config.result.warnings : config.result.problems;
      if (published.length > 0) void this.connection.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics: [] });
    }
    this.reportedConfigs.clear();
  }

  /** Uses the `teamCharter.files` patterns; says which ones were left out and why (see glob.ts). */
  private applyFileGlobs(globs: readonly string[]): void {
    const rejected = this.charterFiles.setGlobs(globs);
    const report = rejected.map((glob) => `'${glob.pattern.length > 80 ? `${glob.pattern.slice(0, 80)}…` : glob.pattern}': ${glob.reason}`).join('; ');
    if (report === this.reportedGlobs) return;
    this.reportedGlobs = report;
    if (!report) return;
    const message = `Team Charter: ignoring teamCharter.files ${rejected.length === 1 ? 'pattern' : 'patterns'} ${report}.`;
    this.connection.console.warn(message);
    // A notification, not window/showMessageRequest: nothing to answer, nothing to wait for.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }
}
