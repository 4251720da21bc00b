// ESLint's JSON (`eslint --format json`), which reviewdog, SonarQube, Danger and many CI tools read:
// one object per file with its absolute `filePath`, `messages` with 1-based `line` and `column` (UTF-16
// code units, as ESLint counts them), `severity` 2 for errors and 1 for warnings, and the counts.
// ESLint has no level below warning: info and hint findings are left out here (json and sarif keep
// them). `fixableErrorCount` and `fixableWarningCount` count what `--fix` would repair.
import type { Finding, Severity } from '../../core/model';
import type { FileReport } from './types';

const ESLINT_SEVERITY: Partial<Record<Severity, 1 | 2>> = { error: 2, warning: 1 };

export function formatEslintJson(reports: readonly FileReport[]): string {
  const results = reports.map((report) => {
    const listed = report.findings.filter((finding) => ESLINT_SEVERITY[finding.severity] !== undefined);
    const count = (severity: Severity, among: readonly Finding[] = listed) => among.filter((finding) => finding.severity === severity).length;
    const fixable = listed.filter((finding) => report.fixable?.has(finding));
    return {
      filePath: report.absolutePath,
      messages: listed.map((finding) => ({
        ruleId: finding.rule,
        severity: ESLINT_SEVERITY[finding.severity],
        message: finding.message,
        line: finding.range.start.line + 1,
        column: finding.range.start.character + 1,
        endLine: finding.range.end.line + 1,
        endColumn: finding.range.end.character + 1,
        // As ESLint gives it for a rule that declares its messages (rules/messages.ts).
        ...(finding.messageId ? { messageId: finding.messageId } : {}),
      })),
      suppressedMessages: [],
      errorCount: count('error'),
      fatalErrorCount: 0,
      warningCount: count('warning'),
      fixableErrorCount: count('error', fixable),
      fixableWarningCount: count('warning', fixable),
      usedDeprecatedRules: [],
    };
  });
  return JSON.stringify(results) + '\n';
}
