// What a responsibility covers in the repository, as a Markdown charter writes it: a *Covers* (or *Code*)
// column beside the letters of a matrix or an assignment table, or a `Covers: …` line under a
// responsibility's heading. Each entry is a code path (it has a `/`, `*` or `?`: `services/payments/`,
// `/Makefile`, `*.tf`) or a catalog entity (`payments-api`, `api:payments`). Kept apart from the table
// and section readers: they only ask whether a column is one of these, and hand the row or lines over.
import type { Covers, Span } from '../../model';
import type { ReadContext } from './context';
import type { GfmTable, TableRow } from './gfm-table';
import { readFieldLine } from './source';
import { plainWords } from './words';

/** Headers of a covers column: never a role column, never the column that names the rows. */
const COVERS_HEADERS = new Set(['covers', 'code', 'code paths']);
/** Under *Code* only code spans count: a column of project codes ("PRJ-12") names no component. */
const CODE_SPANS_ONLY = new Set(['code', 'code paths']);

export function isCoversHeader(cell: string): boolean {
  return COVERS_HEADERS.has(plainWords(cell));
}

/** `component:`, `api:`, `system:`, `resource:` before a name: a catalog entity reference, slash or not. */
const ENTITY_KIND = /^(?:component|api|system|resource):/i;

/** A path or a catalog entity, by its shape (see above). */
export function isPathEntry(entry: string): boolean {
  return !ENTITY_KIND.test(entry) && /[/*?]/.test(entry);
}

/**
 * The entries of `[start, end)` on `line`: its code spans when it has any (or must), else its
 * comma-separated words. Entries are split further on commas inside a code span too.
 */
function entriesOf(ctx: ReadContext, start: number, end: number, codeOnly: boolean): Covers | undefined {
  const text = ctx.text.slice(start, end);
  const covers: Covers = { paths: [], components: [] };
  const add = (from: number, to: number) => {
    for (const piece of splitList(ctx.text, from, to)) {
      const span: Span = { text: ctx.text.slice(piece.start, piece.end), range: ctx.source.range(piece.start, piece.end) };
      (isPathEntry(span.text) ? covers.paths : covers.components).push(span);
    }
  };
  const code = /`([^`]+)`/g;
  let match: RegExpExecArray | null;
  let spans = 0;
  while ((match = code.exec(text))) {
    spans++;
    add(start + match.index + 1, start + match.index + 1 + match[1].length);
  }
  if (spans === 0 && !codeOnly) add(start, end);
  return covers.paths.length + covers.components.length > 0 ? covers : undefined;
}

/** Comma- or `<br>`-separated pieces of `[start, end)`, trimmed, without emphasis around them. */
function splitList(text: string, start: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  const separator = /,|<br\s*\/?>/gi;
  const body = text.slice(start, end);
  let from = 0;
  const push = (to: number) => {
    let a = start + from;
    let b = start + to;
    while (a < b && /[\s*_]/.test(text[a])) a++;
    while (b > a && /[\s*_]/.test(text[b - 1])) b--;
    if (b > a && !/^(?:-|–|—|n\/a|none)$/i.test(text.slice(a, b))) pieces.push({ start: a, end: b });
  };
  let match: RegExpExecArray | null;
  while ((match = separator.exec(body))) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(body.length);
  return pieces;
}

/** The covers column of a table (the first one after the name column), if it has one. */
export function coversColumnOf(ctx: ReadContext, table: GfmTable): { column: number; codeOnly: boolean } | undefined {
  for (let column = 1; column < table.header.cells.length; column++) {
    const cell = table.header.cells[column];
    const header = plainWords(ctx.text.slice(cell.contentStart, cell.contentEnd));
    if (COVERS_HEADERS.has(header)) return { column, codeOnly: CODE_SPANS_ONLY.has(header) };
  }
  return undefined;
}

/** What each row of a table covers, from the table's covers column (found once per table, not per row). */
export function rowCoversOf(ctx: ReadContext, table: GfmTable): (row: TableRow) => Covers | undefined {
  const found = coversColumnOf(ctx, table);
  if (!found) return () => undefined;
  return (row) => {
    const cell = row.cells[found.column];
    if (!cell || cell.contentEnd === cell.contentStart) return undefined;
    return entriesOf(ctx, cell.contentStart, cell.contentEnd, found.codeOnly);
  };
}

/** Whether the line `[lineStart, lineEnd)` is a `Covers: …` line (kept out of the description). */
export function isCoversLine(text: string, lineStart: number, lineEnd: number): boolean {
  const field = readFieldLine(text, lineStart, lineEnd);
  return field !== undefined && plainWords(field.label) === 'covers';
}

/** What the `Covers: …` lines among a heading's lines say (several lines add up). */
export function linesCovers(ctx: ReadContext, lines: readonly { lineStart: number; lineEnd: number }[]): Covers | undefined {
  const covers: Covers = { paths: [], components: [] };
  for (const { lineStart, lineEnd } of lines) {
    const field = readFieldLine(ctx.text, lineStart, lineEnd);
    if (!field || plainWords(field.label) !== 'covers') continue;
    const found = entriesOf(ctx, field.valueStart, field.valueEnd, false);
    if (!found) continue;
    covers.paths.push(...found.paths);
    covers.components.push(...found.components);
  }
  return covers.paths.length + covers.components.length > 0 ? covers : undefined;
}
