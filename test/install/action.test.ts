// action.yml run as the GitHub runner runs a composite action: each `run` step in bash
// (`bash --noprofile --norc -eo pipefail`) with `${{ inputs.* }}`, `${{ github.action_path }}` and
// `${{ github.workspace }}` filled in, the inputs also as INPUT_* variables, GITHUB_WORKSPACE,
// GITHUB_ACTION_PATH, GITHUB_OUTPUT, GITHUB_ENV (carried to the next steps) and a GITHUB_STEP_SUMMARY
// per step. The action's checkout is a copy of the sources without node_modules, so its build step
// (npm ci of action/package-lock.json, offline from npm's cache, and action/build.mjs) is what a cold run
// does. Steps that call another action are skipped here: actions/setup-node (the machine's Node stands in
// for the one it would install).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ERROR_YAML, REPO_ROOT, WARNING_YAML } from '../helpers/cli';
import { temporaryFolder } from '../helpers/folders';

interface Step {
  name: string;
  id?: string;
  uses?: string;
  if?: string;
  run?: string;
  shell?: string;
  'working-directory'?: string;
  env?: Record<string, string>;
}

const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};

/** What the action's checkout holds that its steps use (no node_modules, no dist/). */
const ACTION_SOURCES = ['action.yml', 'action/package.json', 'action/package-lock.json', 'action/build.mjs', 'scripts/bundle-options.mjs', 'server/src', 'package.json', 'tsconfig.json'];

interface RunnerOutcome {
  status: number;
  stdout: string;
  stderr: string;
  outputs: string;
  summary: string;
  skipped: string[];
  cliRuns: number;
}

describe('action.yml, run as the runner runs it (setup-node skipped: the machine’s Node is used)', function () {
  let work: string;
  let actionPath: string;
  let bin: string;

  before(function () {
    if (spawnSync('bash', ['--version']).error) this.skip();
    work = temporaryFolder('team-charter-action-');
    actionPath = path.join(work, 'action-checkout');
    for (const file of ACTION_SOURCES) fs.cpSync(path.join(REPO_ROOT, file), path.join(actionPath, file), { recursive: true });
    // `node` on the PATH counts the CLI's runs, then runs the real one.
    bin = path.join(work, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'node'), `#!/bin/sh\ncase "$1" in */dist/cli.js) echo run >> "${path.join(work, 'cli-runs')}" ;; esac\nexec "${process.execPath}" "$@"\n`, { mode: 0o755 });
  });

  after(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  /** A checked-out repository: charters in docs/teams, and a file outside it that no output may touch. */
  function workspace(): string {
    const base = fs.mkdtempSync(path.join(work, 'job-'));
    const root = path.join(base, 'repo');
    for (const [file, text] of Object.entries({ '.git/HEAD': 'ref: refs/heads/main\n', 'docs/teams/x.charter.yaml': ERROR_YAML, 'docs/teams/w.charter.yaml': WARNING_YAML, '../outside/victim.txt': 'precious\n' })) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    return root;
  }

  function runAction(root: string, given: Record<string, string>): RunnerOutcome {
    const inputs: Record<string, string> = {};
    for (const [name, input] of Object.entries(action.inputs)) inputs[name] = given[name] ?? input.default ?? '';
    const files = fs.mkdtempSync(path.join(work, 'runner-'));
    const githubOutput = path.join(files, 'output');
    const githubEnv = path.join(files, 'env');
    fs.writeFileSync(githubOutput, '');
    fs.writeFileSync(githubEnv, '');
    fs.rmSync(path.join(work, 'cli-runs'), { force: true });
    const fill = (text: string) =>
      text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
        if (name.startsWith('inputs.')) return inputs[name.slice('inputs.'.length)];
        if (name === 'github.action_path') return actionPath;
        if (name === 'github.workspace') return root;
        throw new Error(`action.yml uses \${{ ${name} }}, which this test does not fill in`);
      });
    const outcome: RunnerOutcome = { status: 0, stdout: '', stderr: '', outputs: '', summary: '', skipped: [], cliRuns: 0 };
    for (const step of action.runs.steps) {
      // The only conditions action.yml writes: `inputs.<name> != ''`, as the runner evaluates them.
      const condition = step.if === undefined ? undefined : /^inputs\.([\w-]+) != ''$/.exec(step.if);
      if (step.if !== undefined && !condition) throw new Error(`action.yml has a condition this test cannot evaluate: ${step.if}`);
      if (condition && inputs[condition[1]] === '') continue;
      if (step.uses) {
        outcome.skipped.push(step.uses);
        continue;
      }
      assert.equal(step.shell, 'bash', step.name);
      assert.doesNotMatch(step.run!, /\$\{\{/, `${step.name}: expressions go through env, never into the script`);
      const summary = path.join(files, `summary-${step.id ?? outcome.skipped.length}`);
      fs.writeFileSync(summary, '');
      const carried = Object.fromEntries(
        fs
          .readFileSync(githubEnv, 'utf8')
          .split('\n')
          .filter((line) => line.includes('='))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      const env: NodeJS.ProcessEnv = {
        PATH: `${bin}:${process.env.PATH}`,
        HOME: process.env.HOME,
        npm_config_offline: 'true',
        ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
        GITHUB_WORKSPACE: root,
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_OUTPUT: githubOutput,
        GITHUB_ENV: githubEnv,
        GITHUB_STEP_SUMMARY: summary,
        ...carried,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, fill(String(value))])),
      };
      const cwd = path.resolve(root, fill(step['working-directory'] ?? '.'));
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd, env, encoding: 'utf8' });
      outcome.stdout += result.stdout;
      outcome.stderr += result.stderr;
      outcome.summary += fs.readFileSync(summary, 'utf8');
      outcome.status = result.status ?? -1;
      if (outcome.status !== 0) break;
    }
    outcome.outputs = fs.readFileSync(githubOutput, 'utf8');
    outcome.cliRuns = fs.existsSync(path.join(work, 'cli-runs')) ? fs.readFileSync(path.join(work, 'cli-runs'), 'utf8').split('\n').filter(Boolean).length : 0;
    return outcome;
  }

  it('is a composite action whose steps use only inputs it declares, and sets up its own Node', () => {
    assert.equal(action.runs.using, 'composite');
    const text = fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    for (const [, input] of text.matchAll(/inputs\.([a-z-]+)/g)) assert.ok(input in action.inputs, input);
    assert.match(action.runs.steps[0].uses ?? '', /^actions\/setup-node@v\d+$/);
  });

  it("installs for its build the very versions of the repository's lock file, and only what the CLI bundles", () => {
    const lock = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')).packages as Record<string, { version: string }>;
    const own = lock('action/package-lock.json');
    const repository = lock('package-lock.json');
    const differ = Object.entries(own)
      .filter(([where]) => where !== '')
      .filter(([where, entry]) => repository[where]?.version !== entry.version)
      .map(([where, entry]) => `${where} ${entry.version} (repository: ${repository[where]?.version ?? 'none'})`);
    assert.deepEqual(differ, []);
    assert.ok(Object.keys(own).length < Object.keys(repository).length / 4, 'a fraction of the development tree');
  });

  it('in a subfolder: builds the CLI with only its own packages, annotates with paths from the repository root, and summarises, in one CLI run', () => {
    const root = workspace();
    const result = runAction(root, { 'working-directory': 'docs', paths: 'teams' });
    assert.deepEqual(result.skipped, ['actions/setup-node@v4']);
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.cliRuns, 1);
    assert.ok(fs.existsSync(path.join(actionPath, 'dist/cli.js')), 'built into the action checkout');
    assert.ok(!fs.existsSync(path.join(actionPath, 'node_modules')), 'no install of the development tree');
    assert.match(result.stdout, /^::error file=docs\/teams\/x\.charter\.yaml,line=8,col=\d+,/m);
    assert.match(result.stdout, /^::warning file=docs\/teams\/w\.charter\.yaml,/m);
    assert.match(result.summary, /^### Team Charter: ❌ 2 problems \(1 error, 1 warning\)/);
    assert.match(result.outputs, /^exit-code=1$/m);
  });

  it('with sarif-file: SARIF instead of annotations (not both by default), URIs from the repository root', () => {
    const root = workspace();
    const result = runAction(root, { 'working-directory': 'docs/teams', 'sarif-file': 'reports/team-charter.sarif' });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.cliRuns, 1);
    assert.doesNotMatch(result.stdout, /^::/m, 'no annotations');
    assert.match(result.stdout, /^x\.charter\.yaml:8:\d+ {2}error /m, 'the usual report in the log');
    const run = JSON.parse(fs.readFileSync(path.join(root, 'reports/team-charter.sarif'), 'utf8')).runs[0];
    assert.deepEqual(
      run.results.map((entry: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => entry.locations[0].physicalLocation.artifactLocation),
      [
        { uri: 'docs/teams/w.charter.yaml', uriBaseId: '%SRCROOT%' },
        { uri: 'docs/teams/x.charter.yaml', uriBaseId: '%SRCROOT%' },
      ],
    );
    assert.match(result.summary, /^### Team Charter: ❌ 2 problems/);

    const both = runAction(workspace(), { 'sarif-file': 'tc.sarif', annotations: 'true', 'job-summary': 'false' });
    assert.match(both.stdout, /^::error file=docs\/teams\/x\.charter\.yaml,/m, 'annotations when asked for');
    assert.equal(both.summary, '');
  });

  it('max-warnings and args reach the CLI, and the exit code is its output', () => {
    const root = workspace();
    const clean = runAction(root, { paths: 'docs/**/w*.yaml', args: '--rule responsible-missing=off', 'max-warnings': '0' });
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.outputs, /^exit-code=0$/m);
    const over = runAction(root, { paths: 'docs/**/w*.yaml', 'max-warnings': '0' });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /team-charter: found too many warnings: 1 \(maximum: 0\)/);
  });

  it('refuses to write its SARIF through a symbolic link that a pull request committed', () => {
    const root = workspace();
    fs.symlinkSync('../outside/victim.txt', path.join(root, 'team-charter.sarif'));
    const result = runAction(root, { 'sarif-file': 'team-charter.sarif' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /is a symbolic link, and output files are never written through one/);
    assert.match(result.outputs, /^exit-code=2$/m);
    assert.equal(fs.readFileSync(path.join(root, '../outside/victim.txt'), 'utf8'), 'precious\n');
  });
});
