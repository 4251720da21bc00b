// HTML tables through the whole check: the rules find in an HTML matrix what they find in a GFM one,
// on the text inside each cell; every fix offered is verified (applied, its finding gone, no error
// added) and writes inside the cells it is about; tables that are no matrix stay silent.
import * as assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/core/features/hover';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import { suppressionFix } from '../../server/src/core/suppressionFix';
import type { Finding, Fix } from '../../server/src/core/model';
import { applyEdits } from '../../server/src/core/text';
import { assertFixResolves, checkMarkdown, findingsOf, fixTitled, lines, onlyFinding, rangeIn } from '../helpers/charter';

const ROLES = ['# Bakery team', '', '## Roles', '', '- **Head Baker**: decides the menu.', '- **Pastry Chef**: makes the cakes.', '- **Shop Clerk**: sells.', ''];

/** The fixes of a finding that fix verification offers. */
function offered(text: string, finding: Finding): Fix[] {
  return new FixVerifier(text, { format: 'markdown' }).offered(finding);
}

describe('HTML tables through the check', () => {
  const matrix = lines(
    ...ROLES,
    '## RACI',
    '',
    '<table>',
    '  <tr>',
    '    <th>Task</th>',
    '    <th>Head Baker</th>',
    '    <th>Pastry Chef</th>',
    '    <th>Shop Clerk</th>',
    '  </tr>',
    '  <tr>',
    '    <td>Seasonal menu</td>',
    '    <td align="center"><strong>A</strong></td>',
    '    <td align="center">A</td>',
    '    <td align="center">R</td>',
    '  </tr>',
    '  <tr>',
    '    <td>Wedding cakes</td>',
    '    <td align="center">A</td>',
    '    <td align="center"><b>RR</b></td>',
    '    <td align="center">&nbsp;</td>',
    '  </tr>',
    '  <tr>',
    '    <td>Opening the shop</td>',
    '    <td>I</td>',
    '    <td></td>',
    '    <td>R</td>',
    '  </tr>',
    '</table>',
  );

  it('reports two accountable roles on a row of an HTML matrix, with each A as related information', () => {
    const finding = onlyFinding(checkMarkdown(matrix), 'accountable-multiple');
    assert.equal(finding.message, '"Seasonal menu" has 2 accountable roles: "Head Baker" and "Pastry Chef". Exactly one role must be accountable.');
    assert.deepEqual(finding.range, rangeIn(matrix, '<td>⟦Seasonal menu⟧</td>'));
    assert.deepEqual(
      finding.related?.map((related) => related.range),
      [rangeIn(matrix, '<td align="center"><strong>⟦A⟧</strong>'), rangeIn(matrix, '</strong></td>\n    <td align="center">⟦A⟧</td>')],
    );
    // Making one role the only accountable one writes inside that role's cell, and is offered.
    const fix = fixTitled(finding, 'Make Head Baker the only accountable role');
    assert.deepEqual(fix.edits, [{ range: rangeIn(matrix, '</strong></td>\n    <td align="center">⟦A⟧</td>'), newText: 'R' }]);
    assert.ok(offered(matrix, finding).includes(fix));
    assertFixResolves(matrix, 'markdown', finding, fix);
  });

  it('says in the outline and on the header row how the table was read', () => {
    const result = checkMarkdown(matrix);
    const tables = documentSymbols(result).find((symbol) => symbol.name === 'Tables');
    assert.deepEqual(tables?.children?.map((symbol) => [symbol.name, symbol.detail]), [['Table, line 12', 'RACI matrix: 3 responsibilities']]);
    const onHeader = rangeIn(matrix, '    <th>⟦Task⟧</th>').start;
    assert.match(hoverAt(result, onHeader)?.markdown ?? '', /How this table was read:\* RACI matrix: 3 responsibilities/);
    const onColumn = rangeIn(matrix, '    <th>⟦Pastry Chef⟧</th>').start;
    assert.match(hoverAt(result, onColumn)?.markdown ?? '', /Pastry Chef/);
  });

  it('reports an invalid cell on its text inside the tags, and fixes it there', () => {
    const finding = onlyFinding(checkMarkdown(matrix), 'raci-invalid');
    assert.equal(finding.message, '"RR" for "Pastry Chef" in "Wedding cakes" is not a valid RACI value: "R" appears twice. Did you mean "R"?');
    assert.deepEqual(finding.range, rangeIn(matrix, '<td align="center"><b>⟦RR⟧</b></td>'));
    const fix = fixTitled(finding, "Change to 'R'");
    assert.ok(offered(matrix, finding).includes(fix));
    const fixed = assertFixResolves(matrix, 'markdown', finding, fix).text;
    assert.equal(fixed, matrix.replace('<b>RR</b>', '<b>R </b>'));
  });

  it('writes a letter into a blank cell (empty or `&nbsp;`) inside its tags, keeping the rest byte for byte', () => {
    const crlf = matrix.replace(/\n/g, '\r\n');
    const missing = findingsOf(checkMarkdown(crlf), 'accountable-missing');
    assert.deepEqual(missing.map((finding) => finding.range), [rangeIn(crlf, '<td>⟦Opening the shop⟧</td>')]);
    // The rows without an A get it from the roles that take part in them.
    const fix = fixTitled(missing[0], 'Make Shop Clerk accountable');
    assert.ok(offered(crlf, missing[0]).includes(fix));
    assert.equal(applyEdits(crlf, fix.edits), crlf.replace('<td>R</td>\r\n  </tr>\r\n</table>', '<td>A/R</td>\r\n  </tr>\r\n</table>'));
    const wedding = checkMarkdown(crlf).charter.responsibilities.find((entry) => entry.name === 'Wedding cakes')!;
    const edits = wedding.rewrite([{ ref: 'Shop Clerk', letters: ['I'] }]);
    assert.equal(applyEdits(crlf, edits), crlf.replace('<td align="center">&nbsp;</td>', '<td align="center">I</td>'));
    const shop = checkMarkdown(crlf).charter.responsibilities.find((entry) => entry.name === 'Opening the shop')!;
    assert.equal(applyEdits(crlf, shop.rewrite([{ ref: 'Pastry Chef', letters: ['C'] }])), crlf.replace('<td></td>', '<td>C</td>'));
    // A comment in a blank cell stays; the letter goes after it.
    const noted = crlf.replace('<td></td>', '<td> <!-- ask Ana --> </td>');
    const again = checkMarkdown(noted).charter.responsibilities.find((entry) => entry.name === 'Opening the shop')!;
    assert.equal(applyEdits(noted, again.rewrite([{ ref: 'Pastry Chef', letters: ['C'] }])), noted.replace('<!-- ask Ana --> ', '<!-- ask Ana -->C '));
  });

  it('adds the cells a short row lacks after its last one, and offers nothing where it cannot', () => {
    const short = lines(...ROLES, '## RACI', '', '<table>', '<tr><th>Task</th><th>Head Baker</th><th>Pastry Chef</th><th>Shop Clerk</th></tr>', '<tr><td>Bread</td><td class="x">A</td></tr>', '<tr><td>Buns</td><td>A', '</table>');
    const [bread, buns] = checkMarkdown(short).charter.responsibilities;
    assert.equal(
      applyEdits(short, bread.rewrite([{ ref: 'Shop Clerk', letters: ['R'] }])),
      short.replace('<td class="x">A</td></tr>', '<td class="x">A</td><td class="x"></td><td class="x">R</td></tr>'),
    );
    // A last cell without its closing tag: where its text ends is not where a new cell may start.
    assert.deepEqual(buns.rewrite([{ ref: 'Shop Clerk', letters: ['R'] }]), []);
  });

  it('removes a role of an HTML table of roles with its row, and defines a new one in a copy of the last row', () => {
    const text = lines(
      '# Bakery team',
      '',
      '## Roles',
      '',
      '<table>',
      '  <tr><th>Role</th><th>What they do</th></tr>',
      '  <tr><td>Head Baker</td><td>Decides the menu.</td></tr><tr><td>Courier</td><td>Drives.</td></tr>',
      '  <tr>',
      '    <td><b>Pastry Chef</b></td>',
      '    <td>Makes the cakes.</td>',
      '  </tr>',
      '</table>',
      '',
      '## RACI',
      '',
      '| Task | Head Baker | Pastry Chef | Shop Clerk |',
      '| --- | --- | --- | --- |',
      '| Bread | A | R | I |',
    );
    const result = checkMarkdown(text);
    const unused = onlyFinding(result, 'role-unused');
    const remove = fixTitled(unused, "Remove role 'Courier'");
    assert.equal(applyEdits(text, remove.edits), text.replace('<tr><td>Courier</td><td>Drives.</td></tr>', ''));
    assert.ok(offered(text, unused).includes(remove));
    const undefinedRole = onlyFinding(result, 'role-undefined');
    const define = fixTitled(undefinedRole, "Define role 'Shop Clerk'");
    assert.equal(
      applyEdits(text, define.edits),
      text.replace('    <td>Makes the cakes.</td>\n  </tr>\n', '    <td>Makes the cakes.</td>\n  </tr>\n  <tr>\n    <td><b>Shop Clerk</b></td>\n    <td></td>\n  </tr>\n'),
    );
    assert.ok(offered(text, undefinedRole).includes(define));
  });

  it('silences a finding with a comment line above it, also where the cell is Markdown between blank lines', () => {
    const split = lines(
      ...ROLES,
      '## RACI',
      '',
      '<table>',
      '<tr><th>Task</th><th>Head Baker</th><th>Pastry Chef</th></tr>',
      '<tr>',
      '<td>',
      '',
      'Birthday cakes',
      '',
      '</td>',
      '<td>A</td><td>A/R</td>',
      '</tr>',
      '</table>',
    );
    const finding = onlyFinding(checkMarkdown(split), 'accountable-multiple');
    assert.deepEqual(finding.range, rangeIn(split, '<td>\n\n⟦Birthday cakes⟧'));
    const fix = suppressionFix(split, 'markdown', finding)!;
    assert.equal(fix.title, 'Disable accountable-multiple for this line');
    assert.deepEqual(findingsOf(checkMarkdown(applyEdits(split, fix.edits)), 'accountable-multiple'), []);
  });

  it('stays silent on HTML tables that are no matrix: layout, contacts, pictures, versions', () => {
    const text = lines(
      ...ROLES,
      '<table><tr>',
      '<td width="60%"><h3>About us</h3>We bake at night. A</td>',
      '<td><img src="oven.png" alt="R"></td>',
      '</tr></table>',
      '',
      '## Contacts',
      '',
      '<table>',
      '<tr><th>Name</th><th>Role</th><th>E-mail</th></tr>',
      '<tr><td>Ana</td><td>Head Baker</td><td>ana@bakery.example</td></tr>',
      '<tr><td>Ben</td><td>Shop Clerk</td><td>ben@bakery.example</td></tr>',
      '</table>',
      '',
      '<table>',
      '<tr><td><img src="a.png" alt="A"></td><td><img src="b.png" alt="A"></td><td><img src="c.png"></td></tr>',
      '<tr><td>Ana</td><td>Ben</td><td>Cy</td></tr>',
      '</table>',
      '',
      '## History',
      '',
      '<table>',
      '<tr><th>Version</th><th>Date</th><th>Author</th></tr>',
      '<tr><td>1.0</td><td>2024-03-01</td><td>A. R.</td></tr>',
      '<tr><td>1.1</td><td>2024-04-01</td><td>C. I.</td></tr>',
      '</table>',
      '',
      '## RACI',
      '',
      '| Task | Head Baker | Pastry Chef | Shop Clerk |',
      '| --- | --- | --- | --- |',
      '| Bread | A | R | I |',
      '',
      '```html',
      '<table><tr><th>Task</th><th>Head Baker</th><th>Pastry Chef</th></tr><tr><td>Cake</td><td>A</td><td>A</td></tr></table>',
      '```',
    );
    assert.deepEqual(checkMarkdown(text).findings, []);
  });
});
