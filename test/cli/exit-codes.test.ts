import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules';
import { cli, makeFolder, CLEAN_YAML, ERROR_YAML, WARNING_YAML } from '../helpers/cli';

describe('CLI exit codes', () => {
  const cwd = makeFolder({
    'clean.charter.yaml': CLEAN_YAML,
    'error.charter.yaml': ERROR_YAML,
    'warning.charter.yaml': WARNING_YAML,
  });

  it('exits 0 for a clean charter', () => {
    const { code, stderr } = cli(['check', 'clean.charter.yaml'], { cwd });
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('exits 1 when an error is found', () => {
    assert.equal(cli(['check', 'error.charter.yaml'], { cwd }).code, 1);
  });

  it('exits 0 for warnings alone, and 1 once they exceed --max-warnings', () => {
    assert.equal(cli(['check', 'warning.charter.yaml'], { cwd }).code, 0);
    assert.equal(cli(['check', 'warning.charter.yaml', '--max-warnings', '1'], { cwd }).code, 0);
    assert.equal(cli(['check', 'warning.charter.yaml', '--max-warnings', '0'], { cwd }).code, 1);
  });

  it('exits 1 when any one of several files has an error', () => {
    assert.equal(cli(['check', 'clean.charter.yaml', 'error.charter.yaml'], { cwd }).code, 1);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown flag', ['check', '--bogus', '.'], /unknown option '--bogus'/],
    ['an unknown format', ['check', '--format', 'xml', '.'], /unknown format 'xml'/],
    ['a --rule without =', ['check', '--rule', 'role-unused', '.'], /--rule needs id=severity/],
    ['an unknown rule id', ['check', '--rule', 'no-such-rule=error', '.'], /unknown rule 'no-such-rule'/],
    ['a bad severity', ['check', '--rule', 'role-unused=fatal', '.'], /bad severity 'fatal'/],
    ['a negative --max-warnings', ['check', '--max-warnings', '-1', '.'], /max-warnings/],
    ['a missing path', ['check', 'missing.charter.md'], /cannot read 'missing.charter.md': no such file/],
    ['a path through a file', ['check', 'clean.charter.yaml/inner.charter.md'], /cannot read 'clean.charter.yaml\/inner.charter.md'/],
    ['an unknown command', ['lint', '.'], /unknown command 'lint', and there is no file or folder 'lint' to check/],
    ['a misspelt command', ['chekc', '.'], /unknown command 'chekc': did you mean 'check'\?/],
    ['a misspelt option', ['check', '--formt', 'json', '.'], /unknown option '--formt': did you mean '--format'\?; see 'team-charter --help'/],
  ];
  for (const [what, argv, reason] of usageErrors) {
    it(`exits 2 with a one-line reason for ${what}`, () => {
      const { code, stdout, stderr } = cli(argv, { cwd });
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^team-charter: [^\n]+\n$/);
      assert.match(stderr, reason);
    });
  }

  it('checks the current directory when given no command, as `check` with no path', () => {
    const { code, stdout } = cli([], { cwd });
    assert.equal(code, 1);
    assert.equal(stdout, cli(['check', '.'], { cwd }).stdout);
  });

  it('exits 2 when a directory holds no charter', () => {
    const empty = makeFolder({ 'notes.md': '# Notes\n' });
    const { code, stderr } = cli(['check'], { cwd: empty });
    assert.equal(code, 2);
    assert.match(stderr, /^team-charter: no charter files found in '\.'\n$/);
  });

  it('exits 2 for an unreadable file', function () {
    if (process.getuid?.() === 0) this.skip(); // root reads any file whatever its mode
    const folder = makeFolder({ 'locked.charter.yaml': CLEAN_YAML });
    fs.chmodSync(path.join(folder, 'locked.charter.yaml'), 0o000);
    const { code, stderr } = cli(['check', 'locked.charter.yaml'], { cwd: folder });
    assert.equal(code, 2);
    assert.match(stderr, /permission denied/);
  });

  it('prints usage for --help and the version for --version, exiting 0', () => {
    const help = cli(['--help'], { cwd });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: team-charter \[check\]/);
    // A rule off by default shows as off: setting a severity turns it on.
    for (const rule of RULES) assert.match(help.stdout, new RegExp(`^  ${rule.id} +${rule.offByDefault ? 'off' : rule.defaultSeverity} +\\S`, 'm'));
    const version = cli(['--version'], { cwd });
    assert.equal(version.code, 0);
    assert.equal(version.stdout, `${require('../../package.json').version}\n`);
  });
});
