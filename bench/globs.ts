// Section 9 of `npm run bench`, the pattern rows: patterns written to make a matcher backtrack, in the
// places a pull request can put them, against ordinary patterns of the same length, each through a CLI
// run over the same files (wall time, median of 3): the config file's `files` (13 `*a` then `b.md`
// against a name of 40 `a`s), and a `.gitignore` line (`a/**/` fifteen times) over a path 30 folders deep.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchRow } from './row';
import { runMeasured } from './peak';
import { median, ms, ratio } from './stats';

const RUNS = 3;
const CHARTER = 'team: Team\nroles:\n  lead:\n    title: Lead\nresponsibilities:\n  - name: Roadmap\n    accountable: lead\n    responsible: lead\n';

interface Case {
  label: string;
  hostile: Record<string, string>;
  ordinary: Record<string, string>;
  files: Record<string, string>;
}

const STARS = `${'*a'.repeat(13)}b.md`;
const DEEP = `${'a/'.repeat(30)}c.charter.yaml`;
const CASES: Case[] = [
  {
    label: `config files: ['${'*a'.repeat(3)}…b.md', '*.charter.yaml'], 13 '*a', a name of 40 'a's`,
    hostile: { '.team-charter.json': JSON.stringify({ files: [STARS, '*.charter.yaml'] }) },
    ordinary: { '.team-charter.json': JSON.stringify({ files: ['a'.repeat(STARS.length - 5) + 'b.md', '*.charter.yaml'] }) },
    files: { [`${'a'.repeat(40)}.md`]: '# A\n', 'team.charter.yaml': CHARTER },
  },
  {
    label: ".gitignore: 'a/**/' fifteen times then 'b', a path 30 folders deep",
    hostile: { '.gitignore': `${'a/**/'.repeat(15)}b\n` },
    ordinary: { '.gitignore': `${'a/x/c/'.repeat(15)}b\n` },
    files: { [DEEP]: CHARTER, 'team.charter.yaml': CHARTER },
  },
];

function write(folder: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    fs.writeFileSync(path.join(folder, relative), text);
  }
}

async function times(cli: string, files: Record<string, string>, notes: string[]): Promise<number[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'team-charter-bench-globs-'));
  try {
    write(folder, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const measured = await runMeasured([cli, 'check', '-f', 'json', '.'], folder, 300_000);
      if (measured.code !== 0) notes.push(`8) patterns: CLI exit ${measured.code} ${measured.stderr.split('\n')[0]}`);
      samples.push(measured.ms);
    }
    return samples;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export async function globRows(cli: string, notes: string[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const { label, hostile, ordinary, files } of CASES) {
    const ours = median(await times(cli, { ...files, ...hostile }, notes));
    const reference = median(await times(cli, { ...files, ...ordinary }, notes));
    rows.push({
      measure: `patterns, CLI check: ${label} (median of ${RUNS})`,
      ours: ms(ours),
      reference: `${ms(reference)} an ordinary pattern of the same length`,
      ratio: ratio(ours, reference),
      target: '≤ 2×',
      ok: ours <= 2 * reference,
    });
  }
  return rows;
}
