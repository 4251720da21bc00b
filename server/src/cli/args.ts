// Command-line arguments → a checked request, or a one-line usage error. Parsing is node:util's
// parseArgs; this module only adds the meaning (formats, rule ids, severities).
import { isSeveritySetting, type RuleSetting, type RuleSeverities } from '../core/config';
import { findRule, RULES } from '../core/rules';
import { readRuleSetting } from '../core/rules/options';
import { parseReportArgs, REPORT_USAGE, type ReportRequest } from './reportArgs';
import { commandOf, parseOptions, UsageError } from './usage';
import { DIFF_USAGE, parseDiffArgs, type DiffRequest } from './diff/args';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type CliRequest =
  | ReportRequest
  | DiffRequest
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'check';
      paths: string[];
      format: OutputFormat;
      /** Undefined when not given: then warnings never fail the run. */
      maxWarnings?: number;
      severities: RuleSeverities;
      /** `--extends-root` folders, as given: `extends` may read there too. */
      extendsRoots: string[];
      /** `--report-unused-disable-directives`: unused `team-charter-disable` comments are errors. */
      reportUnusedDisableDirectives?: 'error';
      /** `--stdin`: check the text on standard input instead of files. */
      stdin: boolean;
      /** `--stdin-filename`: the path the standard input is checked as (format, config file, `extends`). */
      stdinFilename?: string;
      /** `--fix` writes the safe fixes; `--fix-dry-run` prints them as a diff and writes nothing. */
      fix: 'no' | 'write' | 'dry-run';
      /** `--output-file`: the report goes to this file instead of standard output. */
      outputFile?: string;
      /** `--report-file format=file`: the report in more formats, each to its file, from the same run. */
      reportFiles: { format: OutputFormat; file: string }[];
      /** `--quiet`: only errors are shown (warnings still count for --max-warnings). */
      quiet: boolean;
      /** `--no-ignore`: directory walks and globs ignore neither .gitignore nor the config's ignores. */
      noIgnore: boolean;
    };

export { UsageError };

/** Every option of any command that takes a value: what finding the command name must skip. */
const VALUED_OPTIONS = [
  { name: 'format', short: 'f' },
  { name: 'output-file', short: 'o' },
  { name: 'report-file' },
  { name: 'output' },
  { name: 'stdin-filename' },
  { name: 'max-warnings' },
  { name: 'rule' },
  { name: 'extends-root' },
  { name: 'query', short: 'q' },
  { name: 'base' },
  { name: 'fail-on' },
];

const USAGE = `Usage: team-charter check [paths...] [options]
       team-charter owners [paths...] [--query <text>] [--format stylish|json]
       team-charter export [paths...] --format html|csv|json [--output <file>|-]
       team-charter diff [paths...] [--base <ref>] [--format stylish|markdown|json]

check: checks team charters (Markdown or YAML) for RACI and role problems. Paths
may be files, directories or quoted globs ('docs/**/*.md'); directories are
searched for charter files (*.charter.md, *.charter.yaml, CHARTER.md,
team-charter.md, ...), leaving out what .gitignore and the config file's ignores
match. No path means the current directory.

Options:
  -f, --format <name>       output format: stylish (default), json, sarif, github
                            (workflow annotations) or markdown (a job summary)
  -o, --output-file <file>  write the report to this file instead of stdout
      --report-file <format=file>
                            also write the report in this format to this file
                            (same run, same findings); may be repeated
      --quiet               show errors only
      --fix                 apply the safe fixes (as the editor's Fix All does),
                            write the files, then report what is left
      --fix-dry-run         print the safe fixes as a unified diff on stderr;
                            write nothing (the report goes to stdout as usual)
      --stdin               check the text on standard input
      --stdin-filename <p>  the path to check standard input as (its format, config
                            file and extends); default <stdin>, Markdown
      --no-ignore           also check what .gitignore and the config's ignores match
      --max-warnings <n>    also fail when there are more than n warnings
      --rule <id=sev>       set a rule's severity (off, hint, info, warning, error),
                            or its severity and options as JSON:
                            --rule 'role-overload=["warning", {"max": 8}]';
                            may be repeated
      --extends-root <dir>  let \`extends\` also read files in this folder (by default
                            only files in the checked file's git repository, or in
                            the current directory outside one); may be repeated
      --report-unused-disable-directives
                            report team-charter-disable comments that suppress
                            nothing, as errors
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 no errors, 1 errors (or too many warnings), 2 bad usage or unreadable path.
Colour: at a terminal only; NO_COLOR turns it off, FORCE_COLOR (not 0) turns it on.
`;

/** The usage text followed by every rule with its default severity, for `--help`. */
export function helpText(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  // A rule off by default shows as off: a severity given to it turns it on.
  const rules = RULES.map((rule) => `  ${rule.id.padEnd(width)}  ${(rule.offByDefault ? 'off' : rule.defaultSeverity).padEnd(7)}  ${rule.description}`);
  return `${USAGE}\n${REPORT_USAGE}\n${DIFF_USAGE}\nRules (id, default severity):\n${rules.join('\n')}\n`;
}

export function parseCliArgs(argv: readonly string[]): CliRequest {
  const named = commandOf(argv, VALUED_OPTIONS);
  if (named === 'owners' || named === 'export') return parseReportArgs(argv);
  if (named === 'diff') return parseDiffArgs(argv, ruleSettings);
  const parsed = parseOptions(argv, {
    format: { type: 'string', short: 'f' },
    'output-file': { type: 'string', short: 'o' },
    'report-file': { type: 'string', multiple: true },
    quiet: { type: 'boolean' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    'no-ignore': { type: 'boolean' },
    'max-warnings': { type: 'string' },
    rule: { type: 'string', multiple: true },
    'extends-root': { type: 'string', multiple: true },
    'report-unused-disable-directives': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError("missing command: try 'team-charter check .' or 'team-charter --help'");
  if (command !== 'check') throw new UsageError(`unknown command '${command}': the commands are 'check', 'owners', 'export' and 'diff'`);

  const format = values.format ?? 'stylish';
  if (!isOutputFormat(format)) throw new UsageError(`unknown format '${format}': use ${OUTPUT_FORMATS.join(', ')}`);

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not '${text}'`);
    maxWarnings = Number(text);
  }

  const severities = ruleSettings(values.rule ?? []);

  const extendsRoots = values['extends-root'] ?? [];
  if (extendsRoots.includes('')) throw new UsageError('--extends-root needs a folder');

  const stdin = values.stdin === true;
  const stdinFilename = values['stdin-filename'];
  if (stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (stdinFilename === '') throw new UsageError('--stdin-filename needs a path');
  if (stdin && paths.length > 0) throw new UsageError(`--stdin checks standard input: give no paths (not '${paths[0]}'); use --stdin-filename to name it`);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (stdin && values.fix) throw new UsageError('--fix cannot write to standard input: use --fix-dry-run to see the fixes as a diff');
  const fix = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'no';
  const outputFile = values['output-file'];
  if (outputFile === '') throw new UsageError('--output-file needs a path');
  const reportFiles = (values['report-file'] ?? []).map(reportFile);
  const targets = [outputFile, ...reportFiles.map((report) => report.file)].filter((file) => file !== undefined);
  const twice = targets.find((file, index) => targets.indexOf(file) !== index);
  if (twice !== undefined) throw new UsageError(`'${twice}' is given as two reports' file: give each report its own`);

  return {
    kind: 'check',
    paths: paths.length > 0 ? paths : ['.'],
    format,
    maxWarnings,
    severities,
    extendsRoots,
    ...(values['report-unused-disable-directives'] ? { reportUnusedDisableDirectives: 'error' as const } : {}),
    stdin,
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    fix,
    ...(outputFile !== undefined ? { outputFile } : {}),
    reportFiles,
    quiet: values.quiet === true,
    noIgnore: values['no-ignore'] === true,
  };
}

/** Every `--rule id=severity` given, read. */
function ruleSettings(given: readonly string[]): RuleSeverities {
  const severities: RuleSeverities = {};
  for (const setting of given) {
    const match = /^([^=]+)=(.*)$/.exec(setting);
    if (!match) throw new UsageError(`--rule needs id=severity, not '${setting}'`);
    const id = match[1].trim();
    if (!findRule(id)) {
      const known = RULES.map((rule) => rule.id).join(', ');
      throw new UsageError(`unknown rule '${id}'${known ? `: rules are ${known}` : ''}`);
    }
    severities[id] = ruleSetting(id, match[2].trim());
  }
  return severities;
}

/** `warning`, or `["warning", {"max": 8}]` (JSON, as the config file writes it). */
function ruleSetting(id: string, text: string): RuleSetting {
  if (!text.startsWith('[') && !isSeveritySetting(text)) {
    throw new UsageError(`bad severity '${text}' for rule '${id}': use off, hint, info, warning or error`);
  }
  let value: unknown = text;
  if (text.startsWith('[')) {
    try {
      value = JSON.parse(text);
    } catch {
      throw new UsageError(`--rule ${id}=[...] needs JSON, such as ${id}='["warning", {}]', not '${text}'`);
    }
  }
  const reading = readRuleSetting(findRule(id)!, value);
  if (reading.problem === undefined) return reading.setting;
  // The core's sentence, as one line after "team-charter: ".
  throw new UsageError(`${reading.problem.charAt(0).toLowerCase()}${reading.problem.slice(1).replace(/\.$/, '')}`);
}

/** `sarif=out/team-charter.sarif` */
function reportFile(setting: string): { format: OutputFormat; file: string } {
  const match = /^([a-z]+)=(.+)$/.exec(setting);
  if (!match) throw new UsageError(`--report-file needs format=file, such as sarif=team-charter.sarif, not '${setting}'`);
  if (!isOutputFormat(match[1])) throw new UsageError(`unknown format '${match[1]}' in --report-file: use ${OUTPUT_FORMATS.join(', ')}`);
  return { format: match[1], file: match[2] };
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}
