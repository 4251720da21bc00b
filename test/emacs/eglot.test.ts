// Emacs with the README's eglot setup, in batch mode: the block from README.md, loaded as written,
// puts a charter in its mode, starts the server through eglot and shows its diagnostics in Flymake.
// Skipped, with a message, where `emacs` (or its eglot) is not installed.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readmeBlock } from '../helpers/readme';
import { ensureServerBuilt, SERVER } from '../helpers/lspClient';
import { PROBLEM_CHARTER_MARKDOWN } from '../helpers/fixtures';
import { temporaryFolder } from '../helpers/folders';

/** Emacs with eglot, markdown-mode and yaml-mode loadable (batch mode loads the site files, as Debian's packages need, but no init file). */
function emacsWithEglot(): boolean {
  const probe = spawnSync('emacs', ['--batch', '--eval', "(progn (require 'eglot) (require 'markdown-mode) (require 'yaml-mode))"], {
    stdio: 'ignore',
    env: { ...process.env, HOME: os.tmpdir() },
    timeout: 120_000,
  });
  return probe.status === 0;
}

describe("Emacs with the README's eglot setup", function () {
  let dir: string;

  before(function () {
    if (!emacsWithEglot()) {
      console.log(
        '    (emacs with eglot, markdown-mode and yaml-mode is not installed: skipping the Emacs test;' +
          ' `apt-get install emacs-nox elpa-eglot elpa-markdown-mode elpa-yaml-mode` to run it)',
      );
      this.skip();
    }
    ensureServerBuilt();
    dir = temporaryFolder('team-charter-emacs-');
    // The command the README's install step makes (`npm install -g .`): node on dist/server.js.
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'team-charter-language-server'), `#!/bin/sh\nexec '${process.execPath}' '${SERVER}' "$@"\n`, { mode: 0o755 });
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the diagnostics of a charter in Flymake, with role-unused off by the setting', async () => {
    const setup = path.join(dir, 'setup.el');
    fs.writeFileSync(setup, readmeBlock('test/emacs: the eglot setup', 'elisp'));
    const file = path.join(dir, 'project', 'payments.charter.md');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, PROBLEM_CHARTER_MARKDOWN);
    const out = path.join(dir, 'out.txt');
    const emacs = spawn(
      'emacs',
      ['--batch', '-l', setup, '-l', path.join(__dirname, 'eglot-driver.el')],
      {
        cwd: path.dirname(file),
        env: { ...process.env, HOME: dir, PATH: [path.join(dir, 'bin'), process.env.PATH ?? ''].join(path.delimiter), TEAM_CHARTER_FILE: file, TEAM_CHARTER_OUT: out },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    emacs.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => emacs.on('exit', resolve));
    assert.equal(code, 0, `emacs failed or saw no diagnostics: ${stderr.slice(-2000)}`);
    const [mode, ...diagnostics] = fs.readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(mode, 'team-charter-markdown-mode');
    const text = diagnostics.join('\n');
    assert.match(text, /2 accountable roles/);
    assert.match(text, /no accountable role/);
    assert.doesNotMatch(text, /QA Lead/, 'role-unused is off');
    assert.equal(diagnostics.length, 5, text);
  });
});
