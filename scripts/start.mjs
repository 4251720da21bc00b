// `npm start`, after the build and the extension package: runs the built CLI over samples/ so a newcomer
// sees what Team Charter reports. The clean samples must have no findings and every problem sample
// must have some; anything else (or a usage error) means something is broken, and the exit code says so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const problemsFolder = 'samples/problems/';

function runCli(args, options = {}) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', ...options });
}

function fail(reason) {
  console.error(`npm start: ${reason}`);
  process.exit(1);
}

if (!existsSync(cli)) fail('dist/cli.js is missing; the build step should have made it');

const survey = runCli(['check', '--format', 'json', 'samples']);
if (survey.status === 2 || survey.error) fail(`the CLI could not run: ${survey.stderr.trim() || survey.error}`);
const reports = JSON.parse(survey.stdout);
const clean = reports.filter((report) => !report.file.startsWith(problemsFolder));
const problems = reports.filter((report) => report.file.startsWith(problemsFolder));

console.log(`Team Charter: checking the clean samples (${clean.map((report) => report.file).join(', ')})`);
const dirty = clean.filter((report) => report.diagnostics.length > 0);
if (dirty.length > 0) {
  runCli(['check', ...dirty.map((report) => report.file)], { stdio: 'inherit' });
  fail(`a clean sample has findings: ${dirty.map((report) => report.file).join(', ')}`);
}
console.log('✔ no findings, as intended\n');

console.log(`Team Charter: checking ${problemsFolder} (one small charter per rule)`);
const shown = runCli(['check', problemsFolder], { stdio: 'inherit' });
if (shown.status === 2 || shown.error) fail('the CLI failed on the problem samples');
const silent = problems.filter((report) => report.diagnostics.length === 0);
if (silent.length > 0) fail(`a problem sample shows nothing: ${silent.map((report) => report.file).join(', ')}`);
console.log(`\nThe findings above are expected: ${problemsFolder} exists to show each rule firing.`);

if (existsSync(path.join(root, 'team-charter.vsix'))) {
  console.log('The editor extension is packaged too: code --install-extension team-charter.vsix');
}
