// `npm start` is the README's first command: on a fresh clone it builds, packages the extension, then
// runs scripts/start.mjs over samples/. That script must pass (exit 0) and introduce each group of
// samples for what it is. `npm test` builds dist/ first, which is all the script needs.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/cli';

describe('npm start', () => {
  it('runs scripts/start.mjs after the build and the package', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    assert.match(scripts.start, /&& node scripts\/start\.mjs$/);
  });

  it('shows the clean, problem and organisation samples, each introduced, and exits 0', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: REPO_ROOT, encoding: 'utf8', env });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0, run.stdout);
    const out = run.stdout;
    assert.match(out, /1 of 3: the clean samples \(samples\/payments\.charter\.md, samples\/platform\.charter\.yaml\)/);
    assert.match(out, /✔ no problems \(2 files checked\)/);
    assert.match(out, /2 of 3: samples\/problems\/, one small charter per rule/);
    assert.match(out, /samples\/problems\/role-undefined\.charter\.md:\d+:\d+ {2}error {2}Role "Designer" is not defined/);
    assert.match(out, /3 of 3: samples\/organisation\//);
    assert.match(out, /samples\/organisation\/checkout\.charter\.md:\d+:\d+ {2}error .* shared-accountable-multiple/);
    assert.match(out, /samples\/organisation\/risk\.charter\.yaml:\d+:\d+ {2}warning .* codeowners-mismatch/);
    assert.match(out, /Every sample reads as intended\./);
  });
});
