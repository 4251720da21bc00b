// When documents are checked and their diagnostics published: debounced per document, a newer version
// or a change of what a check depends on wins, and charters that extend a changed file follow it.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/model';
import type { DocumentAnalyses } from './analyses';
import type { ServerConfiguration } from './configuration';
import { toDiagnostic } from './convert';
import type { Lifecycle } from './lifecycle';

/**
 * The debounce before a check, per document: about as long as that document's last check took, so a
 * small charter answers at once and a big one still coalesces a burst of keystrokes instead of queueing
 * a check per key. Before the first check it is guessed from the text's length. A fixed delay took most
 * of the budget of `npm run bench` section 2 for small charters (BENCHMARKS.md).
 * The first change after a pause at least that long is checked at once: there is no burst to coalesce
 * it with, and waiting only delays the answer (`sincePreviousChangeMs`, undefined before any change).
 */
export const MIN_VALIDATION_DELAY_MS = 5;
export const MAX_VALIDATION_DELAY_MS = 60;

export function validationDelay(lastCheckMs: number | undefined, textLength: number, sincePreviousChangeMs?: number): number {
  const estimate = lastCheckMs ?? textLength / 1000;
  const debounce = Math.round(Math.min(MAX_VALIDATION_DELAY_MS, Math.max(MIN_VALIDATION_DELAY_MS, estimate)));
  return sincePreviousChangeMs !== undefined && sincePreviousChangeMs >= debounce ? 0 : debounce;
}

export class Validation {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When each document was last scheduled (performance.now()), to tell the first change after a pause. */
  private readonly scheduledAt = new Map<string, number>();
  /** URIs that currently have diagnostics published, so they can be cleared. */
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: DocumentAnalyses,
    private readonly configuration: ServerConfiguration,
    private readonly lifecycle: Lifecycle,
    /** Told after each published check, to give memory back when idle (idleCollector.ts under Node). */
    private readonly collector: { touch(): void },
    /** A document's findings as published: its own, plus any the organisation adds (workspace index). */
    private readonly findingsOf: (uri: string, text: string, result: CheckResult) => readonly Finding[],
  ) {}

  /** Checks a document after its debounce and publishes its diagnostics. */
  schedule(uri: string): void {
    const pending = this.timers.get(uri);
    clearTimeout(pending);
    const now = performance.now();
    const previous = this.scheduledAt.get(uri);
    this.scheduledAt.set(uri, now);
    // A change while a check waits is part of a burst however long ago that check was asked for.
    const since = previous === undefined || pending ? undefined : now - previous;
    const delay = validationDelay(this.analyses.lastCheckTime(uri), this.documents.get(uri)?.getText().length ?? 0, since);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.configuration.settingsLoaded
          .then(() => this.publish(uri))
          .catch((error: unknown) => this.lifecycle.logError(`Checking ${uri}`, error));
      }, delay),
    );
  }

  /** Charters that extend others may depend on the one that changed: check them again. */
  revalidateDependents(changedUri: string): void {
    for (const uri of this.analyses.extending) {
      if (uri === changedUri) continue;
      this.revalidate(uri);
    }
  }

  revalidate(uri: string): void {
    this.analyses.invalidate(uri);
    this.schedule(uri);
  }

  revalidateAll(): void {
    this.analyses.invalidateAll();
    for (const document of this.documents.all()) this.revalidate(document.uri);
  }

  /** A document closed: its diagnostics are cleared and nothing of it is kept. */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.scheduledAt.delete(uri);
    this.analyses.forget(uri);
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.revalidateDependents(uri);
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    if (!this.analyses.isCheckedCharter(uri)) {
      if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const analysis = await this.analyses.analysisOf(document);
    // Given up, or made stale meanwhile: the newer version's own validation publishes.
    if (!analysis || this.documents.get(uri)?.version !== analysis.version || this.lifecycle.shutdownReceived) return;
    this.published.add(uri);
    this.collector.touch();
    const findings = this.findingsOf(uri, document.getText(), analysis.result);
    void this.connection.sendDiagnostics({
      uri,
      version: analysis.version,
      diagnostics: findings.map((finding) => toDiagnostic(finding, uri, analysis.version)),
    });
  }
}
