// A CI run must not pass without checking: a folder or file that cannot be read stops the run (exit 2)
// with a one-line reason naming it, whether it was named or found while walking a folder.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, makeFolder, CLEAN_YAML, type CliOutcome, runBuiltCli, CLI } from '../helpers/cli';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/**
 * Runs the CLI as a user for whom a mode-000 path is unreadable: in-process for a normal user; as root
 * (who reads anything), the built executable as `nobody`.
 */
function cliAsUser(argv: string[], cwd: string): CliOutcome {
  if (!isRoot) return cli(argv, { cwd });
  assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
  const result = runBuiltCli(argv, { cwd, uid: NOBODY, gid: NOBODY, env: { NO_COLOR: '1' } });
  return { code: result.code ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A folder that `nobody` may enter (mkdtemp makes 0700 folders). */
function sharedFolder(files: Record<string, string>): string {
  const folder = makeFolder(files);
  for (const relative of ['', ...Object.keys(files).map((file) => path.dirname(file))]) fs.chmodSync(path.join(folder, relative), 0o755);
  for (const file of Object.keys(files)) fs.chmodSync(path.join(folder, file), 0o644);
  return folder;
}

function assertOneLineFailure(outcome: CliOutcome, reason: RegExp): void {
  assert.equal(outcome.code, 2, `exit code; stdout: ${outcome.stdout}`);
  assert.equal(outcome.stdout, '');
  assert.match(outcome.stderr, /^team-charter: [^\n]+\n$/);
  assert.match(outcome.stderr, reason);
}

describe('CLI unreadable folders and files', () => {
  it('exits 2 naming a folder it cannot list while walking, instead of passing without checking it', () => {
    const cwd = sharedFolder({ 'team.charter.yaml': CLEAN_YAML, 'locked/ops.charter.yaml': CLEAN_YAML });
    fs.chmodSync(path.join(cwd, 'locked'), 0o000);
    try {
      assertOneLineFailure(cliAsUser(['check'], cwd), /cannot read folder 'locked': permission denied/);
      assertOneLineFailure(cliAsUser(['check', '.'], cwd), /cannot read folder 'locked': permission denied/);
    } finally {
      fs.chmodSync(path.join(cwd, 'locked'), 0o755);
    }
  });

  it('exits 2 naming a folder given on the command line that it cannot list', () => {
    const cwd = sharedFolder({ 'locked/ops.charter.yaml': CLEAN_YAML });
    fs.chmodSync(path.join(cwd, 'locked'), 0o000);
    try {
      assertOneLineFailure(cliAsUser(['check', 'locked'], cwd), /cannot read folder 'locked': permission denied/);
    } finally {
      fs.chmodSync(path.join(cwd, 'locked'), 0o755);
    }
  });

  it('exits 2 naming a charter found while walking that it cannot read', () => {
    const cwd = sharedFolder({ 'team.charter.yaml': CLEAN_YAML, 'ops/locked.charter.yaml': CLEAN_YAML });
    fs.chmodSync(path.join(cwd, 'ops/locked.charter.yaml'), 0o000);
    assertOneLineFailure(cliAsUser(['check'], cwd), /cannot read 'ops\/locked\.charter\.yaml': permission denied/);
  });

  // Root lists any folder whatever its mode; a folder whose path is longer than the system allows
  // (PATH_MAX) cannot be listed by anyone, root included.
  it('exits 2 naming a folder too deep to list, for any user', () => {
    const cwd = makeFolder({ 'team.charter.yaml': CLEAN_YAML });
    const segment = 'd'.repeat(200);
    const home = process.cwd();
    try {
      process.chdir(cwd);
      for (let depth = 0; depth < 24; depth++) {
        fs.mkdirSync(segment);
        process.chdir(segment);
      }
    } finally {
      process.chdir(home);
    }
    try {
      const outcome = cli(['check'], { cwd });
      assertOneLineFailure(outcome, /cannot read folder 'd{200}\/d{200}\/[^']*': the path is too long/);
    } finally {
      spawnSync('rm', ['-rf', cwd]);
    }
  });
});
