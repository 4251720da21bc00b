// The ownership diff laid over a charter's picture (report/picture.ts), for the matrix view: per row and
// cell of the later version what it was before, and the rows and roles the later version no longer has.
import type { RaciLetter } from '../model';
import { normalizeReference } from '../normalize';
import type { CharterPicture } from '../report/picture';
import { describeChanges, type CharterDiff, type RowSummary } from './changes';
import type { CharterMatch } from './match';

/** A cell whose letters changed: what they were. */
export interface CellMark {
  before: RaciLetter[];
}

export type RowMark =
  | { status: 'added' }
  | { status: 'kept'; renamedFrom?: string; cells: (CellMark | null)[] };

export type ColumnMark = { status: 'added' } | { status: 'kept'; renamedFrom?: string };

export interface PictureChanges {
  /** What the picture is compared with ("HEAD"). */
  base: string;
  /** Whether the earlier version has this charter at all. */
  baseExists: boolean;
  /** One per row of the picture, in its order. */
  rows: RowMark[];
  /** One per column of the picture, in its order. */
  columns: ColumnMark[];
  removedRows: RowSummary[];
  removedRoles: string[];
  diff: CharterDiff;
}

export function pictureChanges(picture: CharterPicture, match: CharterMatch, base: string, baseExists = true): PictureChanges {
  const diff = describeChanges(match);
  const { before } = match;
  const roleBefore = new Map<string, string>();
  for (const [old, now] of match.roles) roleBefore.set(now, old);
  const rowBefore = new Map<number, number>();
  for (const [old, now] of match.rows) rowBefore.set(now, old);
  const titles = new Map(before.roles.map((role) => [role.key, role.title]));
  const columnKeys = picture.columns.map((column) => normalizeReference(column.title));
  // A header that names a role no row gives a letter any more (so the later side does not know it) is
  // the column of the same name before, unless that role became another.
  const earlierKey = (key: string) => roleBefore.get(key) ?? (titles.has(key) && !match.roles.has(key) ? key : undefined);
  const columns = columnKeys.map((key): ColumnMark => {
    const old = earlierKey(key);
    if (old === undefined) return { status: baseExists ? 'added' : 'kept' };
    return old === key ? { status: 'kept' } : { status: 'kept', renamedFrom: titles.get(old) ?? old };
  });
  const rows = picture.rows.map((row, index): RowMark => {
    const old = rowBefore.get(index);
    if (old === undefined) return baseExists ? { status: 'added' } : { status: 'kept', cells: row.cells.map(() => null) };
    const was = before.rows[old];
    const cells = row.cells.map((cell, column) => {
      const oldKey = earlierKey(columnKeys[column]);
      const letters = oldKey === undefined ? [] : (was.letters.get(oldKey) ?? []);
      return letters.join('') === cell.letters.join('') ? null : { before: [...letters] };
    });
    return { status: 'kept', ...(was.key !== match.after.rows[index]?.key ? { renamedFrom: was.name } : {}), cells };
  });
  return { base, baseExists, rows, columns, removedRows: diff.responsibilities.removed, removedRoles: diff.roles.removed.map((role) => role.title), diff };
}
