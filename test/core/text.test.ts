import * as assert from 'node:assert/strict';
import { LineIndex, applyEdits } from '../../server/src/core/text';
import { fuzzCases, fuzzSeed, rng } from '../helpers/random';

describe('LineIndex: offsets and LSP positions', () => {
  it('counts columns in UTF-16 code units (emoji are two, CJK one)', () => {
    const text = 'a😀b\n漢字x';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(text.indexOf('b')), { line: 0, character: 3 });
    assert.deepEqual(index.positionAt(text.indexOf('x')), { line: 1, character: 2 });
    assert.equal(index.offsetAt({ line: 1, character: 2 }), text.indexOf('x'));
  });

  it('treats \\r\\n, \\n and a lone \\r as line breaks, as LSP does', () => {
    const text = 'one\r\ntwo\nthree\rfour';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(text.indexOf('two')), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('four')), { line: 3, character: 0 });
    assert.equal(index.lineText(0), 'one');
    assert.equal(index.lineText(2), 'three');
    assert.equal(index.eol, '\r\n');
  });

  it('gives the line break the text mostly uses for inserted lines (a CR in a CR-only file)', () => {
    assert.equal(new LineIndex('a\rb\rc').eol, '\r');
    assert.equal(new LineIndex('a\r\nb\r\nc').eol, '\r\n');
    assert.equal(new LineIndex('a\nb\nc').eol, '\n');
    assert.equal(new LineIndex('a\nb\nc\r\nd').eol, '\n');
    assert.equal(new LineIndex('a\r\nb\r\nc\rd').eol, '\r\n');
    assert.equal(new LineIndex('abc').eol, '\n');
  });

  it('counts a tab as one character', () => {
    const index = new LineIndex('\tpm: x');
    assert.deepEqual(index.positionAt(1), { line: 0, character: 1 });
  });

  it('clamps positions past the end of a line or the file', () => {
    const index = new LineIndex('ab\ncd');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 5);
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
  });

  it('handles an empty text', () => {
    const index = new LineIndex('');
    assert.equal(index.lineCount, 1);
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
  });
});

describe('LineIndex.afterEdit: the index of an edited text from the index before', () => {
  const PIECES = ['a', '😀', '漢', ' ', '\t', '\n', '\r\n', '\r', 'line\n', 'x\r\ny'];
  const write = (random: () => number, count: number) => Array.from({ length: count }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
  const insideCrlf = (text: string, at: number) => text[at - 1] === '\r' && text[at] === '\n';

  it('equals the index of the whole edited text (line starts and line break), edit after edit', () => {
    const random = rng(fuzzSeed(3));
    let checked = 0;
    for (let round = 0; round < fuzzCases(3000); round++) {
      const before = write(random, Math.floor(random() * 30));
      const start = Math.floor(random() * (before.length + 1));
      const removedEnd = start + Math.floor(random() * (before.length - start + 1));
      const written = write(random, Math.floor(random() * 4));
      const text = before.slice(0, start) + written + before.slice(removedEnd);
      const writtenEnd = start + written.length;
      // Neither end of the edit inside a CRLF, before or after it (the method's condition).
      if ([insideCrlf(before, start), insideCrlf(before, removedEnd), insideCrlf(text, start), insideCrlf(text, writtenEnd)].some(Boolean)) continue;
      const base = new LineIndex(before);
      if (random() < 0.5) void base.eol;
      const edited = LineIndex.afterEdit(base, text, start, removedEnd, writtenEnd);
      const whole = new LineIndex(text);
      assert.deepEqual(edited.lineStarts, whole.lineStarts, JSON.stringify({ before, start, removedEnd, written }));
      assert.equal(edited.eol, whole.eol, JSON.stringify({ before, start, removedEnd, written }));
      checked++;
    }
    assert.ok(checked > fuzzCases(3000) / 2, `${checked} edits checked`);
  });
});

describe('applyEdits', () => {
  it('applies edits from the end so earlier ranges stay valid, keeping CRLF', () => {
    const text = 'A | B\r\nC | D\r\n';
    const result = applyEdits(text, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'R' },
      { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, newText: 'I' },
    ]);
    assert.equal(result, 'R | B\r\nC | I\r\n');
  });

  it('refuses overlapping edits', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } };
    assert.throws(() => applyEdits('abc', [{ range, newText: 'x' }, { range, newText: 'y' }]), /overlapping/);
  });
});

describe('a leading byte order mark', () => {
  it('is a character of line 0, and no range starts or ends before it', () => {
    const index = new LineIndex('\uFEFFteam: x\n');
    assert.deepEqual(index.positionAt(1), { line: 0, character: 1 });
    assert.equal(index.contentStart, 1);
    assert.deepEqual(index.rangeAt(0, 0), { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } });
    assert.deepEqual(index.rangeAt(0, 5), { start: { line: 0, character: 1 }, end: { line: 0, character: 5 } });
    assert.equal(new LineIndex('team: \uFEFF').contentStart, 0);
  });
});
