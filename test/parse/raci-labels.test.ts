// Column headers and field labels that name a RACI letter: the English word and its letter must agree;
// after a word of another language, the letter in brackets decides.
import * as assert from 'node:assert/strict';
import { raciLabel } from '../../server/src/core/parse/markdown/source';

describe('RACI labels', () => {
  it('reads an English word with its letter only when the two agree', () => {
    assert.equal(raciLabel('Accountable (A)'), 'A');
    assert.equal(raciLabel('A (Accountable)'), 'A');
    assert.equal(raciLabel('Accountable (R)'), undefined);
    assert.equal(raciLabel('Informed (C)'), undefined);
  });

  it('takes the bracketed letter after a word of another language', () => {
    assert.equal(raciLabel('Ответственный'), 'A');
    assert.equal(raciLabel('Ответственный (R)'), 'R');
    assert.equal(raciLabel('Exécutant (R)'), 'R');
    assert.equal(raciLabel('Responsable (A)'), 'A');
    assert.equal(raciLabel('Responsable (R)'), 'R');
  });
});
