// Bugs the fuzz test (./fuzz.test.ts) and the pathological inputs found, each pinned by a small case.
import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { LineIndex } from '../../server/src/core/text';
import { checkSound } from './invariants';

describe('robustness: regressions', () => {
  it('a duplicate key after a key with no value is reported at the second key, also with CRLF', () => {
    // yaml reports this duplicate at the line break before the key; between \r and \n that offset
    // was turned into a character past the end of the line.
    for (const eol of ['\n', '\r\n']) {
      const text = ['team: T', 'roles:', '  pm:', '  pm:', '    title: Product Manager', ''].join(eol);
      const result = checkSound(text, 'yaml');
      const duplicate = result.findings.filter((finding) => finding.message.startsWith('Duplicate key'));
      assert.equal(duplicate.length, 1, JSON.stringify(result.findings.map((f) => f.message)));
      assert.equal(duplicate[0].message, "Duplicate key 'pm'.");
      assert.deepEqual(duplicate[0].range, { start: { line: 3, character: 2 }, end: { line: 3, character: 4 } });
    }
  });

  it('LineIndex.positionAt never puts an offset inside a CRLF past the end of its line', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.deepEqual(index.positionAt(3), { line: 0, character: 2 });
  });

  it('a YAML error on an emoji covers the whole character, not half a surrogate pair', () => {
    const text = 'team: T\nresponsibilities:\n  - name: R\n    responsible: [pm, em\n😀    consulted: em\n';
    const result = checkSound(text, 'yaml');
    assert.ok(result.findings.some((finding) => finding.rule === 'syntax'));
  });

  it('LineIndex.rangeAt widens a span that would split a surrogate pair', () => {
    const index = new LineIndex('a😀b');
    assert.deepEqual(index.rangeAt(1, 2), { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } });
    assert.deepEqual(index.rangeAt(2, 4), { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } });
  });

  it('checkText does not throw on an empty text in either format', () => {
    for (const format of ['yaml', 'markdown'] as const) checkText('', { format });
  });
});
