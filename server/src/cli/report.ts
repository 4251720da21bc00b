// `team-charter owners` and `team-charter export`: the charters of a run read as `check` reads them, shown
// rather than judged. Both exit 0 when they ran, whatever the charters hold, and 2 for bad usage.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isGlobPattern } from '../core/globs/glob';
import { printable } from '../core/printable';
import { buildCharterPicture } from '../core/report/charterPicture';
import { buildOrganisationPicture, sharedNamesOf } from '../core/report/organisationPicture';
import { ownerRows, rowMatches } from '../core/report/owners';
import { summarizeCharter } from '../core/org/build';
import { checkCharter } from '../host/checkCharter';
import { formatCsv } from './export/csv';
import { formatHtml } from './export/html';
import { formatExportJson } from './export/json';
import { exportSource } from './export/source';
import { organisationOf, withOrganisationFindings, withOwnership } from './organisation';
import { formatOwnersJson, formatOwnersStylish } from './owners';
import { formatUncoveredJson, formatUncoveredStylish, uncoveredGaps } from './uncovered';
import { writeOutputFile } from './outputFile';
import { readCharters, type ReadCharters } from './readCharters';
import type { ReportRequest } from './reportArgs';
import type { CliIo } from './run';
import { todayOf } from './today';
import { UsageError } from './usage';

export function runReport(request: ReportRequest, io: CliIo, options: { color: boolean }): number {
  if (request.kind === 'owners') {
    // A word that is no file is most likely meant as the query (`team-charter owners payments`).
    for (const given of request.paths) {
      if (!isGlobPattern(given) && !fs.existsSync(path.resolve(io.cwd, given))) {
        throw new UsageError(`cannot read '${given}': no such file or directory (to look for a name, use --query '${given}')`);
      }
    }
  }
  const read = readCharters(request, io.cwd);
  for (const warning of read.warnings) io.stderr.write(`team-charter: ${printable(warning)}\n`);
  const shown = displayNames(read);
  if (request.kind === 'owners') {
    // --uncovered reads the repositories' ownership itself, with their files.
    const organisation = organisationOf(runFiles(read), io.cwd, !request.uncovered);
    if (request.uncovered) {
      const gaps = uncoveredGaps(organisation, io.cwd);
      io.stdout.write(request.format === 'json' ? formatUncoveredJson(gaps) : formatUncoveredStylish(gaps, io.cwd, { ...options, charters: read.files.length }));
      return 0;
    }
    const all = ownerRows(organisation, shown);
    const rows = request.query === undefined ? all : all.filter((row) => rowMatches(row, request.query!));
    const summary = { charters: read.files.length, total: all.length, query: request.query };
    io.stdout.write(request.format === 'json' ? formatOwnersJson(rows) : formatOwnersStylish(rows, summary, options));
    return 0;
  }

  const files = runFiles(read);
  const results = read.files.map((file, index) => checkCharter(read.texts[index], { path: file.absolutePath, severities: read.settings[index].severities, host: files[index].host, today: todayOf(io) }));
  const organisation = withOwnership(
    results.map((result, index) => summarizeCharter(read.files[index].absolutePath, result, read.settings[index].teams)),
    io.cwd,
  );
  const findings = withOrganisationFindings(
    files,
    results.map((result) => result.findings),
    io.cwd,
    organisation,
  );
  const charters = results.map((result, index) =>
    buildCharterPicture({
      file: read.files[index].displayPath,
      result,
      findings: findings[index],
      shared: sharedNamesOf(organisation, read.files[index].absolutePath),
    }),
  );
  const picture = {
    charters,
    organisation: buildOrganisationPicture(organisation, shown),
    ...(request.format === 'html' ? { source: exportSource(io.cwd, read.files.map((file) => file.absolutePath), todayOf(io)) } : {}),
  };
  const text = request.format === 'html' ? formatHtml(picture) : request.format === 'csv' ? formatCsv(picture) : formatExportJson(picture);
  if (request.output === undefined) {
    io.stdout.write(text);
    return 0;
  }
  writeOutputFile(io.cwd, request.output, text, '--output');
  return 0;
}

function runFiles(read: ReadCharters) {
  return read.files.map((file, index) => ({
    absolutePath: file.absolutePath,
    text: read.texts[index],
    severities: read.settings[index].severities,
    host: read.hosts.forFile(file.absolutePath),
    teams: read.settings[index].teams,
  }));
}

/** Absolute path -> the path as the user sees it (every charter of the organisation is a file of the run). */
function displayNames(read: ReadCharters): (absolutePath: string) => string {
  const names = new Map(read.files.map((file) => [file.absolutePath, file.displayPath]));
  return (absolutePath) => names.get(absolutePath) ?? absolutePath;
}
