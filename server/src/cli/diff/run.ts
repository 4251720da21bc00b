// `team-charter diff`: both versions read (versions.ts), each checked as `check` would check it (its
// config files, `extends`, the cross-charter rules), turned into sides, paired and compared in the core
// (core/diff/), then printed. Exit 0; 1 with --fail-on introduced-errors when an error is introduced.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diffCharters, isEmptyDiff } from '../../core/diff/changes';
import { pairCharters } from '../../core/diff/pair';
import { charterSide, NO_CHARTER, type CharterSide } from '../../core/diff/side';
import { checkCharter } from '../../host/checkCharter';
import { describeFsError } from '../files';
import { withOrganisationFindings } from '../organisation';
import { todayOf } from '../today';
import { UsageError } from '../usage';
import type { DiffRequest } from './args';
import { formatDiffJson, formatDiffMarkdown, formatDiffStylish } from './formats';
import { introducesErrors, type CharterComparison, type DiffReport } from './report';
import { readVersions, type Version } from './versions';

export interface DiffIo {
  cwd: string;
  today?: string;
  stdout: { write(text: string): unknown };
}

export function runDiff(request: DiffRequest, io: DiffIo, options: { color: boolean }): number {
  const versions = readVersions(request, io.cwd);
  let report: DiffReport;
  try {
    const today = todayOf(io);
    report = compareVersions(versions.before, versions.after, today, io.cwd);
  } finally {
    versions.dispose();
  }
  const text =
    request.format === 'json' ? formatDiffJson(report) : request.format === 'markdown' ? formatDiffMarkdown(report) : formatDiffStylish(report, { color: options.color && request.outputFile === undefined });
  if (request.outputFile !== undefined) {
    const target = path.resolve(io.cwd, request.outputFile);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    } catch (error) {
      throw new UsageError(`cannot write --output-file '${request.outputFile}': ${describeFsError(error)}`);
    }
  } else {
    io.stdout.write(text);
  }
  return request.failOn === 'introduced-errors' && introducesErrors(report) ? 1 : 0;
}

/** `cwd`: where a charter outside any repository finds its CODEOWNERS and catalog (codeowners-mismatch). */
export function compareVersions(before: Version, after: Version, today: string, cwd: string): DiffReport {
  const beforeSides = sidesOf(before, today, cwd);
  const afterSides = sidesOf(after, today, cwd);
  const pairs = pairCharters(
    before.files.map((file, index) => ({ path: file.key, team: beforeSides[index].team })),
    after.files.map((file, index) => ({ path: file.key, team: afterSides[index].team })),
  );
  const charters = pairs.map((pair): CharterComparison => {
    const old = pair.before === undefined ? undefined : before.files[pair.before];
    const now = pair.after === undefined ? undefined : after.files[pair.after];
    const oldSide = pair.before === undefined ? NO_CHARTER : beforeSides[pair.before];
    const newSide = pair.after === undefined ? NO_CHARTER : afterSides[pair.after];
    const diff = diffCharters(oldSide, newSide);
    const status = !old ? 'added' : !now ? 'removed' : !isEmptyDiff(diff) ? 'changed' : old.key === now.key ? 'unchanged' : 'renamed';
    return {
      ...(old ? { before: { file: old.displayPath, ...(oldSide.team !== undefined ? { team: oldSide.team } : {}) } } : {}),
      ...(now ? { after: { file: now.displayPath, ...(newSide.team !== undefined ? { team: newSide.team } : {}) } } : {}),
      status,
      diff,
    };
  });
  return { base: before.label, target: after.label, charters };
}

/** Each file of a version checked (with the cross-charter rules over the whole version), as a side. */
function sidesOf(version: Version, today: string, cwd: string): CharterSide[] {
  const results = version.files.map((file) =>
    checkCharter(file.text, { path: file.absolutePath, severities: file.settings.severities, reportUnusedDisableDirectives: file.settings.reportUnusedDisableDirectives, host: file.host, today }),
  );
  const findings = withOrganisationFindings(
    version.files.map((file) => ({ absolutePath: file.absolutePath, text: file.text, severities: file.settings.severities, host: file.host, teams: file.settings.teams })),
    results.map((result) => result.findings),
    cwd,
  );
  return results.map((result, index) => charterSide(result, findings[index]));
}
