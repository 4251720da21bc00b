// `team-charter export --format html`: one standalone page that draws the pictures (core/report): each
// charter's RACI matrix with its letters coloured, the cells with findings marked and their messages in
// numbered notes, per-role totals of A and R, and with several charters the organisation's table of
// teams × shared responsibilities. Nothing outside the page is loaded, no script runs (the Content
// Security Policy allows only the page's own style, by its hash), and every text of the user's is escaped.
import { createHash } from 'node:crypto';
import { pictureFindings } from '../../core/report/charterPicture';
import { escapeHtml as escape, findingClass, sharedCellHtml } from '../../core/report/html';
import type { CharterPicture, OrganisationPicture, PictureFinding } from '../../core/report/picture';
import type { ExportPicture } from './types';

const CSS = `
:root { color-scheme: light; --line: #c8ccd2; --muted: #5b6470; --bad: #b3261e; --warn: #8a5a00; }
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 24px; }
h1 { font-size: 1.5em; margin: 0 0 4px; } h2 { font-size: 1.2em; margin: 28px 0 8px; }
.file, .muted { color: var(--muted); font-weight: normal; font-size: 0.9em; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; }
thead th { background: #f3f4f6; text-align: center; }
tbody th { text-align: left; font-weight: normal; }
td.cell { text-align: center; min-width: 2.5em; }
tr.group th { background: #fafafa; font-weight: 600; }
tfoot th { text-align: right; font-weight: 600; } tfoot td { text-align: center; font-weight: 600; }
.l { font-weight: 700; padding: 0 2px; }
.l-A { color: #6d28d9; } .l-R { color: #0b57d0; } .l-C { color: #0f766e; } .l-I { color: #5b6470; }
.written { text-decoration: line-through wavy var(--bad); font-family: ui-monospace, monospace; }
.finding { outline: 2px solid var(--bad); outline-offset: -2px; background: #fdecea; }
.finding.warning, .finding.info, .finding.hint { outline-color: var(--warn); background: #fff4e0; }
sup a { color: inherit; }
.shared { font-size: 0.8em; border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; color: var(--muted); }
.count-bad { color: var(--bad); font-weight: 700; }
ol.notes { padding-left: 2em; } ol.notes li { margin: 2px 0; }
.sev { font-weight: 600; } .sev-error { color: var(--bad); } .sev-warning { color: var(--warn); }
code { font-size: 0.9em; }
@media print {
  @page { size: landscape; margin: 12mm; }
  body { margin: 0; font-size: 9pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.organisation ~ section.charter, section.charter ~ section.charter { break-before: page; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  sup a { text-decoration: none; }
}
`;

const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

export function formatHtml(picture: ExportPicture): string {
  const findings = picture.charters.reduce((sum, charter) => sum + pictureFindings(charter).length, 0);
  const body = [
    '<header>',
    '<h1>RACI matrices</h1>',
    `<p class="muted">${plural(picture.charters.length, 'charter')}, ${plural(findings, 'finding')}${sourceNote(picture)}</p>`,
    '<p class="muted">Letters: <span class="l l-A">A</span> accountable, <span class="l l-R">R</span> responsible, <span class="l l-C">C</span> consulted, <span class="l l-I">I</span> informed. An outlined cell, role or row has findings (red: errors); a struck value is written in the charter but is no valid letter.</p>',
    '</header>',
    picture.charters.length > 1 ? organisationSection(picture) : '',
    ...picture.charters.map((charter, index) => charterSection(charter, index + 1)),
  ].filter((part) => part !== '');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escape(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(titleOf(picture))}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** ` · exported 2026-09-01 from commit 1a2b3c4 (with changes not committed)`, as far as it is known. */
function sourceNote({ source }: ExportPicture): string {
  if (!source) return '';
  const commit = source.commit ? ` from commit <code title="${escape(source.commit)}">${escape(source.commit.slice(0, 12))}</code>` : '';
  return ` · exported ${escape(source.date)}${commit}${source.uncommitted ? ' (with changes not committed)' : ''}`;
}

function titleOf(picture: ExportPicture): string {
  const only = picture.charters.length === 1 ? picture.charters[0] : undefined;
  return only ? `RACI matrix: ${only.team ?? only.file}` : `RACI matrices: ${plural(picture.charters.length, 'charter')}`;
}

function organisationSection(picture: ExportPicture): string {
  const out = ['<section class="organisation">', '<h2>Organisation</h2>'];
  out.push('<table class="charters">', '<thead><tr><th scope="col">Team</th><th scope="col">File</th><th scope="col">Responsibilities</th><th scope="col">Roles</th><th scope="col">Findings</th></tr></thead>', '<tbody>');
  for (const charter of picture.charters) {
    out.push(
      `<tr><th scope="row">${escape(charter.team ?? '')}</th><td>${escape(charter.file)}</td><td>${charter.rows.length}</td><td>${charter.columns.length}</td><td>${pictureFindings(charter).length}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>');
  out.push(sharedTable(picture.organisation), '</section>');
  return out.join('\n');
}

function sharedTable(organisation: OrganisationPicture): string {
  if (organisation.shared.length === 0) return '<p class="muted">No charter declares shared responsibilities.</p>';
  const out = ['<h2>Shared responsibilities</h2>', '<table class="shared-table">', '<thead><tr><th scope="col">Shared responsibility</th>'];
  for (const team of organisation.teams) out.push(`<th scope="col">${escape(team.team)}<br><span class="file">${escape(team.file)}</span></th>`);
  out.push('<th scope="col">Accountable teams</th></tr></thead>', '<tbody>');
  for (const row of organisation.shared) {
    const cells = row.cells.map((cell) => `<td>${cell ? sharedCellHtml(cell) : ''}</td>`).join('');
    const count = `<td class="${row.accountableTeams === 1 ? '' : 'count-bad'}">${row.accountableTeams}</td>`;
    out.push(`<tr><th scope="row">${escape(row.name)}<br><span class="file">${escape(row.catalog)}</span></th>${cells}${count}</tr>`);
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}


function charterSection(charter: CharterPicture, number: number): string {
  const id = `c${number}`;
  const notes: { finding: PictureFinding; where: string }[] = [];
  const mark = (findings: readonly PictureFinding[], where: string): string => {
    if (findings.length === 0) return '';
    const links = findings.map((finding) => {
      notes.push({ finding, where });
      return `<a href="#${id}-n${notes.length}">${notes.length}</a>`;
    });
    return `<sup>${links.join(',')}</sup>`;
  };
  const heading = `<h2 id="${id}">${escape(charter.team ?? charter.file)} <span class="file">${escape(charter.file)}${charter.framework ? ` · ${escape(charter.framework)}` : ''}</span></h2>`;
  const out = ['<section class="charter">', heading];
  if (charter.rows.length === 0) {
    out.push('<p class="muted">No responsibilities in this charter.</p>');
  } else {
    out.push('<table class="matrix">', '<thead><tr><th scope="col">Responsibility</th>');
    for (const column of charter.columns) {
      const holders = column.holders.length > 0 ? `<br><span class="file">${escape(column.holders.join(', '))}</span>` : '';
      const flagged = column.findings.length > 0 ? ` class="${findingClass(column.findings)}" title="${escape(messages(column.findings))}"` : '';
      out.push(`<th scope="col"${flagged}>${escape(column.title)}${holders}${mark(column.findings, `role "${column.title}"`)}</th>`);
    }
    out.push('</tr></thead>', '<tbody>');
    let group: string | undefined;
    for (const row of charter.rows) {
      if (row.group !== undefined && row.group !== group) out.push(`<tr class="group"><th colspan="${charter.columns.length + 1}" scope="rowgroup">${escape(row.group)}</th></tr>`);
      group = row.group;
      const shared = row.shared !== undefined ? ` <span class="shared" title="${escape(`claims the shared responsibility "${row.shared}"`)}">shared</span>` : '';
      const name = `<th scope="row"${row.findings.length > 0 ? ` class="${findingClass(row.findings)}" title="${escape(messages(row.findings))}"` : ''}>${escape(row.name)}${shared}${mark(row.findings, `line ${row.nameRange.start.line + 1}`)}</th>`;
      const cells = row.cells.map((cell, index) => {
        // An invalid cell shows what is written there, struck, rather than a blank with a footnote.
        const written = cell.written !== undefined ? `<del class="written" title="written as ${escape(cell.written)}: not a valid RACI value">${escape(cell.written)}</del>` : '';
        const letters = cell.letters.map((letter) => `<span class="l l-${letter}">${letter}</span>`).join('') + written;
        if (cell.findings.length === 0) return `<td class="cell">${letters}</td>`;
        const where = `"${charter.columns[index].title}" in "${row.name}", line ${(cell.ranges[0] ?? row.nameRange).start.line + 1}`;
        return `<td class="cell ${findingClass(cell.findings)}" title="${escape(messages(cell.findings))}">${letters}${mark(cell.findings, where)}</td>`;
      });
      out.push(`<tr>${name}${cells.join('')}</tr>`);
    }
    out.push('</tbody>', '<tfoot>');
    out.push(`<tr><th scope="row">Accountable (A)</th>${charter.columns.map((column) => `<td>${column.totals.accountable}</td>`).join('')}</tr>`);
    out.push(`<tr><th scope="row">Responsible (R)</th>${charter.columns.map((column) => `<td>${column.totals.responsible}</td>`).join('')}</tr>`);
    out.push('</tfoot>', '</table>');
  }
  for (const finding of charter.findings) notes.push({ finding, where: `line ${finding.range.start.line + 1}` });
  if (notes.length > 0) {
    out.push('<ol class="notes">');
    notes.forEach(({ finding, where }, index) => {
      out.push(
        `<li id="${id}-n${index + 1}"><span class="sev sev-${finding.severity}">${finding.severity}</span> ${escape(where)}: ${escape(finding.message)} <code>${escape(finding.rule)}</code></li>`,
      );
    });
    out.push('</ol>');
  } else {
    out.push('<p class="muted">No findings.</p>');
  }
  out.push('</section>');
  return out.join('\n');
}

function messages(findings: readonly PictureFinding[]): string {
  return findings.map((finding) => finding.message).join('\n');
}


function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
