// What the matrix view adds when it compares the charter with a git ref ("Compare Ownership with
// HEAD"): a line saying what it is compared with, each changed cell marked with its earlier letters, new
// and renamed rows and roles badged, and the rows and roles that are gone listed below. Pure, like
// matrixHtml.ts; every text of the user's is escaped.
import { escapeHtml as escape, ownershipChangeCount } from '../../server/src/core/shared';
import type { CellMark, ColumnMark, PictureChanges, RowMark } from '../../server/src/core/shared';

export const CHANGES_CSS = `
.changed { box-shadow: inset 0 0 0 2px var(--vscode-gitDecoration-modifiedResourceForeground, var(--vscode-charts-orange)); }
.was { color: var(--vscode-gitDecoration-deletedResourceForeground, var(--vscode-descriptionForeground)); text-decoration: line-through; font-size: 0.85em; margin-left: 2px; }
tr.added-row th, th.added-column { box-shadow: inset 3px 0 0 var(--vscode-gitDecoration-addedResourceForeground, var(--vscode-charts-green)); }
.badge.new { color: var(--vscode-gitDecoration-addedResourceForeground, var(--vscode-charts-green)); }
.badge.renamed { color: var(--vscode-gitDecoration-modifiedResourceForeground, var(--vscode-charts-orange)); }
ul.removed li { color: var(--vscode-gitDecoration-deletedResourceForeground, var(--vscode-foreground)); }
button.link { background: none; border: none; color: var(--vscode-textLink-foreground); cursor: pointer; padding: 0; font: inherit; }
`;

/** The line above the matrix: what it is compared with, how much changed, and the way back. */
export function compareHeaderHtml(changes: PictureChanges | undefined, unavailable: string | undefined, base: string): string {
  const back = ' <button class="link" data-action="matrix-only" type="button">Show the matrix only</button>';
  if (!changes) return `<p class="compare muted">Cannot compare with ${escape(base)}: ${escape(unavailable ?? 'the earlier version cannot be read')}.${back}</p>`;
  if (!changes.baseExists) return `<p class="compare">Compared with ${escape(changes.base)}: this charter is new (not in ${escape(changes.base)}).${back}</p>`;
  const count = ownershipChangeCount(changes.diff);
  const what = count === 0 ? 'no ownership change' : `${count} ownership ${count === 1 ? 'change' : 'changes'}; changed cells are outlined, with their letters before struck through`;
  return `<p class="compare">Compared with ${escape(changes.base)}: ${what}.${back}</p>`;
}

/** The class and tooltip a changed cell gets, and its earlier letters to show after the current ones. */
export function cellChange(mark: CellMark | null | undefined, base: string): { className: string; title: string; was: string } {
  if (!mark) return { className: '', title: '', was: '' };
  const before = mark.before.length > 0 ? mark.before.join('/') : 'no letter';
  return { className: ' changed', title: `${before} in ${base}`, was: `<span class="was" aria-label="was ${escape(before)}">${escape(mark.before.join('/') || '–')}</span>` };
}

/** A badge after a row's name: new, or renamed from its earlier name. */
export function rowBadge(mark: RowMark | undefined): string {
  if (!mark) return '';
  if (mark.status === 'added') return ' <span class="badge new">new</span>';
  return mark.renamedFrom !== undefined ? ` <span class="badge renamed" title="renamed from ${escape(mark.renamedFrom)}">renamed</span>` : '';
}

/** A badge after a role's title: new, or renamed from its earlier title. */
export function columnBadge(mark: ColumnMark | undefined): string {
  if (!mark) return '';
  if (mark.status === 'added') return ' <span class="badge new">new</span>';
  return mark.renamedFrom !== undefined ? ` <span class="badge renamed" title="renamed from ${escape(mark.renamedFrom)}">renamed</span>` : '';
}

/** Below the matrix: the responsibilities and roles the earlier version had and this one has not. */
export function removedHtml(changes: PictureChanges | undefined): string {
  if (!changes || (changes.removedRows.length === 0 && changes.removedRoles.length === 0)) return '';
  const out = [`<h2>Removed since ${escape(changes.base)}</h2>`, '<ul class="removed">'];
  for (const row of changes.removedRows) {
    const letters = row.roles.map((role) => `${escape(role.role)} (${escape(role.letters)})`).join(', ');
    out.push(`<li>responsibility <strong>${escape(row.name)}</strong>${letters ? `: ${letters}` : ''}</li>`);
  }
  for (const role of changes.removedRoles) out.push(`<li>role <strong>${escape(role)}</strong></li>`);
  out.push('</ul>');
  return out.join('\n');
}
