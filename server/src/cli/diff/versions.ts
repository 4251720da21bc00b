// The two versions `team-charter diff` compares, each read as `check` reads a run (the same paths, globs,
// directory walks, ignore files and config files): the working tree and a git ref, or two files or
// folders. The earlier version of a repository is written from git into a temporary folder (only its
// charter, config and .gitignore files) and read from there like any other folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isGlobPattern } from '../../core/globs/glob';
import type { RuleSeverities } from '../../core/config/settings';
import { CONFIG_FILE_NAMES } from '../../core/config/file';
import type { CharterHost } from '../../core/model';
import { ConfigFiles, describeBrokenConfig, type CharterSettings } from '../../host/configFiles';
import { filesAt, GitError, readFileAt, readFilesAt, repositoryRoot, resolveCommit } from '../../host/git';
import { readExtendsFile, extendsScope } from '../../host/extendsFiles';
import { CliExtendsHosts } from '../extendsHost';
import { collectCharterFiles, describeFsError } from '../files';
import { UsageError } from '../usage';
import type { DiffRequest } from './args';

export interface VersionFile {
  /** What pairs it with the same charter of the other version: its path relative to the compared root. */
  key: string;
  displayPath: string;
  absolutePath: string;
  text: string;
  settings: CharterSettings;
  host: CharterHost;
}

export interface Version {
  /** How the version is named in reports: "HEAD", "working tree", a folder. */
  label: string;
  files: VersionFile[];
}

export interface Versions {
  before: Version;
  after: Version;
  /** Removes what reading the versions left behind (the temporary folder of a git version). */
  dispose(): void;
}

interface ReadOptions {
  noIgnore: boolean;
  severities: RuleSeverities;
  /** `--extends-root` folders, resolved. */
  extendsRoots: string[];
}

/** The versions a request compares; every problem is a UsageError (exit 2). */
export function readVersions(request: DiffRequest, cwd: string): Versions {
  const options: ReadOptions = { noIgnore: request.noIgnore, severities: request.severities, extendsRoots: request.extendsRoots.map((root) => path.resolve(cwd, root)) };
  for (const root of options.extendsRoots) {
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new UsageError(`--extends-root '${path.relative(cwd, root) || root}' is not a folder`);
  }
  let root: string | undefined;
  try {
    root = request.noIndex ? undefined : repositoryRoot(cwd);
  } catch (error) {
    throw new UsageError(`cannot read the git repository: ${(error as Error).message}`);
  }
  if (request.noIndex || (root === undefined && request.base === undefined && request.paths.length === 2)) return pathVersions(request.paths, cwd, options);
  if (root === undefined) {
    throw new UsageError("not a git repository: diff compares the working tree with a git ref (to compare two files or folders: team-charter diff --no-index OLD NEW)");
  }
  return gitVersions(request, cwd, root, options);
}

/** `diff --no-index OLD NEW`: two files (compared whatever their names) or two folders (their charters paired). */
function pathVersions(paths: readonly string[], cwd: string, options: ReadOptions): Versions {
  const [old, now] = paths.map((given) => {
    try {
      return { given, isFolder: fs.statSync(path.resolve(cwd, given)).isDirectory() };
    } catch (error) {
      throw new UsageError(`cannot read '${given}': ${describeFsError(error)}`);
    }
  });
  if (old.isFolder !== now.isFolder) throw new UsageError(`diff --no-index compares two files or two folders, not a file with a folder ('${old.given}', '${now.given}')`);
  const side = (given: string) => {
    const folder = old.isFolder ? path.resolve(cwd, given) : cwd;
    const files = readVersionFiles(old.isFolder ? ['.'] : [given], folder, options, true, (relative) => (old.isFolder ? joinDisplay(given, relative) : relative));
    // Two files are one charter whatever they are called.
    if (!old.isFolder) for (const file of files) file.key = '';
    return { label: given, files };
  };
  return { before: side(old.given), after: side(now.given), dispose: () => undefined };
}

function gitVersions(request: DiffRequest, cwd: string, root: string, options: ReadOptions): Versions {
  const ref = request.base ?? 'HEAD';
  const commit = resolveCommit(root, ref);
  if (!commit) {
    // HEAD names no commit only in a repository that has none yet.
    const none = ref === 'HEAD';
    throw new UsageError(none ? "unknown ref 'HEAD': the repository has no commit yet" : `unknown ref '${ref}': no commit of this repository has that name (in CI, fetch it first: git fetch origin ${ref.replace(/^origin\//, '')})`);
  }
  const mirror = fs.mkdtempSync(path.join(os.tmpdir(), 'team-charter-diff-'));
  const dispose = () => fs.rmSync(mirror, { recursive: true, force: true });
  try {
    writeMirror(root, commit, mirror);
    const mirrorCwd = path.join(mirror, path.relative(fs.realpathSync(root), fs.realpathSync(cwd)));
    fs.mkdirSync(mirrorCwd, { recursive: true });
    const beforeFiles = readVersionFiles(request.paths, mirrorCwd, options, false, (relative) => relative, mirrorHost(root, commit, mirror));
    const afterFiles = readVersionFiles(request.paths, cwd, options, false, (relative) => relative);
    if (beforeFiles.length === 0 && afterFiles.length === 0) throw new UsageError(`no charter files found in ${request.paths.map((p) => `'${p}'`).join(', ')}, in the working tree or at ${ref}`);
    return { before: { label: ref, files: beforeFiles }, after: { label: 'working tree', files: afterFiles }, dispose };
  } catch (error) {
    dispose();
    if (error instanceof GitError) throw new UsageError(`cannot read ${ref} through git: ${error.message}`);
    throw error;
  }
}

/** The commit's charter files (Markdown and YAML), config files and .gitignore files, in `mirror`. */
function writeMirror(root: string, commit: string, mirror: string): void {
  const wanted = filesAt(root, commit).filter((file) => {
    const name = file.slice(file.lastIndexOf('/') + 1);
    return /\.(?:md|markdown|ya?ml)$/i.test(name) || name === '.gitignore' || CONFIG_FILE_NAMES.includes(name);
  });
  for (const [file, bytes] of readFilesAt(root, commit, wanted)) {
    const target = path.join(mirror, ...file.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
  // A repository root, for the .gitignore files and for where `extends` may read.
  fs.mkdirSync(path.join(mirror, '.git'), { recursive: true });
}

/** `extends` of an earlier version reads that version's files: from the mirror, or from git when not written there. */
function mirrorHost(root: string, commit: string, mirror: string): (file: string) => CharterHost {
  const scope = extendsScope([mirror], `it is outside the repository ${root}`);
  const host: CharterHost = {
    readFile(target) {
      const relative = path.relative(mirror, target);
      if (!relative.startsWith('..') && !path.isAbsolute(relative) && !fs.existsSync(target)) {
        const bytes = readFileAt(root, commit, relative.split(path.sep).join('/'));
        if (bytes) {
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, bytes);
        }
      }
      return readExtendsFile(target, scope);
    },
  };
  return () => host;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The charters `paths` name under `cwd`, read. A path one version does not have is left out of it (the
 * charter was added or removed); `exact` (--no-index) makes a missing one an error.
 */
function readVersionFiles(
  paths: readonly string[],
  cwd: string,
  options: ReadOptions,
  exact: boolean,
  display: (relative: string) => string,
  hostOf?: (file: string) => CharterHost,
): VersionFile[] {
  const configs = new ConfigFiles();
  const hosts = new CliExtendsHosts(cwd, options.extendsRoots);
  const seen = new Set<string>();
  const files: VersionFile[] = [];
  for (const given of paths) {
    if (!exact && !isGlobPattern(given) && !fs.existsSync(path.resolve(cwd, given))) continue;
    let found;
    try {
      found = collectCharterFiles([given], cwd, configs, { noIgnore: options.noIgnore });
    } catch (error) {
      // A glob one version matches nothing of: that version has none of those charters.
      if (!exact && error instanceof UsageError && isGlobPattern(given) && /^(?:no files match|every file matching)/.test(error.message)) continue;
      throw error;
    }
    for (const file of found) {
      if (seen.has(file.absolutePath)) continue;
      seen.add(file.absolutePath);
      const settings = configs.settingsFor(file.absolutePath, {}, options.severities);
      if (settings.broken) throw new UsageError(describeBrokenConfig(settings.broken, display(path.relative(cwd, settings.broken.path).split(path.sep).join('/'))));
      const key = path.relative(cwd, file.absolutePath).split(path.sep).join('/');
      files.push({ key, displayPath: display(file.displayPath), absolutePath: file.absolutePath, text: decode(file.absolutePath, display(file.displayPath)), settings, host: (hostOf ?? ((f) => hosts.forFile(f)))(file.absolutePath) });
    }
  }
  return files;
}

function decode(file: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read '${shown}': ${describeFsError(error)}`);
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new UsageError(`cannot read '${shown}': not UTF-8 text (a binary file, or another encoding)`);
  }
}

function joinDisplay(folder: string, relative: string): string {
  return path.join(folder, relative).split(path.sep).join('/');
}
