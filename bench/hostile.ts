// Section 9 of `npm run bench` (BENCH_HOSTILE=claims,nesting,patterns for some of it): inputs written to make Team Charter slow or greedy, each measured
// beside an ordinary input of the same size in the same run (the ratio is the figure that matters):
// many teams claiming one shared responsibility (claims.ts), deep nesting of lists and quotes
// (nesting.ts), and patterns that make a matcher backtrack (globs.ts).
import { claimsRows } from './claims';
import type { BenchRow } from './row';
import { globRows } from './globs';
import { nestingRows } from './nesting';


export async function hostileRows(cli: string, server: string, notes: string[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const parts: [string, () => Promise<BenchRow[]>][] = [
    ['claims', () => claimsRows(cli, server, notes)],
    ['nesting', () => nestingRows(cli, server, notes)],
    ['patterns', () => globRows(cli, notes)],
  ];
  // BENCH_HOSTILE=nesting,patterns runs only those parts.
  const only = process.env.BENCH_HOSTILE?.split(',').map((part) => part.trim());
  for (const [label, part] of parts) {
    if (only && !only.includes(label)) continue;
    try {
      rows.push(...(await part()));
    } catch (error) {
      notes.push(`8) ${label} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  return rows;
}
