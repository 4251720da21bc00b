// edit-map-patch.ts gives micromark's EditMap.consume a fast path: the same arrays as the original for
// any edits, and the same trees from remark-parse on texts full of lists, quotes and lazy lines. The
// patch reads the package's private fields and replaces a method of its class, so the version is pinned
// exactly and the internals it relies on are checked here: an upgrade that changes them fails first.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EditMap } from 'micromark-util-edit-map';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { consumeFast, originalConsume } from '../../server/src/core/parse/markdown/edit-map-patch';
import { rng } from '../helpers/random';

const ROOT = path.resolve(__dirname, '../..');
const PACKAGE = 'micromark-util-edit-map';
/**
 * The package's code the fast path was proven against (sha256 of its index.js). A new version must be
 * read again (consume and the fields below), the fast path proven again, and then this hash updated.
 */
const PROVEN_AGAINST = { version: '1.0.0', sha256: '0a29b60e6299a7b17e57e3c185014ad9bfe5a0ad6fd1365ce14605d6d299cbf0' };

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

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

describe('micromark EditMap.consume, fast path (edit-map-patch.ts)', () => {
  it('is installed', () => {
    assert.equal(EditMap.prototype.consume, consumeFast);
  });

  it('patches the exact version package.json pins, the only copy installed, unchanged since it was proven', () => {
    const pinned = (readJson(path.join(ROOT, 'package.json')).devDependencies as Record<string, string>)[PACKAGE];
    assert.equal(pinned, PROVEN_AGAINST.version, `package.json pins ${PACKAGE} to exactly ${PROVEN_AGAINST.version}, no range`);
    const folder = path.join(ROOT, 'node_modules', PACKAGE);
    assert.equal(readJson(path.join(folder, 'package.json')).version, PROVEN_AGAINST.version);
    // A second copy (another package's own range) would be one the patch does not reach.
    const copies = Object.keys(readJson(path.join(ROOT, 'package-lock.json')).packages as object).filter((key) => key.endsWith(`node_modules/${PACKAGE}`));
    assert.deepEqual(copies, [`node_modules/${PACKAGE}`]);
    const code = fs.readFileSync(path.join(folder, 'index.js'));
    assert.equal(createHash('sha256').update(code).digest('hex'), PROVEN_AGAINST.sha256, `${PACKAGE}'s code changed: prove the fast path against it again`);
  });

  it('finds the internals it relies on: the prototype methods, the `map` of changes and its `index`', () => {
    assert.equal(typeof originalConsume, 'function');
    assert.notEqual(originalConsume, consumeFast);
    for (const method of ['add', 'addBefore', 'consume']) assert.ok(Object.hasOwn(EditMap.prototype, method), `EditMap.prototype.${method}`);
    const map = new EditMap();
    assert.deepEqual(Object.keys(map).sort(), ['index', 'map']);
    const state = map as unknown as { index: Map<number, unknown>; map: unknown[] };
    assert.ok(state.index instanceof Map && Array.isArray(state.map));
    // A change is [at, remove, add], one per position, found through `index`; addBefore puts its
    // events first, add after.
    map.add(3, 1, ['b'] as never[]);
    map.addBefore(3, 0, ['a'] as never[]);
    map.add(1, 0, ['c'] as never[]);
    assert.deepEqual(state.map, [
      [3, 1, ['a', 'b']],
      [1, 0, ['c']],
    ]);
    assert.equal(state.index.get(3), state.map[0]);
    const events = [0, 1, 2, 3, 4];
    originalConsume.call(map, events);
    assert.deepEqual(events, [0, 'c', 1, 2, 'a', 'b', 4]);
    assert.equal(state.map.length, 0, 'consume empties the changes');
    assert.equal(state.index.size, 0, 'and their index');
  });

  it('is what the micromark that remark-parse runs uses', () => {
    let calls = 0;
    EditMap.prototype.consume = function (this: EditMap, events: unknown[]) {
      calls++;
      return consumeFast.call(this, events);
    } as typeof consumeFast;
    try {
      unified().use(remarkParse).parse('- a\n  - b\n- c\n');
    } finally {
      EditMap.prototype.consume = consumeFast;
    }
    assert.ok(calls > 0, "remark-parse's micromark does not use this EditMap: the patch would not apply");
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
