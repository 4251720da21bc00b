// The report formats other tools read, through the built dist/cli.js: ESLint's JSON (reviewdog,
// SonarQube, Danger), GitLab Code Quality (the merge request widget), JUnit (CI test reports),
// checkstyle (reviewdog, Jenkins), and ESLint's compact and unix lines (editors, errorformat).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLEAN_YAML, ERROR_YAML, makeFolder, runBuiltCli, WARNING_YAML } from '../helpers/cli';

// xml2js has no types of its own; only its promise parser is used.
const { parseStringPromise } = require('xml2js') as { parseStringPromise: (xml: string) => Promise<any> };


/** A role named with characters XML and terminals must not take as written: `<`, `&`, a quote, an escape. */
const HOSTILE_YAML = ERROR_YAML.replace('designer', '"<b>&\\"x\\"\\u001b[2J"');
/** Past an emoji (two UTF-16 code units), so a column counted in code points would be one less. */
const EMOJI_YAML = 'team: "Launch 🚀"\nroles:\n  pm:\n    title: Product Manager\nresponsibilities:\n  - { name: "🚀 plan", accountable: pm, responsible: designer }\n';
const designerColumn = EMOJI_YAML.split('\n')[5].indexOf('designer') + 1;

describe('more report formats, through dist/cli.js', () => {
  const root = makeFolder({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'docs/clean.charter.yaml': CLEAN_YAML,
    'docs/error.charter.yaml': ERROR_YAML,
    'docs/warning.charter.yaml': WARNING_YAML,
    'docs/emoji.charter.yaml': EMOJI_YAML,
    'docs/hostile.charter.yaml': HOSTILE_YAML,
  });
  const docs = path.join(root, 'docs');

  it("eslint-json: ESLint's results, with absolute paths, 1-based UTF-16 columns, severities 2 and 1, and fixable counts", () => {
    const result = runBuiltCli(['check', '--format', 'eslint-json', 'error.charter.yaml', 'warning.charter.yaml', 'emoji.charter.yaml', 'clean.charter.yaml'], { cwd: docs });
    assert.equal(result.code, 1);
    const [error, warning, emoji, clean] = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(error), ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules']);
    assert.equal(error.filePath, path.join(docs, 'error.charter.yaml'));
    assert.deepEqual(error.messages.map((m: { ruleId: string; severity: number; line: number; messageId: string }) => [m.ruleId, m.severity, m.line, m.messageId]), [['role-undefined', 2, 8, 'undefined']]);
    assert.deepEqual([error.errorCount, error.warningCount], [1, 0]);
    // responsible-missing has a safe fix (make the accountable role responsible too): --fix would repair it.
    assert.deepEqual([warning.warningCount, warning.fixableWarningCount, warning.messages[0].severity], [1, 1, 1]);
    assert.equal(emoji.messages.find((m: { ruleId: string }) => m.ruleId === 'role-undefined').column, designerColumn);
    assert.deepEqual(clean.messages, []);
    assert.equal(runBuiltCli(['check', '-f', 'json-eslint', 'clean.charter.yaml'], { cwd: docs }).stdout, runBuiltCli(['check', '-f', 'eslint-json', 'clean.charter.yaml'], { cwd: docs }).stdout);
  });

  it('gitlab: Code Quality issues with repository-relative paths and fingerprints that survive a moved line', () => {
    const result = runBuiltCli(['check', '--format', 'gitlab', '.'], { cwd: docs });
    const issues = JSON.parse(result.stdout);
    const undefinedRole = issues.find((issue: { location: { path: string } }) => issue.location.path === 'docs/error.charter.yaml');
    assert.deepEqual(Object.keys(undefinedRole).sort(), ['check_name', 'description', 'fingerprint', 'location', 'severity', 'type']);
    assert.deepEqual([undefinedRole.check_name, undefinedRole.severity, undefinedRole.location.lines.begin], ['role-undefined', 'major', 8]);
    assert.ok(issues.some((issue: { severity: string }) => issue.severity === 'minor'));
    assert.equal(new Set(issues.map((issue: { fingerprint: string }) => issue.fingerprint)).size, issues.length);
    const moved = makeFolder({ '.git/HEAD': '', 'docs/error.charter.yaml': `# moved down a line\n${ERROR_YAML}` });
    const [again] = JSON.parse(runBuiltCli(['check', '-f', 'gitlab', 'docs'], { cwd: moved }).stdout);
    assert.equal(again.fingerprint, undefinedRole.fingerprint);
    assert.equal(again.location.lines.begin, 9);
  });

  it('junit: a test suite per file, a failure per error or warning, a passing case for a clean file, well-formed whatever a charter holds', async () => {
    const result = runBuiltCli(['check', '--format', 'junit', 'clean.charter.yaml', 'error.charter.yaml', 'warning.charter.yaml', 'hostile.charter.yaml'], { cwd: docs });
    assert.ok(result.stdout.startsWith('<?xml version="1.0" encoding="utf-8"?>\n'));
    const suites = (await parseStringPromise(result.stdout)).testsuites.testsuite;
    assert.deepEqual(suites.map((suite: any) => [suite.$.name, suite.$.tests, suite.$.errors, suite.$.failures]), [
      ['clean.charter.yaml', '1', '0', '0'],
      ['error.charter.yaml', '1', '1', '0'],
      ['warning.charter.yaml', '1', '0', '1'],
      ['hostile.charter.yaml', '1', '1', '0'],
    ]);
    assert.equal(suites[0].testcase[0].failure, undefined);
    const failure = suites[3].testcase[0].failure[0];
    assert.match(failure.$.message, /"<b>&"x"�\[2J"/);
    assert.match(failure._, /^line 8, col \d+, Error - .* \(role-undefined\)$/);
  });

  it('checkstyle: a file element per file by absolute path, an error element per finding', async () => {
    const result = runBuiltCli(['check', '--format', 'checkstyle', 'error.charter.yaml', 'warning.charter.yaml', 'hostile.charter.yaml'], { cwd: docs });
    const files = (await parseStringPromise(result.stdout)).checkstyle.file;
    assert.deepEqual(files.map((file: any) => file.$.name), ['error', 'warning', 'hostile'].map((name) => path.join(docs, `${name}.charter.yaml`)));
    const [error] = files[0].error;
    assert.deepEqual([error.$.line, error.$.severity, error.$.source], ['8', 'error', 'team-charter.role-undefined']);
    assert.equal(files[1].error[0].$.severity, 'warning');
  });

  it('compact and unix: one line per finding as ESLint writes them, then the count', () => {
    const compact = runBuiltCli(['check', '-f', 'compact', 'error.charter.yaml', 'warning.charter.yaml'], { cwd: docs }).stdout.split('\n');
    assert.match(compact[0], /^error\.charter\.yaml: line 8, col \d+, Error - Role "designer" .* \(role-undefined\)$/);
    assert.match(compact[1], /^warning\.charter\.yaml: line 6, col \d+, Warning - .* \(responsible-missing\)$/);
    assert.deepEqual(compact.slice(2), ['', '2 problems', '']);
    const unix = runBuiltCli(['check', '-f', 'unix', 'emoji.charter.yaml'], { cwd: docs }).stdout;
    assert.match(unix, new RegExp(`^emoji\\.charter\\.yaml:6:${designerColumn}: Role "designer" .* \\[Error/role-undefined\\]$`, 'm'));
    assert.equal(runBuiltCli(['check', '-f', 'unix', 'clean.charter.yaml'], { cwd: docs }).stdout, '');
  });

  it('each can be one of several reports of one run', async () => {
    const result = runBuiltCli(['check', '--report-file', 'gitlab=gl-code-quality.json', '--report-file', 'junit=junit.xml', 'error.charter.yaml'], { cwd: docs });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /role-undefined\n\n✖ 1 problem/);
    assert.equal(JSON.parse(fs.readFileSync(path.join(docs, 'gl-code-quality.json'), 'utf8'))[0].check_name, 'role-undefined');
    assert.equal((await parseStringPromise(fs.readFileSync(path.join(docs, 'junit.xml'), 'utf8'))).testsuites.testsuite[0].$.errors, '1');
  });
});
