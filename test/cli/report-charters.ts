// The organisation `owners` and `export` are tested on: the catalog and three teams of the cross-charter
// tests (test/helpers/org.ts), and a fourth team whose names are hostile to the formats: a role title
// that is HTML, responsibility names a spreadsheet would run as formulas, one with a comma and quotes.
import { ORG_FILES } from '../helpers/org';

export const PLATFORM = `team: Platform
extends: catalog.charter.yaml
roles:
  web:
    title: <script>alert(1)</script>
responsibilities:
  - name: =HYPERLINK("https://example.com")
    accountable: web
    responsible: [eng, designer]
  - name: 'Docs, "guides" and FAQ'
    accountable: lead
    responsible: eng
  - name: "@mentions triage"
    accountable: lead
    responsible: web
`;

export const REPORT_FILES: Record<string, string> = { ...ORG_FILES, 'platform.charter.yaml': PLATFORM };

/** Reads RFC 4180 CSV (quoted cells, doubled quotes, CRLF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}
