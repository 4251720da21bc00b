// Section 8 of `npm run bench`: inputs written to make Team Charter slow or greedy, each measured
// beside an ordinary input of the same size in the same run (the ratio is the figure that matters):
// many teams claiming one shared responsibility (claims.ts).
import { claimsRows, type ClaimsRow } from './claims';

export type HostileRow = ClaimsRow;

export async function hostileRows(cli: string, server: string, notes: string[]): Promise<HostileRow[]> {
  const rows: HostileRow[] = [];
  const parts: [string, () => Promise<HostileRow[]>][] = [['claims', () => claimsRows(cli, server, notes)]];
  for (const [label, part] of parts) {
    try {
      rows.push(...(await part()));
    } catch (error) {
      notes.push(`8) ${label} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  return rows;
}
