import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { documentSymbols, type CharterSymbol } from '../../server/src/core/features/symbols';
import { comparePositions } from '../../server/src/core/text';
import { lines } from '../helpers/charter';

const outline = (symbols: CharterSymbol[]): unknown[] =>
  symbols.map((symbol) => (symbol.children.length > 0 ? [symbol.name, outline(symbol.children)] : `${symbol.name} (${symbol.detail})`));

function assertNested(symbol: CharterSymbol): void {
  const inside = (inner: CharterSymbol['range'], outer: CharterSymbol['range']) =>
    comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
  assert.ok(inside(symbol.selectionRange, symbol.range), `${symbol.name}: selection inside range`);
  for (const child of symbol.children) {
    assert.ok(inside(child.range, symbol.range), `${child.name} inside ${symbol.name}`);
    assertNested(child);
  }
}

describe('document symbols', () => {
  it('lists roles and responsibilities, grouped by group rows, with the accountable role as detail', () => {
    const result = checkText(
      lines(
        '# T',
        '',
        '## Roles',
        '',
        '- **Delivery Lead** `dl`: ships.',
        '- **Data Steward**: data.',
        '',
        '## Responsibilities',
        '',
        '| Responsibility | Delivery Lead | Data Steward |',
        '| - | - | - |',
        '| Triage | C | C |',
        '| **Planning** | | |',
        '| Releases | A/R | C |',
        '| Data | I | A/R |',
      ),
      { format: 'markdown' },
    );
    const symbols = documentSymbols(result);
    assert.deepEqual(outline(symbols), [
      ['Roles', ['Delivery Lead (dl)', 'Data Steward (data-steward)']],
      ['Responsibilities', ['Triage (no accountable role)', ['Planning', ['Releases (Delivery Lead)', 'Data (Data Steward)']]]],
      ['Tables', ['Table, line 10 (RACI matrix: 3 responsibilities)']],
    ]);
    symbols.forEach(assertNested);
  });

  it('says how each table was read, so that "not read" shows apart from "clean"', () => {
    const result = checkText(
      lines(
        '# Support',
        '',
        '| Letter | Meaning |',
        '| - | - |',
        '| A | Accountable |',
        '',
        '| Task | Vendor duties | Our duties |',
        '| - | - | - |',
        '| Backups | Runs the nightly backup job. | Asks for a restore when needed. |',
      ),
      { format: 'markdown' },
    );
    assert.deepEqual(outline(documentSymbols(result)), [
      ['Tables', ['Table, line 3 (legend of the letters)', 'Table, line 7 (not a charter table (not checked))']],
    ]);
    assert.deepEqual(result.findings, []);
  });

  it('gives an empty outline for an empty charter', () => {
    assert.deepEqual(documentSymbols(checkText('', { format: 'yaml' })), []);
  });

  it('says a YAML file of another kind was not read as a charter', () => {
    const result = checkText(lines('site_name: Handbook', 'nav:', '  - Home: index.md'), { format: 'yaml' });
    assert.deepEqual(outline(documentSymbols(result)), ["Not a charter (not checked) (none of its keys is a charter's (team, mission, extends, roles, responsibilities))"]);
    assert.deepEqual(result.findings, []);
  });
});
