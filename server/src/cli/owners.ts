// What `team-charter owners` prints: rows grouped by charter in aligned columns (stylish), or the rows
// as JSON, with the same positions as `check --format json` (0-based lines, UTF-16 characters).
import { styleText } from 'node:util';
import { printable } from '../core/printable';
import { clip } from '../core/quote';
import type { OwnerRole, OwnerRow } from '../core/report/owners';

export interface OwnersSummary {
  /** How many charters were read. */
  charters: number;
  /** How many rows there were before the query. */
  total: number;
  query?: string;
}

const NONE = '(none)';

export function formatOwnersStylish(rows: readonly OwnerRow[], summary: OwnersSummary, options: { color: boolean }): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
  const read = plural(summary.charters, 'charter');
  if (rows.length === 0) {
    const what = summary.query === undefined ? 'No responsibilities found' : `No responsibility matches "${shown(summary.query)}"`;
    return `${what} (${read} read).\n`;
  }
  const withShared = rows.some((row) => row.shared);
  const header = ['Line', 'Responsibility', 'Accountable', 'Responsible', ...(withShared ? ['Shared'] : [])];
  const cells = rows.map((row) => [
    String(row.range.start.line + 1),
    shown(row.responsibility),
    roles(row.accountable),
    roles(row.responsible),
    ...(withShared ? [row.shared ? shown(row.shared.name) : ''] : []),
  ]);
  // One set of widths for every group, so the columns line up down the whole report.
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (values: string[]) =>
    '  ' +
    values
      .map((value, column) => (column === 0 ? value.padStart(widths[0]) : column === values.length - 1 ? value : value.padEnd(widths[column])))
      .join('  ')
      .trimEnd();

  const out: string[] = [];
  let file: string | undefined;
  rows.forEach((row, index) => {
    if (row.file !== file) {
      if (file !== undefined) out.push('');
      file = row.file;
      out.push(`${paint('bold', shown(row.team))}  ${paint('dim', shown(row.file))}`);
      out.push(paint('dim', line(header)));
    }
    const text = line(cells[index]);
    out.push(row.accountable.length === 0 ? text.replace(NONE, paint('yellow', NONE)) : text);
  });
  const teams = new Set(rows.map((row) => row.file)).size;
  const counted =
    summary.query === undefined
      ? `${plural(rows.length, 'responsibility', 'responsibilities')} in ${plural(teams, 'charter')} (${read} read)`
      : `${rows.length} of ${plural(summary.total, 'responsibility', 'responsibilities')} match "${shown(summary.query)}", in ${plural(teams, 'charter')} (${read} read)`;
  out.push('', counted);
  return out.join('\n') + '\n';
}

/** An array of rows: {file, team, responsibility, range, accountable, responsible, shared}; `shared` is null when the row claims none. */
export function formatOwnersJson(rows: readonly OwnerRow[]): string {
  const plain = rows.map((row) => ({
    file: row.file,
    team: row.team,
    responsibility: row.responsibility,
    range: {
      start: { line: row.range.start.line, character: row.range.start.character },
      end: { line: row.range.end.line, character: row.range.end.character },
    },
    accountable: row.accountable.map(plainRole),
    responsible: row.responsible.map(plainRole),
    shared: row.shared ? { name: row.shared.name, catalog: row.shared.catalog } : null,
  }));
  return JSON.stringify(plain, null, 2) + '\n';
}

function plainRole(role: OwnerRole) {
  return { id: role.id, title: role.title, holders: [...role.holders] };
}

function roles(list: readonly OwnerRole[]): string {
  return list.length === 0 ? NONE : list.map((role) => shown(role.title)).join(', ');
}

/** The user's text on one terminal line: clipped, control characters (escape sequences too) made visible. */
function shown(text: string): string {
  return printable(clip(text));
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}
