// GitHub Actions workflow commands: one `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
// line per finding (warning for warnings, notice for info and hints), which a workflow run shows as
// annotations on the pull request's lines. Paths are relative to the repository's root (repositoryRoot.ts),
// where GitHub looks for them whatever folder the CLI ran in, with `/`; lines and columns 1-based. The
// user's text is made printable first: the log is read in a terminal-like viewer, which would run escape
// sequences.
import * as path from 'node:path';
import type { Severity } from '../../core/model';
import { printable } from '../../core/printable';
import type { FileReport } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function formatGithub(reports: readonly FileReport[], options: { root: string }): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = printable(path.relative(options.root, report.absolutePath).split(path.sep).join('/'));
    for (const finding of report.findings) {
      const { start, end } = finding.range;
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(`team-charter ${finding.rule}`)}`,
      ];
      // Annotations have no related locations: each is a line of the message, `path:line:column: note`,
      // which the annotation shows under the message (CODEOWNERS, a catalog, another charter).
      const related = (finding.related ?? []).map((location) => {
        const where = location.path ? printable(path.relative(options.root, location.path).split(path.sep).join('/')) : file;
        return `\n${where}:${location.range.start.line + 1}:${location.range.start.character + 1}: ${printable(location.message)}`;
      });
      lines.push(`::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(printable(finding.message) + related.join(''))}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** As @actions/core escapes a command's message: %, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a property value: the message's escapes, and the `:` and `,` that end it. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
