// `team-charter` as a function of its arguments and surroundings, so tests run it in-process:
// runCli(argv, io) writes to io and returns the exit code (0 clean, 1 findings fail the run, 2 usage).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../core/model';
import { countFindings } from '../core/findingLimit';
import { helpText, parseCliArgs, UsageError, type CliRequest } from './args';
import { checkCharter } from '../host/extendsChain';
import { CliExtendsHosts } from './extendsHost';
import { ConfigFiles, describeBrokenConfig, type CharterSettings } from '../host/configFiles';
import { collectCharterFiles, describeFsError, type CharterFile } from './files';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import type { FileReport } from './formats/types';
import { checkInWorkers, threadCount } from './parallel';
import { withOrganisationFindings, type RunFile } from './organisation';
import { version } from '../../../package.json';

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

/** Strict: invalid UTF-8 throws instead of becoming U+FFFD; a leading BOM is dropped. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs in this thread only (what tests call). */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const plan = prepare(parseCliArgs(argv), io);
    if (typeof plan === 'number') return plan;
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
            { severities: plan.request.severities, cwd: io.cwd, extendsRoots: plan.request.extendsRoots },
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

interface CheckPlan {
  request: Extract<CliRequest, { kind: 'check' }>;
  files: CharterFile[];
  texts: string[];
  hosts: CliExtendsHosts;
  /** Each file's settings: its config file's, under the command line's (same order as `files`). */
  settings: CharterSettings[];
}

/** Help and version are answered here (an exit code); a check gets its files found and read. */
function prepare(request: CliRequest, io: CliIo): CheckPlan | number {
  if (request.kind === 'help') {
    io.stdout.write(helpText());
    return EXIT_OK;
  }
  if (request.kind === 'version') {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }

  for (const root of request.extendsRoots) {
    let isFolder: boolean;
    try {
      isFolder = fs.statSync(path.resolve(io.cwd, root)).isDirectory();
    } catch (error) {
      throw new UsageError(`cannot read --extends-root '${root}': ${describeFsError(error)}`);
    }
    if (!isFolder) throw new UsageError(`--extends-root '${root}' is not a folder`);
  }

  const configs = new ConfigFiles();
  const files = collectCharterFiles(request.paths, io.cwd, configs);
  if (files.length === 0) {
    // As ESLint does: a run that checks nothing is almost always a mistake in a CI script.
    throw new UsageError(`no charter files found in ${request.paths.map((p) => `'${p}'`).join(', ')}`);
  }
  // Read everything first so an unreadable file stops the run before any output is written.
  const texts = files.map((file) => {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file.absolutePath);
    } catch (error) {
      throw new UsageError(`cannot read '${file.displayPath}': ${describeFsError(error)}`);
    }
    try {
      // Decoding leniently would turn a binary or Latin-1 file into U+FFFD soup and report "no problems".
      return UTF8.decode(bytes);
    } catch {
      throw new UsageError(`cannot read '${file.displayPath}': not UTF-8 text (a binary file, or another encoding)`);
    }
  });
  // A config file that cannot be used stops the run: checking with defaults nobody wrote would pass CI.
  const settings = files.map((file) => configs.settingsFor(file.absolutePath, {}, request.severities));
  const broken = settings.find((setting) => setting.broken)?.broken;
  if (broken) throw new UsageError(describeBrokenConfig(broken, path.relative(io.cwd, broken.path).split(path.sep).join('/') || broken.path));
  return { request, files, texts, hosts: new CliExtendsHosts(io.cwd, request.extendsRoots), settings };
}

function checkHere(plan: CheckPlan): Finding[][] {
  return plan.files.map((file, index) => checkOne(plan, file.absolutePath, plan.texts[index], plan.settings[index]));
}

function checkOne(plan: CheckPlan, file: string, text: string, settings: CharterSettings): Finding[] {
  return checkCharter(text, {
    path: file,
    severities: settings.severities,
    reportUnusedDisableDirectives: plan.request.reportUnusedDisableDirectives ?? settings.reportUnusedDisableDirectives,
    host: plan.hosts.forFile(file),
  }).findings;
}

/** Writes the report of every file, in the order found, and returns the exit code. */
function report(plan: CheckPlan, io: CliIo, findingsByFile: readonly Finding[][]): number {
  const { request, files } = plan;
  // The cross-charter rules see every file of the run as one organisation (organisation.ts).
  findingsByFile = withOrganisationFindings(organisationFiles(plan), findingsByFile);
  const reports: FileReport[] = files.map((file, index) => ({
    path: file.displayPath,
    absolutePath: file.absolutePath,
    findings: findingsByFile[index],
  }));

  switch (request.format) {
    case 'json':
      io.stdout.write(formatJson(reports));
      break;
    case 'sarif':
      io.stdout.write(formatSarif(reports, { version, cwd: io.cwd }));
      break;
    case 'stylish':
      io.stdout.write(formatStylish(reports, { color: wantsColor(io) }));
      break;
  }

  // Counted with the findings a cut list leaves out: the exit status is the same as with every finding.
  const counts = countFindings(reports.flatMap((report) => report.findings));
  const errors = counts.error;
  const warnings = counts.warning;
  if (errors > 0) return EXIT_FINDINGS;
  if (request.maxWarnings !== undefined && warnings > request.maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}

function organisationFiles(plan: CheckPlan): RunFile[] {
  return plan.files.map((file, index) => ({
    absolutePath: file.absolutePath,
    text: plan.texts[index],
    severities: plan.settings[index].severities,
    host: plan.hosts.forFile(file.absolutePath),
  }));
}

/** Colour for people at a terminal only; NO_COLOR (any non-empty value) turns it off (no-color.org). */
function wantsColor(io: CliIo): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}
