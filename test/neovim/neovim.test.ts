// Neovim as an LSP client of the built server: proves `team-charter-language-server --stdio` works in
// an editor that is not VS Code. Skipped, with a message, where `nvim` is not installed.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureServerBuilt, SERVER } from '../lsp/client';
import { PROBLEM_CHARTER_MARKDOWN } from '../lsp/fixtures';

const CHARTER = PROBLEM_CHARTER_MARKDOWN;

function hasNeovim(): boolean {
  return spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
}

describe('Neovim client', function () {
  this.timeout(30000);
  let dir: string;

  before(function () {
    if (!hasNeovim()) {
      console.log('    (nvim is not on PATH: skipping the Neovim test; `apt-get install neovim` to run it)');
      this.skip();
    }
    ensureServerBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'team-charter-nvim-'));
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the diagnostics of a charter with problems, by rule and line', async () => {
    const file = path.join(dir, 'payments.charter.md');
    const out = path.join(dir, 'diagnostics.txt');
    fs.writeFileSync(file, CHARTER);
    const script = path.join(__dirname, 'diagnostics.lua');
    const nvim = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
      env: { ...process.env, TEAM_CHARTER_FILE: file, TEAM_CHARTER_OUT: out, TEAM_CHARTER_SERVER: SERVER, TEAM_CHARTER_NODE: process.execPath },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    nvim.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => nvim.on('exit', resolve));
    assert.equal(code, 0, `nvim failed: ${stderr}`);
    // "line:column:code" -> "line:code", 0-based lines as LSP sends them.
    const diagnostics = fs.readFileSync(out, 'utf8').trim().split('\n').map((line) => line.replace(/:\d+:/, ':'));
    assert.deepEqual(
      diagnostics.sort(),
      [
        '10:role-undefined',
        '12:accountable-multiple',
        '13:raci-invalid',
        '14:accountable-missing',
        '15:responsible-missing',
        '6:role-unused',
      ],
    );
  });
});
