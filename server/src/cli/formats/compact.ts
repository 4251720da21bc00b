// ESLint's `compact` format, `path: line 12, col 5, Error - message (rule)`: one line per finding that
// editors and tools parse with a pattern (Vim's errorformat, reviewdog's `-efm`), then the count. The
// `unix` format (unix.ts) is the same list in another shape. Paths as the other formats for people show
// them (as given, or found under a folder given); the user's text made printable (core/printable.ts).
import type { Severity } from '../../core/model';
import { printable } from '../../core/printable';
import type { FileReport } from './types';

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' };

export function formatCompact(reports: readonly FileReport[]): string {
  return lines(reports, (file, line, column, severity, message, rule) => `${file}: line ${line}, col ${column}, ${severity} - ${message} (${rule})`);
}

export type Line = (file: string, line: number, column: number, severity: string, message: string, rule: string) => string;

/** One line per finding, in the shape `line` gives it, then the count; nothing for a clean run. */
export function lines(reports: readonly FileReport[], line: Line): string {
  const out: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const { start } = finding.range;
      out.push(line(printable(report.path), start.line + 1, start.character + 1, LABEL[finding.severity], printable(finding.message), finding.rule));
    }
  }
  if (out.length === 0) return '';
  return `${out.join('\n')}\n\n${out.length} problem${out.length === 1 ? '' : 's'}\n`;
}
