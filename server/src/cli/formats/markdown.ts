// A Markdown report for a CI job summary (`>> "$GITHUB_STEP_SUMMARY"` on GitHub, a merge request note
// elsewhere): a heading with the counts, then a table of findings, errors first, each rule linked to its
// docs. At most MAX_MARKDOWN_ROWS rows (GitHub takes at most 1 MiB of summary per step).
import * as path from 'node:path';
import { ruleDocsUrl } from '../../core/config/settings';
import { countFindings, type SeverityCounts } from '../../core/findingLimit';
import type { Finding, Severity } from '../../core/model';
import { printable } from '../../core/printable';
import { RULES } from '../../core/rules';
import type { FileReport } from './types';

export const MAX_MARKDOWN_ROWS = 500;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const ICON: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info', hint: '💡 hint' };

/** `hidden`: the findings --quiet left out of `reports`, which the heading must not call "no problems". */
export function formatMarkdown(reports: readonly FileReport[], options: { cwd: string; hidden?: SeverityCounts }): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const rows: { file: string; finding: Finding }[] = [];
  let filesWithFindings = 0;
  for (const report of reports) {
    const fileCounts = countFindings(report.findings);
    for (const severity of Object.keys(counts) as Severity[]) counts[severity] += fileCounts[severity];
    if (report.findings.length > 0) filesWithFindings++;
    const file = path.relative(options.cwd, report.absolutePath).split(path.sep).join('/') || report.path;
    for (const finding of report.findings) rows.push({ file, finding });
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const checked = plural(reports.length, 'charter');
  const hidden = options.hidden ? options.hidden.warning + options.hidden.info + options.hidden.hint : 0;
  if (total === 0 && hidden > 0) return `### Team Charter: no errors\n\n${checked} checked; --quiet left out ${plural(hidden, 'other problem')}.\n`;
  if (total === 0) return `### Team Charter: ✅ no problems\n\n${checked} checked.\n`;

  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info > 0) parts.push(`${counts.info} info`);
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
  const lines = [
    `### Team Charter: ${counts.error > 0 ? '❌' : '⚠️'} ${plural(total, 'problem')} (${parts.join(', ')})`,
    '',
    `In ${filesWithFindings} of ${checked} checked.`,
    '',
    '| Severity | File | Line | Message | Rule |',
    '| --- | --- | --- | --- | --- |',
  ];
  const known = new Set(RULES.map((rule) => rule.id));
  rows.sort((a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity]);
  for (const { file, finding } of rows.slice(0, MAX_MARKDOWN_ROWS)) {
    const rule = known.has(finding.rule) ? `[${finding.rule}](${ruleDocsUrl(finding.rule)})` : cell(finding.rule);
    const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
    lines.push(`| ${ICON[finding.severity]} | \`${code(file)}\` | ${where} | ${cell(finding.message)} | ${rule} |`);
  }
  if (rows.length > MAX_MARKDOWN_ROWS) lines.push('', `… and ${rows.length - MAX_MARKDOWN_ROWS} more (at most ${MAX_MARKDOWN_ROWS} rows are listed).`);
  return lines.join('\n') + '\n';
}

/** A table cell: one line, `|` escaped, and nothing that Markdown or HTML would read as markup. */
export function cell(text: string): string {
  return printable(text)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|])/g, '\\$1');
}

/** Inside a code span only a backtick and `|` need care. */
export function code(text: string): string {
  return printable(text).replace(/`/g, "'").replace(/\|/g, '\\|');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
