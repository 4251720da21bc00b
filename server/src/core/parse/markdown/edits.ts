// Fixes write back in the charter's own Markdown: a role definition in the style of the last one, and
// each responsibility's letters in its own form (matrix cells, assignment lists, `Accountable:` lines,
// `Role: A` lists). Only the cells, lists or lines that change are touched.
//
// Memory: the closures a charter keeps (defineRole, each responsibility's rewrite) are made by these
// module-level factories, so that each holds the Source and the few offsets it needs, not the reader
// (and through it the mdast nodes of the sections and role list).
import type { Charter, Involvement, RaciCell, RaciLetter, Responsibility, RoleReference, TextEdit } from '../../model';
import { kebabCase, normalizeReference } from '../../normalize';
import { formatLetters, type CellWriter } from '../../raci';
import type { RoleAnchor, SectionInfo } from './context';
import { movedCell, movedRow, type TableCell, type TableRow } from './gfm-table';
import { appendHtmlCells, htmlRoleRow } from './html-table';
import { LETTER_WORDS, Source, cellEdit, referenceAsWritten, type FieldLine } from './source';

export function roleDefiner(source: Source, anchor: RoleAnchor | undefined, sectionInfos: readonly SectionInfo[]): Charter['defineRole'] {
  const rolesSection = sectionInfos.find((section) => section.kind !== 'responsibilities');
  const responsibilities = sectionInfos.find((section) => section.kind === 'responsibilities');
  return (role) => defineRoleIn(source, anchor, rolesSection, responsibilities, role);
}

function defineRoleIn(
  source: Source,
  anchor: RoleAnchor | undefined,
  rolesSection: SectionInfo | undefined,
  responsibilities: SectionInfo | undefined,
  role: { id: string; title: string; description?: string },
): TextEdit | undefined {
  const text = source.text;
  const eol = source.eol;
  const idPart = role.id && role.id !== kebabCase(role.title) ? ` \`${role.id}\`` : '';
  const listItem = (prefix: string) => `${prefix}**${role.title}**${idPart}${role.description ? `: ${role.description}` : ''}`;
  if (anchor?.form === 'list') {
    return source.insertLines(source.nextLineStart(anchor.itemEnd), listItem(anchor.markerPrefix));
  }
  if (anchor?.form === 'table' && anchor.table.html) return htmlRoleRow(source, anchor.table, anchor.columns, role);
  if (anchor?.form === 'table') {
    const table = anchor.table;
    const contents = table.header.cells.map((_, column) => {
      if (column === anchor.columns.title) return role.title;
      if (column === anchor.columns.id) return role.id;
      if (column === anchor.columns.description) return role.description ?? '';
      return '';
    });
    const cells = table.delimiter.cells.map((cell, column) => {
      const width = cell.end - cell.start;
      const content = contents[column] ?? '';
      return ` ${content.padEnd(Math.max(0, width - 2))} `;
    });
    const last = table.body.length > 0 ? table.body[table.body.length - 1] : table.delimiter;
    const leading = /^\s*\|/.test(text.slice(last.lineStart, last.lineEnd)) ? '|' : '';
    const trailing = /\|\s*$/.test(text.slice(last.lineStart, last.lineEnd)) ? '|' : '';
    return source.insertLines(source.nextLineStart(last.lineEnd), leading + cells.join('|') + trailing);
  }
  if (anchor?.form === 'heading') {
    const lines = [`${'#'.repeat(anchor.depth)} ${role.title}`, ''];
    if (idPart) lines.push(`Id: ${role.id}`, '');
    if (role.description) lines.push(role.description, '');
    if (anchor.after === text.length) {
      // At the end of the file the blank line goes before the new heading rather than after it.
      const endsWithBreak = /[\r\n]$/.test(text);
      const newText = (endsWithBreak ? eol : eol + eol) + lines.slice(0, -1).join(eol) + (endsWithBreak ? eol : '');
      return { range: source.range(anchor.after, anchor.after), newText };
    }
    return source.insertLines(anchor.after, lines.slice(0, -1).join(eol) + eol);
  }
  if (rolesSection) {
    return source.insertLines(source.nextLineStart(rolesSection.contentEnd), eol + listItem('- '));
  }
  if (responsibilities) {
    const depth = responsibilities.headingDepth;
    const at = source.lineStartOf(responsibilities.headingStart);
    return { range: source.range(at, at), newText: `${'#'.repeat(depth)} Roles${eol}${eol}${listItem('- ')}${eol}${eol}` };
  }
  return source.insertLines(text.length, (text.length > 0 ? eol : '') + `## Roles${eol}${eol}${listItem('- ')}`);
}

/**
 * A matrix row's rewrite: the cells of the columns whose letters change (see rewriteMatrixRow). `row` is
 * as an earlier read of the document found it (row-cache.ts) when `movedBy` is not 0: the row is now that
 * many characters further on, and is moved when first rewritten.
 */
export function matrixRowRewriter(source: Source, row: TableRow, columns: (RoleReference | undefined)[], cells: RaciCell[], writer: CellWriter, movedBy = 0): Responsibility['rewrite'] {
  /** The row's cell under each header, made on the first rewrite (most rows are never rewritten). */
  let cellOf: Map<RoleReference, RaciCell> | undefined;
  let at: TableRow | undefined;
  return (next) => {
    if (!cellOf) {
      cellOf = new Map();
      for (const cell of cells) if (!cellOf.has(cell.column)) cellOf.set(cell.column, cell);
    }
    at ??= movedBy === 0 ? row : movedRow(row, movedBy);
    return rewriteMatrixRow(source, at, columns, cellOf, writer, next);
  };
}

/**
 * Finds the first entry whose reference has a key (normalizeReference), by a map made on the first
 * call: a fix per role of a responsibility with thousands of roles looked through all of them each.
 * Entries without a reference (`textOf` gives undefined) are never found.
 */
function firstByKey<T>(entries: readonly T[], textOf: (entry: T) => string | undefined): (key: string) => number {
  let byKey: Map<string, number> | undefined;
  return (key) => {
    if (!byKey) {
      byKey = new Map();
      for (let index = 0; index < entries.length; index++) {
        const text = textOf(entries[index]);
        if (text === undefined) continue;
        const entryKey = normalizeReference(text);
        if (!byKey.has(entryKey)) byKey.set(entryKey, index);
      }
    }
    return byKey.get(key) ?? -1;
  };
}

/**
 * The first column of a header key. The lookup is made once per table (Source.columnLookups): a fix per
 * role of a matrix of thousands of roles would otherwise scan every header for each.
 */
function columnOf(source: Source, columns: readonly (RoleReference | undefined)[], key: string): number {
  let lookup = source.columnLookups.get(columns);
  if (!lookup) source.columnLookups.set(columns, (lookup = firstByKey(columns, (header) => header?.text)));
  return lookup(key);
}

/** `columns[i]` is the header of role column i; undefined for the name column and text columns. */
function rewriteMatrixRow(source: Source, row: TableRow, columns: (RoleReference | undefined)[], cellOf: ReadonlyMap<RoleReference, RaciCell>, writer: CellWriter, next: Involvement[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const missing = new Map<number, string>();
  for (const involvement of next) {
    const column = columnOf(source, columns, normalizeReference(involvement.ref));
    if (column < 0) continue;
    const current = cellOf.get(columns[column]!);
    if (current && current.letters && formatLetters(current.letters) === formatLetters(involvement.letters)) continue;
    const wanted = writer.write(current?.text ?? '', involvement.letters);
    const cell = row.cells[column];
    if (cell) edits.push(cellEdit(source, cell, wanted));
    else missing.set(column, wanted);
  }
  if (missing.size > 0 && row.html) {
    // An HTML row gets the cells it lacks after its last one; where they cannot be added, no edit at all.
    const appended = appendHtmlCells(source, row, missing);
    if (!appended) return [];
    edits.push(appended);
  } else if (missing.size > 0) {
    // A short row: write the cells it lacks, up to the last one that gets letters.
    const last = Math.max(...missing.keys());
    let appended = row.cells.length > 0 && !row.cells[row.cells.length - 1].closed ? ' |' : '';
    for (let column = row.cells.length; column <= last; column++) appended += ` ${missing.get(column) ?? ''} |`;
    edits.push(source.edit(row.lineEnd, row.lineEnd, appended));
  }
  return edits;
}

/** A column of a matrix with a row per role: the cells of the roles whose letters change. */
export function roleRowsRewriter(source: Source, rows: readonly { ref: RoleReference; cell: TableCell | undefined; raci: RaciCell }[], writer: CellWriter): Responsibility['rewrite'] {
  const rowOf = firstByKey(rows, (row) => row.ref.text);
  return (next) => {
    const edits: TextEdit[] = [];
    for (const involvement of next) {
      const index = rowOf(normalizeReference(involvement.ref));
      const row = index >= 0 ? rows[index] : undefined;
      // A role with no row, or a row cut short, gets no edit: the fix is then not offered (verified).
      if (!row || !row.cell) continue;
      if (row.raci.letters && formatLetters(row.raci.letters) === formatLetters(involvement.letters)) continue;
      edits.push(cellEdit(source, row.cell, writer.write(row.raci.text, involvement.letters)));
    }
    return edits;
  };
}

/**
 * An assignment-table row's rewrite: the list cells of the letters that change. `movedBy`: the row's
 * cells are now that many characters further on than `lists` says (row-cache.ts).
 */
export function assignmentRowRewriter(source: Source, lists: readonly { letter: RaciLetter; cell?: TableCell; refs: RoleReference[] }[], movedBy = 0): Responsibility['rewrite'] {
  return (next) => {
    const edits: TextEdit[] = [];
    const done = new Set<RaciLetter>();
    for (const list of lists) {
      if (done.has(list.letter) || !list.cell) continue;
      done.add(list.letter);
      const written = changedList(source, list.refs, list.letter, next);
      if (written !== undefined) edits.push(cellEdit(source, movedCell(list.cell, movedBy), written.join(', ')));
    }
    return edits;
  };
}

export type HeadingField = { field: FieldLine; letter: RaciLetter; refs: RoleReference[] };

/** A heading responsibility's rewrite: its `Accountable:`-style lines (see rewriteHeadingFields). */
export function headingFieldsRewriter(source: Source, headingEnd: number, fields: HeadingField[]): Responsibility['rewrite'] {
  return (next) => rewriteHeadingFields(source, headingEnd, fields, next);
}

function rewriteHeadingFields(source: Source, headingEnd: number, fields: HeadingField[], next: Involvement[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const added: string[] = [];
  const model = fields[fields.length - 1]?.field;
  for (const letter of ['A', 'R', 'C', 'I'] as RaciLetter[]) {
    const existing = fields.find((entry) => entry.letter === letter);
    const written = changedList(source, existing?.refs ?? [], letter, next);
    if (written === undefined) continue;
    const list = written.join(', ');
    if (existing) {
      const { field } = existing;
      edits.push(list ? source.edit(field.valueStart, field.valueEnd, list) : source.edit(field.afterColon, field.valueEnd, ''));
    } else if (list) {
      added.push(model ? fieldLike(source.text, model, letter, list) : `${LETTER_WORDS[letter]}: ${list}`);
    }
  }
  if (added.length > 0) {
    const eol = source.eol;
    if (model) edits.push(source.edit(model.lineEnd, model.lineEnd, added.map((line) => eol + line).join('')));
    else {
      const headingLineEnd = source.index.lineEnd(source.lineOf(headingEnd));
      edits.push(source.edit(headingLineEnd, headingLineEnd, eol + eol + added.join(eol)));
    }
  }
  return edits;
}

/** A new `Label: list` line written like an existing one (same list marker, bold, short or long label). */
function fieldLike(text: string, model: FieldLine, letter: RaciLetter, list: string): string {
  const before = text.slice(model.lineStart, model.valueStart);
  const label = model.label.length === 1 ? letter : LETTER_WORDS[letter];
  const labelAt = before.indexOf(model.label);
  const prefix = before.slice(0, labelAt) + label + before.slice(labelAt + model.label.length);
  return (/\s$/.test(prefix) ? prefix : prefix + ' ') + list;
}


/**
 * The references a RACI list for `letter` should hold after `next`, or undefined when it stays as is.
 * Roles in `next` keep or gain the letter as listed; other references keep their spelling and place.
 */
function changedList(source: Source, refs: readonly RoleReference[], letter: RaciLetter, next: readonly Involvement[]): string[] | undefined {
  const wanted = new Map(next.map((involvement) => [normalizeReference(involvement.ref), involvement]));
  let changed = false;
  const written: string[] = [];
  const present = new Set<string>();
  for (const ref of refs) {
    const key = normalizeReference(ref.text);
    const involvement = wanted.get(key);
    if (involvement && !involvement.letters.includes(letter)) {
      changed = true;
      continue;
    }
    present.add(key);
    written.push(referenceAsWritten(source, ref));
  }
  for (const involvement of next) {
    const key = normalizeReference(involvement.ref);
    if (involvement.letters.includes(letter) && !present.has(key)) {
      present.add(key);
      written.push(involvement.ref);
      changed = true;
    }
  }
  return changed ? written : undefined;
}

/** A `Role: A - why` list item of a role-centred responsibility. */
export interface RoleLetterItem {
  ref: RoleReference;
  /** Where the letters are written (empty when the item has none). */
  lettersStart: number;
  lettersEnd: number;
  lineEnd: number;
}

/** A role-centred list's rewrite: the letters of the items whose roles change; new roles get an item. */
export function roleLetterRewriter(source: Source, items: readonly RoleLetterItem[], cells: readonly RaciCell[], writer: CellWriter): Responsibility['rewrite'] {
  const itemOf = firstByKey(items, (item) => item.ref.text);
  return (next) => {
    const edits: TextEdit[] = [];
    for (const involvement of next) {
      const index = itemOf(normalizeReference(involvement.ref));
      const wanted = writer.write(index >= 0 ? cells[index]?.text ?? '' : '', involvement.letters) || '-';
      if (index >= 0) {
        const current = cells[index]?.letters;
        if (current && formatLetters(current) === formatLetters(involvement.letters)) continue;
        edits.push(source.edit(items[index].lettersStart, items[index].lettersEnd, wanted));
      } else if (items.length > 0 && involvement.letters.length > 0) {
        const last = items[items.length - 1];
        const lineStart = source.lineStartOf(last.lineEnd);
        const marker = /^\s*(?:[-*+•]|\d+[.)])\s+/.exec(source.text.slice(lineStart, last.lineEnd))?.[0] ?? '- ';
        edits.push(source.edit(last.lineEnd, last.lineEnd, `${source.eol}${marker}${involvement.ref}: ${wanted}`));
      }
    }
    return edits;
  };
}
