// The code ownership of the repositories the charters are in, as the front ends hand it over: the texts
// of each repository's CODEOWNERS and Backstage catalog files (read by the CLI or the language server),
// parsed here once per change. Pure: paths are strings the caller gives.
import * as path from 'node:path';
import { parseCatalog, type CatalogEntity } from './catalog';
import { parseCodeowners } from './codeowners';
import { CodeownersIndex } from './codeownersIndex';

/** Where GitHub and GitLab look for the CODEOWNERS file, in this order; the first found is the one used. */
export const CODEOWNERS_LOCATIONS: readonly string[] = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];

/** The names of Backstage catalog files, found anywhere in a repository. */
export const CATALOG_FILE_NAMES: readonly string[] = ['catalog-info.yaml', 'catalog-info.yml'];

/** A file's text as the front end read it. */
export interface OwnershipText {
  /** Absolute path. */
  path: string;
  text: string;
}

/** One repository's ownership files, as read. */
export interface RepositoryTexts {
  /** Absolute path of the repository's root (CODEOWNERS patterns are relative to it). */
  root: string;
  codeowners?: OwnershipText;
  catalogs: OwnershipText[];
}

export interface Repository {
  root: string;
  codeowners?: CodeownersIndex;
  entities: CatalogEntity[];
}

export interface Ownership {
  repositories: Repository[];
  /** The repository a file is in (the deepest root above it), if any. */
  repositoryOf(file: string): Repository | undefined;
}

export function readOwnership(texts: readonly RepositoryTexts[]): Ownership {
  const repositories: Repository[] = texts.map((repository) => ({
    root: repository.root,
    codeowners: repository.codeowners && new CodeownersIndex(parseCodeowners(repository.codeowners.text, repository.codeowners.path)),
    entities: repository.catalogs.flatMap((catalog) => parseCatalog(catalog.text, catalog.path)),
  }));
  return {
    repositories,
    repositoryOf(file) {
      let best: Repository | undefined;
      for (const repository of repositories) {
        const relative = path.relative(repository.root, file);
        if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
        if (!best || repository.root.length > best.root.length) best = repository;
      }
      return best;
    },
  };
}

/** A file's path relative to its repository's root, with `/` (as CODEOWNERS patterns are written). */
export function repositoryPath(repository: Pick<Repository, 'root'>, file: string): string {
  return path.relative(repository.root, file).split(path.sep).join('/');
}
