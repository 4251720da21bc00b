// The files a command reads and how: found as `check` finds them (paths, globs, directory walks, ignore
// files, the config files' `files` and `ignores`), read strictly as UTF-8, each with its config file's
// settings and the host its `extends` may read through. Shared by check, owners and export.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RuleSeverities } from '../core/config/settings';
import { formatOfText } from '../core/parse';
import { ConfigFiles, describeBrokenConfig, describeConfigWarnings, type CharterSettings } from '../host/configFiles';
import { CliExtendsHosts } from './extendsHost';
import { collectCharterFiles, describeFsError, type CharterFile } from './files';
import { UsageError } from './usage';

export interface CharterSource {
  paths: readonly string[];
  noIgnore: boolean;
  /** `--extends-root` folders, as given. */
  extendsRoots: readonly string[];
  /** `--config FILE`: this config file for every charter. */
  config?: string;
  /** `--ignore-pattern` globs, relative to the current directory. */
  ignorePatterns?: readonly string[];
  /** False with `--no-error-on-unmatched-pattern`. */
  errorOnUnmatchedPattern?: boolean;
  /** False with `--no-warn-ignored`. */
  warnIgnored?: boolean;
  /** The command line's `--rule` settings, over the config files'. */
  severities?: RuleSeverities;
  /** `--stdin`: the text on standard input, checked as this path. */
  stdin?: { filename?: string; read?: () => Uint8Array };
}

export interface ReadCharters {
  files: CharterFile[];
  texts: string[];
  /** Whether each file starts with a byte order mark (the decoded text has none). */
  boms: boolean[];
  /** Each file's settings: its config file's, under the command line's (same order as `files`). */
  settings: CharterSettings[];
  hosts: CliExtendsHosts;
  /** Lines for stderr (after `team-charter: `): the parts of the config files read that are not used. */
  warnings: string[];
}

/** Strict: invalid UTF-8 throws instead of becoming U+FFFD; a leading BOM is dropped. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Every file of the run, read; anything that cannot be read or used is a UsageError (exit 2). */
export function readCharters(source: CharterSource, cwd: string): ReadCharters {
  for (const root of source.extendsRoots) {
    let isFolder: boolean;
    try {
      isFolder = fs.statSync(path.resolve(cwd, root)).isDirectory();
    } catch (error) {
      throw new UsageError(`cannot read --extends-root '${root}': ${describeFsError(error)}`);
    }
    if (!isFolder) throw new UsageError(`--extends-root '${root}' is not a folder`);
  }

  const configs = configFilesOf(source, cwd);
  const warnings: string[] = [];
  let files: CharterFile[];
  let contents: Uint8Array[];
  if (source.stdin) {
    const name = source.stdin.filename ?? '<stdin>';
    files = [{ displayPath: name.split(path.sep).join('/'), absolutePath: path.resolve(cwd, name) }];
    let bytes: Uint8Array | undefined;
    try {
      bytes = source.stdin.read?.();
    } catch (error) {
      throw new UsageError(`cannot read standard input: ${describeFsError(error)}`);
    }
    if (bytes === undefined) throw new UsageError('cannot read standard input: there is none');
    contents = [bytes];
  } else {
    let ignored = 0;
    let namedIgnored = 0;
    files = collectCharterFiles(source.paths, cwd, configs, {
      noIgnore: source.noIgnore,
      onIgnored: () => ignored++,
      errorOnUnmatchedPattern: source.errorOnUnmatchedPattern,
      // As ESLint says it: the file named is skipped, and why.
      onNamedIgnored: (shown) => {
        namedIgnored++;
        if (source.warnIgnored !== false) warnings.push(`warning: '${shown}' is not checked: the config's ignores (or --ignore-pattern) match it; --no-ignore checks it`);
      },
    });
    if (files.length === 0 && source.errorOnUnmatchedPattern !== false && !(namedIgnored > 0 && allNamedFiles(source.paths, cwd))) {
      // As ESLint does: a run that checks nothing is almost always a mistake in a CI script.
      const why = ignored > 0 ? ` (${ignored} ignored by .gitignore or the config's ignores; --no-ignore checks them)` : '';
      throw new UsageError(`no charter files found in ${source.paths.map((p) => `'${p}'`).join(', ')}${why}`);
    }
    // Read everything first so an unreadable file stops the run before any output is written.
    contents = files.map((file) => {
      try {
        return fs.readFileSync(file.absolutePath);
      } catch (error) {
        throw new UsageError(`cannot read '${file.displayPath}': ${describeFsError(error)}`);
      }
    });
  }
  const texts = contents.map((bytes, index) => {
    try {
      // Decoding leniently would turn a binary or Latin-1 file into U+FFFD soup and report "no problems".
      return UTF8.decode(bytes);
    } catch {
      const shown = source.stdin ? 'standard input' : `'${files[index].displayPath}'`;
      throw new UsageError(`cannot read ${shown}: not UTF-8 text (a binary file, or another encoding)`);
    }
  });
  const boms = contents.map((bytes) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  // A config file that cannot be used stops the run: checking with defaults nobody wrote would pass CI.
  const settings = files.map((file) => configs.settingsFor(file.absolutePath, {}, source.severities ?? {}));
  const broken = settings.find((setting) => setting.broken)?.broken;
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;
  if (broken) throw new UsageError(describeBrokenConfig(broken, shown(broken.path)));
  warnings.push(...configs.loaded().flatMap((loaded) => describeConfigWarnings(loaded, shown(loaded.path))));
  if (source.stdin && source.stdin.filename === undefined) {
    // No name to tell the form by: told from the text, and said, since a YAML charter read as Markdown would pass.
    const format = formatOfText(texts[0]);
    files[0] = { ...files[0], format };
    warnings.push(`standard input read as ${format === 'yaml' ? 'YAML' : 'Markdown'} (told from its text; --stdin-filename NAME.${format === 'yaml' ? 'md' : 'yaml'} says otherwise)`);
  }
  return { files, texts, boms, settings, hosts: new CliExtendsHosts(cwd, source.extendsRoots), warnings };
}

/** The config files of a run: looked up beside each charter, or the one `--config` names (checked here, in one line). */
export function configFilesOf(source: Pick<CharterSource, 'config' | 'ignorePatterns'>, cwd: string): ConfigFiles {
  let explicit: { path: string; base: string } | undefined;
  if (source.config !== undefined) {
    const file = path.resolve(cwd, source.config);
    let isFile: boolean;
    try {
      isFile = fs.statSync(file).isFile();
    } catch (error) {
      throw new UsageError(`cannot read --config '${source.config}': ${describeFsError(error)}`);
    }
    if (!isFile) throw new UsageError(`--config '${source.config}' is not a file`);
    explicit = { path: file, base: cwd };
  }
  const ignorePatterns = source.ignorePatterns && source.ignorePatterns.length > 0 ? { patterns: source.ignorePatterns, base: cwd } : undefined;
  return new ConfigFiles(undefined, { ...(explicit ? { explicit } : {}), ...(ignorePatterns ? { ignorePatterns } : {}) });
}

/** Whether every path given names a file (not a folder or glob): then a run whose files are all ignored checks nothing, without error. */
function allNamedFiles(paths: readonly string[], cwd: string): boolean {
  return paths.every((given) => {
    try {
      return !fs.statSync(path.resolve(cwd, given)).isDirectory();
    } catch {
      return false;
    }
  });
}
