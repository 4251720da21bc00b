// Markdown that real charters are written in beyond CommonMark, turned into what remark reads:
// - MkDocs/Material content tabs (`=== "Essential"`) and admonitions (`!!! note`, `??? tip`) hold
//   content indented by four columns, which CommonMark reads as code. The opener line and the
//   indentation are cut (offsets map back through offsets.ts), and each tab is remembered so that a
//   charter written three times in three tabs is not three sets of duplicates.
// - A heading written as HTML on its own line (`<h2 align="center">RACI</h2>`) becomes an ATX heading of
//   the same length, so every offset stays where it was.
import { indentColumns, LineScanner, skipBlanks } from '../../lines';
import { cutRanges, type Cut } from './offsets';

/** A content tab: where its opener line starts and where its content ends (document offsets). */
export interface ContentTab {
  start: number;
  end: number;
}

const OPENER = /^(?:===|!!!|\?\?\?\+?)[ \t]+\S/;
const HTML_HEADING = /^<h([1-6])(?:\s[^>]*)?>([^<>]*)<\/h\1>[ \t]*$/i;

/** Characters to cut from a line's start to remove `columns` columns of indentation. */
function indentCut(text: string, start: number, end: number, columns: number): number {
  let seen = 0;
  let i = start;
  while (i < end && seen < columns) {
    seen += text.charCodeAt(i) === 9 ? 4 - (seen % 4) : 1;
    i++;
  }
  return i - start;
}

export function prepareContainers(text: string, from: number): { text: string; cuts: Cut[]; tabs: ContentTab[] } {
  if (!text.includes('===') && !text.includes('!!!') && !text.includes('???') && !/<h[1-6]/i.test(text)) return { text, cuts: [], tabs: [] };
  const ranges: { start: number; end: number }[] = [];
  const tabs: ContentTab[] = [];
  let headings: { start: number; replacement: string }[] = [];
  /** Indentation (columns) of the open containers' content. */
  const open: { columns: number; tab?: ContentTab }[] = [];
  const line = new LineScanner(text, from);
  while (line.advance()) {
    const { start, end } = line;
    const first = skipBlanks(text, start, end);
    const blank = first === end;
    const indent = indentColumns(text, start, first);
    while (open.length > 0 && !blank && indent < open[open.length - 1].columns) {
      open.pop();
    }
    const depth = open.length > 0 ? open[open.length - 1].columns : 0;
    const content = text.slice(start + (blank ? 0 : indentCut(text, start, end, depth)), end);
    if (!blank && indent - depth < 4 && OPENER.test(content)) {
      const tab = content.startsWith('===') ? { start, end } : undefined;
      if (tab) tabs.push(tab);
      for (const container of open) if (container.tab) container.tab.end = end;
      open.push({ columns: depth + 4, tab });
      ranges.push({ start, end });
      continue;
    }
    if (depth > 0 && !blank) {
      ranges.push({ start, end: start + indentCut(text, start, end, depth) });
      for (const container of open) if (container.tab) container.tab.end = end;
    }
    const heading = HTML_HEADING.exec(content);
    if (heading && !blank) {
      const at = end - content.length;
      const tagEnd = content.indexOf('>') + 1;
      const title = heading[2];
      // `<h4>` is shorter than `#### `: such a heading stays HTML.
      if (tagEnd < Number(heading[1]) + 1) continue;
      const replacement = ('#'.repeat(Number(heading[1])) + ' ').padEnd(tagEnd) + title + ' '.repeat(content.length - tagEnd - title.length);
      headings.push({ start: at, replacement });
    }
  }
  let replaced = text;
  if (headings.length > 0) {
    const parts: string[] = [];
    let copied = 0;
    for (const heading of headings) {
      parts.push(text.slice(copied, heading.start), heading.replacement);
      copied = heading.start + heading.replacement.length;
    }
    parts.push(text.slice(copied));
    replaced = parts.join('');
    headings = [];
  }
  const cut = cutRanges(replaced, ranges);
  return { text: cut.text, cuts: cut.cuts, tabs };
}
