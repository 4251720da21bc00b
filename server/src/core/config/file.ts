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
//     teams:                            # code owners and Backstage group per team (teams.ts)
//       Checkout: { owners: ["@acme/checkout"], group: checkout }
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { parseDocument, isMap, isSeq, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Range, Severity } from '../model';
import { readSeverity, type RuleSeverities } from './settings';
import { LineIndex } from '../text';
import { findRule } from '../rules';
import { readRuleSetting, type SettingPart } from '../rules/options';
import { clip } from '../quote';
import { readConfigTeams, type ConfigTeam } from './teams';

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
 * Which of a list of glob patterns the matcher leaves out, and why (core/globs/glob.ts, given by the host: the
 * core does not match files). `index`: the pattern's place in the list; `reason` ends a sentence.
 */
export type GlobCheck = (patterns: readonly string[]) => { index: number; reason: string }[];

const KEYS = ['$schema', 'files', 'ignores', 'rules', 'reportUnusedDisableDirectives', 'overrides', 'teams', 'root', 'extends'];

/**
 * Reads a config file's text. JSON and JSONC (`.json`, `.jsonc`: comments and trailing commas allowed in
 * both, as VS Code does) or YAML (`.yaml`, `.yml`), by the name's extension. Any problem makes the whole
 * file unusable: a half-read configuration would check with settings nobody wrote.
 */
export function parseConfigFile(text: string, fileName: string, knownRules: readonly string[], checkGlobs?: GlobCheck): ConfigResult {
  const json = /\.jsonc?$/i.test(fileName);
  const reader = new ConfigReader(new LineIndex(text), knownRules, checkGlobs);
  const document = json ? readJson(text) : readYaml(text);
  for (const error of document.errors) {
    reader.problems.push({ message: `Not valid ${json ? 'JSON' : 'YAML'}: ${error.message}`, range: reader.lines.rangeAt(error.start, error.end) });
  }
  if (reader.problems.length > 0) return { problems: reader.problems };
  const root = document.contents;
  const config: CharterConfig = { ignores: [], rules: {}, overrides: [], extends: [], teams: [] };
  if (root === null || (isScalar(root) && root.value === null)) return { config, problems: [], warnings: reader.warnings };
  if (!isMap(root)) {
    reader.at(root, 'A Team Charter config file is an object of settings (files, ignores, rules, overrides, teams).');
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
      case 'teams':
        config.teams = readConfigTeams(value, (node, message) => this.at(node, message), (node) => this.lines.rangeAt(node.range?.[0] ?? 0, node.range?.[1] ?? 0));
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

function readYaml(text: string): { contents: Node | null; errors: { message: string; start: number; end: number }[] } {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const errors = document.errors.map((error) => ({ message: error.message.split('\n', 1)[0], start: error.pos[0], end: error.pos[1] }));
  return { contents: document.contents as Node | null, errors };
}

/**
 * A JSON or JSONC text as the YAML nodes the checks below read, with the same offsets: read by
 * jsonc-parser, so a JSON mistake is reported as one (`{rules: {x: off}}` and `#` comments are not
 * JSON) at its place.
 */
const JSON_MISTAKES: Record<string, string> = {
  InvalidSymbol: 'unexpected text here (keys and strings are written in double quotes)',
  InvalidNumberFormat: 'not a number',
  PropertyNameExpected: 'a key in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: "':' expected",
  CommaExpected: "',' expected",
  CloseBraceExpected: "'}' expected",
  CloseBracketExpected: "']' expected",
  EndOfFileExpected: 'nothing expected after the closing brace',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'not a valid \\u escape',
  InvalidEscapeCharacter: 'not a valid escape',
  InvalidCharacter: 'a character not allowed in a string',
};

function readJson(text: string): { contents: Node | null; errors: { message: string; start: number; end: number }[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  // The first mistake only: the others follow from it.
  const found = errors.slice(0, 1).map((error) => ({ message: JSON_MISTAKES[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error), start: error.offset, end: error.offset + error.length }));
  return { contents: tree && found.length === 0 ? yamlNodeOf(tree) : null, errors: found };
}

function yamlNodeOf(node: JsonNode): Node {
  const range: [number, number, number] = [node.offset, node.offset + node.length, node.offset + node.length];
  let made: Node;
  if (node.type === 'object') {
    const map = new YAMLMap<Node, Node>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value) map.items.push(new Pair(yamlNodeOf(key), yamlNodeOf(value)));
    }
    made = map;
  } else if (node.type === 'array') {
    const seq = new YAMLSeq<Node>();
    seq.items.push(...(node.children ?? []).map(yamlNodeOf));
    made = seq;
  } else {
    made = new Scalar(node.value);
  }
  made.range = range;
  return made;
}
