// Gives memory back after a burst of checks. Every check allocates its parse trees and model (a few MB
// for a typical charter) and a burst of them (a workspace of charters opened at once) promotes much of
// that to V8's old space, which then grows to about four times what is live before a major collection;
// V8 shrinks it again only after seconds of idleness. Measured with the 1,000 typical charters of
// `npm run bench` section 5: 22 MB live after a full collection, but 86–110 MB of heap and 165–175 MB
// RSS when the last diagnostics arrive. A plain full collection once the burst is over frees the garbage
// but keeps the pages (old space 60 MB holding 17 MB, RSS unchanged): V8 compacts and gives pages back
// only from its memory reducer, seconds later and not reliably after a burst. So our collection compacts
// (`--compact-on-every-full-gc`, switched on for that one collection only): RSS 300 ms after the last
// diagnostics 110–117 MB in five runs (was 165–175 MB; with V8's reducer started early, 113–155 MB).
// The collection runs only when the server is idle and the heap has grown well beyond what was live
// after the previous one, so typing (whose checks leave the heap small) never pays for it.
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

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private liveAfterLast = 0;
  collections = 0;

  /** Call after each check: collects once nothing has been checked for IDLE_COLLECT_MS, if worth it. */
  touch(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.collectIfWorth(), IDLE_COLLECT_MS);
    this.timer.unref();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private collectIfWorth(): void {
    this.timer = undefined;
    if (!worthCollecting(v8.getHeapStatistics().total_heap_size, this.liveAfterLast)) return;
    const gc = fullCollection();
    if (!gc) return;
    v8.setFlagsFromString('--compact-on-every-full-gc');
    try {
      gc();
    } finally {
      v8.setFlagsFromString('--no-compact-on-every-full-gc');
    }
    this.collections++;
    this.liveAfterLast = v8.getHeapStatistics().used_heap_size;
  }
}
