// HTML tables among a document's blocks, read like GFM tables: the reader gets one block per table.
//
// remark gives raw HTML as `html` nodes, and a table with blank lines inside comes as several: HTML
// blocks (`<tr>` and `</td>` lines start one), and between them the Markdown a cell holds, as GitHub
// renders it (a paragraph of `**A**`, a list). So a table is read from the node where it starts through
// the node that closes it: HTML nodes are read for tags, Markdown inside an open cell is its content
// (the inline HTML in a paragraph read as tags, code never). A heading, or Markdown between rows, ends
// the reading there, and a table not closed by then is not read. Tables in a list item or a block quote
// are read when one HTML node holds the whole table.
import type { Html, Nodes, RootContent } from 'mdast';
import type { TableReadingNote } from '../../model';
import { end, start, type Block, type ReadContext } from './context';
import { HtmlTableScanner, type HtmlRow } from './html-scan';
import { aloneOnItsLines, readHtmlTable } from './html-table';
import type { Source } from './source';

// In any case, as HTML allows; letter classes rather than the `i` flag, which scans a whole text slower.
const TABLE_TAG = /<[tT][aA][bB][lL][eE][\s>/]/;

export interface HtmlTables {
  /** After the document is read: the notes of the tables not read, and exact removal of HTML role rows. */
  finish(ctx: ReadContext): void;
}

const NO_HTML_TABLES: HtmlTables = { finish: () => undefined };

/**
 * Puts each HTML table among `blocks` (the top-level nodes of `children`, each followed by the GFM
 * tables nested in it) as a block of its own, in place of the nodes it was written in.
 */
export function readHtmlTables(source: Source, children: readonly RootContent[], blocks: Block[]): HtmlTables {
  if (!TABLE_TAG.test(source.text)) return NO_HTML_TABLES;
  const found = new Found(source);
  const topLevel = new Set<RootContent>(children);
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const { node } = blocks[i];
    if (topLevel.has(node) && node.type === 'html' && TABLE_TAG.test(node.value)) {
      i = found.readRun(blocks, i, topLevel, out);
      continue;
    }
    out.push(blocks[i]);
    if (topLevel.has(node) && (node.type === 'list' || node.type === 'blockquote')) found.readNested(node, out);
  }
  blocks.length = 0;
  for (const block of out) blocks.push(block);
  return { finish: (ctx) => found.finish(ctx) };
}

class Found {
  private readonly notes: TableReadingNote[] = [];
  /** The rows of the HTML tables read, by start. */
  private readonly rows: HtmlRow[] = [];

  constructor(private readonly source: Source) {}

  /**
   * Reads the table(s) starting at `blocks[first]` through the node that closes them; pushes their blocks
   * and returns the index of the last block used.
   */
  readRun(blocks: readonly Block[], first: number, topLevel: ReadonlySet<RootContent>, out: Block[]): number {
    const scanner = new HtmlTableScanner(this.source.text);
    const firstNode = blocks[first].node;
    scanner.feedHtml(start(firstNode), end(firstNode));
    let last = first;
    for (let i = first + 1; i < blocks.length && scanner.inTable; i++) {
      const node = blocks[i].node;
      // Blocks nested in a node already read (a list's GFM tables) go with it.
      if (!topLevel.has(node)) {
        last = i;
        continue;
      }
      if (node.type === 'html') scanner.feedHtml(start(node), end(node));
      else if (scanner.inCell && node.type !== 'heading') feedInlineHtml(scanner, node);
      else break;
      last = i;
    }
    const runEnd = end(blocks[last].node);
    scanner.finish(runEnd);
    const tables: Block[] = [];
    for (const html of scanner.tables) {
      const reading = readHtmlTable(this.source, html);
      if (!reading) continue;
      if ('unreadable' in reading) {
        const headerEnd = html.rows[0]?.end ?? html.end;
        this.notes.push({ kind: 'other', range: this.source.range(html.start, Math.max(html.start, Math.min(headerEnd, runEnd))), summary: reading.unreadable });
        continue;
      }
      for (const row of html.rows) this.rows.push(row);
      tables.push({ node: htmlNode(this.source, html.start, html.end), table: reading.table });
    }
    const runStart = start(firstNode);
    if (tables.length === 0 && last === first) out.push(blocks[first]);
    else if (tables.length === 0) out.push({ node: htmlNode(this.source, runStart, runEnd) });
    else {
      // The blocks cover the whole run, so that a section holding it ends where it ends.
      tables[0].node = htmlNode(this.source, runStart, end(tables[0].node));
      const lastBlock = tables[tables.length - 1];
      lastBlock.node = htmlNode(this.source, start(lastBlock.node), Math.max(end(lastBlock.node), runEnd));
      for (const block of tables) out.push(block);
    }
    return last;
  }

  /** The HTML tables held whole by one HTML node in a list item or block quote. */
  readNested(container: Nodes, out: Block[]): void {
    const visit = (parent: Nodes) => {
      if (!('children' in parent)) return;
      for (const child of parent.children as Nodes[]) {
        if (child.type === 'html' && TABLE_TAG.test(child.value)) {
          const scanner = new HtmlTableScanner(this.source.text);
          scanner.feedHtml(start(child), end(child));
          scanner.finish(end(child));
          for (const html of scanner.tables) {
            const reading = readHtmlTable(this.source, html);
            if (!reading || 'unreadable' in reading) continue;
            for (const row of html.rows) this.rows.push(row);
            out.push({ node: child as RootContent, table: reading.table });
          }
        } else if (child.type === 'list' || child.type === 'listItem' || child.type === 'blockquote') {
          visit(child);
        }
      }
    };
    visit(container);
  }

  finish(ctx: ReadContext): void {
    if (this.notes.length > 0) ctx.charter.tables = byPosition(ctx.charter.tables ?? [], this.notes);
    this.exactRoleRemoval(ctx);
  }

  /**
   * A role defined by a row of an HTML table is removed by removing its row: whole lines when the row
   * has its lines to itself (as read), else exactly its `<tr>`…`</tr>`, else (no `</tr>`) not at all.
   */
  private exactRoleRemoval(ctx: ReadContext): void {
    if (this.rows.length === 0) return;
    const rows = this.rows.sort((a, b) => a.start - b.start);
    const text = this.source.text;
    for (const role of ctx.charter.roles) {
      if (role.form !== 'table' || !role.removeRange) continue;
      const offset = this.source.index.offsetAt(role.titleRange.start);
      const row = rowAt(rows, offset);
      if (!row) continue;
      if (aloneOnItsLines(text, row.start, row.end)) continue;
      role.removeRange = row.explicitEnd ? this.source.range(row.start, row.end) : undefined;
    }
  }
}

/** The notes of the tables read and of those not read, each list in document order, merged. */
function byPosition(read: readonly TableReadingNote[], unread: readonly TableReadingNote[]): TableReadingNote[] {
  const merged: TableReadingNote[] = [];
  const before = (a: TableReadingNote, b: TableReadingNote) => a.range.start.line < b.range.start.line || (a.range.start.line === b.range.start.line && a.range.start.character < b.range.start.character);
  let i = 0;
  let j = 0;
  while (i < read.length || j < unread.length) {
    if (j >= unread.length || (i < read.length && before(read[i], unread[j]))) merged.push(read[i++]);
    else merged.push(unread[j++]);
  }
  return merged;
}

/** The row holding `offset`, by binary search over rows sorted by start. */
function rowAt(rows: readonly HtmlRow[], offset: number): HtmlRow | undefined {
  let low = 0;
  let high = rows.length - 1;
  let found: HtmlRow | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (rows[middle].start <= offset) {
      found = rows[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found && offset < found.end ? found : undefined;
}

/** The inline HTML of Markdown written inside a cell (a paragraph's `</td>`), read for tags; code never. */
function feedInlineHtml(scanner: HtmlTableScanner, node: Nodes): void {
  if (node.type === 'html') {
    scanner.feedHtml(start(node), end(node));
    return;
  }
  if (node.type === 'paragraph' || node.type === 'emphasis' || node.type === 'strong' || node.type === 'link' || node.type === 'delete') {
    for (const child of node.children) feedInlineHtml(scanner, child);
  }
}

/** A node standing for the source of an HTML table (its position is what the reader uses). */
function htmlNode(source: Source, from: number, to: number): RootContent {
  const point = (offset: number) => {
    const { line, character } = source.index.positionAt(offset);
    return { line: line + 1, column: character + 1, offset };
  };
  const node: Html = { type: 'html', value: source.text.slice(from, to), position: { start: point(from), end: point(to) } };
  return node;
}
