// A check whose Markdown is parsed ahead in slices: the chunks the check will read are parsed into the
// document's chunk cache a slice at a time (core: parseAheadOfCheck), the server answering what came in
// between two slices (hovers, other documents, `shutdown`); then the check runs in one piece and finds
// them there. YAML, the parse of one chunk and the rules after the parse run in one piece.
import { parseAheadOfCheck, type CheckOptions, type CheckResult } from '../core/check';

/**
 * The result and the time it took; undefined when `abandoned()` said so between two slices.
 * `options.markdown.chunkCache` is where the slices leave their chunks (without one, nothing is parsed
 * ahead and the check runs in one piece).
 */
export async function checkInSlices(
  text: string,
  options: CheckOptions,
  check: (text: string, options: CheckOptions) => CheckResult,
  sliceMs: number,
  abandoned: () => boolean,
): Promise<{ result: CheckResult; spentMs: number } | undefined> {
  const ahead = parseAheadOfCheck(text, options);
  let spentMs = 0;
  for (;;) {
    const started = performance.now();
    const done = ahead.run(() => performance.now() - started >= sliceMs);
    spentMs += performance.now() - started;
    if (done) break;
    // A timer, not setImmediate: the messages read meanwhile are handled before the next slice.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (abandoned()) return undefined;
  }
  const started = performance.now();
  const result = check(text, options);
  return { result, spentMs: spentMs + performance.now() - started };
}
