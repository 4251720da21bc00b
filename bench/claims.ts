// Section 9 of `npm run bench`, the claims rows: N team charters that all claim one shared
// responsibility of the catalog they extend, each accountable for it (one shared-accountable-multiple
// finding per charter), against the same N charters whose row is their own work (no claim, nothing to
// report across charters). The same files but for one row name: what a conflict among N teams costs.
// Measured through the CLI (wall time and peak memory of the process) and the language server (the
// time until an opened team charter shows the cross-charter finding once the workspace is read, and the
// server's peak memory).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchClient, withTimeout } from './lsp';
import { peakMb, runMeasured } from './peak';
import { median, ms, ratio } from './stats';
import type { BenchRow } from './row';

export const CLAIM_TEAMS = 5000;
const SHARED = 'Payments API';
const TIMEOUT_MS = 240_000;

function catalogText(): string {
  return `team: Engineering\nshared:\n  - ${SHARED}\nroles:\n  lead:\n    title: Team Lead\n  dev:\n    title: Software Engineer\n`;
}

/** Team `i`: three rows; the first is the shared responsibility (claim) or the team's own work (reference). */
function teamText(i: number, claim: boolean): string {
  const first = claim ? SHARED : `Own API ${String(i).padStart(5, '0')}`;
  const rows = [first, `Release notes ${i}`, `On-call rotation ${i}`]
    .map((name) => `  - name: ${name}\n    accountable: lead\n    responsible: [dev]\n`)
    .join('');
  return `team: Team ${String(i).padStart(5, '0')}\nextends: ../catalog.charter.yaml\nresponsibilities:\n${rows}`;
}

/** Writes the workspace; returns the first team charter's path. */
export function writeClaimsWorkspace(folder: string, teams: number, claim: boolean): string {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(path.join(folder, 'teams'), { recursive: true });
  fs.mkdirSync(path.join(folder, '.git'));
  fs.writeFileSync(path.join(folder, 'catalog.charter.yaml'), catalogText());
  for (let i = 0; i < teams; i++) fs.writeFileSync(path.join(folder, 'teams', `team-${String(i).padStart(5, '0')}.charter.yaml`), teamText(i, claim));
  return path.join(folder, 'teams', 'team-00000.charter.yaml');
}

export interface ClaimsMeasure {
  cliMs: number[];
  cliMb: number[];
  /** Cross-charter findings the first CLI run reported (-1: its output was not JSON). */
  cliFindings: number;
  serverMs: number[];
  serverMb: number[];
  errors: string[];
}

/** `runs` CLI runs and `runs` server runs over one workspace of `teams` charters that claim (or not). */
export async function measureClaims(cli: string, server: string, teams: number, claim: boolean, runs: number): Promise<ClaimsMeasure> {
  const folder = path.join(os.tmpdir(), `team-charter-bench-claims-${claim ? 'shared' : 'own'}`);
  const opened = writeClaimsWorkspace(folder, teams, claim);
  const measured: ClaimsMeasure = { cliMs: [], cliMb: [], cliFindings: -1, serverMs: [], serverMb: [], errors: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const cliRun = await runMeasured([cli, 'check', '-f', 'json', '.'], folder, TIMEOUT_MS);
      measured.cliMs.push(cliRun.ms);
      if (cliRun.peakMb !== undefined) measured.cliMb.push(cliRun.peakMb);
      else measured.errors.push(`CLI exit ${cliRun.code}: ${cliRun.stderr.trim().split('\n')[0] ?? ''}`);
      if (run === 0) measured.cliFindings = crossCharterCount(cliRun.stdout);
      const served = await serverTime(server, folder, opened, claim);
      if (served.ms !== undefined) measured.serverMs.push(served.ms);
      if (served.mb !== undefined) measured.serverMb.push(served.mb);
      if (served.error) measured.errors.push(served.error);
    }
    return measured;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function crossCharterCount(stdout: string): number {
  try {
    const files = JSON.parse(stdout) as { diagnostics: { rule: string }[] }[];
    return files.reduce((sum, file) => sum + file.diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('shared-')).length, 0);
  } catch {
    return -1;
  }
}

async function serverTime(server: string, folder: string, file: string, claim: boolean): Promise<{ ms?: number; mb?: number; error?: string }> {
  const client = benchClient({ name: 'team-charter server', command: process.execPath, args: [server, '--stdio'], cwd: folder, rootDir: folder, configuration: () => null });
  try {
    await client.initialize();
    const uri = pathToFileURL(file).href;
    const started = performance.now();
    await client.open(uri, fs.readFileSync(file, 'utf8'), 'yaml');
    // Claiming: wait for the cross-charter finding (the whole workspace read and judged). Not claiming:
    // the workspace is read all the same (the charter extends a catalog); wait until the scan's log line.
    if (claim) {
      do await client.nextDiagnostics(uri, undefined, TIMEOUT_MS);
      while (!client.latest.get(uri)?.diagnostics.some((diagnostic) => diagnostic.code === 'shared-accountable-multiple'));
    } else {
      await withTimeout(client.logMessage(/the workspace has \d+ charters/), TIMEOUT_MS, () => `${client.describeFailure()}: the workspace was not indexed`);
    }
    return { ms: performance.now() - started, mb: peakMb(client.pid) };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    await client.stop();
  }
}

const RUNS = 3;

/** The rows: CLI time and peak memory, server time and peak memory, each against the same N not claiming. */
export async function claimsRows(cli: string, server: string, notes: string[]): Promise<BenchRow[]> {
  const own = await measureClaims(cli, server, CLAIM_TEAMS, false, RUNS);
  const shared = await measureClaims(cli, server, CLAIM_TEAMS, true, RUNS);
  for (const error of [...own.errors, ...shared.errors]) notes.push(`8) claims: ${error}`);
  if (shared.cliFindings !== CLAIM_TEAMS) notes.push(`8) claims: the CLI reported ${shared.cliFindings} cross-charter findings, expected ${CLAIM_TEAMS}.`);
  const rows: BenchRow[] = [];
  const add = (what: string, unit: 'ms' | 'MB', ours: number[], reference: number[], target: number) => {
    const o = ours.length > 0 ? median(ours) : undefined;
    const r = reference.length > 0 ? median(reference) : undefined;
    const show = (value: number | undefined) => (value === undefined ? 'n/a' : unit === 'ms' ? ms(value) : `${value.toFixed(0)} MB`);
    rows.push({
      measure: `${what}: ${CLAIM_TEAMS} charters accountable for one shared responsibility (median of ${RUNS})`,
      ours: show(o),
      reference: `${show(r)} the same ${CLAIM_TEAMS} claiming nothing`,
      ratio: ratio(o, r),
      target: `≤ ${target}×`,
      ok: o === undefined || r === undefined ? undefined : o <= target * r,
    });
  };
  add('claims, CLI check time', 'ms', shared.cliMs, own.cliMs, 2);
  add('claims, CLI check peak memory', 'MB', shared.cliMb, own.cliMb, 2);
  add('claims, server: one opened, time to its finding (ref.: to the workspace read)', 'ms', shared.serverMs, own.serverMs, 2);
  add('claims, server peak memory', 'MB', shared.serverMb, own.serverMb, 2);
  return rows;
}
