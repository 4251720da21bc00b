import * as assert from 'node:assert/strict';
import { normalizeReference, kebabCase, normalizeName, stripReferenceDecoration } from '../../server/src/core/normalize';
import { findShortForm } from '../../server/src/core/roles/shortForms';

describe('reference normalisation (contract §4)', () => {
  it('ignores case, collapses white space, strips ** and backticks', () => {
    assert.equal(normalizeReference('  **Product   Manager** '), 'product manager');
    assert.equal(normalizeReference('`pm`'), 'pm');
    assert.equal(normalizeReference('**`pm`**'), 'pm');
  });

  it('reads HTML as GitHub shows it: "R&amp;D Lead" and "<b>R&D</b> Lead" are the R&D Lead', () => {
    assert.equal(normalizeReference('R&amp;D Lead'), 'r&d lead');
    assert.equal(normalizeReference('<b>R&D</b> Lead'), 'r&d lead');
    assert.equal(normalizeReference('Product<br>Manager'), 'product manager');
    assert.equal(normalizeReference('R&D&nbsp;Lead'), 'r&d lead');
  });

  it('keeps inner decoration that does not surround the text', () => {
    assert.equal(stripReferenceDecoration('**Product** Manager'), '**Product** Manager');
  });

  it('derives ids in kebab-case, accents and punctuation removed', () => {
    assert.equal(kebabCase('Product Manager'), 'product-manager');
    assert.equal(kebabCase('Créateur / Owner (DRI)'), 'createur-owner-dri');
    assert.equal(kebabCase('产品经理'), '产品经理');
  });

  it('compares responsibility names case-insensitively with white space collapsed', () => {
    assert.equal(normalizeName(' Release   Date '), normalizeName('release date'));
  });

  it('recognises ambiguous short forms however they are written', () => {
    assert.equal(findShortForm('P.M.')?.short, 'PM');
    assert.equal(findShortForm(' tpm ')?.short, 'TPM');
    assert.equal(findShortForm('Product Manager'), undefined);
  });
});
