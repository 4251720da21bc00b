// Which files a run checks: files named on the command line whatever their name, and charter files
// found under named directories with the default globs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { DEFAULT_CHARTER_GLOBS, IGNORED_FOLDERS } from '../core/config';
import { UsageError } from './args';


export interface CharterFile {
  /** As shown to the user: the path as given, or the directory as given joined with what was found. */
  displayPath: string;
  absolutePath: string;
}

export function collectCharterFiles(paths: readonly string[], cwd: string): CharterFile[] {
  const files: CharterFile[] = [];
  const seen = new Set<string>();
  const add = (displayPath: string, absolutePath: string) => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    files.push({ displayPath, absolutePath });
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(absolute);
    } catch (error) {
      throw new UsageError(`cannot read '${given}': ${describeFsError(error)}`);
    }
    if (!stats.isDirectory()) {
      add(given, absolute);
      continue;
    }
    // fdir (under tinyglobby) skips a folder it cannot list without a word; a CI run would then pass
    // without checking what is in it. Every listing goes through here, so a failure is seen.
    const unlistable: { folder: string; error: unknown }[] = [];
    const readdirSync = ((folder: fs.PathLike, options?: unknown) => {
      try {
        return fs.readdirSync(folder, options as fs.ObjectEncodingOptions & { withFileTypes: true });
      } catch (error) {
        unlistable.push({ folder: String(folder), error });
        throw error;
      }
    }) as typeof fs.readdirSync;
    const found = globSync([...DEFAULT_CHARTER_GLOBS], {
      cwd: absolute,
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
      const shown = joinForDisplay(given, path.relative(absolute, path.resolve(absolute, first.folder)));
      throw new UsageError(`cannot read folder '${shown}': ${describeFsError(first.error)}${more}`);
    }
    for (const relative of found) add(joinForDisplay(given, relative), path.join(absolute, relative));
  }
  return files;
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
