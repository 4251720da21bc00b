// The charters of the workspace folders, for the organisation: the one walk of files/walk.ts (as
// `team-charter check` walks), keeping the files `isCharter` accepts (`teamCharter.files`, less the
// config files' `ignores`), leaving out node_modules, .git and what `.gitignore` ignores. It reads no
// file and follows no symbolic link; it yields to the server between slices, and stops at fixed bounds
// so a huge workspace cannot keep it busy.
import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import { GitIgnores } from '../files/gitignore';
import { walkAsync } from '../files/walk';
import { MAX_EXTENDS_BYTES } from '../host/extendsFiles';

/** At most this many charters are indexed (a workspace rarely holds more than a few hundred). */
export const MAX_INDEXED_CHARTERS = 5000;
/** At most this many folder entries are looked at, per walk. */
export const MAX_WALKED_ENTRIES = 200_000;

export interface WorkspaceWalk {
  files: string[];
  /** Why the walk stopped early, if it did. */
  truncated?: string;
}

/**
 * Absolute paths of the charters under `folders` (file system paths). `isCharter(uri)` says whether
 * a file is one (the charter globs and the config files' ignores); `cancelled()` stops the walk.
 */
export async function findWorkspaceCharters(folders: readonly string[], isCharter: (uri: string) => boolean, cancelled: () => boolean): Promise<WorkspaceWalk> {
  const files: string[] = [];
  const gitIgnores = new GitIgnores();
  let entries = 0;
  for (const folder of folders) {
    const walked = await walkAsync(
      folder,
      folder,
      {
        wants: (file) => isCharter(URI.file(file).toString()),
        gitIgnores,
        // A folder that cannot be listed holds no charter the editor could open either.
        onUnlistable: () => {},
        maxFiles: MAX_INDEXED_CHARTERS - files.length,
        maxEntries: MAX_WALKED_ENTRIES - entries,
      },
      cancelled,
    );
    if (!walked) return { files };
    files.push(...walked.files);
    entries += walked.entries;
    if (walked.truncated) return { files, truncated: `${walked.truncated} in the workspace` };
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
