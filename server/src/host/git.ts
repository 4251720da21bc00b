// Reading earlier versions of files through git, for `team-charter diff` and the editor's "Compare
// ownership with HEAD". Node only (child_process); the core never runs git. git runs with the
// repository's configuration but no file system monitor (core.fsmonitor can name a program to run), and
// only the read-only commands rev-parse, ls-tree and cat-file.
import { spawnSync } from 'node:child_process';

/** Why git could not answer, as the end of a sentence ("not a git repository"). */
export class GitError extends Error {}

const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=false'];
/** The largest output read from git at once (a tree listing, a batch of files). */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

function git(cwd: string, args: readonly string[], input?: Buffer | string): Buffer {
  const result = spawnSync('git', [...SAFE_CONFIG, ...args], { cwd, input, maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new GitError(code === 'ENOENT' ? 'git is not installed (or not on the PATH)' : `git could not be run: ${result.error.message}`);
  }
  if (result.status !== 0) throw new GitError(firstLine(result.stderr.toString('utf8')) || `git ${args[0]} failed`);
  return result.stdout;
}

/** The top folder of the repository holding `folder`, or undefined when it is in none. */
export function repositoryRoot(folder: string): string | undefined {
  try {
    return git(folder, ['rev-parse', '--show-toplevel']).toString('utf8').trim() || undefined;
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.message)) return undefined;
    throw error;
  }
}

/** The commit a ref names (`HEAD`, `origin/main`, a tag, a hash), or undefined when it names none. */
export function resolveCommit(root: string, ref: string): string | undefined {
  // A ref starting with "-" would be read as an option.
  if (ref.startsWith('-') || ref.length === 0) return undefined;
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString('utf8').trim() || undefined;
  } catch (error) {
    if (error instanceof GitError && !/not installed|could not be run/.test(error.message)) return undefined;
    throw error;
  }
}

/** Every file of a commit (paths from the repository's top, with `/`). */
export function filesAt(root: string, commit: string): string[] {
  const listing = git(root, ['ls-tree', '-r', '-z', '--full-name', '--name-only', commit]).toString('utf8');
  return listing.split('\0').filter((name) => name.length > 0);
}

/** The contents of files at a commit, by path; a path the commit does not have is left out. */
export function readFilesAt(root: string, commit: string, paths: readonly string[]): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  if (paths.length === 0) return found;
  // One process for every file: `cat-file --batch` answers "<oid> blob <size>\n<bytes>\n" or "<name> missing\n".
  const output = git(root, ['cat-file', '--batch'], paths.map((file) => `${commit}:${file}`).join('\n') + '\n');
  let offset = 0;
  for (const file of paths) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd < 0) break;
    const line = output.toString('utf8', offset, headerEnd);
    offset = headerEnd + 1;
    // "<name> missing" echoes the name asked for, which may hold spaces; an answer has no name in it.
    if (/ (?:missing|ambiguous)$/.test(line)) continue;
    const [, type, sizeText] = line.split(' ');
    const size = Number(sizeText);
    if (!Number.isInteger(size)) break;
    if (type === 'blob') found.set(file, output.subarray(offset, offset + size));
    offset += size + 1;
  }
  return found;
}

/** One file at a commit, or undefined when the commit does not have it. */
export function readFileAt(root: string, commit: string, file: string): Buffer | undefined {
  return readFilesAt(root, commit, [file]).get(file);
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/, 1)[0].replace(/^fatal:\s*/, '');
}

