// Which files a run checks: files named on the command line whatever their name, files matched by a
// quoted glob, and charter files found under named directories with the default globs. Globs and walks
// leave out what `.gitignore` and the config files' `ignores` match, unless `noIgnore`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { DEFAULT_CHARTER_GLOBS, IGNORED_FOLDERS } from '../core/config';
import { UsageError } from './args';
import type { ConfigFiles } from '../host/configFiles';
import { GitIgnores } from './gitignore';

export interface CollectOptions {
  /** `--no-ignore`: check what `.gitignore` and the config's `ignores` match too. */
  noIgnore?: boolean;
  /** Told of each file a glob or walk found and left out as ignored. */
  onIgnored?: (absolutePath: string) => void;
}


export interface CharterFile {
  /** As shown to the user: the path as given, or the directory as given joined with what was found. */
  displayPath: string;
  absolutePath: string;
}

/**
 * The config files' part in a walk: a directory is searched with the `files` globs of its nearest config
 * file (relative to that file's folder) instead of the default names, and what its `ignores` match is
 * left out. A file named on the command line is checked whatever the config says.
 */
function walkGlobs(configs: ConfigFiles | undefined, directory: string): { cwd: string; globs: string[]; under: string } {
  const loaded = configs?.nearest(directory);
  const files = loaded?.result.config?.files;
  if (!loaded || !files) return { cwd: directory, globs: [...DEFAULT_CHARTER_GLOBS], under: '' };
  const base = path.dirname(loaded.path);
  return { cwd: base, globs: files, under: path.relative(base, directory).split(path.sep).join('/') };
}

export function collectCharterFiles(paths: readonly string[], cwd: string, configs?: ConfigFiles, options: CollectOptions = {}): CharterFile[] {
  const files: CharterFile[] = [];
  const seen = new Set<string>();
  const add = (displayPath: string, absolutePath: string) => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    files.push({ displayPath, absolutePath });
  };
  const gitIgnores = new GitIgnores();
  const kept = (file: string, walked: string) => {
    if (options.noIgnore || (!gitIgnores.ignores(file, walked) && !configs?.settingsFor(file).ignored)) return true;
    options.onIgnored?.(file);
    return false;
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(absolute);
    } catch (error) {
      // A quoted glob ('docs/**/*.md'), expanded here as a shell would, without what is ignored.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isDynamicPattern(given)) {
        const matched = findFiles([toPosix(given)], cwd, (folder) => `cannot read folder '${toPosix(path.relative(cwd, folder)) || '.'}'`, true);
        if (matched.length === 0) throw new UsageError(`no files match '${given}'`);
        const shown = matched.filter((relative) => kept(path.resolve(cwd, relative), cwd));
        if (shown.length === 0) throw new UsageError(`every file matching '${given}' is ignored (.gitignore or the config's ignores); --no-ignore checks them`);
        for (const relative of shown) add(relative, path.resolve(cwd, relative));
        continue;
      }
      throw new UsageError(`cannot read '${given}': ${describeFsError(error)}`);
    }
    if (!stats.isDirectory()) {
      add(given, absolute);
      continue;
    }
    const walk = walkGlobs(configs, absolute);
    const found = findFiles(walk.globs, walk.cwd, (folder) => `cannot read folder '${joinForDisplay(given, path.relative(absolute, folder))}'`)
      .filter((file) => walk.under === '' || file.startsWith(`${walk.under}/`))
      .map((file) => (walk.under === '' ? file : file.slice(walk.under.length + 1)))
      .filter((file) => kept(path.join(absolute, file), absolute));
    for (const relative of found) add(joinForDisplay(given, relative), path.join(absolute, relative));
  }
  return files;
}

/**
 * The files the globs match under `cwd` (relative, with `/`, sorted), skipping node_modules and .git.
 * fdir (under tinyglobby) skips a folder it cannot list without a word; a CI run would then pass
 * without checking what is in it. Every listing goes through here, so a failure stops the run.
 */
function findFiles(globs: string[], cwd: string, describeFolder: (absoluteFolder: string) => string, missingIsEmpty = false): string[] {
  const unlistable: { folder: string; error: unknown }[] = [];
  const readdirSync = ((folder: fs.PathLike, options?: unknown) => {
    try {
      return fs.readdirSync(folder, options as fs.ObjectEncodingOptions & { withFileTypes: true });
    } catch (error) {
      // A glob's folder that does not exist ('nope/**/*.md') matches nothing; that is said once, below.
      if (missingIsEmpty && (error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
      unlistable.push({ folder: String(folder), error });
      throw error;
    }
  }) as typeof fs.readdirSync;
  const found = globSync(globs, {
    cwd,
    fs: { readdirSync },
    // Charters often live in dot folders such as .github; only the ignored folders are skipped.
    dot: true,
    ignore: IGNORED_FOLDERS.map((folder) => `**/${folder}/**`),
    onlyFiles: true,
    followSymbolicLinks: false,
  }).sort();
  if (unlistable.length > 0) {
    const [first] = unlistable;
    const more = unlistable.length > 1 ? ` (and ${unlistable.length - 1} more ${unlistable.length === 2 ? 'folder' : 'folders'})` : '';
    throw new UsageError(`${describeFolder(path.resolve(cwd, first.folder))}: ${describeFsError(first.error)}${more}`);
  }
  return found;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** `.` + `a/b.md` shows as `a/b.md`, `samples/` + `x.md` as `samples/x.md`. */
function joinForDisplay(directory: string, relative: string): string {
  const joined = path.join(directory, relative);
  return joined.split(path.sep).join('/');
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symbolic link loop?)';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    default:
      return firstLine((error as Error | undefined)?.message ?? String(error));
  }
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0];
}
