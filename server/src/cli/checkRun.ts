// `team-charter check` once its files are read: each checked (here or in worker threads, see run.ts),
// fixed with --fix, the cross-charter findings added, and the report written in every format asked for.
import * as fs from 'node:fs';
import type { CheckOptions } from '../core/check';
import type { Finding } from '../core/model';
import { countFindings } from '../core/findingLimit';
import { fixAllCandidates, MAX_FIX_ALL_CHECKS, safeFixCandidates } from '../core/features/fixAll';
import { FixVerifier } from '../core/fixes/verify';
import { sameRange } from '../core/text';
import { checkCharter } from '../host/checkCharter';
import type { CharterSettings } from '../host/configFiles';
import { UsageError, type CliRequest } from './args';
import { describeFsError } from './files';
import { fixText, unifiedDiff } from './fix';
import { FORMATS_WITH_FIXABLE, formatReport, type FormatContext } from './formats';
import type { FileReport } from './formats/types';
import { withOrganisationFindings, type RunFile } from './organisation';
import type { ReadCharters } from './readCharters';
import { writeOutputFile } from './outputFile';
import { repositoryRoot } from './repositoryRoot';
import type { CliIo } from './run';
import { version } from '../../../package.json';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The files of a check, read (`boms`: --fix writes a byte order mark back). */
export interface CheckPlan extends ReadCharters {
  request: Extract<CliRequest, { kind: 'check' }>;
  today: string;
  /** Whether the report goes to a terminal in colour (stdout), decided by run.ts. */
  color: { stdout: boolean; file: boolean };
}

export function checkHere(plan: CheckPlan): Finding[][] {
  return plan.files.map((file, index) => checkOne(plan, index, plan.texts[index], plan.settings[index]));
}

export function checkOne(plan: CheckPlan, index: number, text: string, settings: CharterSettings): Finding[] {
  return checkCharter(text, checkOptions(plan, index, settings)).findings;
}

function checkOptions(plan: CheckPlan, index: number, settings: CharterSettings): CheckOptions {
  const file = plan.files[index];
  return {
    path: file.absolutePath,
    ...(file.format ? { format: file.format } : {}),
    severities: settings.severities,
    reportUnusedDisableDirectives: plan.request.reportUnusedDisableDirectives ?? settings.reportUnusedDisableDirectives,
    host: plan.hosts.forFile(file.absolutePath),
    today: plan.today,
  };
}

/**
 * `--fix`: each file's safe fixes applied until nothing changes, the changed files written, then the
 * report of what is left. `--fix-dry-run`: nothing written; the report of what would be left goes where
 * a report goes (stdout or --output-file), and the same fixes as a unified diff to stderr, so the
 * chosen format stays readable by what reads stdout.
 */
export function fixAndReport(plan: CheckPlan, io: CliIo): number {
  const dryRun = plan.request.fix === 'dry-run';
  const fixed: string[] = [];
  const diffs: string[] = [];
  const findings = plan.files.map((file, index) => {
    const options = checkOptions(plan, index, plan.settings[index]);
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
export function report(plan: CheckPlan, io: CliIo, findingsByFile: readonly Finding[][]): number {
  const { request, files } = plan;
  // The cross-charter rules see every file of the run as one organisation (organisation.ts).
  findingsByFile = withOrganisationFindings(organisationFiles(plan), findingsByFile, io.cwd);
  // --quiet shows errors only; the exit status below still counts every finding.
  const shownFindings = (findings: Finding[]) => (request.quiet ? findings.filter((finding) => finding.severity === 'error') : findings);
  const formats = [request.format, ...request.reportFiles.map((extra) => extra.format)];
  const wantsFixable = request.fix === 'no' && formats.some((format) => FORMATS_WITH_FIXABLE.has(format));
  const reports: FileReport[] = files.map((file, index) => {
    const shown = shownFindings(findingsByFile[index]);
    return { path: file.displayPath, absolutePath: file.absolutePath, findings: shown, ...(wantsFixable ? { fixable: fixableFindings(plan, index, shown) } : {}) };
  });
  // Counted with the findings a cut list leaves out: the exit status is the same as with every finding.
  const counts = countFindings(findingsByFile.flat());
  const hidden = request.quiet ? { ...counts, error: 0 } : undefined;
  const context: FormatContext = { reports, cwd: io.cwd, root: repositoryRoot(io.cwd), version, hidden };

  for (const extra of request.reportFiles) writeOutputFile(io.cwd, extra.file, formatReport(extra.format, context, false), `--report-file '${extra.format}=…'`);
  if (request.outputFile !== undefined) {
    writeOutputFile(io.cwd, request.outputFile, formatReport(request.format, context, plan.color.file), '--output-file');
  } else {
    io.stdout.write(formatReport(request.format, context, plan.color.stdout));
  }

  if (counts.error > 0) return EXIT_FINDINGS;
  if (request.maxWarnings !== undefined && counts.warning > request.maxWarnings) {
    // As ESLint says it: the report alone (with --quiet, no warning in it) would not say why.
    io.stderr.write(`team-charter: found too many warnings: ${counts.warning} (maximum: ${request.maxWarnings})\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/**
 * The findings of `shown` that `--fix` would repair: those whose safe fix "fix all" verifies on this
 * file's text (fixText's first round). Only files with a safe fix cost a check more.
 */
function fixableFindings(plan: CheckPlan, index: number, shown: readonly Finding[]): Set<Finding> {
  const fixable = new Set<Finding>();
  if (safeFixCandidates(shown).length === 0) return fixable;
  const options = checkOptions(plan, index, plan.settings[index]);
  const text = plan.texts[index];
  const repaired = fixAllCandidates(new FixVerifier(text, options, checkCharter(text, options), checkCharter), { remaining: MAX_FIX_ALL_CHECKS });
  for (const finding of shown) {
    if (repaired.some(({ finding: other }) => other.rule === finding.rule && other.message === finding.message && sameRange(other.range, finding.range))) fixable.add(finding);
  }
  return fixable;
}

function organisationFiles(plan: CheckPlan): RunFile[] {
  return plan.files.map((file, index) => ({
    absolutePath: file.absolutePath,
    ...(file.format ? { format: file.format } : {}),
    text: plan.texts[index],
    severities: plan.settings[index].severities,
    host: plan.hosts.forFile(file.absolutePath),
    teams: plan.settings[index].teams,
  }));
}
