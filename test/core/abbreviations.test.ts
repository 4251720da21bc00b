import * as assert from 'node:assert/strict';
import { expansionOf, readAbbreviations, separatorsWithBlanks } from '../../server/src/core/abbreviations';
import { rng } from '../helpers/random';

describe('short forms a document spells out', () => {
  it('reads key lines, a title followed by its short form, and two-column rows', () => {
    const text = [
      'Key: **SM** = Service Manager, **PM** – Problem Manager, EM: Event Manager',
      '- **Change Advisory Board** (CAB): approves changes.',
      'Our Quality Lead (QL) signs off. The Head of Platform Engineering (HPE) decides.',
      '| SD | Service Desk |',
    ].join('\n');
    assert.deepEqual(
      readAbbreviations(text).map(({ short, long }) => `${short}=${long}`),
      ['SM=Service Manager', 'PM=Problem Manager', 'EM=Event Manager', 'CAB=Change Advisory Board', 'QL=Quality Lead', 'HPE=Head of Platform Engineering', 'SD=Service Desk'],
    );
  });

  it('takes nothing that is not an abbreviation of the words beside it', () => {
    const text = ['R = Responsible, A = Accountable', 'The CI server (GitHub Actions) runs nightly.', 'TL;DR: Ship It', 'API: see the docs', '| PM | Dana Ruiz |'].join('\n');
    assert.deepEqual(readAbbreviations(text), []);
  });

  it('looks a reference up as written, bold or not, in any case', () => {
    const abbreviations = readAbbreviations('SM = Service Manager');
    assert.equal(expansionOf(abbreviations, '**SM**'), 'Service Manager');
    assert.equal(expansionOf(abbreviations, 'sm'), 'Service Manager');
    assert.equal(expansionOf(abbreviations, 'PM'), undefined);
  });
});

describe('separators of key lines', () => {
  it('are found as the pattern with blanks around the separator finds them, one after another', () => {
    const pattern = /[ \t]*(?:=|:|–|—|-)[ \t]*/g;
    const random = rng(7);
    const pieces = ['SM', ' ', '\t', '=', ':', '–', '—', '-', 'Service', '|', '\n', '**', 'a'];
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const expected = [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
      assert.deepEqual([...separatorsWithBlanks(text)], expected, JSON.stringify(text));
    }
  });
});
