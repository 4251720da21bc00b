// Command-line arguments → a checked request, or a one-line usage error. Parsing is node:util's
// parseArgs; this module only adds the meaning (formats, rule ids, severities). Which command a line
// names is commands.ts's; the options every command that reads charters shares are sourceArgs.ts's.
import type { RuleSeverities } from '../core/config/settings';
import { parseReportArgs, type ReportRequest } from './reportArgs';
import { routeCommand } from './commands';
import { ruleSettings } from './ruleArgs';
import { readOutput, readSource, SOURCE_OPTIONS, type ReportSource } from './sourceArgs';
import { parseOptions, UsageError } from './usage';
import { parseDiffArgs, type DiffRequest } from './diff/args';

export { helpText } from './help';

export const OUTPUT_FORMATS = ['stylish', 'json', 'eslint-json', 'sarif', 'github', 'markdown', 'gitlab', 'junit', 'checkstyle', 'compact', 'unix'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
/** Other names a format is known by. */
const FORMAT_ALIASES: Readonly<Record<string, OutputFormat>> = { 'json-eslint': 'eslint-json' };

export type CliRequest =
  | ReportRequest
  | DiffRequest
  | { kind: 'help' }
  | { kind: 'version' }
  | ({
      kind: 'check';
      format: OutputFormat;
      /** Undefined when not given: then warnings never fail the run. */
      maxWarnings?: number;
      severities: RuleSeverities;
      /** `--report-unused-disable-directives`: unused `team-charter-disable` comments are errors. */
      reportUnusedDisableDirectives?: 'error';
      /** `--stdin` or `-`: check the text on standard input instead of files. */
      stdin: boolean;
      /** `--stdin-filename`: the path the standard input is checked as (format, config file, `extends`). */
      stdinFilename?: string;
      /** `--fix` writes the safe fixes; `--fix-dry-run` prints them as a diff and writes nothing. */
      fix: 'no' | 'write' | 'dry-run';
      /** `--output-file` (`--output`, `-o`): the report goes to this file instead of standard output. */
      outputFile?: string;
      /** `--report-file format=file`: the report in more formats, each to its file, from the same run. */
      reportFiles: { format: OutputFormat; file: string }[];
      /** `--quiet`: only errors are shown (warnings still count for --max-warnings). */
      quiet: boolean;
      /** `--print-config FILE`: print the settings FILE would be checked with, and check nothing. */
      printConfig?: string;
    } & ReportSource);

export { UsageError };

/** `cwd`: where a first word that is not a command is looked for as a path (`team-charter docs`). */
export function parseCliArgs(argv: readonly string[], cwd: string = process.cwd()): CliRequest {
  const routed = routeCommand(argv, cwd);
  if (routed.kind === 'help') return { kind: 'help' };
  if (routed.command === 'owners' || routed.command === 'export') return parseReportArgs(routed.argv);
  if (routed.command === 'diff') return parseDiffArgs(routed.argv, ruleSettings);
  const parsed = parseOptions(routed.argv, {
    ...SOURCE_OPTIONS,
    format: { type: 'string', short: 'f' },
    'report-file': { type: 'string', multiple: true },
    quiet: { type: 'boolean' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    'max-warnings': { type: 'string' },
    rule: { type: 'string', multiple: true },
    'report-unused-disable-directives': { type: 'boolean' },
    'print-config': { type: 'string' },
  });
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [, ...paths] = positionals;

  const format = readFormat(values.format ?? 'stylish');
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not '${text}'`);
    maxWarnings = Number(text);
  }
  const severities = ruleSettings(values.rule ?? []);
  const { stdin, stdinFilename, fix } = readInput(values, paths);
  const outputFile = readOutput(values);
  const reportFiles = (values['report-file'] ?? []).map(reportFile);
  const targets = [outputFile, ...reportFiles.map((report) => report.file)].filter((file) => file !== undefined);
  const twice = targets.find((file, index) => targets.indexOf(file) !== index);
  if (twice !== undefined) throw new UsageError(`'${twice}' is given as two reports' file: give each report its own`);
  const printConfig = values['print-config'];
  if (printConfig === '') throw new UsageError('--print-config needs the path of a charter');

  return {
    kind: 'check',
    ...readSource(values, stdin ? [] : paths),
    format,
    maxWarnings,
    severities,
    ...(values['report-unused-disable-directives'] ? { reportUnusedDisableDirectives: 'error' as const } : {}),
    stdin,
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    fix,
    ...(outputFile !== undefined ? { outputFile } : {}),
    reportFiles,
    quiet: values.quiet === true,
    ...(printConfig !== undefined ? { printConfig } : {}),
  };
}

/** `--stdin`, or `-` as the one path (as ESLint, markdownlint-cli2 and most Unix tools read it). */
function readInput(values: { stdin?: boolean; 'stdin-filename'?: string; fix?: boolean; 'fix-dry-run'?: boolean }, paths: readonly string[]) {
  const dash = paths.includes('-');
  if (dash && paths.length > 1) throw new UsageError(`'-' reads standard input: give no other path (not '${paths.find((p) => p !== '-')}')`);
  const stdin = values.stdin === true || dash;
  const stdinFilename = values['stdin-filename'];
  if (stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (stdinFilename === '') throw new UsageError('--stdin-filename needs a path');
  if (values.stdin && paths.length > 0 && !dash) throw new UsageError(`--stdin checks standard input: give no paths (not '${paths[0]}'); use --stdin-filename to name it`);
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (stdin && values.fix) throw new UsageError('--fix cannot write to standard input: use --fix-dry-run to see the fixes as a diff');
  const fix: 'no' | 'write' | 'dry-run' = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'no';
  return { stdin, stdinFilename, fix };
}

function readFormat(name: string, where = ''): OutputFormat {
  const format = FORMAT_ALIASES[name] ?? name;
  if (!isOutputFormat(format)) throw new UsageError(`unknown format '${name}'${where}: use ${OUTPUT_FORMATS.join(', ')}`);
  return format;
}

/** `sarif=out/team-charter.sarif` */
function reportFile(setting: string): { format: OutputFormat; file: string } {
  const match = /^([a-z-]+)=(.+)$/.exec(setting);
  if (!match) throw new UsageError(`--report-file needs format=file, such as sarif=team-charter.sarif, not '${setting}'`);
  return { format: readFormat(match[1], ' in --report-file'), file: match[2] };
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}
