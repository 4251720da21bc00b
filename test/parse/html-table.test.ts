// HTML tables in Markdown charters (`<table>` with rows and cells, as GitHub renders them): read into the
// same model as GFM tables, with every range on the text inside the cell, in UTF-16 code units.
import { strict as assert } from 'node:assert';
import { parseMarkdownCharter } from '../../server/src/core/parse/markdown';
import { HtmlTableScanner } from '../../server/src/core/parse/markdown/html-scan';
import type { Charter, Range, Responsibility } from '../../server/src/core/model';
import { LineIndex } from '../../server/src/core/text';
import { lines, rangeIn } from '../helpers/charter';

function slice(text: string, range: Range): string {
  const index = new LineIndex(text);
  return text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
}

function responsibility(charter: Charter, name: string): Responsibility {
  const found = charter.responsibilities.find((entry) => entry.name === name);
  assert.ok(found, `no responsibility '${name}' among ${JSON.stringify(charter.responsibilities.map((entry) => entry.name))}`);
  return found;
}

function letters(entry: Responsibility): string[] {
  return entry.assignments.map((assignment) => `${assignment.ref.text}:${assignment.letter}`);
}

const ROLES = ['# Kiosk team', '', '## Roles', '', '- **Shop Owner**: runs the shop.', '- **Kiosk Dev**: writes the kiosk software.', '- **R&D Lead**: tries new things.', ''];

describe('HTML tables in Markdown charters', () => {
  it('reads a matrix written as an HTML table like a GFM one, every range on the text inside its cell', () => {
    const text = lines(
      ...ROLES,
      '## Who does what',
      '',
      '<table>',
      '  <thead>',
      '    <tr>',
      '      <th align="left">Task</th>',
      '      <th><strong>Shop Owner</strong></th>',
      '      <th>Kiosk<br/>Dev</th>',
      '      <th>R&amp;D Lead</th>',
      '    </tr>',
      '  </thead>',
      '  <tbody>',
      '    <tr>',
      '      <td>Price list</td>',
      '      <td align="center"><b> A </b></td>',
      '      <td>R</td>',
      '      <td>&nbsp;</td>',
      '    </tr>',
      '    <tr><th>Touch screen</th><td>I</td><td>A/R</td><td>C</td></tr>',
      '    <tr><td>Receipts</td><td><del>A</del> C</td><td><!-- was R --></td><td>A</td></tr>',
      '  </tbody>',
      '</table>',
    );
    const charter = parseMarkdownCharter(text);
    assert.deepEqual(charter.problems, []);
    assert.deepEqual(charter.tables?.map((note) => note.summary), ['RACI matrix: 3 responsibilities']);
    assert.deepEqual(charter.tables?.[0].roleColumns?.map((column) => column.text), ['Shop Owner', 'Kiosk Dev', 'R&D Lead']);
    assert.deepEqual(charter.tables?.[0].roleColumns?.[0].range, rangeIn(text, '<th><strong>⟦Shop Owner⟧</strong>'));
    const prices = responsibility(charter, 'Price list');
    assert.deepEqual(letters(prices), ['Shop Owner:A', 'Kiosk Dev:R']);
    assert.deepEqual(prices.nameRange, rangeIn(text, '<td>⟦Price list⟧</td>'));
    assert.deepEqual(prices.cells[0].range, rangeIn(text, '<td align="center"><b> ⟦A⟧ </b></td>'));
    // The blank cell (`&nbsp;`) is empty, at its place in the cell.
    assert.deepEqual(prices.cells[2].letters, []);
    assert.deepEqual(prices.cells[2].range, rangeIn(text, '<td>⟦⟧&nbsp;</td>'));
    const screen = responsibility(charter, 'Touch screen');
    assert.deepEqual(letters(screen), ['Shop Owner:I', 'Kiosk Dev:A', 'Kiosk Dev:R', 'R&D Lead:C']);
    assert.deepEqual(screen.cells[1].range, rangeIn(text, '<td>⟦A/R⟧</td><td>C'));
    // Struck-out letters are not read, and a comment is no text: the cell after it is blank.
    const receipts = responsibility(charter, 'Receipts');
    assert.deepEqual(letters(receipts), ['Shop Owner:C', 'R&D Lead:A']);
    assert.deepEqual(receipts.cells[1].range, rangeIn(text, '<td><!-- was R -->⟦⟧</td>'));
  });

  it('counts positions in UTF-16 code units after emoji and CJK, on CRLF lines, with tabs', () => {
    const text = lines(
      ...ROLES,
      '## RACI',
      '',
      '<table>',
      '\t<tr><th>🚀 任务</th><th>Shop Owner</th><th>Kiosk Dev</th></tr>',
      '\t<tr><td>🧾 発注 👩‍💻</td><td>\tA\t</td><td>A</td></tr>',
      '</table>',
    ).replace(/\n/g, '\r\n');
    const charter = parseMarkdownCharter(text);
    const order = responsibility(charter, '🧾 発注 👩‍💻');
    assert.deepEqual(order.nameRange, rangeIn(text, '<td>⟦🧾 発注 👩‍💻⟧</td>'));
    assert.deepEqual(order.cells[0].range, rangeIn(text, '<td>\t⟦A⟧\t</td>'));
    assert.deepEqual(order.cells[1].range, rangeIn(text, '</td><td>⟦A⟧</td></tr>'));
    assert.equal(order.cells[1].range.start.line, ROLES.length + 4);
    assert.equal(slice(text, order.cells[1].range), 'A');
  });

  it('reads a table split by blank lines, with Markdown inside its cells, as GitHub renders it', () => {
    const text = lines(
      ...ROLES,
      '<table>',
      '<tr><th>Task</th><th>Shop Owner</th><th>Kiosk Dev</th></tr>',
      '',
      '<tr>',
      '<td>',
      '',
      'Opening *hours*',
      '',
      '</td>',
      '<td>',
      '',
      '**A**</td>',
      '<td>R</td>',
      '</tr>',
      '',
      '<tr><td>Stock count</td><td>A</td><td>C</td></tr>',
      '</table>',
      '',
      'After the table.',
    );
    const charter = parseMarkdownCharter(text);
    assert.deepEqual(charter.responsibilities.map((entry) => [entry.name, letters(entry)]), [
      ['Opening *hours*', ['Shop Owner:A', 'Kiosk Dev:R']],
      ['Stock count', ['Shop Owner:A', 'Kiosk Dev:C']],
    ]);
    assert.deepEqual(responsibility(charter, 'Opening *hours*').cells[0].range, rangeIn(text, '<td>\n\n⟦**A**⟧</td>'));
  });

  it('skips a title row, reads a full-width row as a group and a first column spanning rows as blank', () => {
    const text = lines(
      ...ROLES,
      '<table>',
      '<tr><th colspan="4">Kiosk RACI, spring</th></tr>',
      '<tr><th>Phase</th><th>Step</th><th>Shop Owner</th><th>Kiosk Dev</th></tr>',
      '<tr><td colspan="4"><b>Setup</b></td></tr>',
      '<tr><td rowspan="2">Install</td><td>Mount the screen</td><td>A</td><td>R</td></tr>',
      '<tr><td>Load the menu</td><td>A</td><td>R</td></tr>',
      '</table>',
    );
    const charter = parseMarkdownCharter(text);
    assert.deepEqual(charter.tables?.map((note) => note.summary), ['RACI matrix: 2 responsibilities']);
    assert.deepEqual(charter.responsibilities.map((entry) => [entry.name, entry.group, letters(entry)]), [
      ['Mount the screen', 'Setup', ['Shop Owner:A', 'Kiosk Dev:R']],
      ['Load the menu', 'Setup', ['Shop Owner:A', 'Kiosk Dev:R']],
    ]);
    assert.deepEqual(responsibility(charter, 'Load the menu').cells[0].range, rangeIn(text, '<td>Load the menu</td><td>⟦A⟧</td>'));
  });

  it('leaves alone, with a note in the outline, a table whose merged cells it cannot map, one never closed, one without a header and a layout table', () => {
    const merged = lines(
      ...ROLES,
      '<table>',
      '<tr><th rowspan="2">Task</th><th colspan="2">People</th></tr>',
      '<tr><th>Shop Owner</th><th>Kiosk Dev</th></tr>',
      '<tr><td>Till</td><td>A</td><td>A</td></tr>',
      '</table>',
    );
    const unclosed = lines(...ROLES, '<table>', '<tr><th>Task</th><th>Shop Owner</th><th>Kiosk Dev</th></tr>', '<tr><td>Till</td><td>A</td><td>A</td></tr>', '', '## Notes');
    const layout = lines(
      ...ROLES,
      '<table><tr><td>',
      '<table>',
      '<tr><th>Task</th><th>Shop Owner</th><th>Kiosk Dev</th></tr>',
      '<tr><td>Till</td><td>A</td><td>R</td></tr>',
      '</table>',
      '</td><td><img src="kiosk.png"></td></tr></table>',
    );
    // Without a header row (its first row holds letters), its letters would be read as role names.
    const headerless = lines(...ROLES, '## RACI', '', '<table>', '<tr><td>Till</td><td>A</td><td>R</td></tr>', '<tr><td>Menu</td><td>A</td><td>A</td></tr>', '</table>');
    for (const [text, summary] of [
      [merged, 'HTML table with merged cells (colspan or rowspan): not checked'],
      [unclosed, 'HTML table without its </table> (not checked)'],
      [headerless, 'HTML table without a header row (not checked)'],
    ]) {
      const charter = parseMarkdownCharter(text);
      assert.deepEqual(charter.responsibilities, []);
      assert.deepEqual(charter.tables?.map((note) => [note.kind, note.summary]), [['other', summary]]);
    }
    // The table inside the layout table is read; the layout table is not.
    const charter = parseMarkdownCharter(layout);
    assert.deepEqual(charter.responsibilities.map((entry) => entry.name), ['Till']);
    assert.deepEqual(charter.tables?.map((note) => note.summary), ['HTML table holding other tables (not checked)', 'RACI matrix: 1 responsibility']);
  });

  it('ignores HTML in code, in comments, and in code spans inside a cell', () => {
    const text = lines(
      ...ROLES,
      '```html',
      '<table><tr><th>Task</th><th>Shop Owner</th></tr><tr><td>Till</td><td>A</td></tr></table>',
      '```',
      '',
      '    <table><tr><th>Task</th><th>Shop Owner</th></tr><tr><td>Till</td><td>A</td></tr></table>',
      '',
      '<!--',
      '<table><tr><th>Task</th><th>Shop Owner</th></tr><tr><td>Till</td><td>A</td></tr></table>',
      '-->',
    );
    const charter = parseMarkdownCharter(text);
    assert.deepEqual(charter.responsibilities, []);
    assert.equal(charter.tables, undefined);
  });

  it('defines roles from an HTML table of roles, and a matrix in a list item or block quote is read', () => {
    const text = lines(
      '# Kiosk team',
      '',
      '## Roles',
      '',
      '<table>',
      '<tr><th>Role</th><th>Description</th></tr>',
      '<tr><td><b>Shop Owner</b></td><td>Runs the shop &amp; the till.</td></tr>',
      '<tr><td>Kiosk Dev</td><td>Writes the software.</td></tr>',
      '</table>',
      '',
      '## RACI',
      '',
      '> <table><tr><th>Task</th><th>Shop Owner</th><th>Kiosk Dev</th></tr><tr><td>Till</td><td>A</td><td>R</td></tr></table>',
    );
    const charter = parseMarkdownCharter(text);
    assert.deepEqual(charter.roles.map((role) => [role.title, role.description]), [
      ['Shop Owner', 'Runs the shop &amp; the till.'],
      ['Kiosk Dev', 'Writes the software.'],
    ]);
    assert.deepEqual(charter.roles[0].titleRange, rangeIn(text, '<td><b>⟦Shop Owner⟧</b>'));
    assert.deepEqual(letters(responsibility(charter, 'Till')), ['Shop Owner:A', 'Kiosk Dev:R']);
    assert.deepEqual(charter.tables?.map((note) => note.kind), ['roles', 'matrix']);
  });

  it('scans a megabyte of nested and unclosed tags in one pass', () => {
    const nested = '<table><tr><td><b><i>'.repeat(45_000) + '</td></tr>'.repeat(10_000);
    const unclosed = '<td>A'.repeat(150_000) + '<tr'.repeat(80_000) + '<td title="'.repeat(1_000);
    for (const body of [nested, unclosed, '<table>' + unclosed]) {
      const text = '<table>\n' + body;
      assert.ok(text.length >= 1_000_000);
      const scanner = new HtmlTableScanner(text);
      scanner.feedHtml(0, text.length);
      scanner.finish(text.length);
      // Each character is looked at once by the tag reader (and each `<` counted once more).
      assert.ok(scanner.steps <= text.length, `${scanner.steps} steps for ${text.length} characters`);
    }
    const scanner = new HtmlTableScanner('<table>\n' + nested);
    scanner.feedHtml(0, 8 + nested.length);
    // The first table ends where the second starts (between cells); each later one holds the next.
    assert.equal(scanner.tables.length, 45_001);
    assert.ok(scanner.tables.slice(1, -1).every((table) => table.holdsTables));
    // The reading of a document of such tags (a tenth of it) finds nothing to check in it.
    const charter = parseMarkdownCharter(lines(...ROLES, '<table>', '<table><tr><td><b><i>'.repeat(4_500) + '</td></tr>'.repeat(1_000)));
    assert.deepEqual(charter.responsibilities, []);
  });
});
