// The command line on files that are not text: a binary charter, a non-UTF-8 one, a symbolic link loop.
// Each gets one clear line on stderr and exit status 2 (unreadable input), never a stack trace or a
// silent "no problems".
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, CLEAN_YAML, makeFolder } from '../helpers/cli';

function assertOneLine(stderr: string, pattern: RegExp): void {
  assert.match(stderr, pattern);
  assert.equal(stderr.trim().split('\n').length, 1, stderr);
  assert.doesNotMatch(stderr, /\n\s+at /);
}

describe('robustness: the CLI on files that are not charters', () => {
  it('a binary file named x.charter.md, checked through its directory', () => {
    const root = makeFolder({ 'ok.charter.yaml': CLEAN_YAML });
    fs.writeFileSync(path.join(root, 'x.charter.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0xc3]));
    const outcome = cli(['check', '.'], { cwd: root });
    assert.equal(outcome.code, 2);
    assertOneLine(outcome.stderr, /^team-charter: cannot read 'x\.charter\.md': not UTF-8 text/);
  });

  it('a Latin-1 charter', () => {
    const root = makeFolder({});
    fs.writeFileSync(path.join(root, 'latin1.charter.yaml'), Buffer.from('team: Caf\xe9\n', 'latin1'));
    const outcome = cli(['check', 'latin1.charter.yaml'], { cwd: root });
    assert.equal(outcome.code, 2);
    assertOneLine(outcome.stderr, /not UTF-8 text/);
  });

  it('a UTF-8 charter with a byte order mark is still read', () => {
    const root = makeFolder({});
    fs.writeFileSync(path.join(root, 'bom.charter.yaml'), '\ufeff' + CLEAN_YAML);
    assert.equal(cli(['check', 'bom.charter.yaml'], { cwd: root }).code, 0);
  });

  it('a symbolic link loop named on the command line', () => {
    const root = makeFolder({});
    fs.symlinkSync('loop.charter.md', path.join(root, 'loop.charter.md'));
    const outcome = cli(['check', 'loop.charter.md'], { cwd: root });
    assert.equal(outcome.code, 2);
    assertOneLine(outcome.stderr, /^team-charter: cannot read 'loop\.charter\.md': too many levels of symbolic links/);
  });

  it('a symbolic link loop inside a checked directory is skipped; the other charters are checked', () => {
    const root = makeFolder({ 'ok.charter.yaml': CLEAN_YAML });
    fs.symlinkSync('loop.charter.md', path.join(root, 'loop.charter.md'));
    const outcome = cli(['check', '.'], { cwd: root });
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.match(outcome.stdout, /1 file checked/);
  });
});
