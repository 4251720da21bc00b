import * as assert from 'node:assert/strict';
import type { RaciLetter } from '../../server/src/core/model';
import { CellReader, CellWriter, parseRaciCell, formatLetters } from '../../server/src/core/raci';

describe('RACI cells', () => {
  const valid: Array<[string, string[]]> = [
    ['A', ['A']],
    ['a/r', ['A', 'R']],
    ['R/A', ['R', 'A']],
    ['AR', ['A', 'R']],
    ['C, I', ['C', 'I']],
    ['R + C', ['R', 'C']],
    ['A & R', ['A', 'R']],
    ['  i  ', ['I']],
    ['', []],
    ['-', []],
    ['–', []],
  ];
  for (const [cell, letters] of valid) {
    it(`reads ${JSON.stringify(cell)} as ${letters.join('/') || 'not involved'}`, () => {
      assert.deepEqual(parseRaciCell(cell), { valid: true, letters });
    });
  }

  it('rejects a letter that is not R, A, C or I', () => {
    const result = parseRaciCell('A/X');
    assert.equal(result.valid, false);
    assert.match(!result.valid ? result.problem : '', /'X' is not a RACI letter/);
  });

  it('rejects a repeated letter and knows what was meant', () => {
    assert.deepEqual(parseRaciCell('A/A/R'), { valid: false, problem: "'A' appears twice", intended: ['A', 'R'] });
  });

  it('reads letters as real charters write them: words, bold, links, parentheses, levels, N/A', () => {
    assert.deepEqual(parseRaciCell('Accountable, Responsible'), { valid: true, letters: ['A', 'R'] });
    assert.deepEqual(parseRaciCell('(Consulted)'), { valid: true, letters: ['C'] });
    assert.deepEqual(parseRaciCell('**A**/R'), { valid: true, letters: ['A', 'R'] });
    assert.deepEqual(parseRaciCell('[R](#roles)'), { valid: true, letters: ['R'] });
    assert.deepEqual(parseRaciCell('R2, A'), { valid: true, letters: ['R', 'A'] });
    for (const none of ['N/A', 'n/a', 'NA', 'none', '—']) assert.deepEqual(parseRaciCell(none), { valid: true, letters: [] }, none);
  });

  it('reads the HTML in a cell as GitHub shows it: tags dropped, struck-out text gone, references decoded', () => {
    assert.deepEqual(parseRaciCell('<b>A</b>/R'), { valid: true, letters: ['A', 'R'] });
    assert.deepEqual(parseRaciCell('<span style="color:red">A</span>'), { valid: true, letters: ['A'] });
    assert.deepEqual(parseRaciCell('A<br>R'), { valid: true, letters: ['A', 'R'] });
    assert.deepEqual(parseRaciCell('<del>A</del> C'), { valid: true, letters: ['C'] });
    assert.deepEqual(parseRaciCell('&nbsp;'), { valid: true, letters: [] });
    assert.deepEqual(parseRaciCell('A&nbsp;&amp;&nbsp;R'), { valid: true, letters: ['A', 'R'] });
    assert.deepEqual(parseRaciCell('<!-- ask --> I'), { valid: true, letters: ['I'] });
    // An unclosed struck-out tag or comment strikes nothing and hides the rest, as a browser does.
    assert.deepEqual(parseRaciCell('<s>A'), { valid: true, letters: ['A'] });
    assert.deepEqual(parseRaciCell('C <!-- A'), { valid: true, letters: ['C'] });
  });

  it('takes the letters a framework declares, and nothing else beyond R, A, C and I', () => {
    const racivs = new Map([['V', null], ['S', null]] as const);
    assert.deepEqual(parseRaciCell('R, A, S', racivs), { valid: true, letters: ['R', 'A'] });
    assert.deepEqual(parseRaciCell('D', new Map([['D', 'R' as const]])), { valid: true, letters: ['R'] });
    assert.equal(parseRaciCell('S').valid, false);
    assert.equal(parseRaciCell('D').valid, false);
  });

  it('offers no intent for an unknown word', () => {
    const result = parseRaciCell('Owner');
    assert.equal(result.valid, false);
    assert.equal(!result.valid && result.intended, undefined);
  });

  it('writes letters canonically, accountable first', () => {
    assert.equal(formatLetters(['R', 'A']), 'A/R');
    assert.equal(formatLetters(['I', 'C']), 'C/I');
  });

  it('judges a cell as evidence of a matrix: readable, letter-like, empty or prose', () => {
    const cells = new CellReader(new Map([['S', 'R' as const]]));
    assert.equal(cells.evidence('**A**/R'), 'raci');
    assert.equal(cells.evidence('S'), 'raci');
    assert.equal(cells.evidence(' '), 'empty');
    assert.equal(cells.evidence('RR'), 'letters');
    assert.equal(cells.evidence('X/Y'), 'letters');
    assert.equal(cells.evidence('Owns the roadmap'), 'text');
    assert.equal(new CellReader().evidence('S'), 'letters');
  });

  it('reads a text the same way every time it meets it, and cells never share letters that can change', () => {
    const cells = new CellReader();
    const first = cells.parse('A/R');
    assert.deepEqual(cells.parse('A/R'), { valid: true, letters: ['A', 'R'] });
    assert.ok(first.valid && Object.isFrozen(first.letters));
    assert.deepEqual(cells.parse('A/A'), { valid: false, problem: "'A' appears twice", intended: ['A'] });
    // Beyond its memo's size it still reads every text.
    for (let i = 0; i < 5000; i++) cells.parse(`note ${i}`);
    assert.deepEqual(cells.parse('C, I'), { valid: true, letters: ['C', 'I'] });
  });

  // Each failed before: letters typed on another keyboard, and dots or dashes between letters.
  it('reads letters typed on other keyboards, and A.R or A-R, as the letters they stand for', () => {
    for (const [cell, letters] of [['А', ['A']], ['С/І', ['C', 'I']], ['Р', ['R']], ['Ｉ', ['I']], ['ｒ', ['R']], ['Ａ／Ｒ', ['A', 'R']], ['A.R', ['A', 'R']], ['A-R', ['A', 'R']], ['R;C', ['R', 'C']]] as const) {
      assert.deepEqual(parseRaciCell(cell), { valid: true, letters }, cell);
    }
    assert.deepEqual(parseRaciCell('-'), { valid: true, letters: [] });
  });

  it('reads one bold value beside a short note as the value, but not a gloss of the letter', () => {
    const read: [string, RaciLetter[]][] = [
      ['Dana checks **R**', ['R']],
      ['**I** if the client sees it', ['I']],
      ['**A/R** approve before sending', ['A', 'R']],
      ['Kim/Lee watch **C**', ['C']],
    ];
    for (const [cell, letters] of read) assert.deepEqual(parseRaciCell(cell), { valid: true, letters }, cell);
    // A dash or a colon after the letter explains it; two bold runs or a long sentence are no note.
    for (const cell of ['**A** - Decision', '**I**: kept informed', '**A** and **R**', '**R** when the whole team agrees that the work is ready to ship']) {
      assert.equal(parseRaciCell(cell).valid, false, cell);
    }
  });

  it('keeps the note of a bold value when a fix changes its letters', () => {
    const writer = new CellWriter();
    assert.equal(writer.write('Kim checks **A**', ['R']), 'Kim checks **R**');
    assert.equal(writer.write('**I** if the client sees it', ['C', 'I']), '**C/I** if the client sees it');
    assert.equal(writer.write('Kim checks **A**', []), '');
  });
});
