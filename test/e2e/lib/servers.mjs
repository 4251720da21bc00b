// Starts code-server (Node 24) and Chromium, each tracked by pid so that run.mjs can stop them.
import { createServer } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { codeServerCommand } from '../setup.mjs';
import { start, stop, track, untrack } from './processes.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** User settings that keep the workbench quiet and deterministic. */
export function writeUserSettings(userDataDir, extra = {}) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 200,
    'files.autoSave': 'off',
    'workbench.editor.enablePreview': false,
    'outline.collapseItems': 'alwaysExpand',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...extra,
  };
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/**
 * Starts code-server on a free port for `folder`; resolves once it answers HTTP.
 * trusted=false leaves workspace trust on (restricted mode for a folder never trusted).
 */
export async function startCodeServer({ userDataDir, extensionsDir, folder, trusted, logFile }) {
  const port = await freePort();
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', join(userDataDir, 'code-server-config.yaml'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    ...(trusted ? ['--disable-workspace-trust'] : []),
    folder,
  ];
  const { command, args: fullArgs } = codeServerCommand(args);
  const child = start(`code-server:${port}`, command, fullArgs, { logFile });
  let exited = null;
  child.on('exit', (code, signal) => (exited = `exit ${code ?? signal}`));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (exited) throw new Error(`code-server stopped before serving (${exited}); see ${logFile}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, pid: child.pid, stop: () => stop(child.pid) };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium as a browser server (so we know its pid) and connects to it. */
export async function startChromium() {
  const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
  const server = await chromium.launchServer({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const pid = server.process().pid;
  track(pid, 'chromium');
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    pid,
    async stop() {
      await browser.close().catch(() => {});
      await server.close().catch(() => {});
      await stop(pid, 2000);
      untrack(pid);
    },
  };
}
