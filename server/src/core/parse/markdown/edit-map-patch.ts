// micromark's document tokenizer, each time a list item's content is closed by the next item (and at
// each lazy line), moves the container exits it just wrote back before the line break through an
// EditMap, whose consume() rebuilds the whole list of events of the text so far: O(events) per item, so
// a text's list items cost quadratic time in all (BENCHMARKS.md, "Superlinear inputs"). Chunks
// (chunking/) split top-level lists, not nested ones.
//
// Those edits are two, near the end of the list. So consume() is given a faster path here for edits
// that touch only the tail of the list and do not overlap: splicing them in from the last to the first,
// which gives the same array as rebuilding it, for the cost of the tail. Anything else (subtokenize's
// many edits all over the list, an edit adding many events) takes the original path.
//
// This replaces a method of micromark-util-edit-map's class and reads its fields, so package.json pins
// the exact version; test/parse/markdown-edit-map.test.ts fails when the package's code or the fields
// change, and holds both paths to the same arrays.
import { EditMap } from 'micromark-util-edit-map';

type Change = [number, number, unknown[]];
interface EditMapState {
  index: Map<number, Change>;
  map: Change[];
}

/** Events an edit may add and still be spliced in (a spread argument list must stay short). */
const MAX_SPLICED = 1000;

/** The original consume(), for the edits the fast path leaves to it (and for tests). */
export const originalConsume: (this: EditMap, events: unknown[]) => undefined = EditMap.prototype.consume as never;

/** consume() with the fast path: the same result as originalConsume for every map and list. */
export function consumeFast(this: EditMap, events: unknown[]): undefined {
  const state = this as unknown as EditMapState;
  const map = state.map;
  if (map.length === 0) return originalConsume.call(this, events);
  map.sort((a, b) => a[0] - b[0]);
  let tail = 0;
  for (let i = 0; i < map.length; i++) {
    const [at, remove, add] = map[i];
    const nextAt = i + 1 < map.length ? map[i + 1][0] : events.length;
    if (at + remove > nextAt || add.length > MAX_SPLICED) return originalConsume.call(this, events);
    tail += events.length - at;
  }
  // The original copies the whole list: splicing is cheaper while the tails add up to less than it.
  if (tail > events.length) return originalConsume.call(this, events);
  for (let i = map.length - 1; i >= 0; i--) {
    const [at, remove, add] = map[i];
    events.splice(at, remove, ...add);
  }
  map.length = 0;
  state.index.clear();
  return undefined;
}

(EditMap.prototype as { consume: typeof consumeFast }).consume = consumeFast;
