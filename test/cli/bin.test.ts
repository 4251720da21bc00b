// The built executable, as a user or a CI job runs it (npm test builds dist/ before mocha).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, CLI, makeFolder, REPO_ROOT, runBuiltCli, CLEAN_YAML, ERROR_YAML, WARNING_YAML } from '../helpers/cli';


describe('dist/cli.js', () => {
  before(function () {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
  });

  const cwd = makeFolder({ 'clean.charter.yaml': CLEAN_YAML, 'error.charter.yaml': ERROR_YAML });

  it('starts with a shebang so npm can link it as `team-charter`', () => {
    assert.match(fs.readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('exits 0 on a clean charter and 1 on one with an error', () => {
    assert.equal(runBuiltCli(['check', 'clean.charter.yaml'], { cwd }).code, 0);
    const failing = runBuiltCli(['check', 'error.charter.yaml'], { cwd });
    assert.equal(failing.code, 1);
    assert.match(failing.stdout, /^error\.charter\.yaml:\d+:\d+  error  .+  role-undefined$/m);
  });

  it('exits 2 with one line on stderr for bad usage', () => {
    const result = runBuiltCli(['check', '--rule', 'nope=error'], { cwd });
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^team-charter: unknown rule 'nope'[^\n]*\n$/);
  });

  it('writes complete JSON through a pipe, walking the directory', () => {
    const result = runBuiltCli(['check', '--format', 'json'], { cwd });
    const reports = JSON.parse(result.stdout) as { file: string }[];
    assert.deepEqual(reports.map((report) => report.file), ['clean.charter.yaml', 'error.charter.yaml']);
  });

  it('checks many files in worker threads with the same output, order and exit code as in one thread', function () {
    const files: Record<string, string> = {};
    const kinds = [CLEAN_YAML, ERROR_YAML, WARNING_YAML];
    for (let i = 0; i < 30; i++) files[`team-${String(i).padStart(2, '0')}/charter.yaml`] = kinds[i % kinds.length];
    for (const folder of ['samples', 'samples/problems']) {
      for (const sample of fs.readdirSync(path.join(REPO_ROOT, folder)).filter((name) => /\.charter\.(md|ya?ml)$/.test(name))) {
        files[`${folder}/${sample}`] = fs.readFileSync(path.join(REPO_ROOT, folder, sample), 'utf8');
      }
    }
    const many = makeFolder(files);
    // Each format once, and JSON split two ways (2 and 3 threads): every run starts its workers, which
    // on a loaded machine takes seconds each.
    for (const [format, threadCounts] of [
      ['json', ['2', '3']],
      ['stylish', ['3']],
      ['sarif', ['2']],
    ] as const) {
      const inProcess = cli(['check', '--format', format], { cwd: many });
      for (const threads of threadCounts) {
        const result = runBuiltCli(['check', '--format', format], { cwd: many, env: { TEAM_CHARTER_THREADS: threads } });
        assert.equal(result.stderr, '', `${format} on ${threads} threads`);
        assert.equal(result.stdout, inProcess.stdout, `${format} on ${threads} threads`);
        assert.equal(result.code, inProcess.code, `${format} on ${threads} threads`);
      }
    }
  });

  it('prints the package version', () => {
    const result = runBuiltCli(['--version'], { cwd });
    assert.equal(result.code, 0);
    assert.equal(result.stdout.trim(), JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });
});
