// Gives memory back after a burst of checks. A burst (a workspace of charters opened at once) promotes
// much of each check's garbage to V8's old space, which V8 shrinks only after seconds of idleness, and a
// plain full collection frees the garbage but keeps the pages. So once the server is idle and the heap
// has grown well beyond what was live after the previous collection, it collects with compaction
// switched on for that one collection (BENCHMARKS.md, section 5, has the figures). Typing, whose checks
// leave the heap small, never pays for it.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Idle time after the last check before collecting. */
export const IDLE_COLLECT_MS = 100;
/** Below this heap size, never collect by hand: V8's own schedule is fine. */
export const MIN_HEAP_TO_COLLECT = 64 * 1024 * 1024;

/** Whether a heap of `total` bytes is worth a full collection, given what was live after the last one. */
export function worthCollecting(total: number, liveAfterLast: number): boolean {
  return total >= MIN_HEAP_TO_COLLECT && total > 2 * liveAfterLast;
}

let collectGarbage: ((options?: unknown) => void) | null | undefined;

/** V8's `gc()`, made available at run time (the server is started by editors, without `--expose-gc`). */
function fullCollection(): ((options?: unknown) => void) | null {
  if (collectGarbage === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc: unknown = vm.runInNewContext('gc');
      collectGarbage = typeof gc === 'function' ? (gc as (options?: unknown) => void) : null;
    } catch {
      collectGarbage = null;
    }
  }
  return collectGarbage;
}

/** What the collector reads and does; the defaults are V8's and Node's, tests pass their own. */
export interface CollectorHooks {
  heap(): { total: number; used: number };
  /** A full collection with compaction; false when it cannot be done (no `gc`). */
  collect(): boolean;
  schedule(run: () => void, ms: number): { cancel(): void };
}

const V8_HOOKS: CollectorHooks = {
  heap() {
    const stats = v8.getHeapStatistics();
    return { total: stats.total_heap_size, used: stats.used_heap_size };
  },
  collect() {
    const gc = fullCollection();
    if (!gc) return false;
    v8.setFlagsFromString('--compact-on-every-full-gc');
    try {
      gc();
    } finally {
      v8.setFlagsFromString('--no-compact-on-every-full-gc');
    }
    return true;
  },
  schedule(run, ms) {
    const timer = setTimeout(run, ms);
    timer.unref();
    return { cancel: () => clearTimeout(timer) };
  },
};

export class IdleCollector {
  private pending: { cancel(): void } | undefined;
  private liveAfterLast = 0;
  collections = 0;

  constructor(private readonly hooks: CollectorHooks = V8_HOOKS) {}

  /** Call after each check: collects once nothing has been checked for IDLE_COLLECT_MS, if worth it. */
  touch(): void {
    this.pending?.cancel();
    this.pending = this.hooks.schedule(() => this.collectIfWorth(), IDLE_COLLECT_MS);
  }

  dispose(): void {
    this.pending?.cancel();
    this.pending = undefined;
  }

  private collectIfWorth(): void {
    this.pending = undefined;
    if (!worthCollecting(this.hooks.heap().total, this.liveAfterLast)) return;
    if (!this.hooks.collect()) return;
    this.collections++;
    this.liveAfterLast = this.hooks.heap().used;
  }
}
