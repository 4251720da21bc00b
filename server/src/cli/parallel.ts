// Checking many files on every core: worker threads, each running the CLI bundle itself (dist/cli.js is
// one file; a worker is that file started with WORKER_DATA_KEY in its workerData), fed batches of files
// by the main thread, which keeps reading, ordering and output. Results are stored by file index, so the
// output is the same as a run in one thread whatever the order the workers finish in.
//
// Each thread loads the bundle and warms up its own JIT, so two threads spend more CPU time in all than
// one: they shorten the wall time on an idle machine and cost time on a busy one (BENCHMARKS.md, "Figures
// behind the limits in the source"); threadCount decides. Below PARALLEL_MIN_FILES files per thread the
// run stays in one thread.
import * as os from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { checkCharter } from '../host/checkCharter';
import type { RuleSeverities } from '../core/config/settings';
import type { Finding, Severity } from '../core/model';
import { CliExtendsHosts } from './extendsHost';

/** Marks a worker started by checkInWorkers (the entry point tests workerData for it). */
export const WORKER_DATA_KEY = 'teamCharterCheckWorker';
/** Files per thread below which another thread costs more to start than it saves. */
export const PARALLEL_MIN_FILES = 48;
/** Files per message: large enough that messaging is negligible, small enough to balance the load. */
const BATCH_SIZE = 8;
/** Batches kept queued per worker, so it never waits for the main thread between batches. */
const BATCHES_IN_FLIGHT = 2;

export interface CheckInput {
  path: string;
  text: string;
  /** This file's rule severities (from the config files around it), in place of the run's. */
  severities?: RuleSeverities;
  /** Report unused `team-charter-disable` comments in this file, with this severity. */
  reportUnusedDisableDirectives?: Severity | 'off';
}

/** What every thread checks with: the run's severities, and where `extends` may read (see extendsHost.ts). */
export interface CheckSettings {
  severities: RuleSeverities;
  cwd: string;
  extendsRoots: string[];
  /** The day review dates are judged by (ISO). */
  today: string;
}

type WorkerSetup = CheckSettings & { [WORKER_DATA_KEY]: true };

type Job = CheckInput & { index: number };
type JobResult = { index: number; findings: Finding[] };

/**
 * How many threads check `fileCount` files: TEAM_CHARTER_THREADS when set (1 = in the main thread),
 * else one per PARALLEL_MIN_FILES files, at most one per CPU that the machine's load leaves idle (as
 * `make -l` does). Each thread warms up its own JIT, so a second thread costs CPU time of its own: on a
 * machine already busy with other work it only competes for the CPUs.
 */
export function threadCount(
  fileCount: number,
  env: Readonly<Record<string, string | undefined>>,
  cpus = os.availableParallelism(),
  load = os.loadavg()[0],
): number {
  const forced = env.TEAM_CHARTER_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced.trim())) return Math.max(1, Math.min(Number(forced), fileCount));
  const idleCpus = Math.round(cpus - load);
  return Math.max(1, Math.min(idleCpus, Math.floor(fileCount / PARALLEL_MIN_FILES)));
}

/**
 * Checks every input on `threads` threads: this one (with `checkHere`) and threads - 1 workers started
 * from `script`. Findings in input order. This thread takes part rather than wait: each thread loads the
 * bundle and warms up its own JIT, so two threads spend more CPU time in all than one; a third, idle
 * thread would only add to that.
 */
export async function checkInWorkers(
  script: string,
  inputs: readonly CheckInput[],
  settings: CheckSettings,
  threads: number,
  checkHere: (input: CheckInput, index: number) => Finding[],
): Promise<Finding[][]> {
  const results: Finding[][] = new Array(inputs.length);
  const workers: Worker[] = [];
  let next = 0;
  let remaining = inputs.length;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const takeBatch = (): Job[] => {
    const jobs: Job[] = [];
    while (jobs.length < BATCH_SIZE && next < inputs.length) {
      jobs.push({ index: next, ...inputs[next] });
      next++;
    }
    return jobs;
  };
  const feed = (worker: Worker) => {
    const jobs = takeBatch();
    if (jobs.length > 0) worker.postMessage(jobs);
  };
  const fail = (error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error));
    wake?.();
  };
  const setup: WorkerSetup = { [WORKER_DATA_KEY]: true, ...settings };
  try {
    for (let i = 1; i < threads; i++) {
      const worker = new Worker(script, { workerData: setup });
      workers.push(worker);
      worker.on('message', (done: JobResult[]) => {
        for (const result of done) results[result.index] = result.findings;
        remaining -= done.length;
        if (remaining === 0) wake?.();
        else feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (remaining > 0) fail(new Error(`a checking thread stopped (exit code ${code}) before the run was done`));
      });
      for (let batch = 0; batch < BATCHES_IN_FLIGHT; batch++) feed(worker);
    }
    // This thread checks a batch at a time, and lets the workers' messages in between.
    for (let jobs = takeBatch(); jobs.length > 0 && !failure; jobs = takeBatch()) {
      for (const job of jobs) results[job.index] = checkHere(job, job.index);
      remaining -= jobs.length;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    while (remaining > 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
    return results;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/** Whether this thread is a worker started by checkInWorkers. */
export function isCheckWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerSetup> | undefined)?.[WORKER_DATA_KEY] === true;
}

/** The worker side: checks each batch it is sent and sends the findings back. */
export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) return;
  const { severities, cwd, extendsRoots, today } = workerData as WorkerSetup;
  const hosts = new CliExtendsHosts(cwd, extendsRoots);
  port.on('message', (jobs: Job[]) => {
    port.postMessage(
      jobs.map(
        (job): JobResult => ({
          index: job.index,
          findings: checkCharter(job.text, {
            path: job.path,
            severities: job.severities ?? severities,
            reportUnusedDisableDirectives: job.reportUnusedDisableDirectives,
            host: hosts.forFile(job.path),
            today,
          }).findings,
        }),
      ),
    );
  });
}
