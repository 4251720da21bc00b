// How the CLI writes a report to a file (`check --output-file` and `--report-file`, `export --output`).
// - Never through a symbolic link: a pull request can commit `team-charter.sarif` as a link to a file
//   outside the checkout (or a dangling one), and CI would write there. The file itself is opened with
//   O_NOFOLLOW (and refused when it is a link), and so are the folders between the repository's root
//   (repositoryRoot.ts: what a pull request can commit) and the file.
// - Folders are created one at a time: Node's recursive mkdir loops forever on a file system that
//   answers ENOENT for a folder it will not create (under /proc).
// Any failure is a usage error of one line (exit 2).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFsError } from './files';
import { repositoryRoot } from './repositoryRoot';
import { UsageError } from './usage';

/** Writes `text` to `given` (relative to `cwd`); `option` names the option in the error line. */
export function writeOutputFile(cwd: string, given: string, text: string, option: string): void {
  const target = path.resolve(cwd, given);
  const fail = (reason: string): never => {
    throw new UsageError(`cannot write ${option} '${given}': ${reason}`);
  };
  makeFolders(cwd, repositoryRoot(cwd), path.dirname(target), fail);
  if (isSymbolicLink(target)) fail('it is a symbolic link, and output files are never written through one');
  let descriptor: number;
  try {
    // O_NOFOLLOW also covers a link that appears between the check above and the open.
    descriptor = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | (fs.constants.O_NOFOLLOW ?? 0), 0o666);
  } catch (error) {
    return fail(describeWriteError(error));
  }
  try {
    fs.writeFileSync(descriptor, text);
  } catch (error) {
    fail(describeWriteError(error));
  } finally {
    fs.closeSync(descriptor);
  }
}

/**
 * Creates the missing folders of `folder`, outermost first. Those below `root` must be real folders, not
 * links (a link there would send the file elsewhere). `cwd` is where paths are shown from.
 */
function makeFolders(cwd: string, root: string, folder: string, fail: (reason: string) => never): void {
  const missing: string[] = [];
  let existing = folder;
  // Bounded by the depth of the path: each step goes one folder up, until one exists or the root.
  for (;;) {
    const stats = lstatOrUndefined(existing, fail);
    if (stats) {
      if (stats.isSymbolicLink() && isBelow(root, existing)) fail(`'${shown(cwd, existing)}' is a symbolic link, and output files are never written through one`);
      if (!(stats.isSymbolicLink() ? statOrUndefined(existing)?.isDirectory() : stats.isDirectory())) fail(`'${shown(cwd, existing)}' is not a folder`);
      break;
    }
    missing.unshift(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  checkNoLinkBetween(cwd, root, existing, fail);
  for (const created of missing) {
    try {
      fs.mkdirSync(created);
    } catch (error) {
      fail(`cannot create folder '${shown(cwd, created)}': ${describeFsError(error)}`);
    }
  }
}

/** The folders from `root` (excluded) down to `folder` (which exists) are no symbolic links. */
function checkNoLinkBetween(cwd: string, root: string, folder: string, fail: (reason: string) => never): void {
  let current = folder;
  while (isBelow(root, current)) {
    if (isSymbolicLink(current)) fail(`'${shown(cwd, current)}' is a symbolic link, and output files are never written through one`);
    current = path.dirname(current);
  }
}

function isBelow(cwd: string, file: string): boolean {
  const relative = path.relative(cwd, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Below the current directory, relative to it; elsewhere, the absolute path. */
function shown(cwd: string, file: string): string {
  return isBelow(cwd, file) ? path.relative(cwd, file).split(path.sep).join('/') : file;
}

function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function lstatOrUndefined(file: string, fail: (reason: string) => never): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return fail(describeFsError(error));
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function describeWriteError(error: unknown): string {
  // O_NOFOLLOW's answer for a link.
  if ((error as NodeJS.ErrnoException).code === 'ELOOP') return 'it is a symbolic link, and output files are never written through one';
  return describeFsError(error);
}
