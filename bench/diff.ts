// Section 8 of `npm run bench`: the ownership diff of two 1,000-responsibility charters (the second with
// 50 accountable letters moved, 10 rows dropped, 10 renamed, one role renamed), next to checking one of
// them in the same run. In process (two checks and the comparison, and the comparison alone), and
// `team-charter diff --base HEAD~1` in a repository of two commits next to `team-charter check` of the
// file.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/core/check';
import { diffCharters } from '../server/src/core/diff/changes';
import { charterSide } from '../server/src/core/diff/side';
import { charterText, makeRows, OUT_DIR, ROLES, type Form } from './generate';
import { median, ms, ratio, timeRuns } from './stats';
import type { BenchRow } from './row';

const SIZE = 1000;
const FORMS: readonly Form[] = ['md-matrix', 'yaml'];
const LABEL: Record<string, string> = { 'md-matrix': 'MD matrix', yaml: 'YAML' };

/** The earlier and the later version of a charter of `SIZE` rows. */
export function diffPair(form: Form): { before: string; after: string } {
  const rows = makeRows(SIZE, 24);
  const before = charterText(form, 'Bench', rows);
  const next = makeRows(SIZE, 24);
  for (let i = 0; i < 50; i++) {
    const row = next[i * 19]!;
    const a = row.letters.findIndex((cell) => cell.includes('A'));
    const other = (a + 1) % ROLES.length;
    row.letters[a] = row.letters[a]!.replace('A/', '').replace('/A', '').replace('A', 'C');
    row.letters[other] = row.letters[other] ? `A/${row.letters[other]!.replace(/A\/?/, '')}`.replace(/\/$/, '') : 'A';
  }
  for (let i = 0; i < 10; i++) next[i * 97 + 5]!.name += ' (renamed)';
  const kept = next.filter((_, index) => index % 100 !== 50);
  const roles = ROLES.map((role, index) => (index === 2 ? { ...role, title: 'Technical Lead' } : role));
  return { before, after: charterText(form, 'Bench', kept, roles) };
}

function side(text: string, file: string) {
  const result = checkText(text, { path: file });
  return charterSide(result, result.findings);
}

export function diffRows(cli: string): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const form of FORMS) {
    const file = form === 'yaml' ? 'bench.charter.yaml' : 'bench.charter.md';
    const { before, after } = diffPair(form);
    // Cold: no chunk cache is passed, so nothing is kept from one run to the next.
    const check = () => checkText(before, { path: file });
    const diff = () => diffCharters(side(before, file), side(after, file));
    const sides = [side(before, file), side(after, file)] as const;
    const compareOnly = () => diffCharters(sides[0], sides[1]);
    const probe = diffCharters(sides[0], sides[1]);
    const changed = probe.responsibilities.changed.length;
    const checks: number[] = [];
    const diffs: number[] = [];
    const compares: number[] = [];
    for (let round = 0; round < 2; round++) {
      checks.push(...timeRuns(check, 8, 1, 1500, 3));
      diffs.push(...timeRuns(diff, 8, 1, 3000, 3));
      compares.push(...timeRuns(compareOnly, 8, 1, 1500, 3));
    }
    const reference = median(checks);
    const ours = median(diffs);
    rows.push({
      measure: `diff of two ${LABEL[form]} ${SIZE} (two checks + comparison; ${changed} rows changed, ${probe.responsibilities.removed.length} removed, ${probe.responsibilities.renamed.length} renamed), n=${diffs.length}`,
      ours: ms(ours),
      reference: `${ms(reference)} checkText of one`,
      ratio: ratio(ours, reference),
      target: '≤ 3× one check',
      ok: ours <= 3 * reference,
    });
    rows.push({
      measure: `the comparison alone, ${LABEL[form]} ${SIZE} (n=${compares.length})`,
      ours: ms(median(compares)),
      reference: `${ms(reference)} checkText of one`,
      ratio: ratio(median(compares), reference),
      target: '',
      ok: undefined,
    });
  }
  rows.push(cliRow(cli));
  return rows;
}

/** `team-charter diff --base HEAD~1` in a repository whose last commit changed the charter, next to `check`. */
function cliRow(cli: string): BenchRow {
  const folder = path.join(OUT_DIR, 'diff-repo');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const { before, after } = diffPair('md-matrix');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, stdio: 'pipe' });
  fs.writeFileSync(path.join(folder, 'bench.charter.md'), before);
  git('init', '-q');
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'add', '.');
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', 'before');
  fs.writeFileSync(path.join(folder, 'bench.charter.md'), after);
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-am', 'after');
  const time = (args: string[]) => {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [cli, ...args], { cwd: folder, encoding: 'utf8' });
    return { ms: performance.now() - t0, status: run.status };
  };
  const diffs: number[] = [];
  const checks: number[] = [];
  let failure = '';
  for (let i = 0; i < 5; i++) {
    const diff = time(['diff', '--base', 'HEAD~1', '--format', 'json', 'bench.charter.md']);
    if (diff.status !== 0) failure = `diff exit ${diff.status}`;
    diffs.push(diff.ms);
    checks.push(time(['check', '--format', 'json', 'bench.charter.md']).ms);
  }
  const ours = failure ? undefined : median(diffs);
  return {
    measure: `CLI diff --base HEAD~1, MD matrix ${SIZE} (git repository of two commits), median of 5${failure ? ` (${failure})` : ''}`,
    ours: ms(ours),
    reference: `${ms(median(checks))} CLI check of the file`,
    ratio: ratio(ours, median(checks)),
    target: '≤ 3× check',
    ok: ours === undefined ? undefined : ours <= 3 * median(checks),
  };
}
