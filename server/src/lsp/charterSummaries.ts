// The summaries of the workspace's charters for the organisation, by absolute path. A scan reads every
// charter a while before it stores its summary (files are read ahead, checks run in slices); a summary
// stored meanwhile from newer text (an open document's check, a change on disk, a close) stays.
import type { OrgCharter } from '../core/org/model';

export class CharterSummaries {
  private readonly byPath = new Map<string, OrgCharter>();
  /** How many times each file's summary was set or removed other than by a scan. */
  private readonly changes = new Map<string, number>();

  get size(): number {
    return this.byPath.size;
  }

  get(file: string): OrgCharter | undefined {
    return this.byPath.get(file);
  }

  paths(): string[] {
    return [...this.byPath.keys()];
  }

  all(): OrgCharter[] {
    return [...this.byPath.values()];
  }

  set(file: string, summary: OrgCharter): void {
    this.changed(file);
    this.byPath.set(file, summary);
  }

  delete(file: string): boolean {
    this.changed(file);
    return this.byPath.delete(file);
  }

  /** Noted by a scan as its read of a file begins, for `setFromScan`. */
  version(file: string): number {
    return this.changes.get(file) ?? 0;
  }

  /** A scan's summary of a file, kept unless the file's summary was set since the scan's read began. */
  setFromScan(file: string, summary: OrgCharter, version: number): void {
    if (this.version(file) === version) this.byPath.set(file, summary);
  }

  private changed(file: string): void {
    this.changes.set(file, this.version(file) + 1);
  }
}
