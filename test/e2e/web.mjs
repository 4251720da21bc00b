// The browser build (package.json `browser`, dist/browser/) in code-server's web worker extension host:
// the extension is installed as usual, and the user setting `remote.extensionKind` makes the workbench
// run it in a web worker in the page instead of in the remote Node extension host. The fixture charters
// extend nothing, so the web worker server must report exactly what the Node one does, and its hover,
// quick fixes, New Charter and fix all on save work as they do there.
import assert from 'node:assert/strict';
import { EXPECTED, describeGroups, matchFindings, openCharters, tests } from './tests.mjs';

export const WEB_EXTENSION_SETTINGS = { 'remote.extensionKind': { 'team-charter.team-charter': ['web'] } };

/**
 * Tests of the Node build that need only the charter's own text, run again on the browser build
 * (after the Problems test, which needs the fixture unchanged). Screenshots are prefixed `web-`.
 */
const AGAIN = [/^hovering a role/, /^Ctrl\+\. on the two-accountable row/, /^"Team Charter: New Charter"/, /^with editor\.codeActionsOnSave/];

export const webTests = [
  {
    name: 'web worker build: Developer: Show Running Extensions lists Team Charter in the web worker',
    async run({ wb }) {
      // Activated by opening a charter.
      await wb.openFile('team.charter.md');
      await wb.runCommand('Developer: Show Running Extensions');
      const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Team Charter' }).first();
      let text = '';
      try {
        await wb.waitFor('Team Charter among the running extensions, in the web worker', async () => {
          text = (await row.innerText({ timeout: 2000 }).catch(() => '')).replace(/\s+/g, ' ');
          return /web worker/i.test(text);
        }, { timeout: 45000 });
      } catch (error) {
        await wb.screenshot('11-running-extensions-FAILED');
        throw new Error(`${error.message}\nrow: ${text}`);
      }
      await wb.screenshot('11-running-extensions');
      await wb.runCommand('View: Close Editor', { optional: true });
    },
  },
  {
    name: 'web worker build: the language status says the server runs in a web worker',
    async run({ wb }) {
      await wb.openFile('team.charter.md');
      let seen;
      try {
        seen = await wb.languageStatusText(/Team Charter: running/);
      } catch (error) {
        await wb.screenshot('12-language-status-FAILED');
        throw error;
      }
      await wb.screenshot('12-language-status');
      assert.match(seen, /the language server is running in a web worker/, seen);
      await wb.page.keyboard.press('Escape');
      await wb.page.mouse.move(0, 0);
    },
  },
  {
    name: 'web worker build: the Problems panel lists the expected findings for both charters',
    async run({ wb }) {
      await openCharters(wb);
      await wb.showProblems();
      let problem = '';
      try {
        await wb.waitFor('the expected findings from the web worker server', async () => {
          const groups = await wb.problems();
          problem = Object.keys(EXPECTED).map((file) => matchFindings(groups, file)).filter(Boolean).join('; ');
          return problem === '';
        }, { timeout: 45000 });
      } catch {
        await wb.screenshot('13-problems-FAILED');
        throw new Error(`${problem}\nProblems panel:\n${describeGroups(await wb.problems())}`);
      }
      await wb.screenshot('13-problems');
    },
  },
  ...tests.filter((test) => AGAIN.some((name) => name.test(test.name))).map((test) => ({ ...test, name: `web worker build: ${test.name}` })),
];
