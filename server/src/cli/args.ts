// Command-line arguments → a checked request, or a one-line usage error. Parsing is node:util's
// parseArgs; this module only adds the meaning (formats, rule ids, severities).
import { parseArgs } from 'node:util';
import { isSeveritySetting, type RuleSeverities } from '../core/config';
import { findRule, RULES } from '../core/rules';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type CliRequest =
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
    };

/** Thrown for bad usage; the message is the one line shown after `team-charter: `. */
export class UsageError extends Error {}

const USAGE = `Usage: team-charter check [paths...] [options]

Checks team charters (Markdown or YAML) for RACI and role problems. Paths may be
files or directories; directories are searched for charter files (*.charter.md,
*.charter.yaml, CHARTER.md, team-charter.md, ...). No path means the current directory.

Options:
  -f, --format <name>       output format: stylish (default), json or sarif
      --max-warnings <n>    also fail when there are more than n warnings
      --rule <id=sev>       set a rule's severity (off, hint, info, warning, error);
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
`;

/** The usage text followed by every rule with its default severity, for `--help`. */
export function helpText(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  const rules = RULES.map((rule) => `  ${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}`);
  return `${USAGE}\nRules (id, default severity):\n${rules.join('\n')}\n`;
}

export function parseCliArgs(argv: readonly string[]): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        rule: { type: 'string', multiple: true },
        'extends-root': { type: 'string', multiple: true },
        'report-unused-disable-directives': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs' messages go on to explain `--` for positionals; the first sentence is the reason.
    const reason = firstLine((error as Error).message).split(/\.\s/, 1)[0].replace(/\.$/, '');
    throw new UsageError(`${reason.charAt(0).toLowerCase()}${reason.slice(1)}; see 'team-charter --help'`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError("missing command: try 'team-charter check .' or 'team-charter --help'");
  if (command !== 'check') throw new UsageError(`unknown command '${command}': the only command is 'check'`);

  const format = values.format ?? 'stylish';
  if (!isOutputFormat(format)) throw new UsageError(`unknown format '${format}': use ${OUTPUT_FORMATS.join(', ')}`);

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not '${text}'`);
    maxWarnings = Number(text);
  }

  const severities: RuleSeverities = {};
  for (const setting of values.rule ?? []) {
    const match = /^([^=]+)=(.*)$/.exec(setting);
    if (!match) throw new UsageError(`--rule needs id=severity, not '${setting}'`);
    const id = match[1].trim();
    const severity = match[2].trim();
    if (!findRule(id)) {
      const known = RULES.map((rule) => rule.id).join(', ');
      throw new UsageError(`unknown rule '${id}'${known ? `: rules are ${known}` : ''}`);
    }
    if (!isSeveritySetting(severity)) {
      throw new UsageError(`bad severity '${severity}' for rule '${id}': use off, hint, info, warning or error`);
    }
    severities[id] = severity;
  }

  const extendsRoots = values['extends-root'] ?? [];
  if (extendsRoots.includes('')) throw new UsageError('--extends-root needs a folder');

  return {
    kind: 'check',
    paths: paths.length > 0 ? paths : ['.'],
    format,
    maxWarnings,
    severities,
    extendsRoots,
    ...(values['report-unused-disable-directives'] ? { reportUnusedDisableDirectives: 'error' as const } : {}),
  };
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0];
}
