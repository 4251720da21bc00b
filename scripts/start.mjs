// `npm start`, after the build and the extension package: runs the built CLI over samples/ so a newcomer
// sees what Team Charter reports, one group at a time, each introduced for what it is:
// - the clean samples (samples/*): must have no findings;
// - samples/problems/: one small charter per rule, each must show findings;
// - samples/organisation/: charters that extend one catalog and claim its shared responsibilities,
//   which must show the cross-charter findings they were written for.
// Anything else (or a usage error) means something is broken, and the exit code says so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const problemsFolder = 'samples/problems/';
const organisationFolder = 'samples/organisation/';

function runCli(args, options = {}) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', ...options });
}

function fail(reason) {
  console.error(`npm start: ${reason}`);
  process.exit(1);
}

/** Shows a group as a user would see it (stylish, in colour at a terminal); a usage error fails. */
function show(paths) {
  const shown = runCli(['check', ...paths], { stdio: 'inherit' });
  if (shown.status === 2 || shown.status === null || shown.error) fail(`the CLI failed on ${paths.join(', ')}`);
}

if (!existsSync(cli)) fail('dist/cli.js is missing; the build step should have made it');

const survey = runCli(['check', '--format', 'json', 'samples']);
if (survey.status === 2 || survey.error) fail(`the CLI could not run: ${survey.stderr.trim() || survey.error}`);
const reports = JSON.parse(survey.stdout);
const inFolder = (folder) => reports.filter((report) => report.file.startsWith(folder));
const problems = inFolder(problemsFolder);
const organisation = inFolder(organisationFolder);
const clean = reports.filter((report) => !problems.includes(report) && !organisation.includes(report));
const names = (group) => group.map((report) => report.file).join(', ');

console.log(`Team Charter, 1 of 3: the clean samples (${names(clean)}), two full charters to copy from`);
const dirty = clean.filter((report) => report.diagnostics.length > 0);
if (dirty.length > 0) {
  show(dirty.map((report) => report.file));
  fail(`a clean sample has findings: ${names(dirty)}`);
}
show(clean.map((report) => report.file));

console.log(`\nTeam Charter, 2 of 3: ${problemsFolder}, one small charter per rule, each written to break it`);
show([problemsFolder]);
const silent = problems.filter((report) => report.diagnostics.length === 0);
if (problems.length === 0 || silent.length > 0) fail(`a problem sample shows nothing: ${names(silent) || problemsFolder}`);
console.log('The findings above are expected: each file shows the rule it is named after.');

console.log(`\nTeam Charter, 3 of 3: ${organisationFolder}, team charters that extend one catalog and claim its shared responsibilities`);
show([organisationFolder]);
if (!organisation.some((report) => report.diagnostics.length > 0)) fail(`${organisationFolder} shows no cross-charter finding`);
console.log(
  'The findings above are expected: two teams are accountable for one shared responsibility, no team for another, one person leads two teams with too much accountable work, and CODEOWNERS and the catalog give what the Risk team covers to Payments.',
);

console.log('\nEvery sample reads as intended.');
if (existsSync(path.join(root, 'team-charter.vsix'))) {
  console.log('The editor extension is packaged too: code --install-extension team-charter.vsix');
}
