// Machine output (docs/cli.md, `--format json`): exactly {file, diagnostics: [{rule, severity, message, range}]} per
// file, with LSP positions (0-based, UTF-16) as the core computes them; a file whose list was cut at
// MAX_FINDINGS_PER_FILE also has `omitted`, the count per severity of the findings left out.
import type { FileReport } from './types';

export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => {
    const cut = report.findings.find((finding) => finding.omitted);
    return {
      file: report.path,
      diagnostics: report.findings.map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        range: {
          start: { line: finding.range.start.line, character: finding.range.start.character },
          end: { line: finding.range.end.line, character: finding.range.end.character },
        },
      })),
      // Only when the list was cut (findingLimit.ts): how many findings of each severity it leaves out.
      ...(cut ? { omitted: { ...cut.omitted } } : {}),
    };
  });
  return JSON.stringify(files, null, 2) + '\n';
}
