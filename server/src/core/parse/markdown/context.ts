// What the Markdown reader's steps share: the text, the charter being built, and the small helpers
// every step uses to read mdast nodes and table cells by offset.
import type { Heading, Nodes, RootContent } from 'mdast';
import type { Charter, CharterSection, RoleDefinition, Span } from '../../model';
import { readableHtml } from '../../html-text';
import type { CellReader } from '../../raci';
import type { ContentTab } from './containers';
import type { GfmTable, TableCell } from './gfm-table';
import type { DocumentRead } from './row-cache';
import { Source, strippedSpan } from './source';

export type SectionKind = CharterSection['kind'];

/** A top-level block: a node, with the table found in it when it is a paragraph holding one. */
export interface Block {
  node: RootContent;
  table?: GfmTable;
}

/** Where the next role definition goes, in the style of the last one. */
export type RoleAnchor =
  | { form: 'list'; itemEnd: number; markerPrefix: string }
  | { form: 'table'; table: GfmTable; columns: RoleColumns }
  | { form: 'heading'; depth: number; after: number };

export interface RoleColumns {
  /** The column naming the roles: the first, or a "Role" column in a table of people. */
  title: number;
  id?: number;
  aliases?: number;
  description?: number;
  holder?: number;
}

export interface SectionInfo {
  kind: SectionKind;
  headingDepth: number;
  headingStart: number;
  /** Offset at which the section's last block ends (the heading's end when it is empty). */
  contentEnd: number;
  /** Nothing under the heading yet. */
  empty: boolean;
}

export interface ReadContext {
  readonly text: string;
  readonly source: Source;
  readonly charter: Charter;
  readonly sectionInfos: SectionInfo[];
  /** List roles written "Dana Ruiz — Product Manager": the one-line text after the separator, by role. */
  readonly personLines: Map<RoleDefinition, { start: number; end: number }>;
  readonly tabs: ContentTab[];
  /** Reads RACI cells with the letters beyond R, A, C and I that the document's framework declares. */
  readonly cells: CellReader;
  /** Whether the document speaks of RACI anywhere (a framework's name, the word "accountable", a legend). */
  readonly raciContext: () => boolean;
  /** Whether a legend gives R, A, C or I another meaning ("A = Advanced", "R = read"). */
  readonly lettersMeanOther: () => boolean;
  /** The readings of table rows kept from earlier reads of the document (row-cache.ts), if its owner keeps them. */
  readonly rows?: DocumentRead;
  roleAnchor?: RoleAnchor;
}

export function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Plain text of a node (what a reader sees, markup removed). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** The heading's text and its exact range (without `#` markers). */
export function headingSpan(ctx: ReadContext, heading: Heading): Span {
  const children = heading.children;
  if (children.length === 0) return { text: '', range: ctx.source.range(end(heading), end(heading)) };
  return {
    text: plainText(heading).trim(),
    range: ctx.source.range(start(children[0]), end(children[children.length - 1])),
  };
}

export function cellText(ctx: ReadContext, cell: TableCell | undefined): string {
  if (!cell) return '';
  const span = strippedSpan(ctx.text, cell.contentStart, cell.contentEnd);
  return ctx.text.slice(span.start, span.end);
}

/** Which content tab (index) an offset is in, or -1. */
export function tabAt(ctx: ReadContext, offset: number): number {
  return ctx.tabs.findIndex((tab) => tab.start <= offset && offset <= tab.end);
}

/** Calls back for each source line of the paragraphs and lists among the blocks. */
export function forEachLine(ctx: ReadContext, blocks: readonly Block[], visit: (lineStart: number, lineEnd: number) => void): void {
  for (const { node } of blocks) {
    if (node.type !== 'paragraph' && node.type !== 'list') continue;
    const first = ctx.source.lineOf(start(node));
    const last = ctx.source.lineOf(end(node));
    for (let line = first; line <= last; line++) {
      visit(ctx.source.index.lineStarts[line], ctx.source.index.lineEnd(line));
    }
  }
}

/**
 * A table cell's text as a reader sees it: a `<br>` is the only way to break a line inside a cell, so
 * "Product<br>Manager" names the role Product Manager and "Dashboards<br>and reports" is one name; other
 * HTML reads as GitHub shows it ("R&amp;D" is "R&D"); a link reads as its text, so
 * "[Warehouse](https://wiki/wh) models" is "Warehouse models" in messages.
 */
export function cellLines(text: string): string {
  let readable = text;
  if (readable.includes('<') || readable.includes('&')) readable = readableHtml(readable).trim();
  if (readable.includes('](')) readable = readable.replace(/\[([^\]]+)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1');
  return readable;
}

/**
 * A table cell's text and range, without the white space and emphasis around it; `line`, when known, is
 * the row's (no search for it).
 */
export function cellSpan(ctx: ReadContext, cell: TableCell, line?: number): Span {
  const span = strippedSpan(ctx.text, cell.contentStart, cell.contentEnd);
  const range = line === undefined ? ctx.source.range(span.start, span.end) : ctx.source.rangeOnLine(line, span.start, span.end);
  return { text: cellLines(ctx.text.slice(span.start, span.end)), range };
}

/**
 * Like forEachLine, but of a list only the lines of its items' own first paragraph: an item's nested
 * list belongs to the item ("Colour codes:" then "- R: pink"), not to the section.
 */
export function forEachItemLine(ctx: ReadContext, blocks: readonly Block[], visit: (lineStart: number, lineEnd: number) => void): void {
  for (const { node } of blocks) {
    if (node.type === 'paragraph') forEachLine(ctx, [{ node }], visit);
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const first = item.children[0];
      if (!first || first.type !== 'paragraph') continue;
      const from = ctx.source.lineOf(start(item));
      const to = ctx.source.lineOf(end(first));
      for (let line = from; line <= to; line++) visit(ctx.source.index.lineStarts[line], ctx.source.index.lineEnd(line));
    }
  }
}
