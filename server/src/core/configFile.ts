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
//     root: true                        # config files in folders above are not merged under this one
//     extends: ../shared/team-charter.yaml   # a shared config file, merged under this one
//     overrides:
//       - files: ["drafts/**"]
//         rules: { role-undefined: warning }
import { parseDocument, isMap, isSeq, isScalar, type Node, type Pair } from 'yaml';
import type { Range, Severity } from './model';
import { readSeverity, type RuleSeverities } from './config';
import { LineIndex } from './text';
import { findRule } from './rules';
import { readRuleSetting, type SettingPart } from './rules/options';
import { clip } from './quote';

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
  /** `root: true`: the search for config files in the folders above stops here (nothing above is merged). */
  root?: boolean;
  /** Config files this one builds on (paths as written, relative to this file), merged under it in order. */
  extends: { path: string; range: Range }[];
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

const KEYS = ['$schema', 'files', 'ignores', 'rules', 'reportUnusedDisableDirectives', 'overrides', 'root', 'extends'];

/**
 * Reads a config file's text. JSON and JSONC (`.json`, `.jsonc`: comments and trailing commas allowed in
 * both, as VS Code does) or YAML (`.yaml`, `.yml`), by the name's extension. Any problem makes the whole
 * file unusable: a half-read configuration would check with settings nobody wrote.
 */
export function parseConfigFile(text: string, fileName: string, knownRules: readonly string[], checkGlobs?: GlobCheck): ConfigResult {
  const json = /\.jsonc?$/i.test(fileName);
  const reader = new ConfigReader(new LineIndex(text), knownRules, checkGlobs);
  const document = parseDocument(json ? blankJsonComments(text) : text, { prettyErrors: false, uniqueKeys: true });
  for (const error of document.errors) {
    const [start, end] = error.pos;
    reader.problems.push({ message: `Not valid ${json ? 'JSON' : 'YAML'}: ${error.message.split('\n', 1)[0]}`, range: reader.lines.rangeAt(start, end) });
  }
  if (reader.problems.length > 0) return { problems: reader.problems };
  const root = document.contents;
  const config: CharterConfig = { ignores: [], rules: {}, overrides: [], extends: [] };
  if (root === null || (isScalar(root) && root.value === null)) return { config, problems: [], warnings: reader.warnings };
  if (!isMap(root)) {
    reader.at(root, 'A Team Charter config file is an object of settings (files, ignores, rules, overrides).');
    return { problems: reader.problems };
  }
  for (const pair of root.items) reader.setting(config, pair.key as Node, pair.value as Node | null);
  return reader.problems.length > 0 ? { problems: reader.problems } : { config, problems: [], warnings: reader.warnings };
}

/** What reading one config file gathers: its problems and warnings, each where it is written. */
class ConfigReader {
  readonly problems: ConfigProblem[] = [];
  readonly warnings: ConfigProblem[] = [];

  constructor(
    readonly lines: LineIndex,
    private readonly knownRules: readonly string[],
    private readonly checkGlobs?: GlobCheck,
  ) {}

  at(node: Node | null | undefined, message: string): void {
    const [start, end] = node?.range ?? [0, 0];
    this.problems.push({ message, range: this.lines.rangeAt(start, Math.max(start, end)) });
  }

  /** One top-level setting, read into `config`. */
  setting(config: CharterConfig, key: Node, value: Node | null): void {
    const name = isScalar(key) ? String(key.value) : '';
    switch (name) {
      case '$schema':
        break;
      case 'files':
        config.files = this.globs(value, 'files');
        break;
      case 'ignores':
        config.ignores = this.globs(value, 'ignores') ?? [];
        break;
      case 'rules':
        config.rules = this.rules(value);
        break;
      case 'reportUnusedDisableDirectives': {
        const setting = isScalar(value) ? value.value : undefined;
        const severity = readSeverity(setting);
        if (setting === true || setting === false) config.reportUnusedDisableDirectives = setting ? 'warning' : 'off';
        else if (severity !== undefined) config.reportUnusedDisableDirectives = severity;
        else this.at(value, 'reportUnusedDisableDirectives must be off, hint, info, warning, error, true or false.');
        break;
      }
      case 'root':
        if (isScalar(value) && typeof value.value === 'boolean') config.root = value.value;
        else this.at(value, 'root must be true or false.');
        break;
      case 'extends':
        config.extends = this.paths(value);
        break;
      case 'overrides':
        config.overrides = this.overrides(value);
        break;
      default:
        this.at(key, `Unknown setting '${name}'. Settings are ${KEYS.filter((k) => k !== '$schema').join(', ')}.`);
    }
  }

  /** `what` starts the message of a wrong list; `kind` names the list in a warning ("ignores"). */
  private globs(node: Node | null, what: string, kind = what): string[] | undefined {
    const items = isSeq(node) ? node.items : [];
    if (!isSeq(node) || items.some((item) => !isScalar(item) || typeof item.value !== 'string' || item.value === '')) {
      this.at(node, `${what} must be a list of glob patterns (strings), such as ["docs/**/*.md"].`);
      return undefined;
    }
    const patterns = items.map((item) => String((item as { value: string }).value));
    for (const { index, reason } of this.checkGlobs?.(patterns) ?? []) {
      const [start, end] = (items[index] as Node).range ?? [0, 0];
      this.warnings.push({ message: `The ${kind} pattern '${clip(patterns[index])}' is not used: ${reason}.`, range: this.lines.rangeAt(start, end) });
    }
    return patterns;
  }

  private rules(node: Node | null): RuleSeverities {
    const result: RuleSeverities = {};
    if (!isMap(node)) {
      this.at(node, 'rules must be an object of rule id to severity, such as { "role-unused": "off" }.');
      return result;
    }
    for (const pair of node.items) {
      const key = pair.key as Node;
      const id = isScalar(key) ? String(key.value) : '';
      if (!this.knownRules.includes(id)) {
        this.at(key, `Unknown rule '${id}'. Rules are ${this.knownRules.join(', ')}.`);
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
      this.at(where[reading.part], reading.problem);
    }
    return result;
  }

  /** `extends`: one path or a list of them, as ESLint's and markdownlint's are written. */
  private paths(value: Node | null): CharterConfig['extends'] {
    const paths: CharterConfig['extends'] = [];
    for (const item of isSeq(value) ? (value.items as Node[]) : [value]) {
      if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
        const [start, end] = item.range ?? [0, 0];
        paths.push({ path: item.value, range: this.lines.rangeAt(start, end) });
      } else this.at(item, 'extends must be the path of a config file, or a list of them, such as "../team-charter.base.yaml".');
    }
    return paths;
  }

  private overrides(value: Node | null): ConfigOverride[] {
    const overrides: ConfigOverride[] = [];
    if (!isSeq(value)) {
      this.at(value, 'overrides must be a list of { "files": [...], "rules": {...} }.');
      return overrides;
    }
    for (const item of value.items as Node[]) {
      if (!isMap(item)) {
        this.at(item, 'Each override is an object with files and rules.');
        continue;
      }
      const unknown = item.items.find((p) => !['files', 'rules'].includes(String((p.key as { value?: unknown }).value)));
      if (unknown) this.at(unknown.key as Node, `Unknown key '${String((unknown.key as { value?: unknown }).value)}' in an override: use files and rules.`);
      const files = this.globs((item.get('files', true) as Node | undefined) ?? null, "An override's files", 'override files');
      const rules = this.rules((item.get('rules', true) as Node | undefined) ?? null);
      if (files) overrides.push({ files, rules });
    }
    return overrides;
  }
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
