// Which config file governs a charter, and what it says for that charter: the nearest
// `.team-charter.{json,jsonc,yaml,yml}` in the charter's folder or above it, up to the root of its git
// repository (the folders whose `.gitignore` files count too; outside a repository, up to the file
// system's root), the first name found in the nearest folder that has one; files further up are not
// merged. A config file comes with the repository, from anyone, so it is read as `extends` reads
// (host/extendsFiles.ts): a regular UTF-8 file of at most 1 MiB, its real path inside the repository.
// One that is not is refused, and the refusal quotes nothing of it. Shared by the CLI and the server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeRuleSettings, type RuleSeverities } from '../core/config';
import { CONFIG_FILE_NAMES, parseConfigFile, type CharterConfig, type ConfigResult } from '../core/configFile';
import type { ConfigTeams } from '../core/configTeams';
import type { Severity } from '../core/model';
import { RULES } from '../core/rules';
import type { ReadRefusal } from '../core/model';
import { compileGlobs, unusedGlobs, type GlobMatcher } from '../core/globs/glob';
import { Repositories } from '../files/repository';
import { extendsScope, readExtendsFile } from './extendsFiles';

export interface LoadedConfig {
  /** The config file's absolute path. */
  path: string;
  result: ConfigResult;
}

/** What one charter is checked with, from its config file (and what the caller adds around it). */
export interface CharterSettings {
  severities: RuleSeverities;
  reportUnusedDisableDirectives?: Severity | 'off';
  /** Matched by the config's `ignores`: not checked at all. */
  ignored: boolean;
  /** The config file used, if any (a broken one is not used: see `broken`). */
  configPath?: string;
  /** That config file, read (its `warnings`: what of it is not used). */
  used?: LoadedConfig;
  /** The nearest config file, when it cannot be used. */
  broken?: LoadedConfig;
  /** The config file's `teams` (code owners and Backstage group per team), when it has some. */
  teams?: ConfigTeams;
}

/** Finds and reads config files, each folder and file once until `clear()`. */
export class ConfigFiles {
  private readonly byFolder = new Map<string, LoadedConfig | null>();
  private readonly matchers = new Map<string, GlobMatcher>();
  /** Every config file read, in the order read. */
  private readonly read: LoadedConfig[] = [];
  private readonly repositories = new Repositories();

  /** `readText`: the file's text, why it is not read, or undefined when there is none (then the search goes on). */
  constructor(private readonly readText: (file: string, repository: string | undefined) => string | ReadRefusal | undefined = readConfigFile) {}

  clear(): void {
    this.byFolder.clear();
    this.read.length = 0;
  }

  /** The config files read so far (each once). */
  loaded(): readonly LoadedConfig[] {
    return this.read;
  }

  /** The nearest config file at or above `folder`, up to its repository's root, or undefined when there is none. */
  nearest(folder: string): LoadedConfig | undefined {
    const chain: string[] = [];
    let current = path.resolve(folder);
    const repository = this.repositories.rootOf(current);
    let found: LoadedConfig | null | undefined;
    for (;;) {
      found = this.byFolder.get(current);
      if (found !== undefined) break;
      chain.push(current);
      found = this.here(current, repository);
      // A config file above the repository does not govern it (nor do its `.gitignore` files).
      if (found || current === repository) break;
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const visited of chain) if (!this.byFolder.has(visited)) this.byFolder.set(visited, found ?? null);
    return found ?? undefined;
  }

  private here(folder: string, repository: string | undefined): LoadedConfig | null {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(folder, name);
      const text = this.readText(file, repository);
      if (text === undefined) continue;
      const loaded: LoadedConfig = {
        path: file,
        result:
          typeof text === 'string'
            ? parseConfigFile(text, name, RULES.map((rule) => rule.id), (globs) => unusedGlobs(globs.map(asConfigGlob)))
            : { problems: [{ message: `Team Charter does not read this config file: ${text.refused}.`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] },
      };
      this.byFolder.set(folder, loaded);
      this.read.push(loaded);
      return loaded;
    }
    return null;
  }

  /**
   * The settings of one charter: `below` (VS Code settings) overridden by the config's rules, then by
   * each override whose files match, in order; `above` (CLI flags) overrides them all.
   */
  settingsFor(file: string, below: RuleSeverities = {}, above: RuleSeverities = {}): CharterSettings {
    const loaded = this.nearest(path.dirname(path.resolve(file)));
    if (!loaded || !loaded.result.config) return { severities: mergeRuleSettings(below, above), ignored: false, broken: loaded };
    const config = loaded.result.config;
    const relative = path.relative(path.dirname(loaded.path), path.resolve(file)).split(path.sep).join('/');
    let severities = mergeRuleSettings(below, config.rules);
    for (const override of config.overrides) if (this.matches(override.files, relative)) severities = mergeRuleSettings(severities, override.rules);
    severities = mergeRuleSettings(severities, above);
    return {
      severities,
      reportUnusedDisableDirectives: config.reportUnusedDisableDirectives,
      ignored: isIgnored(config, relative, (globs, target) => this.matches(globs, target)),
      configPath: loaded.path,
      used: loaded,
      ...(config.teams.length > 0 ? { teams: { path: loaded.path, teams: config.teams } } : {}),
    };
  }

  /** Whether a file is a charter by its config's `files` (undefined when the config has none). */
  isCharterByConfig(file: string): boolean | undefined {
    const loaded = this.nearest(path.dirname(path.resolve(file)));
    const files = loaded?.result.config?.files;
    if (!loaded || !files) return undefined;
    return this.matches(files, path.relative(path.dirname(loaded.path), path.resolve(file)).split(path.sep).join('/'));
  }

  matches(globs: readonly string[], relative: string): boolean {
    const key = globs.join('\u0000');
    let matcher = this.matchers.get(key);
    if (!matcher) {
      matcher = compileGlobs(globs.map(asConfigGlob));
      this.matchers.set(key, matcher);
    }
    return matcher.matches(relative);
  }
}

/** A config file's glob as matched: `./` at the start means the config's folder, `/` at the end a whole folder. */
function asConfigGlob(glob: string): string {
  return glob.replace(/^\.\//, '').replace(/\/$/, '/**');
}

/** A file is ignored when it, or a folder it is in, matches an `ignores` glob. */
function isIgnored(config: CharterConfig, relative: string, matches: (globs: readonly string[], target: string) => boolean): boolean {
  if (config.ignores.length === 0 || relative.startsWith('../')) return false;
  const parts = relative.split('/');
  for (let i = 1; i <= parts.length; i++) if (matches(config.ignores, parts.slice(0, i).join('/'))) return true;
  return false;
}

/**
 * A config file's text as `extends` files are read: inside the repository once links are resolved (its
 * own folder outside any repository), a regular UTF-8 file of at most 1 MiB. Undefined when there is
 * no such name in the folder; a refusal (why, quoting nothing of the file) for anything else.
 */
function readConfigFile(file: string, repository: string | undefined): string | ReadRefusal | undefined {
  try {
    fs.lstatSync(file);
  } catch {
    return undefined;
  }
  const root = repository ?? path.dirname(file);
  const where = repository ? `the repository ${repository}` : `its folder ${root}`;
  return readExtendsFile(file, extendsScope([root], `it is a symbolic link to a file outside ${where}`));
}

/** "warning: path:line:col: message", one line per part of a usable config that is not used (the CLI's lines). */
export function describeConfigWarnings(loaded: LoadedConfig, shownPath: string): string[] {
  const warnings = loaded.result.config ? loaded.result.warnings : [];
  return warnings.map((warning) => `warning: ${shownPath}:${warning.range.start.line + 1}:${warning.range.start.character + 1}: ${warning.message}`);
}

/** "path:line:col: message" for the first problem of a broken config (the CLI's one line). */
export function describeBrokenConfig(loaded: LoadedConfig, shownPath: string): string {
  const [first, ...rest] = loaded.result.problems;
  const where = `${shownPath}:${first.range.start.line + 1}:${first.range.start.character + 1}`;
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
  return `invalid config file ${where}: ${first.message.replace(/\.$/, '')}${more}`;
}
