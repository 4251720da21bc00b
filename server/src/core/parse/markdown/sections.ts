// The walk over a document's blocks: which section each block is in, what each sub-heading is (a role,
// a responsibility, a group, or nothing to check), and what each table and list is read as.
import type { Heading, List } from 'mdast';
import type { RaciLetter, Span, TableReadingNote } from '../../model';
import { cellSpan, end, headingSpan, start, type Block, type ReadContext, type SectionKind } from './context';
import type { GfmTable } from './gfm-table';
import { readMatrix, readRoleRows } from './matrix-rows';
import { readAssignmentTable, readTransposed } from './assignment-rows';
import { raciFieldLines, readHeadingResponsibility, readRoleLetterResponsibility, roleLetterItems } from './responsibility-headings';
import { itemResponsibilities, readItemResponsibilities } from './responsibility-items';
import { readHeadingRole } from './role-heading';
import { readRoleList } from './role-list';
import { readRoleTable } from './role-table';
import { classifyTable } from './tables';
import { isAsideHeading, sectionKindOf } from './words';

interface HeadingEntry {
  index: number;
  heading: Heading;
  title: Span;
  /** Blocks directly under it (up to the next heading of any depth). */
  from: number;
  to: number;
  /** End of its whole subtree (the next heading of the same or a higher level). */
  stop: number;
  parent?: HeadingEntry;
  /** Its own kind (words), once "title over sections" is taken out. */
  kind?: SectionKind;
  aside: boolean;
}

const isHeading = (block: Block): block is Block & { node: Heading } => block.node.type === 'heading' && !block.table;

function headingEntries(ctx: ReadContext, blocks: Block[]): HeadingEntry[] {
  const entries: HeadingEntry[] = [];
  const stack: HeadingEntry[] = [];
  blocks.forEach((block, index) => {
    if (!isHeading(block)) return;
    const heading = block.node;
    while (stack.length > 0 && stack[stack.length - 1].heading.depth >= heading.depth) stack.pop();
    let to = index + 1;
    while (to < blocks.length && !isHeading(blocks[to])) to++;
    let stop = to;
    while (stop < blocks.length && !(isHeading(blocks[stop]) && (blocks[stop].node as Heading).depth <= heading.depth)) stop++;
    const title = headingSpan(ctx, heading);
    const entry: HeadingEntry = { index, heading, title, from: index + 1, to, stop, parent: stack[stack.length - 1], kind: sectionKindOf(title.text), aside: isAsideHeading(title.text) };
    entries.push(entry);
    stack.push(entry);
  });
  // "# Payments team: roles and responsibilities" over "## Roles" and "## RACI" is the document's title.
  for (const entry of entries) {
    if (entry.kind && entry.heading.depth === 1 && entries.some((inner) => inner.parent === entry && inner.kind)) entry.kind = undefined;
    if (entry.aside) entry.kind = undefined;
  }
  return entries;
}

/** The nearest heading, itself included, that names a kind of section. */
function sectionOf(entry: HeadingEntry | undefined): HeadingEntry | undefined {
  for (let at = entry; at; at = at.parent) {
    if (at.aside) return undefined;
    if (at.kind) return at;
  }
  return undefined;
}

export function readDocument(ctx: ReadContext, blocks: Block[]): void {
  const entries = headingEntries(ctx, blocks);
  for (const entry of entries) {
    if (entry.kind && sectionOf(entry.parent) === undefined) pushSection(ctx, blocks, entry);
  }
  const fieldsOf = new Map<HeadingEntry, ReturnType<typeof raciFieldLines>>();
  const itemsOf = new Map<HeadingEntry, ReturnType<typeof roleLetterItems>>();
  for (const entry of entries) {
    const direct = blocks.slice(entry.from, entry.to);
    if (direct.some((block) => block.table)) continue;
    fieldsOf.set(entry, raciFieldLines(ctx, direct));
    itemsOf.set(entry, roleLetterItems(ctx, direct));
  }
  // Blocks before the first heading belong to no section.
  readBlocks(ctx, blocks.slice(0, entries[0]?.index ?? blocks.length), undefined, undefined);
  const listsRoles = new Set<HeadingEntry>();
  for (const entry of entries) {
    const direct = blocks.slice(entry.from, entry.to);
    const section = sectionOf(entry);
    const kind = section?.kind;
    const isSub = section !== undefined && section !== entry;
    const group = isSub ? entry.title.text : undefined;
    const groupOfParent = entry.parent && sectionOf(entry.parent) && sectionOf(entry.parent) !== entry.parent ? entry.parent.title.text : undefined;
    const leaf = entry.stop === entry.to;
    const fieldLines = fieldsOf.get(entry) ?? [];
    const fields = new Set(fieldLines.map((field) => field.letter)).size;
    const items = itemsOf.get(entry);
    const inResponsibilities = kind === 'responsibilities' || kind === 'both';
    const removeEnd = entry.to < blocks.length ? ctx.source.lineStartOf(start(blocks[entry.to].node)) : ctx.text.length;
    if (!entry.aside && items) {
      readRoleLetterResponsibility(ctx, entry.heading, direct, items, groupOfParent, start(entry.parent?.heading ?? entry.heading));
      continue;
    }
    const listed = entry.aside || fieldLines.length === 0 ? undefined : itemResponsibilities(ctx, direct);
    if (listed) {
      readItemResponsibilities(ctx, entry.heading, listed, entry.title.text, start(entry.heading));
      continue;
    }
    // Who is consulted and who is informed, with nobody doing or owning anything, explains the letters
    // unless the section says it lists responsibilities.
    const owned = fieldLines.some((field) => field.letter === 'A' || field.letter === 'R');
    const isResponsibility =
      !entry.aside &&
      fieldsOf.has(entry) &&
      ((fields >= 2 && (owned || inResponsibilities)) ||
        (fields === 1 && inResponsibilities) ||
        // In a Responsibilities section a sub-heading with nothing under it yet is one being typed; a
        // sub-heading of prose there ("Overview", "Step 4: review the chart") is not one.
        (isSub && leaf && kind === 'responsibilities' && direct.length === 0));
    if (isResponsibility) {
      readHeadingResponsibility(ctx, entry.heading, direct, fieldLines, groupOfParent, start(entry.parent?.heading ?? entry.heading));
      continue;
    }
    // A Roles section that lists its roles in a list or a table uses its sub-headings for something else
    // ("Using this page", "Small teams").
    if (isSub && leaf && !entry.aside && (kind === 'roles' || kind === 'both') && !direct.some((block) => block.table) && !listsRoles.has(section)) {
      readHeadingRole(ctx, entry.heading, direct, removeEnd);
      continue;
    }
    const rolesBefore = ctx.charter.roles.length;
    readBlocks(ctx, direct, entry.aside ? undefined : section, group ?? groupOfParent, entry);
    if (section && section === entry && ctx.charter.roles.length > rolesBefore) listsRoles.add(section);
  }
}

/** Tables and lists of a section's body (or of the text before the first heading). */
function readBlocks(ctx: ReadContext, blocks: Block[], section: HeadingEntry | undefined, group: string | undefined, entry?: HeadingEntry): void {
  const kind = section?.kind;
  for (const block of blocks) {
    if (block.table) readTable(ctx, block.table, kind, group, entry, section);
    else if (block.node.type === 'list' && (kind === 'roles' || kind === 'both') && !entry?.aside) readRoleList(ctx, block.node as List);
  }
}

function readTable(ctx: ReadContext, table: GfmTable, kind: SectionKind | undefined, group: string | undefined, entry: HeadingEntry | undefined, section: HeadingEntry | undefined): void {
  const reading = classifyTable(ctx, table, kind === 'responsibilities' || kind === 'both');
  const before = ctx.charter.responsibilities.length;
  if (table.delimiterMismatch && reading.kind !== 'other') {
    const cells = table.delimiter.cells.length;
    ctx.charter.problems.push({
      rule: 'syntax',
      severity: 'warning',
      message: `GitHub shows this table as plain text: its delimiter row has ${cells} cells and its header row ${table.columnCount}. It was read as a table; make the two rows match.`,
      range: ctx.source.range(table.delimiter.lineStart, table.delimiter.lineEnd),
    });
  }
  switch (reading.kind) {
    case 'matrix':
      readMatrix(ctx, table, reading.nameColumn, reading.roleColumns, group);
      break;
    case 'assignment-table':
      readAssignmentTable(ctx, table, reading, group);
      break;
    case 'transposed':
      readTransposed(ctx, table, entry?.title ?? section?.title ?? ctx.charter.team);
      break;
    case 'role-rows':
      readRoleRows(ctx, table, reading.nameColumn, reading.roleColumns);
      break;
    case 'roles':
      if (!entry?.aside) readRoleTable(ctx, table);
      break;
  }
  const count = ctx.charter.responsibilities.length - before;
  const read = `${count} ${count === 1 ? 'responsibility' : 'responsibilities'}`;
  const summaries = {
    matrix: `RACI matrix: ${read}`,
    'assignment-table': `assignment table: ${read}`,
    transposed: `transposed RACI table: ${read}`,
    'role-rows': `RACI matrix with a row per role: ${read}`,
    legend: 'legend of the letters',
    roles: 'role definitions',
    other: 'not a charter table (not checked)',
  };
  const note: TableReadingNote = { kind: reading.kind, range: ctx.source.range(table.header.lineStart, table.header.lineEnd), summary: summaries[reading.kind] };
  if (reading.kind === 'matrix') note.roleColumns = reading.roleColumns.map((column) => cellSpan(ctx, table.header.cells[column]));
  if (reading.kind === 'assignment-table') note.letters = reading.letters.filter((letter): letter is RaciLetter => letter !== undefined);
  (ctx.charter.tables ??= []).push(note);
}

function pushSection(ctx: ReadContext, blocks: Block[], entry: HeadingEntry): void {
  const contentEnd = entry.stop > entry.from ? end(blocks[entry.stop - 1].node) : end(entry.heading);
  ctx.charter.sections.push({
    kind: entry.kind!,
    title: entry.title.text,
    titleRange: entry.title.range,
    range: ctx.source.range(start(entry.heading), contentEnd),
  });
  ctx.sectionInfos.push({ kind: entry.kind!, headingDepth: entry.heading.depth, headingStart: start(entry.heading), contentEnd, empty: entry.stop <= entry.from });
}
