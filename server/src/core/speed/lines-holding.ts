// Speed: a pattern that never matches across a line break finds the same matches line by line, so it
// needs running only on the lines where a word it requires appears (a legend pattern otherwise matches
// at every cell of a matrix). BENCHMARKS.md has the measurement.

/**
 * Each line of `text` (without its line break) on which the global pattern `required` matches, in
 * order, once each.
 */
export function* linesHolding(text: string, required: RegExp): Generator<string> {
  required.lastIndex = 0;
  for (let match = required.exec(text); match; match = required.exec(text)) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    const newline = text.indexOf('\n', match.index);
    const end = newline < 0 ? text.length : newline;
    yield text.slice(start, end);
    required.lastIndex = end;
  }
}
