// Another commit of this repository checked out beside the working tree, for the benchmarks that
// measure two commits at the same moment (compare-commits.ts, compare-servers.ts).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

/** `commit` checked out once into bench/.out/commits/<sha> (git-ignored, `git worktree`), sharing node_modules. */
export function worktreeOf(commit: string): string {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${commit}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = path.join(ROOT, 'bench/.out/commits', sha.slice(0, 12));
  if (!fs.existsSync(path.join(dir, 'server'))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    // --force: the folder may have been deleted while git still lists it.
    execFileSync('git', ['worktree', 'add', '--force', '--detach', dir, sha], { cwd: ROOT, stdio: 'ignore' });
  }
  const modules = path.join(dir, 'node_modules');
  if (!fs.existsSync(modules)) fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), modules);
  return dir;
}

/** The value after `--name` in the command line, or `fallback`. */
export function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
}
