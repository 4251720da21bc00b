// GitLab Code Quality (a subset of Code Climate's format), which GitLab shows in the merge request's
// widget and diff when a job hands it over as `artifacts: reports: codequality` (GitLab reads no SARIF
// there). One issue per finding: `check_name` the rule, `severity` major for errors, minor for warnings,
// info for info and hints (as ESLint's GitLab formatters map them), the path relative to the
// repository's root, and a `fingerprint` that stays the same while the finding does (its file, rule,
// message and how many such findings come before it, not its line: moving a row leaves it unchanged),
// which GitLab compares between the base and the merge request.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Severity } from '../../core/model';
import type { FileReport } from './types';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

export function formatGitlab(reports: readonly FileReport[], options: { root: string }): string {
  const issues = reports.flatMap((report) => {
    const file = path.relative(options.root, report.absolutePath).split(path.sep).join('/');
    const seen = new Map<string, number>();
    return report.findings.map((finding) => {
      const key = `${file}\u0000${finding.rule}\u0000${finding.message}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return {
        type: 'issue',
        description: finding.message,
        check_name: finding.rule,
        fingerprint: createHash('md5').update(`${key}\u0000${occurrence}`).digest('hex'),
        severity: SEVERITY[finding.severity],
        location: {
          path: file,
          lines: { begin: finding.range.start.line + 1, end: finding.range.end.line + 1 },
        },
      };
    });
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
