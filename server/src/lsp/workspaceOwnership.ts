// The code ownership of the workspace's repositories, for the organisation (workspaceIndex.ts): each
// repository's CODEOWNERS file and Backstage catalog files, read once a charter in it covers something,
// and read again when one of them changes on disk. Reading is asynchronous: the organisation is checked
// without a repository until it is read, then again. Where the repository is, and which files count, is
// host/ownershipFiles.ts, as for the command line.
import * as path from 'node:path';
import type { OrgCharter } from '../core/org/model';
import { CATALOG_FILE_NAMES, CODEOWNERS_LOCATIONS, readOwnership, type Ownership, type RepositoryTexts } from '../core/ownership/model';
import type { WorkspaceFileAccess } from './serverEnvironment';

export class WorkspaceOwnership {
  /** Read repositories by root; a root being read is in `reading`. */
  private readonly texts = new Map<string, RepositoryTexts>();
  private readonly reading = new Map<string, number>();
  private ownership: Ownership | undefined;
  private generation = 0;

  constructor(
    private readonly files: WorkspaceFileAccess | undefined,
    /** Told when a repository has been read (again): the organisation is checked again. */
    private readonly onRead: () => void,
    private readonly logError: (what: string, error: unknown) => void,
  ) {}

  /**
   * The ownership of the repositories of the charters that cover something; undefined when none does
   * (then nothing is read). A repository not read yet is read now, and left out until it is.
   */
  ownershipFor(charters: readonly OrgCharter[], folders: readonly string[]): Ownership | undefined {
    if (!this.files) return undefined;
    const covering = charters.filter((charter) => charter.responsibilities.some((responsibility) => responsibility.covers));
    if (covering.length === 0) return undefined;
    for (const charter of covering) {
      const folder = path.dirname(charter.path);
      const workspaceFolder = folders.find((candidate) => !path.relative(candidate, folder).startsWith('..')) ?? folder;
      const root = this.files.repositoryRootOf(folder, workspaceFolder);
      if (!this.texts.has(root) && !this.reading.has(root)) this.read(root);
    }
    return (this.ownership ??= readOwnership([...this.texts.values()]));
  }

  /** A file changed on disk: true when it is a CODEOWNERS or catalog file of a repository read (which is read again). */
  fileChanged(file: string): boolean {
    for (const root of this.texts.keys()) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      if (!CODEOWNERS_LOCATIONS.includes(relative) && !CATALOG_FILE_NAMES.includes(path.basename(file))) continue;
      this.read(root);
      return true;
    }
    return false;
  }

  private read(root: string): void {
    const generation = ++this.generation;
    this.reading.set(root, generation);
    const files = this.files!;
    const stale = () => this.reading.get(root) !== generation;
    files
      .readOwnership(root, stale)
      .then((texts) => {
        if (stale()) return;
        this.texts.set(root, texts);
        this.reading.delete(root);
        this.ownership = undefined;
        this.onRead();
      })
      .catch((error: unknown) => {
        this.reading.delete(root);
        this.logError(`Reading the code ownership of ${root}`, error);
      });
  }

  /** Whether a repository is being read (the organisation waits for it before it says anything new). */
  get busy(): boolean {
    return this.reading.size > 0;
  }
}
