// Section 9 of `npm run bench`, the nesting rows: Markdown whose lists and quotes nest deeply, against an
// ordinary charter of the same size (the typical charters of section 4 put end to end: headings, prose,
// a list of roles, a RACI matrix), in the same run. 256 KB of lines of 16 `> ` and 15 `- ` (over the
// document's nesting budget: read as text, with a warning) through the CLI and the server; an ordinary
// charter with nesting right at its budget, in process; and 10 MB of lines nested past every limit
// through the CLI.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../server/src/core/check';
import { MIN_NESTING_BUDGET, NESTING_PER_CHARACTER, QUOTED_MARKER_WEIGHT } from '../server/src/core/parse/markdown/guards/guard';
import type { BenchRow } from './row';
import { TYPICAL_DIR } from './generate';
import { benchClient } from './lsp';
import { peakMb, runMeasured } from './peak';
import { median, ms, ratio, timeRuns } from './stats';

const RUNS = 3;
const TIMEOUT_MS = 300_000;
const EDITS = 10;

/** `lines` lines of `quotes` `> ` and `lists` `- ` then `x`. */
function nestedText(lines: number, quotes: number, lists: number): string {
  const line = '> '.repeat(quotes) + '- '.repeat(lists) + 'x';
  return Array.from({ length: lines }, () => line).join('\n') + '\n';
}

/** Typical charters end to end, cut at a charter's start once `size` characters are reached. */
function ordinaryText(size: number): string {
  const folder = path.join(TYPICAL_DIR, 'md');
  const charters = fs.readdirSync(folder).map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
  let text = '';
  for (let index = 0; text.length < size; index++) text += (text ? '\n' : '') + charters[index % charters.length];
  return text;
}

/**
 * An ordinary charter of `size` characters whose first part is replaced by quoted list items (`> - x`,
 * the costliest nesting per marker measured) up to the document's nesting budget.
 */
function atBudgetText(size: number): string {
  const budget = Math.max(MIN_NESTING_BUDGET, Math.floor(size * NESTING_PER_CHARACTER));
  const quoted = '> - x\n'.repeat(Math.floor(budget / (2 * QUOTED_MARKER_WEIGHT)));
  const rest = ordinaryText(size);
  return `${quoted}\n${rest.slice(rest.indexOf('\n# ', quoted.length) + 1)}`;
}

function row(what: string, unit: 'ms' | 'MB', ours: number[], reference: number[], target: number, runs: number): BenchRow {
  const o = ours.length > 0 ? median(ours) : undefined;
  const r = reference.length > 0 ? median(reference) : undefined;
  const show = (value: number | undefined) => (value === undefined ? 'n/a' : unit === 'ms' ? ms(value) : `${value.toFixed(0)} MB`);
  return {
    measure: `${what}${runs > 1 ? ` (median of ${runs})` : ''}`,
    ours: show(o),
    reference: `${show(r)} ordinary charter, same size`,
    ratio: ratio(o, r),
    target: `≤ ${target}×`,
    ok: o === undefined || r === undefined ? undefined : o <= target * r,
  };
}

/** CLI time and peak memory on one file, `runs` times. */
async function cliRuns(cli: string, text: string, runs: number, notes: string[]): Promise<{ ms: number[]; mb: number[] }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'team-charter-bench-nesting-'));
  const file = path.join(folder, 'nested.charter.md');
  fs.writeFileSync(file, text);
  const result = { ms: [] as number[], mb: [] as number[] };
  try {
    for (let run = 0; run < runs; run++) {
      const measured = await runMeasured([cli, 'check', '-f', 'json', file], folder, TIMEOUT_MS);
      if (measured.peakMb === undefined) notes.push(`8) nesting: CLI exit ${measured.code} ${measured.stderr.split('\n')[0]}`);
      else result.mb.push(measured.peakMb);
      result.ms.push(measured.ms);
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return result;
}

/** The server: time to the first diagnostics of the opened file, median time of EDITS keystrokes, peak memory. */
async function serverRun(server: string, text: string): Promise<{ open: number; edit: number; mb: number | undefined }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'team-charter-bench-nesting-'));
  const file = path.join(folder, 'nested.charter.md');
  const uri = pathToFileURL(file).href;
  const client = benchClient({ name: 'team-charter server', command: process.execPath, args: [server, '--stdio'], cwd: folder, rootDir: folder, configuration: () => null });
  try {
    await client.initialize();
    let started = performance.now();
    await client.open(uri, text, 'markdown');
    await client.nextDiagnostics(uri, 1, TIMEOUT_MS);
    const open = performance.now() - started;
    const lines = text.split('\n').length - 1;
    const edits: number[] = [];
    for (let version = 2; version < 2 + EDITS; version++) {
      started = performance.now();
      // A letter typed at the end of the last line.
      await client.change(uri, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: 0 } }, text: 'y' }]);
      await client.nextDiagnostics(uri, version, TIMEOUT_MS);
      edits.push(performance.now() - started);
    }
    return { open, edit: median(edits), mb: peakMb(client.pid) };
  } finally {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export async function nestingRows(cli: string, server: string, notes: string[]): Promise<BenchRow[]> {
  const nested = nestedText(4000, 16, 15);
  const ordinary = ordinaryText(nested.length);
  const size = `${Math.round(nested.length / 1024)} KB`;
  const rows: BenchRow[] = [];
  const cliNested = await cliRuns(cli, nested, RUNS, notes);
  const cliOrdinary = await cliRuns(cli, ordinary, RUNS, notes);
  rows.push(row(`nesting, CLI check time: 4000 lines of 16 '> ' and 15 '- ', ${size}`, 'ms', cliNested.ms, cliOrdinary.ms, 3, RUNS));
  rows.push(row(`nesting, CLI check peak memory: the same ${size}`, 'MB', cliNested.mb, cliOrdinary.mb, 3, RUNS));
  const served = [await serverRun(server, nested), await serverRun(server, ordinary)];
  rows.push(row(`nesting, server: open to diagnostics, the same ${size}`, 'ms', [served[0].open], [served[1].open], 3, 1));
  rows.push(row(`nesting, server: keystroke to diagnostics (median of ${EDITS}), the same ${size}`, 'ms', [served[0].edit], [served[1].edit], 3, 1));
  rows.push(row(`nesting, server peak memory, the same ${size}`, 'MB', served[0].mb === undefined ? [] : [served[0].mb], served[1].mb === undefined ? [] : [served[1].mb], 3, 1));

  // In process, cold: nesting right at the budget (within the limits, no warning) in an ordinary charter.
  const atBudget = atBudgetText(nested.length);
  const warned = checkText(atBudget, { path: 'nested.charter.md' }).findings.filter((finding) => finding.rule === 'syntax');
  if (warned.length > 0) notes.push(`8) nesting: the text at the budget has ${warned.length} syntax warnings (it should be within the limits): ${warned[0].message}`);
  const check = (text: string) => () => checkText(text, { path: 'nested.charter.md' });
  const oursSamples: number[] = [];
  const referenceSamples: number[] = [];
  for (let round = 0; round < 2; round++) {
    referenceSamples.push(...timeRuns(check(ordinary), 3, round === 0 ? 1 : 0, 10_000, 3));
    oursSamples.push(...timeRuns(check(atBudget), 3, round === 0 ? 1 : 0, 10_000, 3));
  }
  rows.push(row(`nesting, checkText cold: quoted lists at the nesting budget in an ordinary charter, ${size} (n=${oursSamples.length})`, 'ms', oursSamples, referenceSamples, 3, 1));

  // 10 MB nested past every limit (32 markers a line, the budget), one CLI run each.
  const deep = nestedText(Math.ceil(10_000_000 / 82), 20, 20);
  const big = ordinaryText(deep.length);
  const cliDeep = await cliRuns(cli, deep, 1, notes);
  const cliBig = await cliRuns(cli, big, 1, notes);
  const mb = `${(deep.length / 1e6).toFixed(0)} MB`;
  rows.push(row(`nesting, CLI check time: lines of 20 '> ' and 20 '- ', ${mb} (past every limit)`, 'ms', cliDeep.ms, cliBig.ms, 3, 1));
  rows.push(row(`nesting, CLI check peak memory: the same ${mb}`, 'MB', cliDeep.mb, cliBig.mb, 3, 1));
  return rows;
}
