// Where an exported page comes from, printed on it: the day, and in a git repository the commit, with a
// note when a charter differs from it (an export of a working tree). The commit is read with git's
// read-only commands (host/git.ts: rev-parse, cat-file); without git, or outside a repository, the page
// carries the day alone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFilesAt, repositoryRoot, resolveCommit } from '../../host/git';

export interface ExportSource {
  /** The day of the export, ISO (`2026-09-01`). */
  date: string;
  /** The commit checked out (HEAD), in a repository. */
  commit?: string;
  /** Whether a charter exported differs from that commit (changed, or not committed yet). */
  uncommitted?: boolean;
}

export function exportSource(cwd: string, files: readonly string[], date: string): ExportSource {
  try {
    const root = repositoryRoot(cwd);
    const commit = root === undefined ? undefined : resolveCommit(root, 'HEAD');
    if (root === undefined || commit === undefined) return { date };
    const inside = files.map((file) => path.relative(root, file)).filter((relative) => !relative.startsWith('..') && !path.isAbsolute(relative));
    const committed = readFilesAt(root, commit, inside.map((relative) => relative.split(path.sep).join('/')));
    const uncommitted = inside.length < files.length || inside.some((relative) => !committed.get(relative.split(path.sep).join('/'))?.equals(fs.readFileSync(path.join(root, relative))));
    return { date, commit, ...(uncommitted ? { uncommitted } : {}) };
  } catch {
    // git missing or failing says nothing about the charters: the page is still worth having.
    return { date };
  }
}
