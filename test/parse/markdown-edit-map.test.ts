// speed/edit-map.ts gives micromark's EditMap.consume a fast path: the same arrays as the original for
// any edits, and the same trees from remark-parse on texts full of lists, quotes and lazy lines.
import { strict as assert } from 'node:assert';
import { EditMap } from 'micromark-util-edit-map';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { consumeFast, originalConsume } from '../../server/src/core/parse/markdown/speed/edit-map';
import { rng } from '../helpers/random';

function consumed(consume: typeof consumeFast, length: number, edits: [number, number, number[], boolean][]): unknown[] {
  const events: unknown[] = Array.from({ length }, (_, i) => i);
  const map = new EditMap();
  for (const [at, remove, add, before] of edits) {
    if (before) map.addBefore(at, remove, [...add] as never[]);
    else map.add(at, remove, [...add] as never[]);
  }
  consume.call(map, events);
  return events;
}

describe('micromark EditMap.consume, fast path (speed/edit-map.ts)', () => {
  it('is installed', () => {
    assert.equal(EditMap.prototype.consume, consumeFast);
  });

  it('gives the same list as the original for random edits', () => {
    const random = rng(20240611);
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(random() * 40);
      const edits: [number, number, number[], boolean][] = [];
      for (let e = Math.floor(random() * 4); e > 0; e--) {
        // Mostly near the end, as micromark's document tokenizer makes them; sometimes anywhere, or past it.
        const at = random() < 0.7 ? Math.max(0, length - Math.floor(random() * 5)) : Math.floor(random() * (length + 3));
        const add = Array.from({ length: Math.floor(random() * 4) }, (_, i) => 100 + n * 10 + i);
        edits.push([at, Math.floor(random() * 4), add, random() < 0.3]);
      }
      assert.deepEqual(consumed(consumeFast, length, edits), consumed(originalConsume, length, edits), JSON.stringify({ length, edits }));
    }
  });

  it('gives remark-parse the same trees as the original', () => {
    const remark = unified().use(remarkParse);
    const texts = [
      '- top\n' + '  - a\n    - b\n'.repeat(50),
      '> - a\n>   - b\n'.repeat(50),
      '1. a\n   - b\n'.repeat(50),
      '- a\nlazy\n> q\nlazy\n- b\n\n  c\n'.repeat(30),
      '* a\n  > b\n  > - c\n  d\n+ e\n'.repeat(30),
    ];
    for (const text of texts) {
      const fast = remark.parse(text);
      EditMap.prototype.consume = originalConsume;
      try {
        assert.deepEqual(fast, remark.parse(text));
      } finally {
        EditMap.prototype.consume = consumeFast;
      }
    }
  });
});
