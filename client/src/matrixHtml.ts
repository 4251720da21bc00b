// The matrix view's HTML, from the picture the server draws (core/report): pure, so that it is tested
// without an editor. Every text of the user's is escaped; colours are the theme's (`--vscode-*`); every
// cell and name carries the source position a click or Enter jumps to (`data-line`, `data-character`).
import { pictureFindings, escapeHtml as escape, findingClass, sharedCellHtml } from '../../server/src/core/shared';
import type { CharterPicture, MatrixColumn, MatrixRow, OrganisationPicture, PictureFinding, RoleLoad, Position, PictureChanges, RowMark } from '../../server/src/core/shared';
import { CHANGES_CSS, cellChange, columnBadge, compareHeaderHtml, removedHtml, rowBadge } from './matrixChanges';

export const MATRIX_CSS = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 8px 16px; }
h1 { font-size: 1.3em; margin: 4px 0; } h2 { font-size: 1.1em; margin: 16px 0 4px; }
.muted { color: var(--vscode-descriptionForeground); }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); padding: 3px 8px; vertical-align: top; }
thead th { background: var(--vscode-editorWidget-background); text-align: center; font-weight: 600; }
tbody th { text-align: left; font-weight: normal; }
td.cell { text-align: center; min-width: 2.5em; }
tr.group th { font-weight: 600; background: var(--vscode-editorWidget-background); }
tfoot th { text-align: right; font-weight: 600; } tfoot td { text-align: center; font-weight: 600; }
[data-line] { cursor: pointer; }
[data-line]:hover { background: var(--vscode-list-hoverBackground); }
:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
.l { font-weight: 700; padding: 0 1px; }
.l-A { color: var(--vscode-charts-red); } .l-R { color: var(--vscode-charts-blue); }
.l-C { color: var(--vscode-charts-yellow); } .l-I { color: var(--vscode-descriptionForeground); }
.finding { box-shadow: inset 0 0 0 2px var(--vscode-editorError-foreground); }
.finding.warning { box-shadow: inset 0 0 0 2px var(--vscode-editorWarning-foreground); }
.finding.info, .finding.hint { box-shadow: inset 0 0 0 2px var(--vscode-editorInfo-foreground); }
sup { color: var(--vscode-descriptionForeground); }
.badge { font-size: 0.85em; border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); border-radius: 3px; padding: 0 4px; }
ol.findings { padding-left: 2em; } ol.findings li { margin: 2px 0; }
.sev-error { color: var(--vscode-editorError-foreground); } .sev-warning { color: var(--vscode-editorWarning-foreground); }
.sev-info, .sev-hint { color: var(--vscode-editorInfo-foreground); }
td.bad { color: var(--vscode-editorError-foreground); font-weight: 700; }
${CHANGES_CSS}`;

/** What the server knows of the workspace's organisation (server/src/lsp/matrix.ts), files as absolute paths. */
export interface OrganisationView {
  shared?: OrganisationPicture;
  loads: RoleLoad[];
  charters: number;
}

/** A comparison with a git ref ("Compare Ownership with HEAD"): the changes, or why there are none. */
export interface MatrixComparison {
  base: string;
  changes?: PictureChanges;
  unavailable?: string;
}

/** The body of the view: the charter's matrix and its findings, or why there is none; with `comparison`, what changed. */
export function matrixBodyHtml(picture: CharterPicture | undefined, fileName: string, comparison?: MatrixComparison): string {
  if (!picture) {
    return `<h1>${escape(fileName)}</h1><p class="muted">This file is not checked as a charter: its name matches none of the <code>teamCharter.files</code> patterns, or a config file ignores it.</p>`;
  }
  const notes: PictureFinding[] = [];
  /** A superscript number per finding, pointing into the list below the table. */
  const mark = (findings: readonly PictureFinding[]) => {
    if (findings.length === 0) return '';
    const numbers = findings.map((finding) => notes.push(finding));
    return `<sup>${numbers.join(',')}</sup>`;
  };
  const flagged = (findings: readonly PictureFinding[]) =>
    findings.length > 0 ? ` ${findingClass(findings)}" title="${escape(findings.map((finding) => finding.message).join('\n'))}` : '';
  const out: string[] = [];
  const total = pictureFindings(picture).length;
  const facts = [picture.file, plural(picture.rows.length, 'responsibility', 'responsibilities'), plural(picture.columns.length, 'role', 'roles'), plural(total, 'finding', 'findings')];
  if (picture.framework) facts.push(picture.framework);
  out.push(`<h1>${escape(picture.team ?? picture.file)}</h1>`, `<p class="muted">${facts.map(escape).join(' · ')}</p>`);
  const changes = comparison?.changes;
  if (comparison) out.push(compareHeaderHtml(changes, comparison.unavailable, comparison.base));
  if (picture.rows.length === 0) {
    out.push('<p class="muted">No responsibilities were read in this charter (the outline says how each table was read).</p>');
  } else {
    out.push(`<table class="matrix" role="grid" aria-label="RACI matrix of ${escape(picture.team ?? picture.file)}">`, '<thead><tr><th scope="col">Responsibility</th>');
    picture.columns.forEach((column, index) => out.push(columnHeader(column, flagged(column.findings), mark(column.findings), columnBadge(changes?.columns[index]))));
    out.push('</tr></thead>', '<tbody>');
    let group: string | undefined;
    picture.rows.forEach((row, index) => {
      if (row.group !== undefined && row.group !== group) out.push(`<tr class="group"><th colspan="${picture.columns.length + 1}" scope="rowgroup">${escape(row.group)}</th></tr>`);
      group = row.group;
      out.push(rowHtml(row, picture.columns, flagged, mark, changes && { mark: changes.rows[index], base: changes.base }));
    });
    out.push('</tbody>', '<tfoot>');
    out.push(`<tr><th scope="row">Accountable (A)</th>${picture.columns.map((column) => `<td>${column.totals.accountable}</td>`).join('')}</tr>`);
    out.push(`<tr><th scope="row">Responsible (R)</th>${picture.columns.map((column) => `<td>${column.totals.responsible}</td>`).join('')}</tr>`);
    out.push('</tfoot>', '</table>');
  }
  out.push(removedHtml(changes));
  notes.push(...picture.findings);
  if (notes.length > 0) {
    out.push('<h2>Findings</h2>', '<ol class="findings">');
    for (const finding of notes) {
      out.push(
        `<li${at(finding.range.start)} tabindex="0"><span class="sev-${finding.severity}">${finding.severity}</span> line ${finding.range.start.line + 1}: ${escape(finding.message)} <span class="muted">${escape(finding.rule)}</span></li>`,
      );
    }
    out.push('</ol>');
  } else {
    out.push('<p class="muted">No findings.</p>');
  }
  return out.join('\n');
}

/**
 * The organisation below the charter: teams × the shared responsibilities they claim (how many teams
 * are accountable, exactly one wanted; a click on a name goes to its declaration), and the roles that
 * carry the most, charter by charter.
 */
export function organisationHtml(view: OrganisationView): string {
  const out = ['<h2>Organisation</h2>', `<p class="muted">${view.charters} charters in the workspace</p>`];
  if (view.shared) {
    const { teams, shared } = view.shared;
    out.push('<h3>Shared responsibilities</h3>', '<table class="organisation"><thead><tr><th scope="col">Shared responsibility</th>');
    for (const team of teams) out.push(`<th scope="col" title="${escape(team.file)}">${escape(team.team)}</th>`);
    out.push('<th scope="col">Accountable teams</th></tr></thead><tbody>');
    for (const row of shared) {
      const name = `<th scope="row" data-path="${escape(row.catalog)}"${at(row.range.start)} tabindex="0">${escape(row.name)}</th>`;
      const cells = row.cells.map((cell) => `<td>${cell ? sharedCellHtml(cell) : ''}</td>`).join('');
      out.push(`<tr>${name}${cells}<td class="${row.accountableTeams === 1 ? '' : 'bad'}">${row.accountableTeams}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  if (view.loads.length > 0) {
    out.push('<h3>Load</h3>', '<table class="load"><thead><tr><th scope="col">Team</th><th scope="col">Role</th><th scope="col">Accountable (A)</th><th scope="col">Responsible (R)</th></tr></thead><tbody>');
    for (const load of view.loads) {
      const holders = load.holders.length > 0 ? ` <span class="muted">${escape(load.holders.join(', '))}</span>` : '';
      out.push(`<tr><td title="${escape(load.path)}">${escape(load.team)}</td><td>${escape(load.role)}${holders}</td><td>${load.accountable} of ${load.total}</td><td>${load.responsible} of ${load.total}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  return out.join('\n');
}


/** The whole page: a strict Content Security Policy (the view's own style and script only, by nonce). */
export function matrixPageHtml(body: string, nonce: string, cspSource: string, script: string): string {
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<style nonce="${nonce}">${MATRIX_CSS}</style>`,
    '</head>',
    `<body><main id="matrix">${body}</main>`,
    `<script nonce="${nonce}">${script}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function columnHeader(column: MatrixColumn, flagged: string, mark: string, badge = ''): string {
  const holders = column.holders.length > 0 ? `<br><span class="muted">${escape(column.holders.join(', '))}</span>` : '';
  const kind = column.kind === 'undefined' ? ' <span class="badge">undefined</span>' : column.kind === 'inherited' ? ' <span class="badge">inherited</span>' : '';
  const position = column.range ? `${at(column.range.start)} tabindex="-1"` : '';
  const added = badge.includes('badge new') ? ' added-column' : '';
  return `<th scope="col" class="role${added}${flagged}"${position}>${escape(column.title)}${kind}${badge}${holders}${mark}</th>`;
}

function rowHtml(
  row: MatrixRow,
  columns: readonly MatrixColumn[],
  flagged: (findings: readonly PictureFinding[]) => string,
  mark: (findings: readonly PictureFinding[]) => string,
  change?: { mark: RowMark | undefined; base: string },
): string {
  const shared = row.shared !== undefined ? ` <span class="badge" title="${escape(`claims the shared responsibility "${row.shared}"`)}">shared</span>` : '';
  const owner = row.codeOwner !== undefined ? ` <span class="badge" title="${escape(`code owner in CODEOWNERS: ${row.codeOwner}`)}">${escape(row.codeOwner)}</span>` : '';
  const badge = rowBadge(change?.mark);
  const name = `<th scope="row" class="name${flagged(row.findings)}"${at(row.nameRange.start)} tabindex="-1">${escape(row.name)}${shared}${owner}${badge}${mark(row.findings)}</th>`;
  const cells = row.cells.map((cell, index) => {
    const letters = cell.letters.map((letter) => `<span class="l l-${letter}">${letter}</span>`).join('');
    const changed = cellChange(change?.mark?.status === 'kept' ? change.mark.cells[index] : undefined, change?.base ?? '');
    const label = `${columns[index]?.title ?? ''}: ${cell.letters.join('/') || 'no letter'}${changed.title ? `, ${changed.title}` : ''}`;
    // An empty cell has no position of its own: it jumps to its row.
    const position = (cell.ranges[0] ?? row.nameRange).start;
    const title = changed.title && cell.findings.length === 0 ? ` title="${escape(changed.title)}"` : '';
    return `<td class="cell${changed.className}${flagged(cell.findings)}"${title}${at(position)} tabindex="-1" aria-label="${escape(label)}">${letters}${changed.was}${mark(cell.findings)}</td>`;
  });
  return `<tr${change?.mark?.status === 'added' ? ' class="added-row"' : ''}>${name}${cells.join('')}</tr>`;
}

function at(position: Position): string {
  return ` data-line="${position.line}" data-character="${position.character}"`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
