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

  it('collects once idle without throwing, and can be disposed', async () => {
    const collector = new IdleCollector();
    collector.touch();
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.ok(collector.collections >= 0);
    collector.touch();
    collector.dispose();
  });
});
