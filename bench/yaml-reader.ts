// Does the plain-subset YAML reader (parse/yaml/plain/) pay? Reads the same YAML charters with it and
// with the `yaml` package alone (readYamlCharter's `fast: false`), alternating, in one process.
//   npx tsx bench/yaml-reader.ts [--runs 30]
import { performance } from 'node:perf_hooks';
import { readYamlCharter } from '../server/src/core/parse/yaml/reader';
import { makeRows, yamlCharter } from './generate';
import { median } from './stats';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;
// A typical team charter (20–60 responsibilities), then the benchmark's sizes.
const SIZES = [40, 1000, 10000];

function time(text: string, fast: boolean): number {
  const started = performance.now();
  readYamlCharter(text, { fast });
  return performance.now() - started;
}

console.log('| responsibilities | plain reader (median ms) | yaml package only (median ms) | ratio |');
console.log('| --- | --- | --- | --- |');
for (const size of SIZES) {
  const text = yamlCharter('Bench', makeRows(size, size));
  const withPlain: number[] = [];
  const without: number[] = [];
  const repeat = size >= 10000 ? Math.max(5, Math.round(runs / 5)) : runs;
  for (let run = 0; run < 3; run++) time(text, run % 2 === 0);
  for (let run = 0; run < repeat; run++) {
    withPlain.push(time(text, true));
    without.push(time(text, false));
  }
  const a = median(withPlain);
  const b = median(without);
  console.log(`| ${size} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${(a / b).toFixed(2)}× |`);
}
