// What the config files that govern a charter say for it, merged: each layer's `rules` and matching
// `overrides` over the farther ones (a severity alone keeps the options set before it), `ignores` from
// every layer, `reportUnusedDisableDirectives`, `files` and `teams` from the nearest layer that sets them.
import * as path from 'node:path';
import { mergeRuleSettings, type RuleSeverities } from './settings';
import type { CharterConfig, ConfigResult } from './file';
import type { ConfigTeams } from './teams';
import type { Severity } from '../model';

export interface LoadedConfig {
  /** The config file's absolute path. */
  path: string;
  result: ConfigResult;
}

/** One config file as it applies to charters: its globs are relative to `base`. */
export interface ConfigLayer {
  loaded: LoadedConfig;
  /** The folder its globs are relative to: its own, that of the file extending it, or the current one for `--config`. */
  base: string;
  /** Read through another config file's `extends`. */
  extended?: boolean;
  /** Made of `--ignore-pattern` flags, not read from a file. */
  pattern?: boolean;
}

/** What one charter is checked with, from its config files (and what the caller adds around them). */
export interface CharterSettings {
  severities: RuleSeverities;
  reportUnusedDisableDirectives?: Severity | 'off';
  /** Matched by some config file's `ignores` (or `--ignore-pattern`): not checked at all. */
  ignored: boolean;
  /** The nearest config file used, if any (a broken one is not used: see `broken`). */
  configPath?: string;
  /** That config file, read (its `warnings`: what of it is not used). */
  used?: LoadedConfig;
  /** Every config file used, farthest first (extended ones before the file that extends them). */
  chain?: LoadedConfig[];
  /** A config file of the chain, when it cannot be used (then none is). */
  broken?: LoadedConfig;
  /** The `teams` (code owners and Backstage group per team) of the nearest config file that has some. */
  teams?: ConfigTeams;
}

type Matches = (globs: readonly string[], relative: string) => boolean;

/** The settings of the charter `file` (absolute) under `layers`, farthest first. */
export function mergeLayers(layers: readonly ConfigLayer[], file: string, below: RuleSeverities, above: RuleSeverities, matches: Matches): CharterSettings {
  let severities = below;
  let ignored = false;
  let reportUnused: CharterSettings['reportUnusedDisableDirectives'];
  let teams: ConfigTeams | undefined;
  for (const { loaded, base } of layers) {
    const config = loaded.result.config!;
    const relative = path.relative(base, file).split(path.sep).join('/');
    severities = mergeRuleSettings(severities, config.rules);
    for (const override of config.overrides) if (matches(override.files, relative)) severities = mergeRuleSettings(severities, override.rules);
    if (isIgnored(config, relative, matches)) ignored = true;
    if (config.reportUnusedDisableDirectives !== undefined) reportUnused = config.reportUnusedDisableDirectives;
    if (config.teams.length > 0) teams = { path: loaded.path, teams: config.teams };
  }
  const files = layers.filter((layer) => !layer.pattern);
  const nearest = [...files].reverse().find((layer) => !layer.extended)?.loaded;
  return {
    severities: mergeRuleSettings(severities, above),
    ...(reportUnused !== undefined ? { reportUnusedDisableDirectives: reportUnused } : {}),
    ignored,
    ...(nearest ? { configPath: nearest.path, used: nearest } : {}),
    chain: files.map((layer) => layer.loaded),
    ...(teams ? { teams } : {}),
  };
}

/** A config file's glob as matched: `./` at the start means the config's folder, `/` at the end a whole folder. */
export function asConfigGlob(glob: string): string {
  return glob.replace(/^\.\//, '').replace(/\/$/, '/**');
}

/** A file is ignored when it, or a folder it is in, matches an `ignores` glob. */
function isIgnored(config: CharterConfig, relative: string, matches: Matches): boolean {
  if (config.ignores.length === 0 || relative.startsWith('../')) return false;
  const parts = relative.split('/');
  for (let i = 1; i <= parts.length; i++) if (matches(config.ignores, parts.slice(0, i).join('/'))) return true;
  return false;
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
