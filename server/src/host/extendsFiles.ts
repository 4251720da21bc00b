// Reading `extends` targets, shared by the CLI and the language server. A charter may come from anyone
// (a cloned repository, a pull request), so what it names is read only when it is a regular file of at
// most MAX_EXTENDS_BYTES inside the folders of a scope, symbolic links resolved first. Anything else is
// a refusal, which the core reports on the `extends` value. (The core itself does no I/O.)
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ReadRefusal } from '../core/model';

/** 1 MiB. A role catalog is a few KB; this keeps /dev/zero or a sparse 2 GB file from being read. */
export const MAX_EXTENDS_BYTES = 1024 * 1024;

/**
 * How long reading one `extends` file may take: a file on a slow or failing network share or FUSE
 * mount is given up after this, between two chunks of READ_CHUNK_BYTES, instead of freezing the check.
 * (A single read call that never returns cannot be interrupted from this thread: Node cannot even exit
 * while any of its threads is stuck in one, so a worker thread would not help.)
 */
export const EXTENDS_READ_TIMEOUT_MS = 2000;
const READ_CHUNK_BYTES = 64 * 1024;

/** For tests: the clock and the time allowed. */
export interface ReadLimits {
  timeoutMs?: number;
  now?: () => number;
}

/** The folders `extends` may read from. */
export interface ExtendsScope {
  /** Absolute folders, as given. */
  readonly roots: readonly string[];
  /** The same folders with symbolic links resolved (a target's real path is compared with these). */
  readonly realRoots: readonly string[];
  /** Why a file outside is refused, ending a sentence: "it is outside the workspace folder /a". */
  readonly outside: string;
}

/** Strict: a binary file is refused rather than read as U+FFFD soup; a leading BOM is dropped. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** O_NONBLOCK so that opening a FIFO returns at once (fstat then refuses it) instead of waiting for a writer. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);

export function extendsScope(roots: readonly string[], outside: string): ExtendsScope {
  const absolute = roots.map((root) => path.resolve(root));
  return { roots: absolute, realRoots: absolute.map(realPathOr), outside };
}

/**
 * A refusal when `file` is outside the scope; undefined when it is inside or does not exist (reading it
 * will say so). See `locate`.
 */
export function outsideScope(file: string, scope: ExtendsScope): ReadRefusal | undefined {
  const found = locate(file, scope);
  return 'refused' in found ? found : undefined;
}

/** The text of `file` when it is inside the scope, a regular file, small enough and UTF-8; else why not. */
export function readExtendsFile(file: string, scope: ExtendsScope, limits: ReadLimits = {}): string | ReadRefusal {
  const now = limits.now ?? (() => performance.now());
  const timeoutMs = limits.timeoutMs ?? EXTENDS_READ_TIMEOUT_MS;
  const deadline = now() + timeoutMs;
  const found = locate(file, scope);
  if ('refused' in found) return found;
  if ('error' in found) return { refused: describeError(found.error) };
  let fd: number;
  try {
    // The real path is opened without following a link, so a link swapped in since `locate` fails.
    fd = fs.openSync(found.real, OPEN_FLAGS);
  } catch (error) {
    return { refused: describeError(error) };
  }
  try {
    const stats = fs.fstatSync(fd);
    if (stats.isDirectory()) return { refused: 'it is a folder, not a file' };
    if (!stats.isFile()) return { refused: 'it is not a regular file' };
    if (stats.size > MAX_EXTENDS_BYTES) return { refused: TOO_LARGE };
    const bytes = readAtMost(fd, stats.size, MAX_EXTENDS_BYTES, () => now() > deadline);
    if (bytes === 'late') return { refused: `reading it took longer than ${timeoutMs / 1000} s` };
    if (!bytes) return { refused: TOO_LARGE };
    try {
      return UTF8.decode(bytes);
    } catch {
      return { refused: 'it is not UTF-8 text' };
    }
  } catch (error) {
    return { refused: describeError(error) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Where `file` really is, checked against the scope twice: by its path as written, before anything on
 * the disk is looked at (so nothing is learnt about files outside), then by its real path (so a
 * symbolic link inside that points outside is refused too).
 */
function locate(file: string, scope: ExtendsScope): { real: string } | ReadRefusal | { error: unknown } {
  const absolute = path.resolve(file);
  if (!isWithinAny(absolute, [...scope.roots, ...scope.realRoots])) return { refused: scope.outside };
  let real: string;
  try {
    real = fs.realpathSync(absolute);
  } catch (error) {
    return { error };
  }
  return isWithinAny(real, scope.realRoots) ? { real } : { refused: scope.outside };
}

const TOO_LARGE = `it is larger than ${MAX_EXTENDS_BYTES / 1024 / 1024} MiB`;

/**
 * The file's bytes, read in chunks; undefined past `max` (it may have grown since fstat), or 'late' when
 * `late()` says so after a chunk.
 */
function readAtMost(fd: number, expected: number, max: number, late: () => boolean): Buffer | undefined | 'late' {
  let buffer = Buffer.allocUnsafe(Math.min(expected, max) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > max) return undefined;
      const larger = Buffer.allocUnsafe(Math.min(length * 2, max + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const read = fs.readSync(fd, buffer, length, Math.min(buffer.length - length, READ_CHUNK_BYTES), null);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
    if (late()) return 'late';
  }
}

/** Whether `file` is `folder` or below it (both absolute). */
export function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function isWithinAny(file: string, folders: readonly string[]): boolean {
  return folders.some((folder) => isWithin(file, folder));
}

function realPathOr(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return folder;
  }
}

function describeError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'it cannot be read (permission denied)';
    case 'ELOOP':
      return 'it cannot be read (a symbolic link loop)';
    default:
      return 'it cannot be read';
  }
}
