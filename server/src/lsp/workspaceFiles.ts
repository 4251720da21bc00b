// The charters of the workspace folders, for the organisation: a walk of each folder that keeps the
// files `teamCharter.files` matches, leaving out node_modules and .git, what `.gitignore` ignores (as
// `team-charter check` does) and what the config files' `ignores` match. It reads no file and follows
// no symbolic link; it yields to the server between batches of entries, and stops at fixed bounds so a
// huge workspace cannot keep it busy.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { IGNORED_FOLDERS } from '../core/config';
import { GitIgnores } from '../cli/gitignore';
import { MAX_EXTENDS_BYTES } from '../host/extendsFiles';

/** At most this many charters are indexed (a workspace rarely holds more than a few hundred). */
export const MAX_INDEXED_CHARTERS = 5000;
/** At most this many folder entries are looked at, per walk. */
export const MAX_WALKED_ENTRIES = 200_000;
const ENTRIES_PER_BATCH = 500;

export interface WalkResult {
  files: string[];
  /** Why the walk stopped early, if it did. */
  truncated?: string;
}

/**
 * Absolute paths of the charters under `folders` (file system paths). `isCharter(uri)` says whether
 * a file is one (the charter globs and the config files' ignores); `cancelled()` stops the walk.
 */
export async function findWorkspaceCharters(folders: readonly string[], isCharter: (uri: string) => boolean, cancelled: () => boolean): Promise<WalkResult> {
  const files: string[] = [];
  const gitIgnores = new GitIgnores();
  let entries = 0;
  for (const folder of folders) {
    const pending = [folder];
    while (pending.length > 0) {
      if (cancelled()) return { files };
      const current = pending.pop()!;
      let listing;
      try {
        listing = await fs.readdir(current, { withFileTypes: true });
      } catch {
        continue; // A folder that cannot be listed holds no charter the editor could open either.
      }
      listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of listing) {
        if (++entries > MAX_WALKED_ENTRIES) return { files, truncated: `more than ${MAX_WALKED_ENTRIES} files and folders in the workspace` };
        if (entries % ENTRIES_PER_BATCH === 0) await new Promise<void>((resolve) => setTimeout(resolve, 0));
        const full = path.join(current, entry.name);
        if (entry.isDirectory()) {
          // An ignored folder (build output, a virtual environment) is not entered at all.
          if (!IGNORED_FOLDERS.includes(entry.name) && !gitIgnores.ignoresFolder(full, folder)) pending.push(full);
        } else if (entry.isFile() && isCharter(URI.file(full).toString()) && !gitIgnores.ignores(full, folder)) {
          files.push(full);
          if (files.length >= MAX_INDEXED_CHARTERS) return { files, truncated: `more than ${MAX_INDEXED_CHARTERS} charters in the workspace` };
        }
      }
    }
  }
  return { files };
}

/** A charter's text for the organisation: a regular file of at most 1 MiB (as `extends` reads), else undefined. */
export async function readWorkspaceCharter(file: string): Promise<string | undefined> {
  try {
    const stats = await fs.stat(file);
    if (!stats.isFile() || stats.size > MAX_EXTENDS_BYTES) return undefined;
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
