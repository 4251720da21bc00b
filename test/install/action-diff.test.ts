// action.yml's `diff-base` input: its step writes `team-charter diff --format markdown` to the job summary,
// and only warns when the diff cannot be made (the check step still decides the job).
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/cli';
import { temporaryFolder } from '../helpers/folders';

describe('action.yml: the ownership diff in the job summary', () => {
  const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8'));
  const step = action.runs.steps.find((candidate: { name?: string }) => candidate.name === 'Ownership changes');

  it('has an input for the ref, and a step that runs only when it is given, before the check', () => {
    assert.equal(action.inputs['diff-base'].default, '');
    assert.equal(step.if, "inputs.diff-base != ''");
    const names = action.runs.steps.map((candidate: { name?: string }) => candidate.name);
    assert.ok(names.indexOf('Ownership changes') < names.indexOf('Check team charters'));
  });

  it('appends the Markdown diff to the summary, and warns without failing when the ref is unknown', function () {
    this.timeout(30_000);
    if (spawnSync('bash', ['--version']).error) this.skip();
    const cwd = temporaryFolder('team-charter-action-');
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe' });
      fs.writeFileSync(path.join(cwd, 'team.charter.yaml'), 'team: T\nresponsibilities:\n  - name: Roadmap\n    accountable: Lead\n    responsible: Lead\n');
      git('init', '-q');
      git('config', 'user.email', 'ci@example.com');
      git('config', 'user.name', 'CI');
      git('add', '.');
      git('commit', '-q', '-m', 'base');
      fs.writeFileSync(path.join(cwd, 'team.charter.yaml'), 'team: T\nresponsibilities:\n  - name: Roadmap\n    accountable: Owner\n    responsible: Lead\n');
      const summary = path.join(cwd, 'summary.md');
      fs.writeFileSync(summary, '');
      const run = (base: string) =>
        spawnSync('bash', ['-e', '-c', step.run], {
          cwd,
          encoding: 'utf8',
          env: { PATH: process.env.PATH, TEAM_CHARTER_CLI: path.join(REPO_ROOT, 'dist/cli.js'), GITHUB_STEP_SUMMARY: summary, INPUT_PATHS: '.', INPUT_DIFF_BASE: base },
        });
      const ok = run('HEAD');
      assert.equal(ok.status, 0, ok.stderr);
      const written = fs.readFileSync(summary, 'utf8');
      assert.match(written, /^### Team Charter: ownership changes \(`HEAD` → `working tree`\)/);
      assert.match(written, /\| 🔀 accountable \| Roadmap \| Lead \| Owner \|/);
      const unknown = run('origin/main');
      assert.equal(unknown.status, 0);
      assert.match(unknown.stderr, /^team-charter: unknown ref 'origin\/main'/m);
      assert.match(unknown.stdout, /^::warning title=Team Charter::No ownership diff against origin\/main/);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});
