// A charter (or a file name) holding terminal escape sequences, bell, carriage returns, C1 controls and
// bidirectional overrides: every human-readable output shows them replaced by U+FFFD, so a charter in a
// pull request cannot retitle, clear or rewrite the terminal or CI log that shows its findings; JSON and
// SARIF keep the text exactly, escaped as their grammars require.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { cli, makeFolder } from '../helpers/cli';
import { printable } from '../../server/src/core/printable';

/** OSC "set title", BEL, "clear screen", "cursor home": what the attack printed raw. */
const ATTACK = '\x1b]0;PWNED\x07\x1b[2J\x1b[H';
const NAME = `${ATTACK}Roadmap\r\u202e\u009b31m\u007f`;
/** The YAML spelling of NAME, in a double-quoted scalar. */
const NAME_YAML = '\\e]0;PWNED\\a\\e[2J\\e[HRoadmap\\r\\u202e\\u009b31m\\u007f';
/** A file name with an escape sequence in it (Linux allows every byte but `/` and NUL). */
const FILE = 'evil\x1b[2J.charter.yaml';

const CHARTER = `team: "Pay\\e[31mments"
roles:
  pm:
    title: Product Manager
responsibilities:
  - name: "${NAME_YAML}"
    responsible: pm
`;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** The colour sequences stylish itself writes (SGR), which are the only ones allowed. */
// eslint-disable-next-line no-control-regex
const OWN_COLOURS = /\x1b\[[0-9;]*m/g;

function assertPrintable(text: string, what: string): void {
  const found = CONTROL.exec(text.replace(OWN_COLOURS, '').replace(/\r\n/g, '\n'));
  assert.equal(found, null, `${what} holds U+${found?.[0].codePointAt(0)!.toString(16).padStart(4, '0')}: ${JSON.stringify(text)}`);
}

describe('CLI output: control characters in charters and file names', () => {
  const cwd = makeFolder({ [FILE]: CHARTER });
  after(() => fs.rmSync(cwd, { recursive: true, force: true }));

  it('the charter really quotes the name in a finding (the attack reaches the report)', () => {
    const [report] = JSON.parse(cli(['check', '-f', 'json', '.'], { cwd }).stdout);
    assert.ok(report.diagnostics.some((diagnostic: { message: string }) => diagnostic.message.includes(ATTACK)));
  });

  for (const [label, argv, env] of [
    ['stylish without colour', ['check', '.'], {}],
    ['stylish with colour', ['check', '.'], { FORCE_COLOR: '1' }],
    ['github', ['check', '-f', 'github', '.'], {}],
    ['markdown', ['check', '-f', 'markdown', '.'], {}],
    ['export csv', ['export', '-f', 'csv', '.'], {}],
    ['export html', ['export', '-f', 'html', '.'], {}],
    ['owners', ['owners', '.'], { FORCE_COLOR: '1' }],
  ] as [string, string[], Record<string, string>][]) {
    it(`${label}: shows each control character as U+FFFD`, () => {
      const { stdout, stderr } = cli(argv, { cwd, env });
      assert.equal(stderr, '');
      assertPrintable(stdout, label);
      // Markdown escapes the brackets.
      assert.match(stdout, /\ufffd\\?\]0;PWNED\ufffd\ufffd\\?\[2J\ufffd\\?\[HRoadmap/, 'the sequence is shown, not run');
      if (label !== 'owners') assert.ok(stdout.includes('evil\ufffd[2J.charter.yaml'), 'the file name is shown, not run');
    });
  }

  it('json and sarif keep the text exactly, escaped as JSON requires', () => {
    for (const format of ['json', 'sarif']) {
      const { stdout } = cli(['check', '-f', format, '.'], { cwd });
      assert.ok(!stdout.includes('\x1b') && !stdout.includes('\x07'), `${format} escapes C0 controls`);
      assert.ok(stdout.includes('\\u001b]0;PWNED\\u0007'), format);
      assert.ok(JSON.stringify(JSON.parse(stdout)).includes(JSON.stringify(ATTACK).slice(1, -1)), format);
    }
    const [report] = JSON.parse(cli(['owners', '-f', 'json', '.'], { cwd }).stdout);
    assert.equal(report.responsibility, NAME);
  });

  it('a usage error quoting a path is printable too', () => {
    const { code, stderr } = cli(['check', `nope${ATTACK}.md`], { cwd });
    assert.equal(code, 2);
    assertPrintable(stderr, 'stderr');
    assert.match(stderr, /nope\ufffd\]0;PWNED/);
    assert.equal(printable(`x${ATTACK}\u2066y\tz`), 'x\ufffd]0;PWNED\ufffd\ufffd[2J\ufffd[H\ufffdy\tz');
  });
});
