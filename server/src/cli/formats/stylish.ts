// Human output: one `path:line:column  severity  message  rule-id` line per finding (1-based, so
// terminals and editors can jump to it), then an ESLint-like summary. The user's text (paths, messages
// quoting a charter) is shown printable: no escape sequence reaches the terminal.
import { styleText } from 'node:util';
import type { Severity } from '../../core/model';
import { countFindings, type SeverityCounts } from '../../core/findingLimit';
import { printable } from '../../core/printable';
import type { FileReport } from './types';

/** `hidden`: the findings --quiet left out of `reports`, which the summary must not call "no problems". */
export function formatStylish(reports: readonly FileReport[], options: { color: boolean; hidden?: SeverityCounts }): string {
  // validateStream off: whether to colour is decided by the caller (terminal, NO_COLOR, FORCE_COLOR), not
  // by what process.stdout is (the report may go to a file, or to a test's buffer).
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
  const severityStyle: Record<Severity, Parameters<typeof styleText>[0]> = {
    error: 'red',
    warning: 'yellow',
    info: 'blue',
    hint: 'gray',
  };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const fixable: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let notShown = 0;
  const lines: string[] = [];
  for (const report of reports) {
    const fileCounts = countFindings(report.findings);
    for (const severity of Object.keys(counts) as Severity[]) counts[severity] += fileCounts[severity];
    for (const finding of report.findings) {
      if (report.fixable?.has(finding)) fixable[finding.severity]++;
      if (finding.omitted) notShown += Object.values(finding.omitted).reduce((sum, count) => sum + count, 0);
      const { line, character } = finding.range.start;
      lines.push(
        [
          `${printable(report.path)}:${line + 1}:${character + 1}`,
          paint(severityStyle[finding.severity], finding.severity),
          printable(finding.message),
          paint('dim', finding.rule),
        ].join('  '),
      );
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = reports.length === 1 ? '1 file' : `${reports.length} files`;
  const hidden = options.hidden ? severityParts(options.hidden) : [];
  if (total === 0 && hidden.length > 0) {
    lines.push(`no errors (${files} checked; --quiet left out ${hidden.join(', ')})`);
  } else if (total === 0) {
    lines.push(paint('green', `✔ no problems (${files} checked)`));
  } else {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.info > 0) parts.push(`${counts.info} info`);
    if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
    // Counts include the findings a file's cut list leaves out (findingLimit.ts), and say so.
    const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')})${notShown > 0 ? `, ${notShown} of them not shown` : ''}`;
    lines.push('', paint(counts.error > 0 ? ['red', 'bold'] : ['yellow', 'bold'], summary));
    const repairable = fixableLine(fixable);
    if (repairable) lines.push(paint(counts.error > 0 ? ['red', 'bold'] : ['yellow', 'bold'], repairable));
  }
  return lines.join('\n') + '\n';
}

/**
 * As ESLint says it, `  1 error and 0 warnings potentially fixable with the `--fix` option.`, with info
 * and hints when some are; undefined when `--fix` would repair nothing.
 */
function fixableLine(fixable: Record<Severity, number>): string | undefined {
  if (fixable.error + fixable.warning + fixable.info + fixable.hint === 0) return undefined;
  const parts = [plural(fixable.error, 'error'), plural(fixable.warning, 'warning')];
  if (fixable.info > 0) parts.push(`${fixable.info} info`);
  if (fixable.hint > 0) parts.push(plural(fixable.hint, 'hint'));
  return `  ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]} potentially fixable with the \`--fix\` option.`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `3 warnings, 1 info`: the counts that are not zero. */
function severityParts(counts: SeverityCounts): string[] {
  const parts: string[] = [];
  if (counts.error > 0) parts.push(plural(counts.error, 'error'));
  if (counts.warning > 0) parts.push(plural(counts.warning, 'warning'));
  if (counts.info > 0) parts.push(`${counts.info} info`);
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
  return parts;
}
