// `team-charter` as a function of its arguments and surroundings, so tests run it in-process:
// runCli(argv, io) writes to io and returns the exit code (0 clean, 1 findings fail the run, 2 usage).
import * as fs from 'node:fs';
import type { CheckOptions } from '../core/check';
import type { Finding } from '../core/model';
import { countFindings, type SeverityCounts } from '../core/findingLimit';
import { printable } from '../core/printable';
import { helpText, parseCliArgs, UsageError, type CliRequest, type OutputFormat } from './args';
import { checkCharter } from '../host/extendsChain';
import type { CharterSettings } from '../host/configFiles';
import { describeFsError } from './files';
import { fixText, unifiedDiff } from './fix';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import { formatMarkdown } from './formats/markdown';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import type { FileReport } from './formats/types';
import { checkInWorkers, threadCount } from './parallel';
import { withOrganisationFindings, type RunFile } from './organisation';
import { readCharters, type ReadCharters } from './readCharters';
import { writeOutputFile } from './outputFile';
import { repositoryRoot } from './repositoryRoot';
import { runReport } from './report';
import { runDiff } from './diff/run';
import { version } from '../../../package.json';
import { todayOf } from './today';

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** The bytes of standard input, read when `--stdin` is given (undefined: there is none). */
  readStdin?: () => Uint8Array;
  /** The day of the run (ISO) that review-overdue judges by; by default the local date now. */
  today?: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs in this thread only (what tests call). */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const plan = prepare(parseCliArgs(argv), io);
    if (typeof plan === 'number') return plan;
    if (plan.request.fix !== 'no') return fixAndReport(plan, io);
    return report(plan, io, checkHere(plan));
  } catch (error) {
    return usageFailure(error, io);
  }
}

/**
 * The executable: like runCli, but many files are checked in worker threads started from
 * `workerScript` (the bundle itself; see parallel.ts). Same output, same order, same exit code.
 */
export async function runCliWithWorkers(argv: readonly string[], io: CliIo, workerScript: string): Promise<number> {
  try {
    const plan = prepare(parseCliArgs(argv), io);
    if (typeof plan === 'number') return plan;
    // Fixing checks each file several times over, in this thread (see fix.ts).
    if (plan.request.fix !== 'no') return fixAndReport(plan, io);
    const threads = threadCount(plan.files.length, io.env);
    const findings =
      threads > 1
        ? await checkInWorkers(
            workerScript,
            plan.files.map((file, index) => ({
              path: file.absolutePath,
              text: plan.texts[index],
              severities: plan.settings[index].severities,
              reportUnusedDisableDirectives: plan.request.reportUnusedDisableDirectives ?? plan.settings[index].reportUnusedDisableDirectives,
            })),
            { severities: plan.request.severities, cwd: io.cwd, extendsRoots: plan.request.extendsRoots, today: plan.today },
            threads,
            (input) => checkOne(plan, input.path, input.text, { severities: input.severities ?? {}, reportUnusedDisableDirectives: input.reportUnusedDisableDirectives, ignored: false }),
          )
        : checkHere(plan);
    return report(plan, io, findings);
  } catch (error) {
    return usageFailure(error, io);
  }
}

function usageFailure(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`team-charter: ${error.message}\n`);
    return EXIT_USAGE;
  }
  throw error;
}

/** The files of a check, read (`boms`: --fix writes a byte order mark back). */
interface CheckPlan extends ReadCharters {
  request: Extract<CliRequest, { kind: 'check' }>;
  today: string;
}

/** Help, version, owners and export are answered here (an exit code); a check gets its files found and read. */
function prepare(request: CliRequest, io: CliIo): CheckPlan | number {
  if (request.kind === 'help') {
    io.stdout.write(helpText());
    return EXIT_OK;
  }
  if (request.kind === 'version') {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }

  if (request.kind === 'diff') return runDiff(request, io, { color: wantsColor(io.env, io.stdout.isTTY === true) });
  if (request.kind !== 'check') return runReport(request, io, { color: wantsColor(io.env, io.stdout.isTTY === true) });
  const read = readCharters(
    {
      paths: request.paths,
      noIgnore: request.noIgnore,
      extendsRoots: request.extendsRoots,
      severities: request.severities,
      ...(request.stdin ? { stdin: { filename: request.stdinFilename, read: io.readStdin } } : {}),
    },
    io.cwd,
  );
  for (const warning of read.warnings) io.stderr.write(`team-charter: ${printable(warning)}\n`);
  return { request, ...read, today: todayOf(io) };
}

function checkHere(plan: CheckPlan): Finding[][] {
  return plan.files.map((file, index) => checkOne(plan, file.absolutePath, plan.texts[index], plan.settings[index]));
}

function checkOne(plan: CheckPlan, file: string, text: string, settings: CharterSettings): Finding[] {
  return checkCharter(text, checkOptions(plan, file, settings)).findings;
}

function checkOptions(plan: CheckPlan, file: string, settings: CharterSettings): CheckOptions {
  return {
    path: file,
    severities: settings.severities,
    reportUnusedDisableDirectives: plan.request.reportUnusedDisableDirectives ?? settings.reportUnusedDisableDirectives,
    host: plan.hosts.forFile(file),
    today: plan.today,
  };
}

/**
 * `--fix`: each file's safe fixes applied until nothing changes, the changed files written, then the
 * report of what is left. `--fix-dry-run`: nothing written; the report of what would be left goes where
 * a report goes (stdout or --output-file), and the same fixes as a unified diff to stderr, so the
 * chosen format stays readable by what reads stdout.
 */
function fixAndReport(plan: CheckPlan, io: CliIo): number {
  const dryRun = plan.request.fix === 'dry-run';
  const fixed: string[] = [];
  const diffs: string[] = [];
  const findings = plan.files.map((file, index) => {
    const options = checkOptions(plan, file.absolutePath, plan.settings[index]);
    const before = plan.texts[index];
    const after = fixText(before, options).text;
    // What is reported (and what the other files see of this one) is the text as fixed.
    plan.texts[index] = after;
    if (after !== before) {
      fixed.push(file.displayPath);
      if (dryRun) {
        diffs.push(unifiedDiff(file.displayPath, before, after));
      } else {
        try {
          fs.writeFileSync(file.absolutePath, (plan.boms[index] ? '\ufeff' : '') + after);
        } catch (error) {
          throw new UsageError(`cannot write '${file.displayPath}': ${describeFsError(error)}`);
        }
      }
    }
    return checkCharter(after, options).findings;
  });
  if (dryRun) {
    io.stderr.write(diffs.join(''));
  } else if (fixed.length > 0) {
    const names = fixed.slice(0, 5).join(', ') + (fixed.length > 5 ? ` and ${fixed.length - 5} more` : '');
    io.stderr.write(`team-charter: fixed ${fixed.length === 1 ? '1 file' : `${fixed.length} files`}: ${names}\n`);
  }
  return report(plan, io, findings);
}

/**
 * Writes the report of every file, in the order found (to --output-file when given, else to stdout, and
 * in each --report-file's format to its file), and returns the exit code.
 */
function report(plan: CheckPlan, io: CliIo, findingsByFile: readonly Finding[][]): number {
  const { request, files } = plan;
  // The cross-charter rules see every file of the run as one organisation (organisation.ts).
  findingsByFile = withOrganisationFindings(organisationFiles(plan), findingsByFile, io.cwd);
  // --quiet shows errors only; the exit status below still counts every finding.
  const shownFindings = (findings: Finding[]) => (request.quiet ? findings.filter((finding) => finding.severity === 'error') : findings);
  const reports: FileReport[] = files.map((file, index) => ({ path: file.displayPath, absolutePath: file.absolutePath, findings: shownFindings(findingsByFile[index]) }));
  // Counted with the findings a cut list leaves out: the exit status is the same as with every finding.
  const counts = countFindings(findingsByFile.flat());
  const hidden = request.quiet ? { ...counts, error: 0 } : undefined;
  const context: FormatContext = { reports, cwd: io.cwd, root: repositoryRoot(io.cwd), hidden };

  for (const extra of request.reportFiles) writeOutputFile(io.cwd, extra.file, formatReport(extra.format, context, false), `--report-file '${extra.format}=…'`);
  if (request.outputFile !== undefined) {
    writeOutputFile(io.cwd, request.outputFile, formatReport(request.format, context, wantsColor(io.env, false)), '--output-file');
  } else {
    io.stdout.write(formatReport(request.format, context, wantsColor(io.env, io.stdout.isTTY === true)));
  }

  if (counts.error > 0) return EXIT_FINDINGS;
  if (request.maxWarnings !== undefined && counts.warning > request.maxWarnings) {
    // As ESLint says it: the report alone (with --quiet, no warning in it) would not say why.
    io.stderr.write(`team-charter: found too many warnings: ${counts.warning} (maximum: ${request.maxWarnings})\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

interface FormatContext {
  reports: FileReport[];
  cwd: string;
  /** What SARIF URIs and annotation paths are relative to (repositoryRoot). */
  root: string;
  /** With --quiet: the findings left out, so that no summary says "no problems". */
  hidden?: SeverityCounts;
}

function formatReport(format: OutputFormat, { reports, cwd, root, hidden }: FormatContext, color: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, { version, root });
    case 'github':
      return formatGithub(reports, { root });
    case 'markdown':
      return formatMarkdown(reports, { cwd, hidden });
    case 'stylish':
      return formatStylish(reports, { color, hidden });
  }
}

function organisationFiles(plan: CheckPlan): RunFile[] {
  return plan.files.map((file, index) => ({
    absolutePath: file.absolutePath,
    text: plan.texts[index],
    severities: plan.settings[index].severities,
    host: plan.hosts.forFile(file.absolutePath),
    teams: plan.settings[index].teams,
  }));
}

/**
 * Colour for people at a terminal only. FORCE_COLOR turns it on anywhere (a CI log that shows colours),
 * unless it is `0` or `false`, which turn it off; otherwise NO_COLOR (any non-empty value) turns it off
 * (no-color.org). FORCE_COLOR wins over NO_COLOR, as in Node.js itself.
 */
export function wantsColor(env: CliIo['env'], isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !/^(0|false)$/i.test(force.trim());
  if (env.NO_COLOR) return false;
  return isTTY;
}
