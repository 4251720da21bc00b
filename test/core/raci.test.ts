import * as assert from 'node:assert/strict';
import { parseRaciCell, formatLetters } from '../../server/src/core/raci';

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

  it('rejects spelled-out words and knows what was meant', () => {
    assert.deepEqual(parseRaciCell('Accountable, Responsible'), {
      valid: false,
      problem: 'RACI letters are spelled out',
      intended: ['A', 'R'],
    });
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
});
