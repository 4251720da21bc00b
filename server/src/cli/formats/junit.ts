// JUnit XML, as ESLint's junit formatter writes it, for CI test reports (GitLab's `artifacts: reports:
// junit`, Jenkins, Azure Pipelines): one <testsuite> per file, one <testcase> with a <failure> per error
// or warning (info and hints are not failures and are left out), and a passing <testcase> for a file
// with none, so that a clean run shows as passed tests rather than none.
import type { Severity } from '../../core/model';
import type { FileReport } from './types';
import { XML_DECLARATION, xmlEscape } from './xml';

const LABEL: Partial<Record<Severity, string>> = { error: 'Error', warning: 'Warning' };

export function formatJunit(reports: readonly FileReport[]): string {
  const lines = [XML_DECLARATION, '<testsuites>'];
  for (const report of reports) {
    const failures = report.findings.filter((finding) => LABEL[finding.severity] !== undefined);
    const errors = failures.filter((finding) => finding.severity === 'error').length;
    const file = xmlEscape(report.path);
    lines.push(`<testsuite package="team-charter" time="0" tests="${Math.max(failures.length, 1)}" errors="${errors}" failures="${failures.length - errors}" name="${file}">`);
    if (failures.length === 0) lines.push(`<testcase time="0" name="${file}" classname="${file}" />`);
    for (const finding of failures) {
      const { line, character } = finding.range.start;
      const detail = `line ${line + 1}, col ${character + 1}, ${LABEL[finding.severity]} - ${finding.message} (${finding.rule})`;
      lines.push(`<testcase time="0" name="team-charter.${xmlEscape(finding.rule)}" classname="${file}">`);
      lines.push(`<failure message="${xmlEscape(finding.message)}" type="${finding.severity}">${xmlEscape(detail)}</failure>`);
      lines.push('</testcase>');
    }
    lines.push('</testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
