// Neovim as an LSP client of the built server: proves `team-charter-language-server --stdio` works in
// an editor that is not VS Code. Skipped, with a message, where `nvim` is not installed.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readmeBlock } from '../helpers/readme';
import { ensureServerBuilt, ROOT, SERVER } from '../helpers/lspClient';
import { PROBLEM_CHARTER_MARKDOWN } from '../helpers/fixtures';
import { temporaryFolder } from '../helpers/folders';

const CHARTER = PROBLEM_CHARTER_MARKDOWN;

function hasNeovim(): boolean {
  return spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
}

describe('Neovim client', function () {
  let dir: string;

  before(function () {
    if (!hasNeovim()) {
      console.log('    (nvim is not on PATH: skipping the Neovim test; `apt-get install neovim` to run it)');
      this.skip();
    }
    ensureServerBuilt();
    dir = temporaryFolder('team-charter-nvim-');
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

const SECOND_CHARTER = [
  'team: Payments',
  'roles:',
  '  pm:',
  '    title: Product Manager',
  'responsibilities:',
  '  - name: Product roadmap',
  '    accountable: pm',
  '    responsible: pm',
  '    consulted: archie',
  '',
].join('\n');

describe("Neovim with the README's init.lua", function () {
  let dir: string;
  let bin: string;

  before(function () {
    if (!hasNeovim()) {
      console.log('    (nvim is not on PATH: skipping the README snippet test; `apt-get install neovim` to run it)');
      this.skip();
    }
    ensureServerBuilt();
    dir = temporaryFolder('team-charter-nvim-readme-');
    // The README's install step, into a private prefix: `npm install -g .` from the checkout.
    const prefix = path.join(dir, 'npm');
    const install = spawnSync('npm', ['install', '-g', ROOT, '--prefix', prefix, '--no-audit', '--no-fund', '--offline'], { encoding: 'utf8' });
    assert.equal(install.status, 0, `npm install -g failed: ${install.stderr}`);
    bin = path.join(prefix, 'bin');
    assert.ok(fs.existsSync(path.join(bin, 'team-charter-language-server')), 'npm install -g . made no team-charter-language-server command');
    fs.mkdirSync(path.join(dir, 'project', '.git'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'project', 'teams'));
    fs.writeFileSync(path.join(dir, 'project', 'payments.charter.md'), CHARTER);
    fs.writeFileSync(path.join(dir, 'project', 'teams', 'search.charter.yaml'), SECOND_CHARTER);
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs nvim with `init` as init.lua on the first charter, then the driver; its report. */
  async function runNeovim(init: string, options: { path: string; onlyDiagnostics?: boolean }): Promise<Record<string, unknown>> {
    const initFile = path.join(dir, 'init.lua');
    const out = path.join(dir, 'report.json');
    fs.writeFileSync(initFile, init);
    fs.rmSync(out, { force: true });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: options.path,
      XDG_CONFIG_HOME: path.join(dir, 'config'),
      XDG_DATA_HOME: path.join(dir, 'data'),
      XDG_STATE_HOME: path.join(dir, 'state'),
      XDG_CACHE_HOME: path.join(dir, 'cache'),
      TEAM_CHARTER_OUT: out,
      TEAM_CHARTER_SECOND: path.join(dir, 'project', 'teams', 'search.charter.yaml'),
    };
    if (options.onlyDiagnostics) env.TEAM_CHARTER_ONLY_DIAGNOSTICS = '1';
    const nvim = spawn('nvim', ['--headless', '-u', initFile, '-i', 'NONE', '-n', 'payments.charter.md', '-c', `luafile ${path.join(__dirname, 'readme-snippet.lua')}`], {
      cwd: path.join(dir, 'project'),
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    nvim.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => nvim.on('exit', resolve));
    const report = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
    assert.equal(code, 0, `nvim failed: ${String(report.error ?? '')} ${stderr}`);
    return report;
  }

  const withServer = () => [bin, path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter);

  it('0.7 snippet: diagnostics in every charter buffer, a quick fix applies, role-unused off by the setting', async () => {
    const report = await runNeovim(readmeBlock('test/neovim: the Neovim 0.7 snippet', 'lua'), { path: withServer() });
    assert.deepEqual(report.first, ['accountable-missing', 'accountable-multiple', 'raci-invalid', 'responsible-missing', 'role-undefined']);
    assert.deepEqual(report.second, ['role-undefined']);
    assert.equal(report.clients, 1, 'one server for the project');
    assert.match(String(report.fix), /only accountable/);
    assert.equal((String(report.fixed_line).match(/\bA\b/g) ?? []).length, 1, `one A left: ${String(report.fixed_line)}`);
    assert.deepEqual(report.after, ['accountable-missing', 'raci-invalid', 'responsible-missing', 'role-undefined']);
  });

  it('0.7 snippet without the setting: role-unused is reported', async () => {
    const snippet = readmeBlock('test/neovim: the Neovim 0.7 snippet', 'lua');
    const withoutSetting = snippet.replace("rules = { ['role-unused'] = 'off' }", 'rules = {}');
    assert.notEqual(withoutSetting, snippet, 'the snippet turns role-unused off');
    const report = await runNeovim(withoutSetting, { path: withServer(), onlyDiagnostics: true });
    assert.ok((report.first as string[]).includes('role-unused'));
  });

  it('0.7 snippet without the server installed: Neovim starts with no error', async () => {
    const initFile = path.join(dir, 'init.lua');
    fs.writeFileSync(initFile, readmeBlock('test/neovim: the Neovim 0.7 snippet', 'lua'));
    const run = spawnSync('nvim', ['--headless', '-u', initFile, '-i', 'NONE', '-n', 'payments.charter.md', '-c', 'qall!'], {
      cwd: path.join(dir, 'project'),
      env: { ...process.env, PATH: '/usr/bin:/bin', XDG_STATE_HOME: path.join(dir, 'state') },
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr.trim(), '');
  });

  it('0.8+ snippet: valid Lua', () => {
    const file = path.join(dir, 'snippet-0.8.lua');
    fs.writeFileSync(file, readmeBlock('test/neovim: the Neovim 0.8+ snippet', 'lua'));
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'lua-syntax.lua')}`], {
      env: { ...process.env, TEAM_CHARTER_LUA: file },
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(run.status, 0, run.stderr);
  });
});
