// `team-charter export --format csv`: one row per responsibility × role of every charter, with the
// role's letters (empty when it has none), for spreadsheets and pivot tables; `findings` are the cell's,
// `responsibility_findings` the row's own (on its name), repeated on each of its rows. RFC 4180: CRLF line ends,
// cells quoted when they hold a comma, a quote or a line break. A cell a spreadsheet would run as a
// formula (starting with = + - @, or a tab or carriage return) gets a leading ' (OWASP's advice).
// Control characters in the user's text are replaced (core/printable.ts).
import { printable } from '../../core/printable';
import type { PictureFinding } from '../../core/report/picture';
import type { ExportPicture } from './types';

const HEADER = ['file', 'team', 'responsibility', 'group', 'line', 'role', 'role_id', 'letters', 'shared', 'findings', 'responsibility_findings'];

export function formatCsv(picture: ExportPicture): string {
  const lines = [HEADER];
  for (const charter of picture.charters) {
    for (const row of charter.rows) {
      row.cells.forEach((cell, index) => {
        const column = charter.columns[index];
        lines.push([
          charter.file,
          charter.team ?? '',
          row.name,
          row.group ?? '',
          String(row.nameRange.start.line + 1),
          column.title,
          column.id,
          cell.letters.join(''),
          row.shared ?? '',
          describe(cell.findings),
          describe(row.findings),
        ]);
      });
    }
  }
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** `severity: message (rule)`, joined by `; `. */
function describe(findings: readonly PictureFinding[]): string {
  return findings.map((finding) => `${finding.severity}: ${finding.message} (${finding.rule})`).join('; ');
}

export function csvCell(value: string): string {
  // Control characters are replaced first: a spreadsheet shows them as boxes, a terminal runs them.
  const text = printable(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
