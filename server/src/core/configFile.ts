// The repository's configuration file, read the same way by the CLI and the language server: its text
// in, a checked configuration (or the problems that make it unusable, with their places) out. Pure:
// finding the file and matching globs is the host's job (host/configFiles.ts).
//
//     # .team-charter.yaml
//     files: ["docs/**/*.md"]          # which files are charters (default: the usual names)
//     ignores: ["archive/**"]           # never checked
//     rules: { role-unused: off }       # severity per rule: off, hint, info, warning, error
//     # or [severity, options] for a rule that has options: role-overload: [warning, { max: 8 }]
//     reportUnusedDisableDirectives: warning
//     overrides:
//       - files: ["drafts/**"]
//         rules: { role-undefined: warning }
//     teams:                            # code owners and Backstage group per team (configTeams.ts)
//       Checkout: { owners: ["@acme/checkout"], group: checkout }
import { parseDocument, isMap, isSeq, isScalar, type Node, type Pair } from 'yaml';
import type { Range, Severity } from './model';
import { isSeveritySetting, type RuleSeverities } from './config';
import { LineIndex } from './text';
import { findRule } from './rules';
import { readRuleSetting, type SettingPart } from './rules/options';
import { clip } from './quote';
import { readConfigTeams, type ConfigTeam } from './configTeams';

/** The names looked for in each folder, in this order (the first found is used). */
export const CONFIG_FILE_NAMES: readonly string[] = ['.team-charter.json', '.team-charter.jsonc', '.team-charter.yaml', '.team-charter.yml'];

export interface ConfigOverride {
  /** Globs, relative to the config file's folder. */
  files: string[];
  rules: RuleSeverities;
}

export interface CharterConfig {
  /** Charter globs relative to the config file's folder; undefined: the default names. */
  files?: string[];
  /** Globs of files and folders never checked, relative to the config file's folder. */
  ignores: string[];
  rules: RuleSeverities;
  reportUnusedDisableDirectives?: Severity | 'off';
  overrides: ConfigOverride[];
  /** Each team's code-owner handles and Backstage group, for charters that do not write them. */
  teams: ConfigTeam[];
}

export interface ConfigProblem {
  message: string;
  range: Range;
}

/**
 * A usable config (`warnings`: what of it is not used, such as a glob past a limit, said where it is
 * written) or the problems that make it unusable.
 */
export type ConfigResult = { config: CharterConfig; problems: []; warnings: ConfigProblem[] } | { config?: undefined; problems: ConfigProblem[] };

/**
 * Which of a list of glob patterns the matcher leaves out, and why (files/glob.ts, given by the host: the
 * core does not match files). `index`: the pattern's place in the list; `reason` ends a sentence.
 */
export type GlobCheck = (patterns: readonly string[]) => { index: number; reason: string }[];

const KEYS = ['$schema', 'files', 'ignores', 'rules', 'reportUnusedDisableDirectives', 'overrides', 'teams'];

/**
 * Reads a config file's text. JSON and JSONC (`.json`, `.jsonc`: comments and trailing commas allowed in
 * both, as VS Code does) or YAML (`.yaml`, `.yml`), by the name's extension. Any problem makes the whole
 * file unusable: a half-read configuration would check with settings nobody wrote.
 */
export function parseConfigFile(text: string, fileName: string, knownRules: readonly string[], checkGlobs?: GlobCheck): ConfigResult {
  const json = /\.jsonc?$/i.test(fileName);
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const [start, end] = node?.range ?? [0, 0];
    problems.push({ message, range: lines.rangeAt(start, Math.max(start, end)) });
  };
  const document = parseDocument(json ? blankJsonComments(text) : text, { prettyErrors: false, uniqueKeys: true });
  for (const error of document.errors) {
    const [start, end] = error.pos;
    problems.push({ message: `Not valid ${json ? 'JSON' : 'YAML'}: ${error.message.split('\n', 1)[0]}`, range: lines.rangeAt(start, end) });
  }
  if (problems.length > 0) return { problems };
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config: { ignores: [], rules: {}, overrides: [], teams: [] }, problems: [], warnings };
  if (!isMap(root)) {
    at(root, 'A Team Charter config file is an object of settings (files, ignores, rules, overrides, teams).');
    return { problems };
  }
  const config: CharterConfig = { ignores: [], rules: {}, overrides: [], teams: [] };
  /** `what` starts the message of a wrong list; `kind` names the list in a warning ("ignores"). */
  const globs = (node: Node | null, what: string, kind = what): string[] | undefined => {
    const items = isSeq(node) ? node.items : [];
    if (!isSeq(node) || items.some((item) => !isScalar(item) || typeof item.value !== 'string' || item.value === '')) {
      at(node, `${what} must be a list of glob patterns (strings), such as ["docs/**/*.md"].`);
      return undefined;
    }
    const patterns = items.map((item) => String((item as { value: string }).value));
    for (const { index, reason } of checkGlobs?.(patterns) ?? []) {
      const [start, end] = (items[index] as Node).range ?? [0, 0];
      warnings.push({ message: `The ${kind} pattern '${clip(patterns[index])}' is not used: ${reason}.`, range: lines.rangeAt(start, end) });
    }
    return patterns;
  };
  const rules = (node: Node | null): RuleSeverities => {
    const result: RuleSeverities = {};
    if (!isMap(node)) {
      at(node, 'rules must be an object of rule id to severity, such as { "role-unused": "off" }.');
      return result;
    }
    for (const pair of node.items) {
      const key = pair.key as Node;
      const id = isScalar(key) ? String(key.value) : '';
      if (!knownRules.includes(id)) {
        at(key, `Unknown rule '${id}'. Rules are ${knownRules.join(', ')}.`);
        continue;
      }
      // "off", or ["warning", { options }] (rule options, as ESLint writes them).
      const value = pair.value as Node | null;
      const reading = readRuleSetting({ id, options: findRule(id)?.options }, value?.toJSON());
      if (reading.problem === undefined) {
        result[id] = reading.setting;
        continue;
      }
      const items = isSeq(value) ? (value.items as Node[]) : [];
      const options = items[1];
      const option = isMap(options) ? (options.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && String(p.key.value) === reading.key) : undefined;
      const where: Record<SettingPart, Node | null | undefined> = {
        severity: value,
        extra: items[2],
        options,
        name: option?.key ?? options,
        value: option?.value ?? options,
      };
      at(where[reading.part], reading.problem);
    }
    return result;
  };
  for (const pair of root.items) {
    const key = pair.key as Node;
    const name = isScalar(key) ? String(key.value) : '';
    const value = pair.value as Node | null;
    switch (name) {
      case '$schema':
        break;
      case 'files':
        config.files = globs(value, 'files');
        break;
      case 'ignores':
        config.ignores = globs(value, 'ignores') ?? [];
        break;
      case 'rules':
        config.rules = rules(value);
        break;
      case 'reportUnusedDisableDirectives': {
        const setting = isScalar(value) ? value.value : undefined;
        if (setting === true || setting === false) config.reportUnusedDisableDirectives = setting ? 'warning' : 'off';
        else if (isSeveritySetting(setting)) config.reportUnusedDisableDirectives = setting;
        else at(value, 'reportUnusedDisableDirectives must be off, hint, info, warning, error, true or false.');
        break;
      }
      case 'overrides':
        if (!isSeq(value)) {
          at(value, 'overrides must be a list of { "files": [...], "rules": {...} }.');
          break;
        }
        for (const item of value.items as Node[]) {
          if (!isMap(item)) {
            at(item, 'Each override is an object with files and rules.');
            continue;
          }
          const unknown = item.items.find((p) => !['files', 'rules'].includes(String((p.key as { value?: unknown }).value)));
          if (unknown) at(unknown.key as Node, `Unknown key '${String((unknown.key as { value?: unknown }).value)}' in an override: use files and rules.`);
          const files = globs((item.get('files', true) as Node | undefined) ?? null, 'An override\'s files', 'override files');
          const overrideRules = rules((item.get('rules', true) as Node | undefined) ?? null);
          if (files) config.overrides.push({ files, rules: overrideRules });
        }
        break;
      case 'teams':
        config.teams = readConfigTeams(value, at, (node) => lines.rangeAt(node.range?.[0] ?? 0, node.range?.[1] ?? 0));
        break;
      default:
        at(key, `Unknown setting '${name}'. Settings are ${KEYS.filter((k) => k !== '$schema').join(', ')}.`);
    }
  }
  return problems.length > 0 ? { problems } : { config, problems: [], warnings };
}

/**
 * JSONC's comments replaced by spaces (offsets kept), outside strings; the rest is read as YAML, of which
 * JSON is a subset (trailing commas included).
 */
function blankJsonComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (char === '/' && text[i + 1] === '/') {
      let j = i;
      while (j < text.length && text[j] !== '\n' && text[j] !== '\r') j++;
      out += ' '.repeat(j - i);
      i = j;
    } else if (char === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const j = close < 0 ? text.length : close + 2;
      out += text.slice(i, j).replace(/[^\r\n]/g, ' ');
      i = j;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}
