// The browser build (package.json `browser`, dist/browser/) in code-server's web worker extension host:
// the extension is installed as usual, and the user setting `remote.extensionKind` makes the workbench
// run it in a web worker in the page instead of in the remote Node extension host. The fixture charters
// extend nothing, so the web worker server must report exactly what the Node one does, and its hover,
// quick fixes, New Charter and fix all on save work as they do there.
import assert from 'node:assert/strict';
import { describeGroups, expectProblems, languageStatus, tests } from './tests.mjs';

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
      const list = wb.page.locator('.runtime-extensions-editor .monaco-list').first();
      const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Team Charter' }).first();
      let text = '';
      let scrolls = 0;
      try {
        await wb.waitFor('Team Charter among the running extensions, in the web worker', async () => {
          text = (await row.innerText({ timeout: 2000 }).catch(() => '')).replace(/\s+/g, ' ');
          if (!text && (await list.count())) {
            // The list is sorted by activation time and draws only the rows in view: on a slow
            // machine Team Charter can sit below them, so scroll down, and back to the top now and then.
            await list.hover().catch(() => {});
            await wb.page.mouse.wheel(0, ++scrolls % 8 === 0 ? -10000 : 300);
          }
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
      const seen = await languageStatus(wb, '12-language-status');
      assert.match(seen, /the language server is running in a web worker/, seen);
      await wb.page.keyboard.press('Escape');
      await wb.page.mouse.move(0, 0);
    },
  },
  {
    name: 'web worker build: the Problems panel lists the expected findings for both charters',
    async run({ wb }) {
      await expectProblems(wb, { what: 'the expected findings from the web worker server', shot: '13-problems' });
    },
  },
  {
    name: 'web worker build: after Team Charter: Restart Server, a new worker checks the edits',
    async run({ wb }) {
      await wb.openFile('team.charter.md');
      await wb.runCommand('Team Charter: Restart Server');
      await wb.languageStatusText(/running in a web worker/);
      // A finding that only a server running after the restart can have made: an edit made now.
      await wb.showProblems();
      await wb.focusEditor();
      await wb.page.keyboard.press('Control+End');
      await wb.page.keyboard.insertText('| Restarted row | Z |\n');
      const zFinding = async () => {
        const group = (await wb.problems()).find((g) => g.file.startsWith('team.charter.md'));
        return Boolean(group?.rows.some((row) => row.code === 'raci-invalid' && /"Z"/.test(row.text)));
      };
      // Maximized, the panel shows every row (its list draws only the rows in view).
      await wb.runCommand('View: Toggle Maximized Panel', { optional: true });
      try {
        await wb.waitFor('a raci-invalid finding for the new row', zFinding, { timeout: 30000 }).catch(async (error) => {
          await wb.screenshot('14-restart-FAILED');
          throw new Error(`${error.message}\nProblems panel:\n${describeGroups(await wb.problems())}`);
        });
        await wb.screenshot('14-restart');
      } finally {
        await wb.runCommand('View: Toggle Maximized Panel', { optional: true });
        await wb.openFile('team.charter.md');
        await wb.runCommand('File: Revert File');
      }
      await wb.waitFor('the finding of the reverted row to go away', async () => !(await zFinding()), { timeout: 15000 });
    },
  },
  ...tests.filter((test) => AGAIN.some((name) => name.test(test.name))).map((test) => ({ ...test, name: `web worker build: ${test.name}` })),
];
