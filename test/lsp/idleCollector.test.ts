// When the server collects garbage by hand after a burst of checks (see idleCollector.ts).
import * as assert from 'node:assert/strict';
import { IdleCollector, MIN_HEAP_TO_COLLECT, worthCollecting } from '../../server/src/lsp/idleCollector';

describe('idle garbage collection', () => {
  it('collects only a heap that is large and has grown well beyond what was live after the last collection', () => {
    const MB = 1024 * 1024;
    assert.equal(worthCollecting(MIN_HEAP_TO_COLLECT - 1, 0), false, 'a small heap is left to V8');
    assert.equal(worthCollecting(100 * MB, 20 * MB), true, 'a burst that quadrupled the heap');
    assert.equal(worthCollecting(100 * MB, 60 * MB), false, 'mostly live data: collecting would free little');
  });

  /** A collector whose clock, heap and collection the test drives. */
  function driven(heapMB: { total: number; used: number }) {
    const MB = 1024 * 1024;
    const timers: { run: () => void; cancelled: boolean }[] = [];
    let collected = 0;
    const collector = new IdleCollector({
      heap: () => ({ total: heapMB.total * MB, used: heapMB.used * MB }),
      collect: () => {
        collected++;
        return true;
      },
      schedule: (run) => {
        const timer = { run, cancelled: false };
        timers.push(timer);
        return { cancel: () => (timer.cancelled = true) };
      },
    });
    const fireIdle = () => timers.filter((timer) => !timer.cancelled).forEach((timer) => ((timer.cancelled = true), timer.run()));
    return { collector, fireIdle, collected: () => collected };
  }

  it('collects once the checks stop, not while they go on', () => {
    const { collector, fireIdle, collected } = driven({ total: 200, used: 30 });
    collector.touch();
    collector.touch();
    collector.touch();
    fireIdle();
    assert.equal(collected(), 1, 'three checks in a row, then idle: one collection');
    assert.equal(collector.collections, 1);
  });

  it('does not collect again until the heap has grown beyond twice what was live after the last one', () => {
    const heap = { total: 200, used: 120 };
    const { collector, fireIdle, collected } = driven(heap);
    collector.touch();
    fireIdle();
    heap.total = 230;
    collector.touch();
    fireIdle();
    assert.equal(collected(), 1, '230 MB after 120 MB live is not worth a second collection');
    heap.total = 260;
    collector.touch();
    fireIdle();
    assert.equal(collected(), 2);
  });

  it('collects nothing after dispose', () => {
    const { collector, fireIdle, collected } = driven({ total: 200, used: 30 });
    collector.touch();
    collector.dispose();
    fireIdle();
    assert.equal(collected(), 0);
  });
});
