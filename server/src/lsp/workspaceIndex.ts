// The organisation of the workspace: every charter of the workspace folders reduced to its summary
// (core/org/), kept current from open documents (their unsaved text counts) and from the files' changes
// on disk, so the cross-charter findings and workspace symbols answer for the whole workspace as `team-charter
// check` does for a run. The workspace is read only once it is needed: an open charter takes part in an
// organisation (it extends another or declares shared responsibilities), or workspace symbols are asked
// for. A charter that does neither cannot get a cross-charter finding; most workspaces hold only such.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { CheckResult } from '../core/check';
import type { Charter, Finding } from '../core/model';
import { buildOrganisation, summarizeCharter } from '../core/org/build';
import { samePlainData } from '../core/org/same';
import { addOrganisationFindings, checkOrganisation, coveredClaims, organisationMatters, withoutCoveredClaims } from '../core/org/check';
import { withGiveWayFixes } from '../core/org/giveWay';
import type { OrgCharter, Organisation } from '../core/org/model';
import { buildOrganisationPicture, sharedNamesOf } from '../core/report/organisationPicture';
import type { OrganisationPicture } from '../core/report/picture';
import { roleLoads, type RoleLoad } from '../core/report/roleLoad';
import { organisationSymbols, type OrgSymbol } from '../core/org/symbols';
import { formatOfPath } from '../core/parse';
import { toFsPath } from './charterFiles';
import type { ServerConfiguration } from './configuration';
import type { Lifecycle } from './lifecycle';
import type { WorkspaceFileAccess } from './serverEnvironment';
import { WorkspaceOwnership } from './workspaceOwnership';
import { CharterSeverities } from './charterSeverities';
import { readingAhead } from './readAhead';
import { readCharterSummary } from './summaryRead';
import { CharterSummaries } from './charterSummaries';
import type { Repository } from '../core/ownership/model';

/** How long changes are gathered before the cross-charter rules run again (a save of many files is one). */
const RECOMPUTE_DELAY_MS = 50;
/** How long the scan reads before it lets the server answer (as a check does, see analyses.ts). */
const SCAN_SLICE_MS = 25;
/** How many files the scan reads ahead of the one it checks. */
const READ_AHEAD = 8;

export class WorkspaceIndex {
  private readonly charters = new CharterSummaries();
  private readonly stopping = () => this.lifecycle.shutdownReceived;
  private readonly severities: CharterSeverities;
  /** The cross-charter findings by absolute path, as last computed. */
  private findings = new Map<string, Finding[]>();
  /** The organisation they were computed from (undefined while it could find nothing: organisationMatters). */
  private organisation: Organisation | undefined;
  /** What the organisation last said about each open document (its findings, its covered rows), by URI. */
  private readonly said = new Map<string, string>();
  /** Whether a scan is reading the workspace. */
  private scanning = false;
  /** The charters the last walk found (a closed charter outside them leaves the organisation). */
  private walked = new Set<string>();
  /** Whether the workspace is read (see above). */
  private active = false;
  /** Bumped by each scan, so an older scan stops. */
  private scanGeneration = 0;
  private recomputeTimer: NodeJS.Timeout | undefined;
  /** Resolved when the last scan has read every charter (tests and the bench wait for it). */
  scanned: Promise<void> = Promise.resolve();
  /** CODEOWNERS and catalog files, read once a charter covers something. */
  private readonly ownership: WorkspaceOwnership;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly configuration: ServerConfiguration,
    private readonly lifecycle: Lifecycle,
    /** Told which open documents' cross-charter findings changed, to publish them again. */
    private readonly onFindingsChanged: (uris: string[]) => void,
    /** Told when a scan has read the workspace: a burst of checks, whose garbage it can give back. */
    private readonly collector: { touch(): void },
    /** The disk; without it (a browser) the organisation is the open charters. */
    private readonly files?: WorkspaceFileAccess,
  ) {
    this.severities = new CharterSeverities(configuration);
    this.ownership = new WorkspaceOwnership(files, () => this.scheduleRecompute(), (what, error) => this.lifecycle.logError(what, error));
  }

  /** Finds and reads every charter of the workspace folders again (settings or folders changed). */
  rescan(): void {
    this.severities.clear();
    if (!this.active) return;
    const generation = ++this.scanGeneration;
    const stale = () => generation !== this.scanGeneration || this.lifecycle.shutdownReceived;
    this.scanning = true;
    this.scanned = this.scan(stale)
      .catch((error: unknown) => {
        this.lifecycle.logError('Indexing the workspace', error);
        // What was read counts: the cross-charter rules run on it once the scan is over.
        this.scheduleRecompute();
      })
      .finally(() => {
        if (generation === this.scanGeneration) this.scanning = false;
      });
  }

  /** An open document was checked: its summary is read from that check (its unsaved text counts). */
  documentChecked(uri: string, result: CheckResult): void {
    const file = toFsPath(uri);
    if (!file) return;
    if (!this.active) {
      const covers = result.charter.responsibilities.some((responsibility) => responsibility.covers);
      const takesPart = result.charter.extends.length > 0 || !!result.charter.shared?.length || covers;
      if (!takesPart && !organisationMatters(false, [this.severities.of(file)])) return;
      this.activate();
    }
    const summary = summarizeCharter(file, result, this.configuration.charterSettingsFor(uri)?.teams);
    const previous = this.charters.get(file);
    this.charters.set(file, summary);
    // Most keystrokes change nothing another charter sees; the others are published with what the
    // organisation says now, not after the delay that gathers a save of many files.
    if (previous && samePlainData(previous, summary)) return;
    clearTimeout(this.recomputeTimer);
    this.recompute(uri);
  }

  /** A document closed: what is on disk counts again (a charter outside the workspace's walk leaves). */
  documentClosed(uri: string): void {
    const file = toFsPath(uri);
    if (file && !this.walked.has(file)) {
      if (this.charters.delete(file)) this.scheduleRecompute();
      return;
    }
    this.fileChanged(uri, false);
  }

  /** A file changed on disk, was created or deleted (watched files). Failures are logged. */
  fileChanged(uri: string, deleted: boolean): void {
    // A CODEOWNERS or catalog file of a repository read for the organisation: read again, then checked.
    const file = toFsPath(uri);
    if (file && this.ownership.fileChanged(file)) return;
    this.readChanged(uri, deleted).catch((error: unknown) => this.lifecycle.logError(`Reading ${uri} for the organisation`, error));
  }

  private async readChanged(uri: string, deleted: boolean): Promise<void> {
    const file = toFsPath(uri);
    if (!this.active || !file || this.documents.get(uri)) return;
    if (deleted || !this.configuration.isCheckedCharter(uri)) {
      this.walked.delete(file);
      if (this.charters.delete(file)) this.scheduleRecompute();
      return;
    }
    const summary = await readCharterSummary(this.configuration, { file, uri, text: await this.files?.readCharter(file) }, this.stopping);
    // Opened meanwhile: its checks keep it current, with the editor's text.
    if (this.documents.get(uri)) return;
    this.walked.add(file);
    if (summary) this.charters.set(file, summary);
    else this.charters.delete(file);
    this.scheduleRecompute();
  }

  /** A document's findings with its cross-charter ones added (and their fixes, from its check). */
  findingsOf(uri: string, text: string, result: CheckResult): readonly Finding[] {
    const file = toFsPath(uri);
    if (!file || !this.organisation) return result.findings;
    try {
      const own = withoutCoveredClaims(this.organisation, file, result.findings, result.charter);
      const extra = withGiveWayFixes(this.organisation, file, result, this.findings.get(file) ?? []);
      return addOrganisationFindings(text, formatOfPath(file), own, extra);
    } catch (error) {
      // The document's own findings are published whatever goes wrong across charters.
      this.lifecycle.logError('Adding the organisation\'s findings', error);
      return result.findings;
    }
  }

  /** The repository of the charter at `uri`, with its CODEOWNERS and catalog files, once they are read. */
  repositoryOf(uri: string): Repository | undefined {
    const file = toFsPath(uri);
    return file ? this.organisation?.ownership?.repositoryOf(file) : undefined;
  }

  /** Per responsibility of the charter at `uri`: the shared responsibility it claims, if any. */
  sharedNamesOf(uri: string): (string | undefined)[] {
    const file = toFsPath(uri);
    return file && this.organisation ? sharedNamesOf(this.organisation, file) : [];
  }

  /**
   * The organisation as the matrix view draws it: teams × shared responsibilities (files as absolute
   * paths) and the heaviest roles. Undefined until the workspace is read, or with one charter only.
   */
  organisationView(): { shared?: OrganisationPicture; loads: RoleLoad[]; charters: number } | undefined {
    if (!this.active || this.charters.size < 2) return undefined;
    const charters = this.sortedCharters();
    const shared = this.organisation && this.organisation.shared.length > 0 ? buildOrganisationPicture(this.organisation, (file) => file) : undefined;
    return { shared, loads: roleLoads(charters), charters: charters.length };
  }

  /** Responsibilities and roles across the workspace's charters (read first if they are not yet). */
  async symbols(query: string): Promise<OrgSymbol[]> {
    // Settings still being read (just after `initialized`) would have the scan use the default patterns.
    await this.configuration.settingsLoaded;
    this.activate();
    // A newer scan (settings arrived meanwhile) replaces the one awaited: wait for the last one.
    for (let waited = this.scanned; ; waited = this.scanned) {
      await waited;
      if (waited === this.scanned) break;
    }
    return organisationSymbols(this.sortedCharters(), query);
  }

  private activate(): void {
    if (this.active) return;
    this.active = true;
    this.rescan();
  }

  private async scan(stale: () => boolean): Promise<void> {
    const started = performance.now();
    const folders = this.configuration.folders.map(toFsPath).filter((folder): folder is string => folder !== undefined);
    const walk = this.files ? await this.files.findCharters(folders, (uri) => this.configuration.isCheckedCharter(uri), stale) : { files: [] };
    if (stale()) return;
    if (walk.truncated) this.connection.console.warn(`Team Charter: the organisation is read from the first ${walk.files.length} charters only: ${walk.truncated}.`);
    // Open charters count wherever they are (and in a browser, with no disk, they are all there is).
    const open = this.documents
      .all()
      .filter((document) => this.configuration.isCheckedCharter(document.uri))
      .map((document) => toFsPath(document.uri))
      .filter((file): file is string => file !== undefined);
    this.walked = new Set(walk.files);
    const found = new Set([...walk.files, ...open]);
    for (const file of this.charters.paths()) if (!found.has(file)) this.charters.delete(file);
    let slice = performance.now();
    // The catalog every team charter extends is read once; the disk is read a few files ahead.
    const extendedReads = new Map<string, Charter>();
    const files = [...found];
    const textAt = readingAhead(files, async (file) => ({ version: this.charters.version(file), text: await this.files?.readCharter(file) }), READ_AHEAD);
    for (const [at, file] of files.entries()) {
      // About every SCAN_SLICE_MS of reading, the server answers what came in meanwhile.
      if (performance.now() - slice > SCAN_SLICE_MS) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        slice = performance.now();
      }
      const uri = URI.file(file).toString();
      // An open document counts with its text in the editor now (its next checks keep it current).
      const open = this.documents.get(uri);
      const read = open ? { version: this.charters.version(file), text: open.getText() } : await textAt(at);
      const summary = await readCharterSummary(this.configuration, { file, uri, text: read?.text, extendedReads }, this.stopping);
      if (stale()) return;
      if (summary && read) this.charters.setFromScan(file, summary, read.version);
    }
    this.scanning = false;
    this.recompute();
    this.collector.touch();
    const count = this.charters.size;
    this.connection.console.log(`Team Charter: the workspace has ${count} ${count === 1 ? 'charter' : 'charters'} (read in ${Math.round(performance.now() - started)} ms).`);
  }

  private scheduleRecompute(): void {
    clearTimeout(this.recomputeTimer);
    this.recomputeTimer = setTimeout(() => this.recompute(), RECOMPUTE_DELAY_MS);
  }

  /**
   * Runs the cross-charter rules again; open documents for which the organisation now says something
   * else (their cross-charter findings, or which of their rows another team covers) are published again.
   * Not while a scan reads the workspace: half an organisation would report false gaps. `publishing`:
   * the document about to be published with these findings.
   */
  private recompute(publishing?: string): void {
    if (this.scanning) return;
    try {
      this.runCrossCharterRules(publishing);
    } catch (error) {
      this.lifecycle.logError('Checking the organisation', error);
    }
  }

  private runCrossCharterRules(publishing: string | undefined): void {
    const charters = this.sortedCharters();
    const declaresShared = charters.some((charter) => charter.shared.length > 0);
    const covers = charters.some((charter) => charter.responsibilities.some((responsibility) => responsibility.covers));
    // Each charter's settings are looked up only when no charter declares shared responsibilities.
    const matters = declaresShared || organisationMatters(false, charters.map((charter) => this.severities.of(charter.path)), covers);
    const folders = this.configuration.folders.map(toFsPath).filter((folder): folder is string => folder !== undefined);
    const organisation = matters ? buildOrganisation(charters, this.ownership.ownershipFor(charters, folders)) : undefined;
    this.organisation = organisation;
    this.findings = organisation ? checkOrganisation(organisation, (file) => this.severities.of(file)) : new Map<string, Finding[]>();
    const changed: string[] = [];
    for (const document of this.documents.all()) {
      const file = toFsPath(document.uri);
      if (!file) continue;
      const said = JSON.stringify([this.findings.get(file) ?? [], organisation ? coveredClaims(organisation, file).map((claim) => [claim.key, claim.nameRange]) : []]);
      if (said !== (this.said.get(document.uri) ?? '[[],[]]') && document.uri !== publishing) changed.push(document.uri);
      this.said.set(document.uri, said);
    }
    for (const uri of [...this.said.keys()]) if (!this.documents.get(uri)) this.said.delete(uri);
    if (changed.length > 0) this.onFindingsChanged(changed);
  }

  /** By path: the organisation and its findings do not depend on the order files were found in. */
  private sortedCharters(): OrgCharter[] {
    return this.charters.all().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}
