// The `teamCharter.*` settings as the server reads them, with defaults for whatever is missing or
// malformed (a client may send nothing, or null, for settings it does not know).
//
// Settings reach the server three ways, because clients differ:
// - `workspace/configuration` (VS Code, Neovim 0.8+, eglot): the server asks, the answer wins;
// - `initializationOptions` (Neovim's `init_options`, Helix's `config`, eglot's initargs), for clients
//   that never answer a configuration request (Neovim 0.7 does not even advertise it);
// - the `settings` of `workspace/didChangeConfiguration` (pushed by Neovim 0.7 from `on_init`, by
//   eglot's `eglot-workspace-configuration`, by Helix).
// The last settings pushed (initialization options, then each notification that carries a
// `teamCharter` section) are used whenever a configuration request gets no section back.
import { DEFAULT_CHARTER_GLOBS, isSeveritySetting, type RuleSetting, type RuleSeverities } from './settings';
import { findRule } from '../rules';
import { readRuleSetting } from '../rules/options';

export interface ServerSettings {
  files: string[];
  rules: RuleSeverities;
}

export const DEFAULT_SETTINGS: ServerSettings = { files: [...DEFAULT_CHARTER_GLOBS], rules: {} };

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

export function readSettings(raw: unknown): ServerSettings {
  const section = isObject(raw) ? raw : {};
  const files = Array.isArray(section.files) ? section.files.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0) : [];
  const rules: RuleSeverities = {};
  if (isObject(section.rules)) {
    for (const [id, value] of Object.entries(section.rules)) {
      const setting = ruleSetting(id, value);
      if (setting !== undefined) rules[id] = setting;
    }
  }
  return { files: files.length > 0 ? files : [...DEFAULT_CHARTER_GLOBS], rules };
}

/**
 * `"warning"`, or `["warning", { "max": 8 }]` as in the config file. A setting the rule would not
 * accept (bad severity, unknown option, a value out of range) is left out, as a bad severity always was:
 * the rule then runs as if it had no setting.
 */
function ruleSetting(id: string, value: unknown): RuleSetting | undefined {
  if (isSeveritySetting(value)) return value;
  const rule = findRule(id);
  const reading = rule ? readRuleSetting(rule, value) : undefined;
  return reading?.problem === undefined ? reading?.setting : undefined;
}

/**
 * The `teamCharter` section inside settings shaped like a client's settings tree:
 * `{ teamCharter: {...} }`, or dotted keys `{ 'teamCharter.rules': {...} }` as some clients flatten
 * them. Undefined when the tree says nothing about Team Charter.
 */
export function charterSection(tree: unknown): Record<string, unknown> | undefined {
  if (!isObject(tree)) return undefined;
  const nested = isObject(tree.teamCharter) ? { ...tree.teamCharter } : undefined;
  let section = nested;
  for (const key of ['files', 'rules']) {
    if (`teamCharter.${key}` in tree) (section ??= {})[key] = tree[`teamCharter.${key}`];
  }
  return section;
}

/**
 * The settings a client gave in `initializationOptions`: `{ teamCharter: {...} }` (what the README
 * shows, the same shape as `settings`), `{ settings: { teamCharter: {...} } }`, or the section itself
 * under `settings` (`{ settings: { rules: {...} } }`). Undefined when there are none.
 */
export function settingsFromInitializationOptions(options: unknown): Record<string, unknown> | undefined {
  if (!isObject(options)) return undefined;
  const direct = charterSection(options);
  if (direct) return direct;
  if (!isObject(options.settings)) return undefined;
  return charterSection(options.settings) ?? options.settings;
}

/** The `teamCharter` section of a `workspace/didChangeConfiguration` notification, if it has one. */
export function settingsFromNotification(params: unknown): Record<string, unknown> | undefined {
  return isObject(params) ? charterSection(params.settings) : undefined;
}

/**
 * What to use after a change: the answer to `workspace/configuration` when the client gave one (an
 * object), otherwise the settings last pushed (initialization options or a notification).
 */
export function resolveSettings(answered: unknown, pushed: unknown): ServerSettings {
  return readSettings(isObject(answered) ? answered : pushed);
}
