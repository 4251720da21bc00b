// Which files a run checks: files named on the command line whatever their name, files matched by a
// quoted glob, and charter files found under named directories with the default globs. Globs and walks
// leave out what `.gitignore` and the config files' `ignores` match, unless `noIgnore`; a named file,
// what the config files' `ignores` match. The walk and the
// glob matcher are the language server's too (files/).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CHARTER_GLOBS } from '../core/config/settings';
import type { CharterFormat } from '../core/model';
import { UsageError } from './args';
import type { ConfigFiles } from '../host/configFiles';
import { compileGlobs, isGlobPattern, splitGlobBase } from '../core/globs/glob';
import { GitIgnores } from '../files/gitignore';
import { walkSync, type WalkOptions } from '../files/walk';

export interface CollectOptions {
  /** `--no-ignore`: check what `.gitignore` and the config's `ignores` match too. */
  noIgnore?: boolean;
  /** Told of each file a glob or walk found and left out as ignored. */
  onIgnored?: (absolutePath: string) => void;
  /** False (`--no-error-on-unmatched-pattern`): a path that does not exist or a glob that matches nothing is skipped. */
  errorOnUnmatchedPattern?: boolean;
  /**
   * Told of each file named on the command line that the config files' `ignores` (or `--ignore-pattern`)
   * match: it is skipped, as ESLint skips it (pre-commit names every staged file).
   */
  onNamedIgnored?: (displayPath: string) => void;
}

export interface CharterFile {
  /** As shown to the user: the path as given, or the directory as given joined with what was found. */
  displayPath: string;
  absolutePath: string;
  /** The form it is read in, when its name does not say (standard input without --stdin-filename). */
  format?: CharterFormat;
}

const DEFAULT_MATCHER = compileGlobs(DEFAULT_CHARTER_GLOBS);

/**
 * Which files a walk of `directory` keeps by name: the `files` globs of the nearest config file that
 * has them (relative to that file's folder) instead of the default names. A file named on the command line is
 * checked whatever the config says.
 */
function charterNames(configs: ConfigFiles | undefined, directory: string): (file: string) => boolean {
  const names = configs?.charterNamesIn(directory);
  if (!names) return (file) => DEFAULT_MATCHER.matches(toPosix(path.relative(directory, file)));
  return (file) => configs!.matches(names.files, toPosix(path.relative(names.base, file)));
}

export function collectCharterFiles(paths: readonly string[], cwd: string, configs?: ConfigFiles, options: CollectOptions = {}): CharterFile[] {
  const files: CharterFile[] = [];
  const seen = new Set<string>();
  const add = (displayPath: string, absolutePath: string) => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    files.push({ displayPath, absolutePath });
  };
  const walkOptions = (wants: (file: string) => boolean, describeFolder: (folder: string) => string, missingIsEmpty = false): WalkOptions => ({
    wants,
    gitIgnores: options.noIgnore ? undefined : new GitIgnores(),
    ignores: options.noIgnore ? undefined : (file) => configs?.settingsFor(file).ignored ?? false,
    onIgnored: options.onIgnored,
    // Ignored folders are entered to count the charters in them, for the message when nothing is found.
    enterIgnoredFolders: true,
    // A folder that cannot be listed stops the run: a CI run would otherwise pass without checking it.
    onUnlistable: (folder, error) => {
      if (missingIsEmpty && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new UsageError(`${describeFolder(folder)}: ${describeFsError(error)}`);
    },
  });
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(absolute);
    } catch (error) {
      // A quoted glob ('docs/**/*.md'), expanded here as a shell would, without what is ignored.
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      if (missing && isGlobPattern(given)) {
        for (const file of expandGlob(given, cwd, walkOptions, options.errorOnUnmatchedPattern !== false)) add(file.displayPath, file.absolutePath);
        continue;
      }
      if (missing && options.errorOnUnmatchedPattern === false) continue;
      throw new UsageError(`cannot read '${given}': ${describeFsError(error)}`);
    }
    if (!stats.isDirectory()) {
      // Named, it is checked whatever its name; .gitignore does not apply (git tracks what it is told to).
      if (!options.noIgnore && configs?.settingsFor(absolute).ignored) options.onNamedIgnored?.(given);
      else add(given, absolute);
      continue;
    }
    const describe = (folder: string) => `cannot read folder '${joinForDisplay(given, path.relative(absolute, folder))}'`;
    const found = walkSync(absolute, absolute, walkOptions(charterNames(configs, absolute), describe)).files;
    for (const file of found) add(joinForDisplay(given, path.relative(absolute, file)), file);
  }
  return files;
}

/** The files a command-line glob matches, from the folder its first wildcard is in (as a shell expands it). */
function expandGlob(
  given: string,
  cwd: string,
  walkOptions: (wants: (file: string) => boolean, describe: (folder: string) => string, missingIsEmpty: boolean) => WalkOptions,
  errorOnUnmatched: boolean,
): CharterFile[] {
  const glob = toPosix(given);
  const compiled = compileGlobs([glob]);
  const [rejected] = compiled.rejected;
  if (rejected) throw new UsageError(`cannot use the glob '${given}': ${rejected.reason}`);
  const { base } = splitGlobBase(glob);
  const root = path.resolve(cwd, base);
  // Matched as written, from the current folder: the base is the part of the path with no wildcard.
  const wants = (file: string) => compiled.matches(toPosix(relativeToGlob(cwd, base, root, file)));
  let ignored = 0;
  const options = walkOptions(wants, (folder) => `cannot read folder '${toPosix(path.relative(cwd, folder)) || '.'}'`, true);
  const onIgnored = options.onIgnored;
  const found = walkSync(root, cwd, { ...options, onIgnored: (file) => (ignored++, onIgnored?.(file)) }).files;
  if (found.length === 0 && !errorOnUnmatched) return [];
  if (found.length === 0 && ignored === 0) throw new UsageError(`no files match '${given}'`);
  if (found.length === 0) throw new UsageError(`every file matching '${given}' is ignored (.gitignore or the config's ignores); --no-ignore checks them`);
  return found.map((file) => {
    const shown = toPosix(relativeToGlob(cwd, base, root, file));
    return { displayPath: shown, absolutePath: file };
  });
}

/** A found file as the glob spells it: below the glob's base written as given (`../x/a.md`, `/abs/a.md`). */
function relativeToGlob(cwd: string, base: string, root: string, file: string): string {
  const below = path.relative(root, file);
  return base === '' ? below : path.posix.normalize(`${toPosix(base)}/${toPosix(below)}`);
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
