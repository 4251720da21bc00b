// Speed: the separators of "SM = Service Manager" lines found from the separator character. The pattern
// [ \t]*(?:=|:|–|—|-)[ \t]* starts with blanks, so it is tried at every blank of the document (a padded
// table has thousands). BENCHMARKS.md has the measurement.

const SEPARATOR = /[=:–—-]/g;

const isBlank = (char: string | undefined) => char === ' ' || char === '\t';

/**
 * Each separator with the blanks around it, as that pattern matches them one after another (each match
 * starts after the previous one's blanks).
 */
export function* separatorsWithBlanks(text: string): Generator<{ start: number; end: number }> {
  let previousEnd = 0;
  for (const { index } of text.matchAll(SEPARATOR)) {
    let start = index;
    while (start > previousEnd && isBlank(text[start - 1])) start--;
    let end = index + 1;
    while (isBlank(text[end])) end++;
    previousEnd = end;
    yield { start, end };
  }
}
