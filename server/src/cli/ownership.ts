// The CLI's reading of code ownership: for the repositories of the charters that cover something, the
// CODEOWNERS file and the Backstage catalog files (host/ownershipFiles.ts), and for `owners --uncovered`
// every file of the repository. A repository is walked as `check` walks a folder: node_modules and .git
// skipped, what `.gitignore` ignores left out.
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { IGNORED_FOLDERS } from '../core/config';
import { CATALOG_FILE_NAMES, type RepositoryTexts } from '../core/ownership/model';
import { readCatalog, readCodeowners, repositoryRootOf } from '../host/ownershipFiles';
import { GitIgnores } from './gitignore';

/** The files under `root` matching `globs` (relative, with `/`, sorted), less what git ignores. */
export function repositoryFiles(root: string, globs: readonly string[] = ['**']): string[] {
  const gitIgnores = new GitIgnores();
  return globSync([...globs], {
    cwd: root,
    dot: true,
    ignore: IGNORED_FOLDERS.map((folder) => `**/${folder}/**`),
    onlyFiles: true,
    followSymbolicLinks: false,
  })
    .filter((file) => !gitIgnores.ignores(path.join(root, file), root))
    .sort();
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
    : repositoryFiles(root, CATALOG_FILE_NAMES.map((name) => `**/${name}`));
  return {
    root,
    codeowners: readCodeowners(root),
    catalogs: catalogFiles.map((file) => readCatalog(path.join(root, file))).filter((text) => text !== undefined),
  };
}
