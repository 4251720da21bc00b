// The one directory walk of Team Charter: the command line's (`check`, `owners`, `export` on a folder or
// a quoted glob) and the language server's (the workspace's charters, for the organisation). It skips
// node_modules and .git, follows no symbolic link (to a file or a folder), does not enter a folder
// `.gitignore` leaves out, and keeps the files the caller wants that neither `.gitignore` nor the
// caller's own ignores (the config files') leave out.
//
// The walk itself is a generator that asks for one folder's listing at a time, so that the command line
// lists folders synchronously (walkSync) and the server asynchronously, answering requests between
// batches and stopping when told to (walkAsync): one walk, two ways of reading the disk.
import { promises as fsp, readdirSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { IGNORED_FOLDERS } from '../core/config/settings';
import { GitIgnores } from './gitignore';

export interface WalkOptions {
  /** Whether a file (absolute path) is one the walk is looking for (its name or path matches). */
  wants(file: string): boolean;
  /** Leave out what `.gitignore` leaves out (undefined: `--no-ignore`). */
  gitIgnores?: GitIgnores;
  /** The caller's own ignores (the config files'), asked of the files it wants. */
  ignores?(file: string): boolean;
  /** Told of each file it wants that is left out as ignored. */
  onIgnored?(file: string): void;
  /**
   * Enter the folders `.gitignore` leaves out all the same, to tell of the files in them it wants (the
   * command line counts them when it finds nothing else); their files are still left out.
   */
  enterIgnoredFolders?: boolean;
  /** A folder that cannot be listed: throw to stop the walk, return to go on without it. */
  onUnlistable(folder: string, error: unknown): void;
  /** Stop after this many files (`truncated` says so). */
  maxFiles?: number;
  /** Stop after looking at this many folder entries. */
  maxEntries?: number;
}

export interface WalkResult {
  /** Absolute paths, sorted by their path below the walked folder. */
  files: string[];
  /** Why the walk stopped early, if it did. */
  truncated?: string;
  /** How many folder entries it looked at. */
  entries: number;
}

type Listing = Dirent[] | { error: unknown };

/**
 * Walks `root` (absolute). `walked` is the folder the user named, from which the repository and its
 * `.gitignore` files are found (a glob's walk starts below it).
 */
function* walkSteps(root: string, walked: string, options: WalkOptions): Generator<string, WalkResult, Listing> {
  const found: { file: string; key: string }[] = [];
  // Each folder with its path below the root, `/`-separated: a file's key is that and its name
  // (path.relative on every file resolved both paths again).
  const pending: { folder: string; key: string }[] = [{ folder: root, key: '' }];
  let entries = 0;
  const done = (truncated?: string): WalkResult => ({ files: sorted(found), entries, ...(truncated ? { truncated } : {}) });
  while (pending.length > 0) {
    const { folder, key: folderKey } = pending.pop()!;
    const listing = yield folder;
    if (!Array.isArray(listing)) {
      options.onUnlistable(folder, listing.error);
      continue;
    }
    for (const entry of listing) {
      if (options.maxEntries !== undefined && ++entries > options.maxEntries) return done(`more than ${options.maxEntries} files and folders`);
      const full = path.join(folder, entry.name);
      const key = folderKey === '' ? entry.name : `${folderKey}/${entry.name}`;
      if (entry.isDirectory()) {
        if (IGNORED_FOLDERS.includes(entry.name)) continue;
        // An ignored folder (build output, a virtual environment) is not entered, unless asked.
        if (options.enterIgnoredFolders || !options.gitIgnores?.ignoresFolder(full, walked)) pending.push({ folder: full, key });
      } else if (entry.isFile() && options.wants(full)) {
        if (options.gitIgnores?.ignores(full, walked) || options.ignores?.(full)) {
          options.onIgnored?.(full);
          continue;
        }
        found.push({ file: full, key });
        if (options.maxFiles !== undefined && found.length >= options.maxFiles) return done(`more than ${options.maxFiles} charters`);
      }
    }
  }
  return done();
}

function sorted(found: { file: string; key: string }[]): string[] {
  return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((entry) => entry.file);
}

/** The walk, listing folders synchronously (the command line). */
export function walkSync(root: string, walked: string, options: WalkOptions): WalkResult {
  const steps = walkSteps(root, walked, options);
  let step = steps.next();
  while (!step.done) {
    let listing: Listing;
    try {
      listing = readdirSync(step.value, { withFileTypes: true });
    } catch (error) {
      listing = { error };
    }
    step = steps.next(listing);
  }
  return step.value;
}

/** How long the asynchronous walk reads before it lets the server answer what came in. */
const SLICE_MS = 10;

/** The walk, listing folders asynchronously and yielding between slices (the server); `cancelled()` stops it. */
export async function walkAsync(root: string, walked: string, options: WalkOptions, cancelled: () => boolean): Promise<WalkResult | undefined> {
  const steps = walkSteps(root, walked, options);
  let step = steps.next();
  let slice = performance.now();
  while (!step.done) {
    if (cancelled()) return undefined;
    let listing: Listing;
    try {
      listing = await fsp.readdir(step.value, { withFileTypes: true });
    } catch (error) {
      listing = { error };
    }
    step = steps.next(listing);
    if (performance.now() - slice > SLICE_MS) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      slice = performance.now();
    }
  }
  return step.value;
}
