// Section 10 of `npm run bench`: `team-charter owners --uncovered` over a repository of 10,000 files and a
// CODEOWNERS file of 1,000 lines (anchored folders, nested overrides, patterns at any depth), with 20
// team charters that cover part of it. Reference: `git ls-files` listing the same tree, in the same run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { median, ms, ratio } from './stats';
import type { BenchRow } from './row';

export const OWNERSHIP_FILES = 10_000;
export const OWNERSHIP_LINES = 1_000;
const RUNS = 5;
const SERVICES = 100;

/** The repository, written once under `dir` (a git repository whose files are all added). */
function generateRepository(dir: string): void {
  if (fs.existsSync(path.join(dir, '.git', 'index'))) return;
  fs.rmSync(dir, { recursive: true, force: true });
  const perService = OWNERSHIP_FILES / SERVICES;
  for (let s = 0; s < SERVICES; s++) {
    for (let f = 0; f < perService; f++) {
      const sub = ['src', 'test', 'docs', 'api', 'internal'][f % 5];
      const file = path.join(dir, 'services', `service-${s}`, sub, f % 7 === 0 ? `README-${f}.md` : `file-${f}.ts`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '');
    }
  }
  const lines = ['*  @acme/platform'];
  for (let s = 0; lines.length < OWNERSHIP_LINES; s++) {
    const service = s % SERVICES;
    const round = Math.floor(s / SERVICES);
    if (round === 0) lines.push(`/services/service-${service}/  @acme/team-${service % 20}`);
    else if (round < 9) lines.push(`/services/service-${service}/${['src', 'test', 'docs', 'api', 'internal', 'src/gen', 'api/v1', 'test/e2e'][round - 1]}/  @acme/team-${(service + round) % 20}`);
    else lines.push(`*.generated-${s}.ts  @acme/codegen`);
  }
  fs.mkdirSync(path.join(dir, '.github'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.github', 'CODEOWNERS'), lines.join('\n') + '\n');
  fs.mkdirSync(path.join(dir, 'teams'), { recursive: true });
  for (let t = 0; t < 20; t++) {
    const paths = Array.from({ length: 4 }, (_, i) => `/services/service-${t * 4 + i}/`);
    fs.writeFileSync(
      path.join(dir, 'teams', `team-${t}.charter.yaml`),
      `team: Team ${t}\nowners: ['@acme/team-${t}']\nroles:\n  lead:\n    title: Lead\nresponsibilities:\n  - name: Services\n    accountable: lead\n    responsible: lead\n    covers:\n      paths: [${paths.join(', ')}]\n`,
    );
  }
  const git = (...args: string[]) => spawnSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
}

/**
 * The CPU time (user + system, ms) that the finished children of this process have used so far, from
 * /proc/self/stat (Linux; undefined elsewhere). Unlike the elapsed time, it hardly grows when other work
 * keeps the machine's cores busy.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command's closing parenthesis; cutime and cstime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** Runs a command; its elapsed and CPU time in ms. */
function timed(command: string, args: string[], cwd: string): { ms: number; cpuMs: number | undefined; status: number | null; stderr: string } {
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = performance.now() - t0;
  const cpu1 = childrenCpuMs();
  return { ms: elapsed, cpuMs: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0, status: run.status, stderr: run.stderr ?? '' };
}

export function ownershipRows(cli: string, outDir: string): BenchRow[] {
  const dir = path.join(outDir, 'ownership');
  generateRepository(dir);
  const listed = spawnSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' }).stdout.split('\n').filter(Boolean).length;
  const ours: number[] = [];
  const oursCpu: number[] = [];
  const reference: number[] = [];
  const referenceCpu: number[] = [];
  let failure: string | undefined;
  for (let i = 0; i < RUNS; i++) {
    const run = timed(process.execPath, [cli, 'owners', '--uncovered', '--format', 'json', 'teams'], dir);
    ours.push(run.ms);
    if (run.cpuMs !== undefined) oursCpu.push(run.cpuMs);
    if (run.status !== 0) failure = run.stderr.split('\n')[0];
    const git = timed('git', ['ls-files'], dir);
    reference.push(git.ms);
    if (git.cpuMs !== undefined) referenceCpu.push(git.cpuMs);
  }
  const what = `owners --uncovered, ${listed.toLocaleString('en-US')} files, ${OWNERSHIP_LINES.toLocaleString('en-US')} CODEOWNERS lines, 20 charters`;
  const oursMed = failure ? undefined : median(ours);
  const refMed = median(reference);
  const rows: BenchRow[] = [
    {
      measure: `${what} (median of ${RUNS})`,
      ours: failure ? `failed: ${failure}` : ms(oursMed),
      reference: `${ms(refMed)} git ls-files`,
      ratio: ratio(oursMed, refMed),
      target: '≤ 1 s',
      ok: oursMed === undefined ? undefined : oursMed <= 1000,
    },
  ];
  if (oursCpu.length === RUNS && referenceCpu.length === RUNS) {
    // What an idle machine's elapsed time comes to: CPU time does not count the waits for a busy core.
    const cpuMed = failure ? undefined : median(oursCpu);
    const refCpuMed = median(referenceCpu);
    rows.push({
      measure: `${what}: CPU time, user + system (median of ${RUNS})`,
      ours: failure ? `failed: ${failure}` : ms(cpuMed),
      reference: `${ms(refCpuMed)} git ls-files`,
      ratio: ratio(cpuMed, refCpuMed),
      target: '',
      ok: undefined,
    });
  }
  return rows;
}
