// Markdown charters (contract §3, §4). remark-parse gives the block structure (headings, lists,
// paragraphs, front matter); tables are read from paragraphs by gfmTable.ts, because remark-gfm's table
// tokenizer is superlinear (see there). Everything else is read from the source text by offset, so that
// every range is exact and every edit touches only the bytes it is about.
//
// Measured (scratch script, Node 20, CPU time, median of 25 runs, on 2 cores shared with 7 other builds,
// load ~10): an 8-role matrix of 1,000 rows parses in 20 ms (11 ms at best), 4,000 rows in 71 ms, so
// linear; the whole checkText of the 1,000 rows takes 47 ms. remark-parse + remark-gfm took 600 ms on the
// 1,000 rows, remark-parse alone 45 ms.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type {
  Assignment,
  Charter,
  CharterSection,
  Involvement,
  RaciCell,
  RaciLetter,
  Responsibility,
  RoleDefinition,
  RoleReference,
  Span,
  TextEdit,
} from '../model';
import { kebabCase, normalizeReference } from '../normalize';
import { formatLetters, parseRaciCell } from '../raci';
import { emptyCharter } from './empty';
import { findTable, type GfmTable, type SourceLine, type TableCell, type TableRow } from './gfmTable';
import {
  LETTER_WORDS,
  Source,
  cellEdit,
  raciLabel,
  readFieldLine,
  readReferences,
  referenceAsWritten,
  strippedSpan,
  type FieldLine,
} from './markdownSource';
import { readFrontMatter } from './yaml';
import { guardMarkdown, type GuardNote } from './markdown-guard';
import { parseInChunks } from './markdown-chunks';

const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
// micromark-extension-frontmatter, given a `---` first line that is never closed, goes on to read later
// list items as paragraphs (seen with "---\nx\n\n- item"); such a file has no front matter anyway.
const withoutFrontMatter = unified().use(remarkParse);

/** Where the front matter ends (after its closing fence), or undefined when the text has none. */
function frontMatterEnd(text: string): number | undefined {
  if (!/^---[ \t]*(?:\r?\n|\r)/.test(text)) return undefined;
  const close = /(?:\r?\n|\r)---[ \t]*(?:\r?\n|\r|$)/.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : undefined;
}

type SectionKind = CharterSection['kind'];

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Plain text of a node (what a reader sees, markup removed). */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** §3: "role"/"roles" as a word opens Roles; responsibilit/raci/ownership/accountabilit opens Responsibilities. */
export function sectionKindOf(title: string): SectionKind | undefined {
  const lower = title.toLowerCase();
  const roles = /\broles?\b/.test(lower);
  const responsibilities = /responsibilit|raci|ownership|accountabilit/.test(lower);
  if (roles && responsibilities) return 'both';
  if (roles) return 'roles';
  if (responsibilities) return 'responsibilities';
  return undefined;
}

/** A top-level block: a node, with the table found in it when it is a paragraph holding one. */
interface Block {
  node: RootContent;
  table?: GfmTable;
}

/** Where the next role definition goes, in the style of the last one. */
type RoleAnchor =
  | { form: 'list'; itemEnd: number; markerPrefix: string }
  | { form: 'table'; table: GfmTable; columns: RoleColumns }
  | { form: 'heading'; depth: number; after: number };

interface RoleColumns {
  id?: number;
  aliases?: number;
  description?: number;
  holder?: number;
}

interface SectionInfo {
  kind: SectionKind;
  headingDepth: number;
  headingStart: number;
  /** Offset at which the section's last block ends (the heading's end when it is empty). */
  contentEnd: number;
}

/**
 * The mdast tree of a text, its offsets in the text's terms; table rows are left for gfmTable.ts. What
 * markdown-guard.ts defused so that remark stays linear goes to `guardNotes`, offsets in the text's terms.
 */
export function parseMarkdownBlocks(text: string, guardNotes?: GuardNote[]): Root {
  const shortened = shortenPipeLines(text);
  const frontMatter = frontMatterEnd(text);
  // The cut-down keeps the front matter as it is, so it ends at the same offset in the shortened text.
  const guarded = guardMarkdown(shortened.text, frontMatter ?? 0);
  const tree = chunking
    ? parseInChunks(guarded.text, frontMatter ?? 0, (chunk, first) => (first && frontMatter !== undefined ? withFrontMatter : withoutFrontMatter).parse(chunk) as Root)
    : ((frontMatter === undefined ? withoutFrontMatter : withFrontMatter).parse(guarded.text) as Root);
  restoreOffsets(tree, shortened.cuts);
  for (const note of guarded.notes) guardNotes?.push({ ...note, offset: originalOffset(note.offset, shortened.cuts) });
  return tree;
}

let chunking = true;

/** Parse the whole text at once instead of in chunks (markdown-chunks.ts): for the tests that compare the two. */
export function setMarkdownChunking(on: boolean): void {
  chunking = on;
}

export function parseMarkdownCharter(text: string): Charter {
  return new MarkdownReader(text).read();
}

class MarkdownReader {
  readonly source: Source;
  readonly charter: Charter;
  private readonly sectionInfos: SectionInfo[] = [];
  /** List roles written "Dana Ruiz — Product Manager": the one-line text after the separator, by role. */
  private readonly personLines = new Map<RoleDefinition, { start: number; end: number }>();
  private roleAnchor: RoleAnchor | undefined;

  constructor(readonly text: string) {
    this.source = new Source(text);
    this.charter = emptyCharter('markdown', text);
  }

  read(): Charter {
    let tree: Root;
    const guardNotes: GuardNote[] = [];
    try {
      tree = parseMarkdownBlocks(this.text, guardNotes);
    } catch {
      // remark-parse does not throw on any input we know of; a charter is still returned if it does.
      return this.charter;
    }
    for (const note of guardNotes) {
      const line = this.source.lineOf(note.offset);
      const range = this.source.range(note.offset, Math.max(note.offset, this.source.index.lineEnd(line)));
      this.charter.problems.push({ rule: 'syntax', severity: 'warning', message: note.message, range });
    }
    const blocks = tree.children.map((node) => this.block(node));
    this.readFrontMatterBlock(blocks);
    this.readTeamHeading(blocks);
    this.readSections(blocks);
    this.readPersonRoleLines();
    this.charter.hasRolesSection = this.charter.sections.some((section) => section.kind !== 'responsibilities');
    this.charter.defineRole = roleDefiner(this.source, this.roleAnchor, this.sectionInfos);
    return this.charter;
  }

  private block(node: RootContent): Block {
    return { node, table: tableIn(node, this.source) };
  }

  private readFrontMatterBlock(blocks: Block[]): void {
    const first = blocks[0]?.node;
    if (!first || first.type !== 'yaml') return;
    // The YAML text starts on the line after the opening `---`.
    const yamlStart = this.source.nextLineStart(start(first));
    const front = readFrontMatter(first.value, yamlStart, this.source.index);
    this.charter.team = front.team;
    this.charter.mission = front.mission;
    this.charter.extends = front.extends;
    this.charter.problems.push(...front.problems);
  }

  private readTeamHeading(blocks: Block[]): void {
    if (this.charter.team) return;
    const heading = blocks.find((block) => block.node.type === 'heading' && !block.table && block.node.depth === 1)?.node as Heading | undefined;
    if (heading) this.charter.team = this.headingSpan(heading);
  }

  /** The heading's text and its exact range (without `#` markers). */
  private headingSpan(heading: Heading): Span {
    const children = heading.children;
    if (children.length === 0) return { text: '', range: this.source.range(end(heading), end(heading)) };
    return {
      text: plainText(heading).trim(),
      range: this.source.range(start(children[0]), end(children[children.length - 1])),
    };
  }

  private readSections(blocks: Block[]): void {
    let i = 0;
    while (i < blocks.length) {
      const node = blocks[i].node;
      if (node.type !== 'heading' || blocks[i].table) {
        i++;
        continue;
      }
      const title = this.headingSpan(node);
      const kind = sectionKindOf(title.text);
      if (!kind) {
        i++;
        continue;
      }
      let stop = i + 1;
      while (stop < blocks.length && !isHeadingAtMost(blocks[stop], node.depth)) stop++;
      // "# Payments team: roles and responsibilities" over "## Roles" and "## RACI" is the document's
      // title: the sections are the headings under it.
      const isTitleOverSections =
        node.depth === 1 &&
        blocks.slice(i + 1, stop).some((inner) => inner.node.type === 'heading' && !inner.table && sectionKindOf(this.headingSpan(inner.node).text));
      if (isTitleOverSections) {
        i++;
        continue;
      }
      const contentEnd = stop > i + 1 ? end(blocks[stop - 1].node) : end(node);
      this.charter.sections.push({
        kind,
        title: title.text,
        titleRange: title.range,
        range: this.source.range(start(node), contentEnd),
      });
      this.sectionInfos.push({ kind, headingDepth: node.depth, headingStart: start(node), contentEnd });
      this.readSectionBody(kind, blocks, i + 1, stop, undefined);
      i = stop;
    }
  }

  /** Blocks [from, to) of a section (or of a group sub-heading inside one). */
  private readSectionBody(kind: SectionKind, blocks: Block[], from: number, to: number, group: string | undefined): void {
    let i = from;
    while (i < to) {
      const block = blocks[i];
      const node = block.node;
      if (node.type === 'heading' && !block.table) {
        let stop = i + 1;
        while (stop < to && !isHeadingAtMost(blocks[stop], node.depth)) stop++;
        const holdsHeadings = blocks.slice(i + 1, stop).some((inner) => inner.node.type === 'heading' && !inner.table);
        if (holdsHeadings) {
          // A sub-heading with deeper headings under it groups them ("### Planning", "#### Roadmap").
          this.readSectionBody(kind, blocks, i + 1, stop, this.headingSpan(node).text);
        } else {
          const nextHeadingStart = stop < blocks.length ? this.source.lineStartOf(start(blocks[stop].node)) : this.text.length;
          this.readSubHeading(kind, node, blocks.slice(i + 1, stop), nextHeadingStart, group);
        }
        i = stop;
        continue;
      }
      if (block.table) this.readTable(kind, block.table, group);
      else if (node.type === 'list' && kind !== 'responsibilities') this.readRoleList(node);
      i++;
    }
  }

  // ---- Roles ----

  private addRole(role: RoleDefinition): void {
    this.charter.roles.push(role);
  }

  private readRoleList(list: List): void {
    for (const item of list.children) {
      const role = this.readListRole(item);
      if (!role) continue;
      this.addRole(role);
      const paragraph = item.children[0];
      const markerPrefix = paragraph ? this.text.slice(this.source.lineStartOf(start(item)), start(paragraph)) : '- ';
      this.roleAnchor = { form: 'list', itemEnd: end(item), markerPrefix: markerPrefix.replace(/\[[ xX]\]\s*$/, '') };
    }
  }

  private readListRole(item: ListItem): RoleDefinition | undefined {
    const paragraph = item.children[0];
    if (!paragraph || paragraph.type !== 'paragraph') return undefined;
    const text = this.text;
    const paragraphEnd = end(paragraph);
    let titleStart: number;
    let titleEnd: number;
    let cursor: number;
    let separated = false;
    let id: string | undefined;
    let idRange: RoleDefinition['idRange'];
    const aliases: Span[] = [];

    const leading = paragraph.children[0]?.type === 'text' && /^\s*$/.test((paragraph.children[0] as { value: string }).value) ? 1 : 0;
    const strong = paragraph.children[leading];
    if (strong && strong.type === 'strong' && strong.children.length > 0) {
      titleStart = start(strong.children[0]);
      titleEnd = end(strong.children[strong.children.length - 1]);
      while (titleEnd > titleStart && /\s/.test(text[titleEnd - 1])) titleEnd--;
      // `**Product Manager:**` carries its separator inside the bold.
      if (text[titleEnd - 1] === ':') {
        titleEnd--;
        separated = true;
      }
      cursor = end(strong);
      const afterStrong = paragraph.children.slice(leading + 1);
      const next = afterStrong[0]?.type === 'text' && /^\s*$/.test((afterStrong[0] as { value: string }).value) ? afterStrong[1] : afterStrong[0];
      if (!separated && next && next.type === 'inlineCode' && /^\s*$/.test(text.slice(cursor, start(next)))) {
        const ticks = /^`+/.exec(text.slice(start(next)))?.[0].length ?? 1;
        const span = strippedSpan(text, start(next) + ticks, end(next) - ticks);
        id = text.slice(span.start, span.end);
        idRange = this.source.range(span.start, span.end);
        cursor = end(next);
      }
    } else {
      const firstLineEnd = Math.min(this.source.index.lineEnd(this.source.lineOf(start(paragraph))), paragraphEnd);
      const line = text.slice(start(paragraph), firstLineEnd);
      const separator = /:|—|–|\s-\s/.exec(line);
      const titleText = separator ? line.slice(0, separator.index) : line;
      const span = strippedSpan(text, start(paragraph), start(paragraph) + titleText.length);
      titleStart = span.start;
      titleEnd = span.end;
      cursor = separator ? start(paragraph) + separator.index + separator[0].length : firstLineEnd;
      separated = true;
    }
    const title = text.slice(titleStart, titleEnd).trim();
    if (!title) return undefined;

    const aliasMatch = /^\s*\(\s*(?:aka|a\.k\.a\.|also(?:\s+known\s+as)?)\b[\s:]*([^)]*)\)/i.exec(text.slice(cursor, paragraphEnd));
    if (aliasMatch) {
      const listStart = cursor + aliasMatch[0].length - 1 - aliasMatch[1].length;
      for (const reference of readReferences(this.source, listStart, listStart + aliasMatch[1].length)) aliases.push(reference);
      cursor += aliasMatch[0].length;
    }
    let rest = text.slice(cursor, paragraphEnd);
    if (!separated) rest = rest.replace(/^\s*(?::|—|–|-(?=\s))/, '');
    const descriptionParts = [rest.trim()];
    for (const child of item.children.slice(1)) descriptionParts.push(this.dedentedSource(child));
    const description = descriptionParts.filter((part) => part.length > 0).join('\n');
    const restSpan = strippedSpan(text, cursor, paragraphEnd);
    const restText = text.slice(restSpan.start, restSpan.end).replace(/^(?::|—|–|-(?=\s))\s*/, '');
    const personLine =
      id === undefined && aliases.length === 0 && item.children.length === 1 && restText.length > 0 && !/[\r\n]/.test(restText)
        ? { start: restSpan.end - restText.length, end: restSpan.end }
        : undefined;

    const role: RoleDefinition = {
      id: id ?? (kebabCase(title) || title),
      idRange,
      title,
      titleRange: this.source.range(titleStart, titleEnd),
      aliases,
      description: description || undefined,
      holders: [],
      form: 'list',
      removeRange: this.source.wholeLines(start(item), end(item)),
    };
    if (personLine) this.personLines.set(role, personLine);
    return role;
  }

  /**
   * "- Dana Ruiz — Product Manager" names the person first and the role second, the reverse of the
   * "- Scrum Master — runs the ceremonies" the format describes. Read literally, every such role is unused
   * and every matrix header undefined. So when the text before the separator is named by no
   * responsibility but the whole text after it is, the text after it is the role and the text before it
   * its holder.
   */
  private readPersonRoleLines(): void {
    if (this.personLines.size === 0) return;
    const referenced = new Set(this.charter.responsibilities.flatMap((entry) => entry.references.map((ref) => normalizeReference(ref.text))));
    const answered = new Set(this.charter.roles.flatMap((role) => [role.title, role.id, ...role.aliases.map((alias) => alias.text)].map(normalizeReference)));
    for (const [role, line] of this.personLines) {
      const title = this.text.slice(line.start, line.end);
      const key = normalizeReference(title);
      if (referenced.has(normalizeReference(role.title)) || !referenced.has(key) || answered.has(key)) continue;
      answered.add(key);
      role.holders = [role.title];
      role.title = title;
      role.titleRange = this.source.range(line.start, line.end);
      role.id = kebabCase(title) || title;
      role.description = undefined;
    }
  }

  /** A block's source with each line's leading white space removed (descriptions keep their Markdown). */
  private dedentedSource(node: Nodes): string {
    return this.text
      .slice(start(node), end(node))
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .join('\n');
  }

  private readRoleTable(table: GfmTable): void {
    const header = table.header.cells.map((cell) => this.cellText(cell).toLowerCase());
    const columns: RoleColumns = {};
    header.forEach((name, column) => {
      if (column === 0) return;
      if (name === 'id') columns.id ??= column;
      else if (name === 'aliases' || name === 'alias' || name === 'also known as' || name === 'aka') columns.aliases ??= column;
      // "Responsibilities" and "Who" are how many teams head these columns in a role table.
      else if (['description', 'summary', 'responsibilities', 'scope'].includes(name)) columns.description ??= column;
      else if (['holder', 'holders', 'person', 'people', 'name', 'who', 'owner'].includes(name)) columns.holder ??= column;
    });
    for (const row of table.body) {
      const cells = row.cells;
      if (cells.length === 0) continue;
      const titleSpan = strippedSpan(this.text, cells[0].contentStart, cells[0].contentEnd);
      const title = this.text.slice(titleSpan.start, titleSpan.end);
      if (!title) continue;
      const cellAt = (column: number | undefined) => (column !== undefined ? cells[column] : undefined);
      const idCell = cellAt(columns.id);
      const idSpan = idCell ? strippedSpan(this.text, idCell.contentStart, idCell.contentEnd) : undefined;
      const id = idSpan && idSpan.end > idSpan.start ? this.text.slice(idSpan.start, idSpan.end) : undefined;
      const aliasCell = cellAt(columns.aliases);
      const descriptionCell = cellAt(columns.description);
      const holderCell = cellAt(columns.holder);
      this.addRole({
        id: id ?? (kebabCase(title) || title),
        idRange: id && idSpan ? this.source.range(idSpan.start, idSpan.end) : undefined,
        title,
        titleRange: this.source.range(titleSpan.start, titleSpan.end),
        aliases: aliasCell ? readReferences(this.source, aliasCell.contentStart, aliasCell.contentEnd) : [],
        description: (descriptionCell && this.cellText(descriptionCell)) || undefined,
        holders: holderCell ? readReferences(this.source, holderCell.contentStart, holderCell.contentEnd).map((ref) => ref.text) : [],
        form: 'table',
        removeRange: this.source.wholeLines(row.lineStart, row.lineEnd),
      });
    }
    this.roleAnchor = { form: 'table', table, columns };
  }

  private readHeadingRole(heading: Heading, blocks: Block[], removeEnd: number): void {
    const title = this.headingSpan(heading);
    if (!title.text) return;
    let id: string | undefined;
    let idRange: RoleDefinition['idRange'];
    const aliases: Span[] = [];
    const holders: string[] = [];
    const description: string[] = [];
    this.forEachLine(blocks, (lineStart, lineEnd) => {
      const field = readFieldLine(this.text, lineStart, lineEnd);
      const label = field?.label.toLowerCase();
      if (field && label === 'id') {
        const span = strippedSpan(this.text, field.valueStart, field.valueEnd);
        id = this.text.slice(span.start, span.end) || undefined;
        idRange = id ? this.source.range(span.start, span.end) : undefined;
      } else if (field && (label === 'aliases' || label === 'alias' || label === 'also known as' || label === 'aka')) {
        aliases.push(...readReferences(this.source, field.valueStart, field.valueEnd));
      } else if (field && (label === 'holder' || label === 'holders')) {
        holders.push(...readReferences(this.source, field.valueStart, field.valueEnd).map((ref) => ref.text));
      } else {
        const line = this.text.slice(lineStart, lineEnd).trim();
        if (line) description.push(line);
      }
    });
    this.addRole({
      id: id ?? (kebabCase(title.text) || title.text),
      idRange,
      title: title.text,
      titleRange: title.range,
      aliases,
      description: description.join('\n') || undefined,
      holders,
      form: 'heading',
      removeRange: this.source.range(this.source.lineStartOf(start(heading)), removeEnd),
    });
    this.roleAnchor = { form: 'heading', depth: heading.depth, after: removeEnd };
  }

  /** Calls back for each source line of the paragraphs and lists among the blocks. */
  private forEachLine(blocks: Block[], visit: (lineStart: number, lineEnd: number) => void): void {
    for (const { node } of blocks) {
      if (node.type !== 'paragraph' && node.type !== 'list') continue;
      const first = this.source.lineOf(start(node));
      const last = this.source.lineOf(end(node));
      for (let line = first; line <= last; line++) {
        visit(this.source.index.lineStarts[line], this.source.index.lineEnd(line));
      }
    }
  }

  // ---- Dispatch ----

  private readSubHeading(kind: SectionKind, heading: Heading, blocks: Block[], removeEnd: number, group: string | undefined): void {
    // "### Notes" under a matrix, or "### Legend" over a letter table, is about the section: skipped whole.
    if (isAsideHeading(this.headingSpan(heading).text)) return;
    // A sub-heading over tables ("### Engineering" above a matrix) heads them rather than defining
    // anything itself; in a Roles section only a Role/Title table makes it so.
    const tables = blocks.filter((block) => block.table);
    const headsTables = kind === 'roles' ? tables.some((block) => this.isRoleTable(block.table!)) : tables.length > 0;
    if (headsTables && !blocks.some((block) => this.hasRaciLine(block))) {
      return this.readSectionBody(kind, blocks, 0, blocks.length, this.headingSpan(heading).text || group);
    }
    if (kind === 'roles') return this.readHeadingRole(heading, blocks, removeEnd);
    const fields: FieldLine[] = [];
    this.forEachLine(blocks, (lineStart, lineEnd) => {
      const field = readFieldLine(this.text, lineStart, lineEnd);
      if (field && raciLabel(field.label)) fields.push(field);
    });
    // In a section that is both, a sub-heading without RACI lines is a role.
    if (kind === 'both' && fields.length === 0) return this.readHeadingRole(heading, blocks, removeEnd);
    this.readHeadingResponsibility(heading, blocks, group);
  }

  private isRoleTable(table: GfmTable): boolean {
    const first = this.cellText(table.header.cells[0]).toLowerCase();
    return first === 'role' || first === 'roles' || first === 'title';
  }

  private hasRaciLine(block: Block): boolean {
    let found = false;
    this.forEachLine([block], (lineStart, lineEnd) => {
      const field = readFieldLine(this.text, lineStart, lineEnd);
      if (field && raciLabel(field.label)) found = true;
    });
    return found;
  }

  private readTable(kind: SectionKind, table: GfmTable, group: string | undefined): void {
    const first = this.cellText(table.header.cells[0]).toLowerCase();
    if (['letter', 'letters', 'code', 'key', 'legend'].includes(first)) return;
    const definesRoles = this.isRoleTable(table);
    if (kind === 'roles') {
      if (definesRoles) this.readRoleTable(table);
      return;
    }
    if (kind === 'both' && definesRoles) return this.readRoleTable(table);
    const labels = table.header.cells.slice(1).map((cell) => raciLabel(this.cellText(cell)));
    if (labels.length > 0 && labels.every((label) => label !== undefined)) this.readAssignmentTable(table, labels as RaciLetter[], group);
    else this.readMatrix(table, group);
  }

  private cellText(cell: TableCell | undefined): string {
    if (!cell) return '';
    const span = strippedSpan(this.text, cell.contentStart, cell.contentEnd);
    return this.text.slice(span.start, span.end);
  }

  // ---- Responsibilities ----

  private readMatrix(table: GfmTable, headingGroup: string | undefined): void {
    const columns: RoleReference[] = table.header.cells.map((cell) => {
      const span = strippedSpan(this.text, cell.contentStart, cell.contentEnd);
      return { text: cellLines(this.text.slice(span.start, span.end)), range: this.source.range(span.start, span.end) };
    });
    for (const { row, name, group } of this.responsibilityRows(table, headingGroup)) {
      const cells = row.cells;
      const raciCells: RaciCell[] = [];
      const references: RoleReference[] = [];
      const assignments: Assignment[] = [];
      for (let column = 1; column < table.columnCount; column++) {
        const cell = cells[column];
        const header = columns[column];
        if (!header.text) continue;
        const contentStart = cell ? cell.contentStart : row.lineEnd;
        const contentEnd = cell ? cell.contentEnd : row.lineEnd;
        const cellText = this.text.slice(contentStart, contentEnd);
        const parsed = parseRaciCell(cellText);
        const range = this.source.range(contentStart, contentEnd);
        raciCells.push({
          text: cellText,
          range,
          letters: parsed.valid ? parsed.letters : null,
          problem: parsed.valid ? undefined : parsed.problem,
          column: header,
        });
        // A matrix row refers to the role of each column whose cell it fills (letters or not).
        if (cellText.length > 0) references.push(header);
        if (parsed.valid) for (const letter of parsed.letters) assignments.push({ ref: header, letter, range });
      }
      this.charter.responsibilities.push({
        name: name.text,
        nameRange: name.range,
        group,
        form: 'matrix',
        assignments,
        references,
        cells: raciCells,
        range: this.source.range(row.lineStart, row.lineEnd),
        rewrite: matrixRowRewriter(this.source, row, columns, raciCells),
      });
    }
  }

  /** The body rows that are responsibilities, each with its group: group rows only set the group. */
  private *responsibilityRows(table: GfmTable, headingGroup: string | undefined): Generator<{ row: TableRow; name: Span; group: string | undefined }> {
    let group = headingGroup;
    for (const row of table.body) {
      if (row.cells.length === 0) continue;
      if (isGroupRow(row.cells, this.text)) {
        group = this.cellText(row.cells[0]);
        continue;
      }
      const name = this.nameOf(row.cells[0]);
      if (name) yield { row, name, group };
    }
  }

  private nameOf(cell: TableCell): Span | undefined {
    const span = strippedSpan(this.text, cell.contentStart, cell.contentEnd);
    if (span.end <= span.start) return undefined;
    return { text: cellLines(this.text.slice(span.start, span.end)), range: this.source.range(span.start, span.end) };
  }

  private readAssignmentTable(table: GfmTable, letters: RaciLetter[], headingGroup: string | undefined): void {
    for (const { row, name, group } of this.responsibilityRows(table, headingGroup)) {
      const cells = row.cells;
      const references: RoleReference[] = [];
      const assignments: Assignment[] = [];
      const lists: { letter: RaciLetter; cell?: TableCell; refs: RoleReference[] }[] = [];
      letters.forEach((letter, index) => {
        const cell = cells[index + 1];
        const refs = cell ? readReferences(this.source, cell.contentStart, cell.contentEnd) : [];
        lists.push({ letter, cell, refs });
        for (const ref of refs) {
          references.push(ref);
          assignments.push({ ref, letter, range: ref.range });
        }
      });
      this.charter.responsibilities.push({
        name: name.text,
        nameRange: name.range,
        group,
        form: 'assignment-table',
        assignments,
        references,
        cells: [],
        range: this.source.range(row.lineStart, row.lineEnd),
        rewrite: assignmentRowRewriter(this.source, lists),
      });
    }
  }

  private readHeadingResponsibility(heading: Heading, blocks: Block[], group: string | undefined): void {
    const name = this.headingSpan(heading);
    if (!name.text) return;
    const references: RoleReference[] = [];
    const assignments: Assignment[] = [];
    const fields: HeadingField[] = [];
    const description: string[] = [];
    this.forEachLine(blocks, (lineStart, lineEnd) => {
      const field = readFieldLine(this.text, lineStart, lineEnd);
      const letter = field && raciLabel(field.label);
      if (field && letter) {
        const refs = readReferences(this.source, field.valueStart, field.valueEnd);
        fields.push({ field, letter, refs });
        for (const ref of refs) {
          references.push(ref);
          assignments.push({ ref, letter, range: ref.range });
        }
      } else {
        const line = this.text.slice(lineStart, lineEnd).trim();
        if (line) description.push(line);
      }
    });
    const lastEnd = blocks.length > 0 ? end(blocks[blocks.length - 1].node) : end(heading);
    this.charter.responsibilities.push({
      name: name.text,
      nameRange: name.range,
      description: description.join('\n') || undefined,
      group,
      form: 'heading',
      assignments,
      references,
      cells: [],
      range: this.source.range(start(heading), lastEnd),
      rewrite: headingFieldsRewriter(this.source, end(heading), fields),
    });
  }

  // ---- Adding a role: roleDefiner, below the class ----
}

/**
 * Memory: the closures a charter keeps (defineRole, each responsibility's rewrite) are made by these
 * module-level factories, so that each holds the Source and the few offsets it needs, not the reader
 * (and through it the mdast nodes of the sections and role list). Measured with a heap snapshot of 100
 * typical Markdown results kept alive: 62 KB per result beyond the model with the closures as methods of
 * the reader; see the commit for the figure after.
 */
function roleDefiner(source: Source, anchor: RoleAnchor | undefined, sectionInfos: readonly SectionInfo[]): Charter['defineRole'] {
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
  if (anchor?.form === 'table') {
    const table = anchor.table;
    const contents = table.header.cells.map((_, column) => {
      if (column === 0) return role.title;
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

/** A matrix row's rewrite: the cells of the columns whose letters change (see rewriteMatrixRow). */
function matrixRowRewriter(source: Source, row: TableRow, columns: RoleReference[], cells: RaciCell[]): Responsibility['rewrite'] {
  return (next) => rewriteMatrixRow(source, row, columns, cells, next);
}

function rewriteMatrixRow(source: Source, row: TableRow, columns: RoleReference[], cells: RaciCell[], next: Involvement[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const missing = new Map<number, string>();
  for (const involvement of next) {
    const key = normalizeReference(involvement.ref);
    const column = columns.findIndex((header, index) => index > 0 && normalizeReference(header.text) === key);
    if (column < 0) continue;
    const current = cells.find((cell) => cell.column === columns[column]);
    const wanted = formatLetters(involvement.letters);
    if (current && current.letters && formatLetters(current.letters) === wanted) continue;
    const cell = row.cells[column];
    if (cell) edits.push(cellEdit(source, cell, wanted));
    else missing.set(column, wanted);
  }
  if (missing.size > 0) {
    // A short row: write the cells it lacks, up to the last one that gets letters.
    const last = Math.max(...missing.keys());
    let appended = row.cells.length > 0 && !row.cells[row.cells.length - 1].closed ? ' |' : '';
    for (let column = row.cells.length; column <= last; column++) appended += ` ${missing.get(column) ?? ''} |`;
    edits.push(source.edit(row.lineEnd, row.lineEnd, appended));
  }
  return edits;
}

/** An assignment-table row's rewrite: the list cells of the letters that change. */
function assignmentRowRewriter(source: Source, lists: readonly { letter: RaciLetter; cell?: TableCell; refs: RoleReference[] }[]): Responsibility['rewrite'] {
  return (next) => {
    const edits: TextEdit[] = [];
    const done = new Set<RaciLetter>();
    for (const list of lists) {
      if (done.has(list.letter) || !list.cell) continue;
      done.add(list.letter);
      const written = changedList(list.refs, list.letter, next);
      if (written !== undefined) edits.push(cellEdit(source, list.cell, written.join(', ')));
    }
    return edits;
  };
}

type HeadingField = { field: FieldLine; letter: RaciLetter; refs: RoleReference[] };

/** A heading responsibility's rewrite: its `Accountable:`-style lines (see rewriteHeadingFields). */
function headingFieldsRewriter(source: Source, headingEnd: number, fields: HeadingField[]): Responsibility['rewrite'] {
  return (next) => rewriteHeadingFields(source, headingEnd, fields, next);
}

function rewriteHeadingFields(source: Source, headingEnd: number, fields: HeadingField[], next: Involvement[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const added: string[] = [];
  const model = fields[fields.length - 1]?.field;
  for (const letter of ['A', 'R', 'C', 'I'] as RaciLetter[]) {
    const existing = fields.find((entry) => entry.letter === letter);
    const written = changedList(existing?.refs ?? [], letter, next);
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

/** The GFM table a top-level paragraph (or setext heading) holds, if any. */
function tableIn(node: RootContent, source: Source): GfmTable | undefined {
  // A setext heading's text may hold a table: GFM then reads the underline as a body row.
  const setext = node.type === 'heading' && source.text[start(node)] !== '#';
  if ((node.type !== 'paragraph' && !setext) || !source.text.slice(start(node), end(node)).includes('|')) return undefined;
  const first = source.lineOf(start(node));
  const last = source.lineOf(end(node));
  if (first === last) return undefined;
  const lines: SourceLine[] = [];
  for (let line = first; line <= last; line++) {
    lines.push({
      line,
      start: line === first ? start(node) : source.index.lineStarts[line],
      end: Math.min(source.index.lineEnd(line), end(node)),
    });
  }
  return findTable(source.text, lines);
}

/** Every top-level GFM table of a Markdown text, as the charter parser sees them. */
export function findMarkdownTables(text: string): GfmTable[] {
  const source = new Source(text);
  return parseMarkdownBlocks(text)
    .children.map((node) => tableIn(node, source))
    .filter((table): table is GfmTable => table !== undefined);
}

/** A cut made by shortenPipeLines: `removed` characters in total were cut before `at` (shortened offset). */
interface Cut {
  at: number;
  removed: number;
}

/**
 * Speed: micromark's cost is per line, and table rows are read from the source by gfmTable.ts anyway. So
 * each run of consecutive lines that start (indented less than four columns) with `|` is cut down to its
 * first pipe before parsing. Every line of such a run continues the block its first line is in (a
 * paragraph, or code or HTML content), so the block structure stays the same. Lines containing `>` break
 * a run, as `-->`, `?>` or `>` may end an HTML block. Front matter is left alone.
 * Measured (CPU time, median of 25, 1,000-row 8-role matrix, on a loaded machine): remark-parse on the
 * whole text 33 ms; on the cut text under 2 ms.
 */
function shortenPipeLines(text: string): { text: string; cuts: Cut[] } {
  const cuts: Cut[] = [];
  const parts: string[] = [];
  let copiedUpTo = 0;
  let removed = 0;
  let lineStart = 0;
  let runCut = -1;
  let runEnd = -1;
  const closeRun = () => {
    if (runCut >= 0 && runEnd > runCut) {
      parts.push(text.slice(copiedUpTo, runCut));
      removed += runEnd - runCut;
      cuts.push({ at: runCut - (removed - (runEnd - runCut)), removed });
      copiedUpTo = runEnd;
    }
    runCut = -1;
  };
  lineStart = frontMatterEnd(text) ?? 0;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    let hasGreater = false;
    while (lineEnd < text.length) {
      const code = text.charCodeAt(lineEnd);
      if (code === 10 || code === 13) break;
      if (code === 62 /* > */) hasGreater = true;
      lineEnd++;
    }
    let first = lineStart;
    let columns = 0;
    while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) {
      columns += text.charCodeAt(first) === 9 ? 4 - (columns % 4) : 1;
      first++;
    }
    if (text.charCodeAt(first) === 124 && columns < 4 && !hasGreater) {
      if (runCut < 0) runCut = first + 1;
      runEnd = lineEnd;
    } else {
      closeRun();
    }
    lineStart = lineEnd;
    if (text.charCodeAt(lineStart) === 13) lineStart++;
    if (text.charCodeAt(lineStart) === 10) lineStart++;
  }
  closeRun();
  if (cuts.length === 0) return { text, cuts };
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(''), cuts };
}

/** Puts the tree's offsets back into the original text's terms after shortenPipeLines. */
function restoreOffsets(tree: Root, cuts: readonly Cut[]): void {
  if (cuts.length === 0) return;
  const original = (offset: number): number => originalOffset(offset, cuts);
  const visit = (node: Nodes) => {
    const position = node.position;
    if (position) {
      if (position.start.offset !== undefined) position.start.offset = original(position.start.offset);
      if (position.end.offset !== undefined) position.end.offset = original(position.end.offset);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
}

/** An offset of the text shortenPipeLines returned, in the original text's terms. */
function originalOffset(offset: number, cuts: readonly Cut[]): number {
  let low = 0;
  let high = cuts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (cuts[mid].at <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found < 0 ? offset : offset + cuts[found].removed;
}

/**
 * A table cell's text as a reader sees it: a `<br>` is the only way to break a line inside a cell, so
 * "Product<br>Manager" names the role Product Manager and "Dashboards<br>and reports" is one name; a
 * link reads as its text, so "[Warehouse](https://wiki/wh) models" is "Warehouse models" in messages.
 */
function cellLines(text: string): string {
  let readable = text;
  if (readable.includes('<')) readable = readable.replace(/[ \t]*<br\s*\/?>[ \t]*/gi, ' ').trim();
  if (readable.includes('](')) readable = readable.replace(/\[([^\]]+)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1');
  return readable;
}

/**
 * Sub-headings that real charters put inside a Roles or Responsibilities section and that are about the
 * section, not an entry of it ("### Notes", "### RACI legend"). Read as roles or responsibilities they
 * would each be a finding ("Notes" unused, "Legend" with no accountable role).
 */
const ASIDE_HEADINGS = new Set([
  'notes', 'note', 'legend', 'key', 'raci key', 'raci legend', 'how to read this', 'how to read this table', 'glossary', 'definitions',
  'faq', 'questions', 'open questions', 'references', 'see also', 'links', 'changelog', 'change log', 'history', 'revision history',
  'overview', 'summary', 'background', 'context', 'purpose', 'scope', 'out of scope', 'appendix', 'comments', 'todo',
]);

function isAsideHeading(title: string): boolean {
  // Emoji and punctuation around the words do not change what the heading is ("📝 Notes:").
  const words = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return ASIDE_HEADINGS.has(words);
}

function isHeadingAtMost(block: Block, depth: number): boolean {
  return block.node.type === 'heading' && !block.table && block.node.depth <= depth;
}

/** A group row: only its first cell has text (`| **Planning** | | |`). */
function isGroupRow(cells: readonly TableCell[], text: string): boolean {
  if (cells.length < 2 || cells[0].contentEnd <= cells[0].contentStart) return false;
  return cells.slice(1).every((cell) => cell.contentEnd === cell.contentStart || text.slice(cell.contentStart, cell.contentEnd).trim() === '');
}

/**
 * The references a RACI list for `letter` should hold after `next`, or undefined when it stays as is.
 * Roles in `next` keep or gain the letter as listed; other references keep their spelling and place.
 */
function changedList(refs: readonly RoleReference[], letter: RaciLetter, next: readonly Involvement[]): string[] | undefined {
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
    written.push(referenceAsWritten(ref));
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
