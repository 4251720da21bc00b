// What the two HTML drawings of a picture share (the export page, cli/export/html.ts, and the editor's
// matrix view, client/src/matrixHtml.ts): the one way user text enters HTML, the mark of a place with
// findings, and a team's cell of the shared-responsibility table.
import { printable } from '../printable';
import type { PictureFinding, SharedCell } from './picture';

/**
 * User text, safe in element content and in quoted attribute values; control and bidirectional
 * formatting characters replaced (core/printable.ts), so a name reads as what it is.
 */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'];

/** `finding` and the most severe finding's severity: the class a marked place gets, for its colour. */
export function findingClass(findings: readonly PictureFinding[]): string {
  const worst = findings.map((finding) => finding.severity).sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0];
  return `finding ${worst}`;
}

/** A team's accountable and responsible roles for one shared responsibility, letters coloured. */
export function sharedCellHtml(cell: SharedCell): string {
  const part = (letter: string, titles: readonly string[]) => titles.map((title) => `<span class="l l-${letter}">${letter}</span> ${escapeHtml(title)}`);
  const parts = [...part('A', cell.accountable), ...part('R', cell.responsible)];
  return parts.length > 0 ? parts.join('<br>') : '<span class="muted">claimed, no A or R</span>';
}
