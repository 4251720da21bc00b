// `team-charter` as a function of its arguments and surroundings, so tests run it in-process:
// runCli(argv, io) writes to io and returns the exit code (0 clean, 1 findings fail the run, 2 usage).
import { printable } from '../core/printable';
import { helpText, parseCliArgs, UsageError, type CliRequest } from './args';
import { checkHere, checkOne, EXIT_OK, EXIT_USAGE, fixAndReport, report, type CheckPlan } from './checkRun';
import { checkInWorkers, threadCount } from './parallel';
import { printConfig } from './printConfig';
import { readCharters } from './readCharters';
import { runReport } from './report';
import { runDiff } from './diff/run';
import { version } from '../../../package.json';
import { todayOf } from './today';

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './checkRun';

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

/** Runs in this thread only (what tests call). */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const plan = prepare(parseCliArgs(argv, io.cwd), io);
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
    const plan = prepare(parseCliArgs(argv, io.cwd), io);
    if (typeof plan === 'number') return plan;
    // Fixing checks each file several times over, in this thread (see fix.ts).
    if (plan.request.fix !== 'no') return fixAndReport(plan, io);
    // Standard input, read in a form told from its text, is one file: always checked here.
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
            (input, index) => checkOne(plan, index, input.text, { severities: input.severities ?? {}, reportUnusedDisableDirectives: input.reportUnusedDisableDirectives, ignored: false }),
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

/** Help, version, owners, export, diff and --print-config are answered here (an exit code); a check gets its files found and read. */
function prepare(request: CliRequest, io: CliIo): CheckPlan | number {
  if (request.kind === 'help') {
    io.stdout.write(helpText());
    return EXIT_OK;
  }
  if (request.kind === 'version') {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  const color = (flag: boolean | undefined, isTTY: boolean) => wantsColor(io.env, isTTY, flag);
  if (request.kind === 'diff') return runDiff(request, io, { color: color(request.color, io.stdout.isTTY === true) });
  if (request.kind !== 'check') return runReport(request, io, { color: color(request.color, io.stdout.isTTY === true) });
  if (request.printConfig !== undefined) return printConfig(request, request.printConfig, io);
  const { stdin, ...source } = request;
  const read = readCharters({ ...source, ...(stdin ? { stdin: { filename: request.stdinFilename, read: io.readStdin } } : {}) }, io.cwd);
  for (const warning of read.warnings) io.stderr.write(`team-charter: ${printable(warning)}\n`);
  return { request, ...read, today: todayOf(io), color: { stdout: color(request.color, io.stdout.isTTY === true), file: color(request.color, false) } };
}

/**
 * Colour for people at a terminal only. `--color` and `--no-color` decide first; then FORCE_COLOR turns
 * it on anywhere (a CI log that shows colours), unless it is `0` or `false`, which turn it off; otherwise
 * NO_COLOR (any non-empty value) turns it off (no-color.org). FORCE_COLOR wins over NO_COLOR, as in
 * Node.js itself.
 */
export function wantsColor(env: CliIo['env'], isTTY: boolean, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !/^(0|false)$/i.test(force.trim());
  if (env.NO_COLOR) return false;
  return isTTY;
}
