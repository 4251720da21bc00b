// Times the speed-only helpers of the core (separatorsWithBlanks in abbreviations.ts, workKindsNamedIn in
// roles/boundaries.ts, linesHolding in lines.ts) against what they stand in for, in process, on
// the 1,000-row charters of section 1 (median of 100 runs after 20 untimed ones).
//   npx tsx bench/speed-helpers.ts
import { checkText } from '../server/src/core/check';
import { ChunkCache } from '../server/src/core/parse/markdown';
import { detectFramework } from '../server/src/core/frameworks';
import { workKindsIn, workKindsNamedIn } from '../server/src/core/roles/boundaries';
import { separatorsWithBlanks } from '../server/src/core/abbreviations';
import { charterText, makeRows, type Form } from './generate';
import { median, ms } from './stats';

function time(fn: () => unknown): string {
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return ms(median(samples));
}

/** A 1,000-row charter with 20 rows given a second A (accountable-multiple, as in section 3). */
function withDefects(form: Form): string {
  const rows = makeRows(1000, 1000);
  for (let i = 0; i < 20; i++) {
    const letters = rows[Math.floor((1000 * (i + 1)) / 21)]!.letters;
    const k = letters.findIndex((cell) => !cell.includes('A') && !cell.includes('R'));
    letters[k >= 0 ? k : letters.findIndex((cell) => !cell.includes('A'))] = 'A';
  }
  return charterText(form, 'Bench', rows);
}

const names = makeRows(1000, 1).map((row) => row.name);
console.log(`work kinds of 1,000 names: each kind's patterns ${time(() => names.map(workKindsIn))}, joined pattern first ${time(() => names.map(workKindsNamedIn))}`);
for (const form of ['md-matrix', 'md-assignment'] as const) {
  const text = charterText(form, 'Bench', makeRows(1000, 1));
  const blankFirst = /[ \t]*(?:=|:|–|—|-)[ \t]*/g;
  console.log(`${form}: key-line separators by the blank-first pattern ${time(() => [...text.matchAll(blankFirst)])}, from the separator ${time(() => [...separatorsWithBlanks(text)])}`);
  console.log(`${form}: detectFramework ${time(() => detectFramework(text))}`);
}
for (const form of ['md-matrix', 'md-assignment', 'yaml'] as const) {
  const text = withDefects(form);
  const path = form === 'yaml' ? 'charter.yaml' : 'charter.md';
  let n = 0;
  // A different text each time (a trailing space), so that the Markdown chunk cache is cold for the last chunk only, as in a re-check.
  const options = { path, markdown: { chunkCache: new ChunkCache() } };
  const unread = time(() => checkText(text + ' '.repeat(n++ % 3), options));
  const read = time(() => {
    for (const finding of checkText(text + ' '.repeat(n++ % 3), options).findings) for (const fix of finding.fixes) void fix.edits;
  });
  console.log(`${form} with 20 accountable-multiple findings: checkText ${unread}, and reading every fix's edits ${read}`);
}
