// A check run in slices of Markdown parsing (core/parse/markdown/speed/chunks.ts): when a slice is spent
// the check stops, the server answers what came in meanwhile, and the check runs again, finding what it
// parsed in the chunk cache. YAML, one chunk's parse and the rules after the parse run in one piece.
import type { CheckResult } from '../core/check';
import { ParseInterrupted, ParseSlices, runParseSlice } from '../core/parse/markdown/chunking/chunks';

/** The result and the CPU time it took; undefined when `abandoned()` said so between two slices. */
export async function checkInSlices(check: () => CheckResult, sliceMs: number, abandoned: () => boolean): Promise<{ result: CheckResult; spentMs: number } | undefined> {
  const slices = new ParseSlices(sliceMs);
  let spentMs = 0;
  for (;;) {
    const started = performance.now();
    let result: CheckResult | undefined;
    try {
      result = runParseSlice(slices, check);
    } catch (error) {
      if (!(error instanceof ParseInterrupted)) throw error;
    }
    spentMs += performance.now() - started;
    if (result) return { result, spentMs };
    // A timer, not setImmediate: the messages read meanwhile are handled before the next slice.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (abandoned()) return undefined;
  }
}
