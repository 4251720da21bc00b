// .ci/run, what CI runs on a fresh clone: the README's two commands as a user types them, then the
// E2E suite; a failure of any fails the run, and the last line counts everything. Run here on a copy
// with `npm` and `apt-get` standing in (they record how they were called), so each outcome is chosen.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/cli';
import { temporaryFolder } from '../helpers/folders';

const STUB_NPM = `#!/bin/sh
echo "npm $*" >> "$CALLS"
case "$*" in
  start) [ -z "$FAIL_START" ] ;;
  test) printf '  40 passing (1m)\\n'; [ -z "$FAIL_TEST" ] || { printf '  2 failing\\n'; exit 1; } ;;
  "run test:e2e") printf 'e2e: 20 passed, 0 failed\\n' ;;
esac
`;

function runCi(env: Record<string, string>): { status: number | null; stdout: string; calls: string[] } {
  const copy = temporaryFolder('team-charter-ci-');
  fs.mkdirSync(path.join(copy, '.ci'));
  fs.copyFileSync(path.join(REPO_ROOT, '.ci/run'), path.join(copy, '.ci/run'));
  const bin = path.join(copy, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'npm'), STUB_NPM, { mode: 0o755 });
  fs.writeFileSync(path.join(bin, 'apt-get'), '#!/bin/sh\necho "apt-get $*" >> "$CALLS"\n', { mode: 0o755 });
  const calls = path.join(copy, 'calls');
  const result = spawnSync('bash', [path.join(copy, '.ci/run')], { encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}`, CALLS: calls, ...env } });
  const recorded = fs.readFileSync(calls, 'utf8').trim().split('\n');
  fs.rmSync(copy, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, calls: recorded };
}

describe('.ci/run', () => {
  it("runs the README's two commands, then the E2E suite, and counts them in one closing line", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    assert.match(readme, /## Quick start\n\n```sh\nnpm install && npm start\n```/);
    assert.match(readme, /To run the tests:\n\n```sh\nnpm test\n```/);
    const run = runCi({});
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(
      run.calls.filter((call) => call.startsWith('npm')),
      ['npm install --no-audit --no-fund', 'npm start', 'npm test', 'npm run test:e2e'],
    );
    assert.match(run.calls[1], /^apt-get install .*\bpre-commit\b/);
    assert.match(run.stdout, /^ci: npm install && npm start passed/m);
    assert.match(run.stdout, /\nci: 60 passed, 0 failed\n$/);
  });

  it('fails when npm start fails, still running the tests, and counts it', () => {
    const run = runCi({ FAIL_START: '1' });
    assert.equal(run.status, 1);
    assert.ok(run.calls.includes('npm test') && run.calls.includes('npm run test:e2e'));
    assert.match(run.stdout, /^ci: npm install && npm start FAILED/m);
    assert.match(run.stdout, /\nci: 60 passed, 1 failed\n$/);
  });

  it('fails when a test fails', () => {
    const run = runCi({ FAIL_TEST: '1' });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /\nci: 60 passed, 2 failed\n$/);
  });
});
