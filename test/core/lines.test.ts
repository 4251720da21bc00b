import * as assert from 'node:assert/strict';
import { indentColumns, isBlank, LineScanner, lineStartOf, skipBlanks } from '../../server/src/core/lines';
import { LineIndex } from '../../server/src/core/text';

/** Every line the scanner visits, as [start, end, next]. */
function scan(text: string, from = 0): [number, number, number][] {
  const lines: [number, number, number][] = [];
  const line = new LineScanner(text, from);
  while (line.advance()) lines.push([line.start, line.end, line.next]);
  return lines;
}

/** The lines' contents. */
function contents(text: string, from = 0): string[] {
  return scan(text, from).map(([start, end]) => text.slice(start, end));
}

describe('LineScanner: the lines of a text', () => {
  it('splits on \\n, with `next` just past the break', () => {
    assert.deepEqual(scan('ab\ncd\n'), [
      [0, 2, 3],
      [3, 5, 6],
    ]);
  });

  it('splits on \\r\\n as one break, never leaving a line between the \\r and the \\n', () => {
    assert.deepEqual(scan('ab\r\ncd\r\n'), [
      [0, 2, 4],
      [4, 6, 8],
    ]);
    assert.deepEqual(contents('a\r\n\r\nb'), ['a', '', 'b']);
  });

  it('splits on a lone \\r (old Mac files), \\r\\r being two breaks', () => {
    assert.deepEqual(scan('ab\rcd'), [
      [0, 2, 3],
      [3, 5, 5],
    ]);
    assert.deepEqual(contents('a\r\rb'), ['a', '', 'b']);
    assert.deepEqual(scan('a\r\r'), [
      [0, 1, 2],
      [2, 2, 3],
    ]);
  });

  it('reads mixed breaks in one text, \\n\\r being two breaks', () => {
    assert.deepEqual(contents('one\r\ntwo\nthree\rfour\n\rfive'), ['one', 'two', 'three', 'four', '', 'five']);
  });

  it('ends a last line without a break at the end of the text (next = end)', () => {
    assert.deepEqual(scan('ab\ncd'), [
      [0, 2, 3],
      [3, 5, 5],
    ]);
  });

  it('gives no empty line after a final break, and none for the empty text', () => {
    assert.deepEqual(contents('a\n'), ['a']);
    assert.deepEqual(contents('a\r\n'), ['a']);
    assert.deepEqual(contents('a\r'), ['a']);
    assert.deepEqual(scan(''), []);
    assert.deepEqual(scan('\n'), [[0, 0, 1]]);
    assert.deepEqual(scan('\r\n'), [[0, 0, 2]]);
    assert.deepEqual(contents('\n\n'), ['', '']);
  });

  it('starts at `from`, reading the rest of the line it falls in as the first line', () => {
    const text = '---\nteam: x\n---\n# T\n';
    assert.deepEqual(contents(text, text.indexOf('# T')), ['# T']);
    assert.deepEqual(contents(text, 1), ['--', 'team: x', '---', '# T']);
    assert.deepEqual(scan(text, text.length), []);
  });

  it('counts offsets in UTF-16 code units: emoji are two, CJK one, a tab one', () => {
    const text = 'a😀b\n漢字\r\n\t| x |';
    assert.deepEqual(scan(text), [
      [0, 4, 5],
      [5, 7, 9],
      [9, 15, 15],
    ]);
    assert.deepEqual(contents(text), ['a😀b', '漢字', '\t| x |']);
  });

  it('keeps a line of spaces and tabs as a line of its own', () => {
    assert.deepEqual(contents('a\n \t\nb'), ['a', ' \t', 'b']);
  });

  it('agrees with LineIndex on every line break of random texts', () => {
    const pieces = ['a', ' ', '\t', '\n', '\r', '\r\n', '😀', '漢', '|'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 500; round++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const index = new LineIndex(text);
      const lines = scan(text);
      // LineIndex has one more line (an empty last one) when the text ends with a break, or is empty.
      const expected = index.lineStarts.filter((start) => start < text.length);
      assert.deepEqual(
        lines.map(([start]) => start),
        expected,
        JSON.stringify(text),
      );
      lines.forEach(([start, end], line) => assert.equal(text.slice(start, end), index.lineText(line), JSON.stringify(text)));
    }
  });
});

describe('line helpers', () => {
  it('skipBlanks skips spaces and tabs only, up to the end given', () => {
    assert.equal(skipBlanks(' \t x', 0, 4), 3);
    assert.equal(skipBlanks('   ', 0, 3), 3);
    assert.equal(skipBlanks('  x', 0, 1), 1);
    assert.equal(skipBlanks('\u00a0x', 0, 2), 0, 'a no-break space is not indentation');
  });

  it('isBlank: only spaces and tabs, or nothing', () => {
    assert.equal(isBlank(' \t ', 0, 3), true);
    assert.equal(isBlank('a\n\nb', 2, 2), true);
    assert.equal(isBlank(' x ', 0, 3), false);
  });

  it('indentColumns: a tab moves to the next multiple of four columns', () => {
    assert.equal(indentColumns('\tx', 0, 2), 4);
    assert.equal(indentColumns('  \tx', 0, 4), 4);
    assert.equal(indentColumns(' \t \tx', 0, 5), 8);
    assert.equal(indentColumns('   x', 0, 4), 3);
    assert.equal(indentColumns('      ', 0, 2), 2, 'stops at the end given');
    assert.equal(indentColumns('x  ', 0, 3), 0);
  });

  it('lineStartOf finds the start of the line holding an offset, after \\n, \\r\\n or \\r, not before the floor', () => {
    const text = 'ab\r\ncd\ref\ngh';
    assert.equal(lineStartOf(text, text.indexOf('d')), text.indexOf('c'));
    assert.equal(lineStartOf(text, text.indexOf('f')), text.indexOf('e'));
    assert.equal(lineStartOf(text, text.length), text.indexOf('g'));
    assert.equal(lineStartOf(text, 1), 0);
    assert.equal(lineStartOf(text, text.indexOf('h'), text.indexOf('h')), text.indexOf('h'));
  });
});
