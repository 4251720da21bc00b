// Arguments of the commands that show charters rather than check them: `owners` and `export`.
// Positionals are paths, as for `check` (what ESLint and markdownlint users expect); the text to look
// for is an option, `--query`, so that a folder named like a team is never taken for a query.
import { readOutput, readSource, SOURCE_OPTIONS, type ReportSource } from './sourceArgs';
import { parseOptions, UsageError } from './usage';

export type { ReportSource };

export const OWNERS_FORMATS = ['stylish', 'json'] as const;
export const EXPORT_FORMATS = ['html', 'csv', 'json'] as const;

export type ReportRequest =
  | ({ kind: 'owners'; format: (typeof OWNERS_FORMATS)[number]; query?: string; uncovered: boolean } & ReportSource)
  | ({ kind: 'export'; format: (typeof EXPORT_FORMATS)[number]; output?: string } & ReportSource);

export const REPORT_USAGE = `owners: who is accountable (A) and responsible (R) for every responsibility of the
charters found (paths as for check), grouped by team; exit 0 when it ran.
  -q, --query <text>        only responsibilities whose name, team or A/R role (id,
                            title or holder) contains text, ignoring case
      --uncovered           instead: the files CODEOWNERS gives to someone that no
                            charter's responsibility covers, and the paths charters
                            cover that CODEOWNERS gives to nobody
  -f, --format <name>       stylish (default) or json

export: the charters' RACI matrices (and the teams' shared responsibilities) as a
page, a table or data; exit 0 when it ran, whatever the findings.
  -f, --format <name>       html (a standalone printable page), csv (one row per
                            responsibility and role) or json (the model); required
  -o, --output <file>       write to file instead of stdout ('-' is stdout; also
                            --output-file <file>)

Both also take --config, --ignore-pattern, --no-ignore, --no-warn-ignored,
--no-error-on-unmatched-pattern and --extends-root <dir>, as check does, and
--color/--no-color.
`;

export function parseReportArgs(argv: readonly string[]): ReportRequest | { kind: 'help' } | { kind: 'version' } {
  const { values, positionals } = parseOptions(argv, {
    ...SOURCE_OPTIONS,
    format: { type: 'string', short: 'f' },
    query: { type: 'string', short: 'q' },
    uncovered: { type: 'boolean' },
  });
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  const source = readSource(values, paths);
  const output = readOutput(values);
  const outputGiven = values.output !== undefined || values['output-file'] !== undefined;

  if (command === 'owners') {
    if (outputGiven) throw new UsageError("owners prints to stdout: --output is an option of 'export'");
    const format = values.format ?? 'stylish';
    if (!isOneOf(OWNERS_FORMATS, format)) throw new UsageError(`unknown format '${format}' for owners: use stylish or json`);
    const query = values.query;
    if (query !== undefined && query.trim() === '') throw new UsageError('--query needs some text to look for');
    const uncovered = values.uncovered === true;
    if (uncovered && query !== undefined) throw new UsageError('--uncovered lists paths, not responsibilities: it cannot be used with --query');
    return { kind: 'owners', format, ...(query !== undefined ? { query } : {}), uncovered, ...source };
  }

  if (values.query !== undefined) throw new UsageError("export writes every responsibility: --query is an option of 'owners'");
  if (values.uncovered) throw new UsageError("--uncovered is an option of 'owners'");
  const format = values.format;
  if (format === undefined) throw new UsageError('export needs --format html, csv or json');
  if (!isOneOf(EXPORT_FORMATS, format)) throw new UsageError(`unknown format '${format}' for export: use html, csv or json`);
  return { kind: 'export', format, ...(output !== undefined ? { output } : {}), ...source };
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
