// Checkstyle XML, as ESLint's checkstyle formatter writes it, for reviewdog (`-f=checkstyle`), Jenkins'
// warnings plugin and other tools that read Java linters' reports: one <file> per checked file, named
// by its absolute path, one <error> per finding with 1-based line and column, severity error, warning
// or info (hints too), and the rule as `source`.
import type { Severity } from '../../core/model';
import type { FileReport } from './types';
import { XML_DECLARATION, xmlEscape } from './xml';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'info' };

export function formatCheckstyle(reports: readonly FileReport[]): string {
  const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const report of reports) {
    lines.push(`<file name="${xmlEscape(report.absolutePath)}">`);
    for (const finding of report.findings) {
      const { line, character } = finding.range.start;
      lines.push(
        `<error line="${line + 1}" column="${character + 1}" severity="${SEVERITY[finding.severity]}" message="${xmlEscape(`${finding.message} (${finding.rule})`)}" source="team-charter.${xmlEscape(finding.rule)}" />`,
      );
    }
    lines.push('</file>');
  }
  lines.push('</checkstyle>');
  return lines.join('\n') + '\n';
}
