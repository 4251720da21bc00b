// How both front ends find and read the code ownership of a charter's repository: the repository's
// root (the nearest folder above the charter holding `.git`, else the folder the caller gives), its
// CODEOWNERS file (the first of GitHub's and GitLab's locations that is a file) and its Backstage
// catalog files. Only regular files of a bounded size are read, in UTF-8; one that cannot be read is
// left out (the rules then say nothing about what it would have decided).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG_FILE_NAMES, CODEOWNERS_LOCATIONS, type OwnershipText } from '../core/ownership/model';

/** GitHub does not read a CODEOWNERS file larger than this. */
export const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;
export const MAX_CATALOG_BYTES = 1024 * 1024;

const ROOT_MARKERS = ['.git', path.join('.github', 'CODEOWNERS'), path.join('.gitlab', 'CODEOWNERS')];

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The nearest folder at or above `folder` that holds `.git` (a folder, or a file in a worktree), or a
 * CODEOWNERS file in `.github/` or `.gitlab/` (which only a repository's root has), else `fallback`.
 */
export function repositoryRootOf(folder: string, fallback: string): string {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (ROOT_MARKERS.some((marker) => fs.existsSync(path.join(current, marker)))) return current;
    if (path.dirname(current) === current) return path.resolve(fallback);
  }
}

/** A regular file of at most `max` bytes, as UTF-8 text (a leading byte order mark dropped); else undefined. */
export function readSmallText(file: string, max: number): string | undefined {
  try {
    const stats = fs.statSync(file);
    if (!stats.isFile() || stats.size > max) return undefined;
    return UTF8.decode(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/** The repository's CODEOWNERS file, the first found of `.github/`, the root, `docs/`, `.gitlab/`. */
export function readCodeowners(root: string): OwnershipText | undefined {
  for (const location of CODEOWNERS_LOCATIONS) {
    const file = path.join(root, ...location.split('/'));
    const text = readSmallText(file, MAX_CODEOWNERS_BYTES);
    if (text !== undefined) return { path: file, text };
  }
  return undefined;
}

export function isCatalogFile(file: string): boolean {
  return CATALOG_FILE_NAMES.includes(path.basename(file));
}

export function readCatalog(file: string): OwnershipText | undefined {
  const text = readSmallText(file, MAX_CATALOG_BYTES);
  return text === undefined ? undefined : { path: file, text };
}
