// Peak memory of the processes the benchmark starts: a CLI run's (the preload peak-memory.cjs writes
// the process's maximum resident set size when it exits) and a running server's (VmHWM, Linux).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { track } from './lsp';

const PRELOAD = path.join(__dirname, 'peak-memory.cjs');

export interface MeasuredRun {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** The process's peak resident set size, MB (undefined when it did not exit by itself). */
  peakMb: number | undefined;
}

/** Runs `node --require peak-memory.cjs ...args` in `cwd`; killed after `timeoutMs`. */
export function runMeasured(args: string[], cwd: string, timeoutMs: number): Promise<MeasuredRun> {
  const report = path.join(os.tmpdir(), `team-charter-bench-peak-${process.pid}-${Date.now()}.txt`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = track(
      spawn(process.execPath, ['--require', PRELOAD, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TEAM_CHARTER_BENCH_PEAK: report } }),
    );
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      let peakMb: number | undefined;
      try {
        peakMb = Number(fs.readFileSync(report, 'utf8')) / 1024;
        fs.rmSync(report, { force: true });
      } catch {
        // killed, or the preload could not write
      }
      resolve({ ms: performance.now() - started, code, stdout: Buffer.concat(out).toString(), stderr, peakMb });
    });
  });
}

/** A running process's peak resident set size so far, MB (Linux: VmHWM). */
export function peakMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
