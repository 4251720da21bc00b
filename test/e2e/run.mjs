// End-to-end tests in a real VS Code (code-server) driven by Chromium. `npm run test:e2e`.
//
// 1. setup: code-server + Node 24 in test/e2e/.cache (reused), `npm run build && npm run package`,
//    the .vsix installed into a fresh extensions folder;
// 2. the fixture workspace copied to a temp folder; code-server started on it (trusted) and driven
//    through Chromium for tests 1-5; then a second code-server with workspace trust on for test 6;
//    then a third that runs the browser build in the web worker extension host (web.mjs), and a
//    fourth that loads it from an HTTP location instead (webLocation.mjs);
// 3. a summary line "N passed, N failed"; exit 1 on any failure. Screenshots: test/e2e/screenshots/.
//
// Environment:
//   E2E_SKIP_PACKAGE=1     reuse team-charter.vsix instead of building and packaging
//   E2E_RULES=id=sev,...   write "teamCharter.rules" into the workspace's .vscode/settings.json
//                          (e.g. E2E_RULES=raci-invalid=off to prove the tests catch a missing finding)
//   E2E_ONLY=<substring>   run only the tests whose name contains it
//   E2E_KEEP=1             keep the temp folder
//   E2E_TIMEOUT_S=1800     watchdog for the whole run, install included
//   E2E_CACHE=<dir>        where code-server and Node 24 live (default test/e2e/.cache)
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_DIR, ensureCodeServer, packageVsix, installExtension } from './setup.mjs';
import { installSignalHandlers, stopAll, liveProcesses, isStopping } from './lib/processes.mjs';
import { startCodeServer, startChromium, writeUserSettings } from './lib/servers.mjs';
import { Workbench, SCREENSHOTS } from './lib/workbench.mjs';
import { tests, restrictedTest } from './tests.mjs';
import { webTests, WEB_EXTENSION_SETTINGS } from './web.mjs';
import { webLocationTests } from './webLocation.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const results = [];
installSignalHandlers();

// Watchdog: the whole run (install included) must finish in E2E_TIMEOUT_S seconds. A hang guard, not a
// speed test: the default is far above a cold run on a loaded 2-core machine, where compiling
// code-server's native modules alone can pass ten minutes.
const budget = Number(process.env.E2E_TIMEOUT_S ?? 1800);
const watchdog = setTimeout(async () => {
  console.error(`\ne2e: watchdog: not done after ${budget}s; stopping ${JSON.stringify(liveProcesses())}`);
  await stopAll();
  console.log(`\ne2e: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed (watchdog after ${budget}s)`);
  process.exit(1);
}, budget * 1000);
watchdog.unref();

function prepareWorkspace(root, name) {
  const folder = join(root, name);
  cpSync(join(E2E_DIR, 'fixtures', 'workspace'), folder, { recursive: true });
  if (process.env.E2E_RULES) {
    const rules = Object.fromEntries(process.env.E2E_RULES.split(',').map((pair) => pair.split('=')));
    const file = join(folder, '.vscode', 'settings.json');
    const settings = JSON.parse(readFileSync(file, 'utf8'));
    settings['teamCharter.rules'] = rules;
    writeFileSync(file, JSON.stringify(settings, null, 2));
    console.log(`e2e: ${name}/.vscode/settings.json sets teamCharter.rules = ${JSON.stringify(rules)}`);
  }
  return folder;
}

/** install=false: the extension is not installed on the code-server host (a test installs it). */
async function session({ root, label, trusted, prefix, vsix, list, userSettings = {}, install = true }) {
  const userDataDir = join(root, `user-${label}`);
  const extensionsDir = join(root, `extensions-${label}`);
  const workspace = prepareWorkspace(root, `workspace-${label}`);
  writeUserSettings(userDataDir, {
    ...(trusted ? {} : { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' }),
    ...userSettings,
  });
  if (install) {
    await installExtension(vsix, userDataDir, extensionsDir);
    const installed = readdirSync(extensionsDir).filter((d) => d.startsWith('team-charter'));
    if (!installed.length) throw new Error(`team-charter not found in ${extensionsDir} after install`);
  }
  const logFile = join(root, `code-server-${label}.log`);
  const server = await startCodeServer({ userDataDir, extensionsDir, folder: workspace, trusted, logFile });
  console.log(`e2e: [${elapsed()}] code-server (${trusted ? 'trusted' : 'workspace trust on'}) pid ${server.pid} at ${server.url}, log ${logFile}`);
  let chrome;
  try {
    chrome = await startChromium();
    const context = await chrome.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    const wb = new Workbench(page, { prefix });
    await wb.waitForWorkbench();
    await wb.screenshot('00-workbench');
    for (const test of list) {
      if (isStopping()) break;
      const t0 = Date.now();
      try {
        await test.run({ wb, workspace, page });
        results.push({ name: test.name, ok: true, ms: Date.now() - t0 });
        console.log(`  ✓ ${test.name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
      } catch (error) {
        results.push({ name: test.name, ok: false, ms: Date.now() - t0, error });
        console.log(`  ✗ ${test.name} (${((Date.now() - t0) / 1000).toFixed(1)}s)\n    ${String(error?.stack ?? error).split('\n').join('\n    ')}`);
        await wb.screenshot(`failed-${results.length}`).catch(() => {});
        await page.keyboard.press('Escape').catch(() => {});
      }
    }
  } finally {
    await chrome?.stop();
    await server.stop();
  }
}

let setupError;
const root = mkdtempSync(join(tmpdir(), 'team-charter-e2e-'));
try {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await ensureCodeServer();
  const vsix = await packageVsix();
  console.log(`e2e: [${elapsed()}] setup done; temp folder ${root}`);
  const only = process.env.E2E_ONLY;
  const pick = (list) => list.filter((t) => !only || t.name.includes(only));
  const trustedTests = pick(tests);
  if (trustedTests.length) await session({ root, label: 'trusted', trusted: true, prefix: '', vsix, list: trustedTests });
  const restricted = pick([restrictedTest]);
  if (restricted.length) await session({ root, label: 'restricted', trusted: false, prefix: '', vsix, list: restricted });
  const web = pick(webTests);
  if (web.length) await session({ root, label: 'web', trusted: true, prefix: 'web-', vsix, list: web, userSettings: WEB_EXTENSION_SETTINGS });
  const webLocation = pick(webLocationTests);
  if (webLocation.length) await session({ root, label: 'web-location', trusted: true, prefix: 'web-location-', vsix, list: webLocation, install: false });
} catch (error) {
  setupError = error;
  console.error(`e2e: ${error?.stack ?? error}`);
} finally {
  await stopAll();
  if (liveProcesses().length) console.error(`e2e: still running: ${JSON.stringify(liveProcesses())}`);
  if (process.env.E2E_KEEP !== '1') rmSync(root, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed + (setupError ? 1 : 0);
console.log(`\ne2e: ${passed} passed, ${failed} failed${setupError ? ' (setup/harness error)' : ''} in ${elapsed()}; screenshots in ${SCREENSHOTS}`);
process.exit(failed ? 1 : 0);
