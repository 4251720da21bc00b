// What the language server gets from where it runs. Under Node (server.ts) it reads `extends` files and
// config files from the disk and hands memory back after a burst of checks (nodeEnvironment.ts); in a
// browser's web worker (browserServer.ts) there is no file system (browser/environment.ts).
import type { CheckOptions, CheckResult } from '../core/check';
import type { CharterHost } from '../core/model';
import type { ConfigFiles } from '../host/configFiles';
import type { RepositoryTexts } from '../core/ownership/model';

export interface ServerEnvironment {
  /** Checks one charter (under Node, checkCharter: refusals further up an `extends` chain included). */
  checkCharter(text: string, options: CheckOptions): CheckResult;
  /** What `extends` may read; `openText` gives the text of the open document at a path, if any. */
  extendsHost(openText: (file: string) => string | undefined): ExtendsHostOfServer;
  /** The repository's config files (`.team-charter.*`) above each charter. */
  configFiles(): Pick<ConfigFiles, 'settingsFor' | 'clear'>;
  /** Told after each published check (see idleCollector.ts). */
  idleCollector(): { touch(): void };
  /** The workspace's charters on disk, for the organisation (workspaceIndex.ts); none in a browser. */
  workspaceFiles?: WorkspaceFileAccess;
  /** A file's text at a git ref (`teamCharter/compare`); none in a browser. */
  readEarlierVersion?(file: string, ref: string): EarlierVersion;
}

/** A file at an earlier version: its text, not there (added since), or why it cannot be read. */
export type EarlierVersion = { text: string } | { missing: true } | { unavailable: string };

export interface WorkspaceFileAccess {
  /** Absolute paths of the charters under the folders; `isCharter` takes a URI (see workspaceFiles.ts). */
  findCharters(folders: readonly string[], isCharter: (uri: string) => boolean, cancelled: () => boolean): Promise<{ files: string[]; truncated?: string }>;
  /** A charter's text; undefined when it is not a regular file, is too large, or cannot be read. */
  readCharter(file: string): Promise<string | undefined>;
  /** The root of the repository a folder is in (the nearest folder holding `.git`), else `fallback`. */
  repositoryRootOf(folder: string, fallback: string): string;
  /** A repository's CODEOWNERS and Backstage catalog files (host/ownershipFiles.ts). */
  readOwnership(root: string, cancelled: () => boolean): Promise<RepositoryTexts>;
}

export interface ExtendsHostOfServer {
  setWorkspaceFolders(uris: readonly string[]): void;
  /** The host for the `extends` of the document at `uri`. */
  forDocument(uri: string): CharterHost;
}
