// Which config files govern a charter: every `.team-charter.{json,jsonc,yaml,yml}` from the root of its
// git repository down to the charter's folder (outside a repository, from the file system's root), the
// first name found in each folder, merged nearest last as markdownlint-cli2 merges its config files; a
// file with `root: true` stops the search above it. Each one's `extends` files are merged under it. A
// config file comes with the repository, from anyone, so it is read as `extends` reads
// (host/extendsFiles.ts): a regular UTF-8 file of at most 1 MiB, its real path inside the repository.
// One that is not is refused, and the refusal quotes nothing of it. Shared by the CLI and the server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeRuleSettings, type RuleSeverities } from '../core/config/settings';
import { CONFIG_FILE_NAMES, parseConfigFile } from '../core/config/file';
import type { ReadRefusal } from '../core/model';
import { RULES } from '../core/rules';
import { compileGlobs, unusedGlobs, type GlobMatcher } from '../core/globs/glob';
import { Repositories } from '../files/repository';
import { extendsScope, isWithin, readExtendsFile } from './extendsFiles';
import { asConfigGlob, mergeLayers, type CharterSettings, type ConfigLayer, type LoadedConfig } from '../core/config/merge';

export { describeBrokenConfig, describeConfigWarnings, type CharterSettings, type LoadedConfig } from '../core/config/merge';

/** How config files are found: looked up beside each charter (the default), or given once. */
export interface ConfigLookup {
  /** `--config FILE`: this file governs every charter, and no other is looked up; its globs are relative to `base`. */
  explicit?: { path: string; base: string };
  /** `--ignore-pattern`: more `ignores`, relative to `base` (the current directory). */
  ignorePatterns?: { patterns: readonly string[]; base: string };
}

/** How deep `extends` may nest: a chain longer than this is a mistake (or a cycle through links). */
const MAX_EXTENDS_DEPTH = 16;

type ReadText = (file: string, repository: string | undefined) => string | ReadRefusal | undefined;

/** Finds and reads config files, each folder and file once until `clear()`. */
export class ConfigFiles {
  private readonly byFolder = new Map<string, LoadedConfig | null>();
  private readonly chains = new Map<string, ConfigLayer[] | LoadedConfig>();
  private readonly byFile = new Map<string, LoadedConfig | undefined>();
  private readonly matchers = new Map<string, GlobMatcher>();
  /** Every config file read, in the order read. */
  private readonly read: LoadedConfig[] = [];
  private readonly repositories = new Repositories();

  /** `readText`: the file's text, why it is not read, or undefined when there is none (then the search goes on). */
  constructor(
    private readonly readText: ReadText = readConfigFile,
    private readonly lookup: ConfigLookup = {},
  ) {}

  clear(): void {
    this.byFolder.clear();
    this.chains.clear();
    this.byFile.clear();
    this.read.length = 0;
  }

  /** The config files read so far (each once). */
  loaded(): readonly LoadedConfig[] {
    return this.read;
  }

  /**
   * The config layers that apply in `folder`, farthest first (each file's `extends` just before it),
   * or the config file that cannot be used, when one of them cannot.
   */
  layersFor(folder: string): ConfigLayer[] | LoadedConfig {
    const chain = this.chainFor(path.resolve(folder));
    if (!Array.isArray(chain) || !this.lookup.ignorePatterns) return chain;
    const { patterns, base } = this.lookup.ignorePatterns;
    return [...chain, { loaded: { path: '--ignore-pattern', result: { config: { ignores: [...patterns], rules: {}, overrides: [], extends: [], teams: [] }, problems: [], warnings: [] } }, base, pattern: true }];
  }

  /** The config files' layers of a folder (absolute), read once. */
  private chainFor(folder: string): ConfigLayer[] | LoadedConfig {
    let chain = this.chains.get(folder);
    if (!chain) {
      chain = this.lookup.explicit ? this.explicitLayers() : this.lookedUp(folder, this.repositories.rootOf(folder));
      this.chains.set(folder, chain);
    }
    return chain;
  }

  private explicitLayers(): ConfigLayer[] | LoadedConfig {
    const { path: file, base } = this.lookup.explicit!;
    const loaded = this.load(file, this.repositories.rootOf(path.dirname(file)));
    if (!loaded) return { path: file, result: { problems: [{ message: 'There is no such file.', range: ZERO }] } };
    return this.withExtends(loaded, base, this.repositories.rootOf(path.dirname(file)), 0);
  }

  /** The layers of the config files from the top (the repository's root, or a `root: true` one) down to `folder`. */
  private lookedUp(folder: string, repository: string | undefined): ConfigLayer[] | LoadedConfig {
    const here = this.here(folder, repository);
    const parent = path.dirname(folder);
    const top = here?.result.config?.root === true || folder === repository || parent === folder;
    // A config file above the repository does not govern it (nor do its `.gitignore` files).
    const above = top ? [] : this.chainFor(parent);
    if (!Array.isArray(above)) return above;
    if (!here) return above;
    const own = this.withExtends(here, path.dirname(here.path), repository, 0);
    return Array.isArray(own) ? [...above, ...own] : own;
  }

  /** A config file's layers: what it extends (recursively, each before the one that extends it), then itself. */
  private withExtends(loaded: LoadedConfig, base: string, repository: string | undefined, depth: number): ConfigLayer[] | LoadedConfig {
    const config = loaded.result.config;
    if (!config) return loaded;
    const layers: ConfigLayer[] = [];
    for (const entry of config.extends) {
      const target = path.resolve(path.dirname(loaded.path), entry.path);
      const broken = (why: string): LoadedConfig => ({ path: loaded.path, result: { problems: [{ message: `Cannot extend '${entry.path}': ${why}.`, range: entry.range }] } });
      if (depth >= MAX_EXTENDS_DEPTH) return broken(`more than ${MAX_EXTENDS_DEPTH} config files extend one another (a cycle?)`);
      // A shared config file is one of the repository's (outside any repository, anywhere).
      if (repository && !isWithin(target, repository)) return broken(`it is outside the repository ${repository}`);
      const extended = this.load(target, repository);
      if (!extended) return broken('there is no such file');
      const inner = this.withExtends(extended, base, repository, depth + 1);
      if (!Array.isArray(inner)) return inner;
      layers.push(...inner.map((layer) => ({ ...layer, extended: true })));
    }
    layers.push({ loaded, base });
    return layers;
  }

  private here(folder: string, repository: string | undefined): LoadedConfig | null {
    const known = this.byFolder.get(folder);
    if (known !== undefined) return known;
    let found: LoadedConfig | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      const loaded = this.load(path.join(folder, name), repository);
      if (loaded) {
        found = loaded;
        break;
      }
    }
    this.byFolder.set(folder, found);
    return found;
  }

  /** One config file, read and parsed once; undefined when there is none. */
  private load(file: string, repository: string | undefined): LoadedConfig | undefined {
    if (this.byFile.has(file)) return this.byFile.get(file);
    const text = this.readText(file, repository);
    const loaded: LoadedConfig | undefined =
      text === undefined
        ? undefined
        : {
            path: file,
            result:
              typeof text === 'string'
                ? parseConfigFile(text, path.basename(file), RULES.map((rule) => rule.id), (globs) => unusedGlobs(globs.map(asConfigGlob)))
                : { problems: [{ message: `Team Charter does not read this config file: ${text.refused}.`, range: ZERO }] },
          };
    this.byFile.set(file, loaded);
    if (loaded) this.read.push(loaded);
    return loaded;
  }

  /**
   * The settings of one charter: `below` (VS Code settings) overridden by each config file's rules and
   * its matching overrides, farthest first; `above` (CLI flags) overrides them all.
   */
  settingsFor(file: string, below: RuleSeverities = {}, above: RuleSeverities = {}): CharterSettings {
    const layers = this.layersFor(path.dirname(path.resolve(file)));
    if (!Array.isArray(layers)) return { severities: mergeRuleSettings(below, above), ignored: false, broken: layers, chain: [] };
    return mergeLayers(layers, path.resolve(file), below, above, (globs, target) => this.matches(globs, target));
  }

  /** Whether a file is a charter by its config's `files` (undefined when no config file has them). */
  isCharterByConfig(file: string): boolean | undefined {
    const names = this.charterNamesIn(path.dirname(path.resolve(file)));
    return names ? this.matches(names.files, toPosix(path.relative(names.base, path.resolve(file)))) : undefined;
  }

  /** The `files` globs that decide which files of `folder` are charters (the nearest that has them), with their base. */
  charterNamesIn(folder: string): { files: readonly string[]; base: string } | undefined {
    const layers = this.layersFor(folder);
    if (!Array.isArray(layers)) return undefined;
    for (let i = layers.length - 1; i >= 0; i--) {
      const files = layers[i].loaded.result.config?.files;
      if (files) return { files, base: layers[i].base };
    }
    return undefined;
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

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
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
