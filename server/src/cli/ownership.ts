// The CLI's reading of code ownership: for the repositories of the charters that cover something, the
// CODEOWNERS file and the Backstage catalog files (host/ownershipFiles.ts), and for `owners --uncovered`
// every file of the repository. A repository is walked as `check` walks a folder: node_modules and .git
// skipped, what `.gitignore` ignores left out, no symbolic link followed.
import * as path from 'node:path';
import { CATALOG_FILE_NAMES, type RepositoryTexts } from '../core/ownership/model';
import { GitIgnores } from '../files/gitignore';
import { walkSync } from '../files/walk';
import { readCatalog, readCodeowners, repositoryRootOf } from '../host/ownershipFiles';

/**
 * The files under `root` that `wants` (every file when not given), relative with `/`, sorted, less what
 * git ignores; the walk of `check` (files/walk.ts), so the two never disagree on what a repository holds.
 */
export function repositoryFiles(root: string, wants: (file: string) => boolean = () => true): string[] {
  const walked = walkSync(root, root, { wants, gitIgnores: new GitIgnores(), onUnlistable: () => {} });
  const prefix = root.endsWith(path.sep) ? root.length : root.length + 1;
  return walked.files.map((file) => file.slice(prefix).split(path.sep).join('/'));
}

/** The roots of the repositories the files are in (`cwd` for files in none), each once, in order. */
export function repositoryRoots(files: readonly string[], cwd: string): string[] {
  const byFolder = new Map<string, string>();
  const roots: string[] = [];
  for (const file of files) {
    const folder = path.dirname(file);
    let root = byFolder.get(folder);
    if (root === undefined) byFolder.set(folder, (root = repositoryRootOf(folder, cwd)));
    if (!roots.includes(root)) roots.push(root);
  }
  return roots;
}

/** CODEOWNERS and catalog files of each repository; `listed`, when given, is the repository's files already walked. */
export function readRepositoryTexts(root: string, listed?: readonly string[]): RepositoryTexts {
  const catalogFiles = listed
    ? listed.filter((file) => CATALOG_FILE_NAMES.includes(path.posix.basename(file)))
    : repositoryFiles(root, (file) => CATALOG_FILE_NAMES.includes(path.basename(file)));
  return {
    root,
    codeowners: readCodeowners(root),
    catalogs: catalogFiles.map((file) => readCatalog(path.join(root, file))).filter((text) => text !== undefined),
  };
}
