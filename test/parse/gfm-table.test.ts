// Our linear table reader must find the same tables and cells as remark-gfm does on the same text.
import { strict as assert } from 'node:assert';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, Table } from 'mdast';
import { splitRow } from '../../server/src/core/parse/markdown/gfm-table';
import { findMarkdownTables } from '../../server/src/core/parse/markdown';

interface SeenTable {
  lines: number[];
  cells: string[][];
}

function withRemarkGfm(text: string): SeenTable[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  return tree.children
    .filter((node): node is Table => node.type === 'table')
    .map((table) => ({
      lines: table.children.map((row) => row.position!.start.line - 1),
      cells: table.children.map((row) =>
        row.children.map((cell) => {
          const first = cell.children[0];
          const last = cell.children[cell.children.length - 1];
          return first && last ? text.slice(first.position!.start.offset, last.position!.end.offset) : '';
        }),
      ),
    }));
}

/** Our reader, fed the blocks that the Markdown parser's own pass (without GFM) yields. */
function withOurReader(text: string): SeenTable[] {
  return findMarkdownTables(text).map((table) => {
    const rows = [table.header, ...table.body];
    return {
      lines: rows.map((row) => row.line),
      cells: rows.map((row) => row.cells.map((cell) => text.slice(cell.contentStart, cell.contentEnd))),
    };
  });
}

const CORPUS: Record<string, string> = {
  'plain matrix': '| Responsibility | PM | EM |\n| --- | :-: | --: |\n| Roadmap | A/R | C |\n| Hiring | I | A |\n',
  'no outer pipes': 'Responsibility | PM | EM\n--- | --- | ---\nRoadmap | A | R\n',
  'only leading pipes': '| a | b\n| - | -\n| 1 | 2\n',
  'escaped pipe': '| a | b |\n| - | - |\n| x \\| y | 2 |\n',
  'pipe inside code span splits': '| a | b |\n| - | - |\n| `x | y` | 2 |\n',
  'escaped pipe inside code span': '| a | b |\n| - | - |\n| `x \\| y` | 2 |\n',
  'escaped backslash then pipe': '| a | b |\n| - | - |\n| x \\\\| y |\n',
  'empty cells': '| a | b | c |\n|---|---|---|\n|  |   | 3 |\n| 1 | | |\n',
  'short and long rows': '| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 | 5 |\n',
  'table interrupts a paragraph': 'Some text\nmore text\n| a | b |\n| - | - |\n| 1 | 2 |\n',
  'text after a table is a row': '| a | b |\n| - | - |\n| 1 | 2 |\ntext after\n',
  'indented line ends a table': '| a | b |\n| - | - |\n| 1 | 2 |\n    code\n',
  'mismatched delimiter is no table': '| a | b |\n| - |\n| 1 | 2 |\n',
  'single column with pipes': '| a |\n| - |\n| 1 |\n',
  'CRLF': '| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n',
  'tabs and wide characters': '|\tRole\t| 😀 Ops |\n|:--|:--|\n| 製品 |\tA\t|\n',
  'two tables': '| a |\n| - |\n| 1 |\n\n| b | c |\n|---|---|\n| 2 | 3 |\n',
  'bold group row': '| Task | PM |\n| --- | --- |\n| **Planning** | |\n| Roadmap | A |\n',
  'indented table': '  | a | b |\n  | - | - |\n  | 1 | 2 |\n',
  'delimiter with spaces': '| a | b |\n|  :---  |  ---:  |\n| 1 | 2 |\n',
  'not a delimiter': '| a | b |\n| -x | - |\n| 1 | 2 |\n',
  'pipes in an HTML comment that ends on a row': '<!--\n| a | b |\n| - | - |\n| x --> | y |\n\n| c |\n| - |\n| 1 |\n',
  'pipes in fenced code': '```\n| a | b |\n| - | - |\n```\n| c |\n| - |\n| 1 |\n',
  'table after indented code': '    code\n| a |\n| - |\n| 1 |\n',
  'table after a list item': '- item\n| a |\n| - |\n| 1 |\n',
  'rows then setext underline': '| a |\n| - |\n| 1 |\n===\n',
  'rows then dashes': 'a | b\n- | -\n1 | 2\n---\n',
  'html and links in cells': '| a | b |\n| - | - |\n| <b>x</b> | [l](http://x "t") |\n',
};

describe('GFM tables without remark-gfm', () => {
  for (const [name, text] of Object.entries(CORPUS)) {
    it(`reads the same cells as remark-gfm: ${name}`, () => {
      assert.deepEqual(withOurReader(text), withRemarkGfm(text));
    });
  }

  it('gives the offsets of each cell and whether a pipe closes it', () => {
    const text = '| ab |  | c';
    assert.deepEqual(splitRow(text, 0, text.length), [
      { start: 1, end: 5, contentStart: 2, contentEnd: 4, closed: true },
      { start: 6, end: 8, contentStart: 7, contentEnd: 7, closed: true },
      { start: 9, end: 11, contentStart: 10, contentEnd: 11, closed: false },
    ]);
  });
});
