// The end-to-end tests. Each gets { wb, workspace, fixtures } and throws on failure.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';

/** What the fixture charters must produce, per file: rule code -> count, and text each finding shows. */
export const EXPECTED = {
  'team.charter.md': [
    { code: 'accountable-multiple', includes: [/Product Manager|\bpm\b/, /Engineering Manager|\bem\b/] },
    { code: 'role-undefined', includes: [/Designer/] },
    { code: 'raci-invalid', includes: [/Q/] },
  ],
  'platform.charter.yaml': [
    { code: 'accountable-multiple', includes: [/lead|Tech Lead/, /sre|Site Reliability Engineer/] },
    { code: 'role-undefined', includes: [/dba/] },
    { code: 'schema', includes: [/descripton/, /description/] },
  ],
};

export function describeGroups(groups) {
  return groups.map((g) => `${g.file}\n${g.rows.map((r) => `    ${r.text}`).join('\n')}`).join('\n');
}

/** Finds the Problems-panel group of a file (the group row starts with the file name). */
function groupOf(groups, file) {
  return groups.find((g) => g.file.startsWith(file + ' ') || g.file === file);
}

/** Checks a file's group against EXPECTED exactly (every expected finding, nothing else). */
export function matchFindings(groups, file, expected = EXPECTED[file]) {
  const group = groupOf(groups, file);
  if (!group) return `no Problems entry for ${file}`;
  const left = [...group.rows];
  for (const want of expected) {
    const index = left.findIndex((row) => row.code === want.code && want.includes.every((re) => re.test(row.text)));
    if (index < 0) return `${file}: no ${want.code} finding matching ${want.includes.join(' and ')}`;
    left.splice(index, 1);
  }
  if (left.length) return `${file}: unexpected finding(s): ${left.map((r) => r.text).join(' | ')}`;
  return '';
}

export async function openCharters(wb) {
  await wb.openFile('platform.charter.yaml');
  await wb.openFile('team.charter.md');
}

/**
 * Opens both charters and waits until the Problems panel shows exactly EXPECTED for them; screenshot
 * `shot` (or `shot-FAILED`, with the panel's content and `detail()` in the error).
 */
export async function expectProblems(wb, { what, shot, maximize = false, detail = () => '' }) {
  await openCharters(wb);
  await wb.showProblems();
  if (maximize) await wb.runCommand('View: Toggle Maximized Panel', { optional: true });
  let problem = '';
  try {
    await wb.waitFor(what, async () => {
      const groups = await wb.problems();
      problem = Object.keys(EXPECTED).map((file) => matchFindings(groups, file)).filter(Boolean).join('; ');
      return problem === '';
    }, { timeout: 45000 });
  } catch {
    await wb.screenshot(`${shot}-FAILED`);
    throw new Error(`${problem}\nProblems panel:\n${describeGroups(await wb.problems())}${detail()}`);
  } finally {
    if (maximize) await wb.runCommand('View: Toggle Maximized Panel', { optional: true });
  }
  await wb.screenshot(shot);
}

/** The text of Team Charter's language status on team.charter.md, once it says the server runs; screenshot `shot`. */
export async function languageStatus(wb, shot) {
  await wb.openFile('team.charter.md');
  let seen;
  try {
    seen = await wb.languageStatusText(/Team Charter: running/);
  } catch (error) {
    await wb.screenshot(`${shot}-FAILED`);
    throw error;
  }
  await wb.screenshot(shot);
  return seen;
}

export const tests = [
  {
    name: 'Problems panel lists the expected findings (message and rule code) for both charters',
    async run({ wb }) {
      await expectProblems(wb, { what: 'the expected findings in the Problems panel', shot: '01-problems', maximize: true });
    },
  },
  {
    name: 'hovering a role in the matrix header shows its definition and what it holds in this charter',
    async run({ wb }) {
      await wb.openFile('team.charter.md');
      // Line 13: "| Responsibility      | Product Manager | ..." ; column 25 is inside "Product Manager".
      await wb.goTo(13, 27);
      await wb.page.keyboard.press('Control+K');
      await wb.page.keyboard.press('Control+I');
      let text;
      try {
        text = await wb.hoverText('In this charter');
      } catch (error) {
        // Fallback: hover with the mouse on the header text.
        const cell = wb.page.locator('.editor-instance .view-line span', { hasText: 'Product Manager' }).first();
        await cell.hover().catch(() => {});
        try {
          text = await wb.hoverText('In this charter', { timeout: 10000 });
        } catch {
          await wb.screenshot('02-hover-FAILED');
          const visible = await wb.page.locator('.monaco-hover:visible').allInnerTexts().catch(() => []);
          throw new Error(`no hover with "In this charter"; visible hovers: ${JSON.stringify(visible)}`);
        }
      }
      await wb.screenshot('02-hover');
      assert.match(text, /owns the roadmap and the why of the product/, `definition missing from hover:\n${text}`);
      assert.match(text, /Product roadmap/, `hover does not say what the role holds:\n${text}`);
      assert.match(text, /Release planning/, `hover does not say what the role holds:\n${text}`);
      await wb.page.keyboard.press('Escape');
    },
  },
  {
    name: 'Ctrl+. on the two-accountable row offers one fix per role; applying one and saving fixes the file',
    async run({ wb, workspace }) {
      const file = join(workspace, 'team.charter.md');
      const before = readFileSync(file, 'utf8');
      await wb.openFile('team.charter.md');
      await wb.goTo(16, 5); // "| Release planning ..."
      await wb.page.keyboard.press('Control+.');
      let titles = [];
      try {
        await wb.waitFor('the quick fix menu with "only accountable" fixes', async () => {
          titles = (await wb.codeActionTitles()).filter((t) => /only accountable/.test(t));
          return titles.length >= 2;
        }, { timeout: 20000 });
      } catch (error) {
        await wb.screenshot('03-quickfix-menu-FAILED');
        throw new Error(`${error.message}\nmenu: ${JSON.stringify(await wb.codeActionTitles())}`);
      }
      await wb.screenshot('03-quickfix-menu');
      const only = titles.filter((t) => /^Make .+ the only accountable role/.test(t));
      assert.equal(only.length, 2, `expected exactly two "Make X the only accountable role" fixes, got ${JSON.stringify(titles)}`);
      assert.ok(only.some((t) => /Product Manager|\bpm\b/.test(t)), `no fix for Product Manager: ${JSON.stringify(only)}`);
      const target = only.find((t) => /Engineering Manager|\bem\b/.test(t));
      assert.ok(target, `no fix for Engineering Manager: ${JSON.stringify(only)}`);
      await wb.page.locator('.action-widget .monaco-list-row', { hasText: target }).first().click();
      await wb.settle();
      await wb.page.keyboard.press('Control+S');
      // Product Manager loses its A and, left with no letter, becomes R; nothing else changes.
      const expected = before.replace(
        '| Release planning    | A               | A/R                 |',
        '| Release planning    | R               | A/R                 |',
      );
      assert.notEqual(expected, before, 'fixture row not found');
      await wb.waitFor('the fixed file on disk', async () => readFileSync(file, 'utf8') === expected, { timeout: 15000 })
        .catch(async (error) => {
          await wb.screenshot('03-quickfix-applied-FAILED');
          throw new Error(`${error.message}\n--- on disk:\n${readFileSync(file, 'utf8')}\n--- expected:\n${expected}`);
        });
      await wb.showProblems();
      await wb.waitFor('accountable-multiple to disappear from team.charter.md', async () => {
        const group = groupOf(await wb.problems(), 'team.charter.md');
        return group && !group.rows.some((r) => r.code === 'accountable-multiple') &&
          group.rows.some((r) => r.code === 'role-undefined');
      }, { timeout: 20000 }).catch(async (error) => {
        await wb.screenshot('03-quickfix-applied-FAILED');
        throw error;
      });
      await wb.screenshot('03-quickfix-applied');
    },
  },
  {
    name: 'the Outline view lists the roles and responsibilities',
    async run({ wb }) {
      await wb.openFile('team.charter.md');
      await wb.runCommand('Explorer: Focus on Outline View');
      // Give the Outline the side bar's height: collapse the folder tree's pane (restored below).
      const folders = wb.page.locator('.pane-header[aria-expanded="true"]', { hasText: /workspace-/ }).first();
      const collapsed = await folders.click({ timeout: 3000 }).then(() => true, () => false);
      const want = ['Product Manager', 'Engineering Manager', 'Technical Architect', 'Product roadmap', 'Release planning', 'Technical direction'];
      let seen = '';
      try {
        await wb.waitFor('roles and responsibilities in the Outline', async () => {
          // Expand everything so nested symbols are visible.
          seen = (await wb.page.locator('.outline-pane, .pane-body.outline-pane, [id="outline"]').first().innerText().catch(() => '')) || '';
          if (!want.every((w) => seen.includes(w))) {
            const collapse = wb.page.locator('.outline-pane .monaco-tl-twistie.collapsible.collapsed');
            for (let i = 0; i < Math.min(await collapse.count(), 10); i++) await collapse.nth(0).click().catch(() => {});
            return false;
          }
          return true;
        }, { timeout: 30000 });
      } catch (error) {
        await wb.screenshot('04-outline-FAILED');
        throw new Error(`${error.message}\nOutline shows: ${seen.replace(/\s+/g, ' ')}`);
      }
      await wb.screenshot('04-outline');
      if (collapsed) await wb.page.locator('.pane-header[aria-expanded="false"]', { hasText: /workspace-/ }).first().click().catch(() => {});
    },
  },
  {
    name: '"Team Charter: New Charter" creates a charter with no findings',
    async run({ wb, workspace }) {
      const before = new Set(readdirSync(workspace));
      await wb.runCommand('Team Charter: New Charter');
      // It asks for the format in a quick pick: choose Markdown.
      const markdown = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Markdown' }).first();
      await markdown.waitFor({ state: 'visible', timeout: 10000 });
      await wb.screenshot('05-new-charter-format');
      await markdown.click();
      // A new editor opens; save it if it is untitled (Save As with the default name).
      const tab = await wb.waitFor('an editor for the new charter', async () => {
        const text = await wb.page.locator('.tabs-container .tab.active').first().innerText().catch(() => '');
        return text && !/team\.charter\.md|platform\.charter\.yaml/.test(text) ? text.trim() : false;
      }, { timeout: 20000 });
      const content = await wb.page.locator('.editor-instance .view-lines').first().innerText();
      assert.match(content, /role|responsibilit|team/i, `the new editor does not look like a charter:\n${content}`);
      const dirty = await wb.page.locator('.tabs-container .tab.active.dirty').count();
      if (dirty) {
        await wb.page.keyboard.press('Control+S');
        await wb.settle(500);
        // Untitled: the simple save dialog asks for a path; give it a charter name.
        const input = wb.page.locator('.quick-input-widget:visible input.input');
        if (await input.isVisible().catch(() => false)) {
          const value = await input.inputValue();
          if (!/charter\.(md|ya?ml)$/.test(value)) await input.fill(join(workspace, 'new-team.charter.md'));
          await wb.page.keyboard.press('Enter');
        }
      }
      const created = await wb.waitFor('a new file in the workspace', async () => {
        const added = readdirSync(workspace).filter((f) => !before.has(f));
        return added.length ? added : false;
      }, { timeout: 15000 }).catch(() => []);
      assert.ok(created.length, `no file was created in the workspace (tab: ${tab})`);
      const name = created[0];
      await wb.showProblems();
      // "No findings" only counts once the server has checked this file, and an empty Problems entry
      // looks the same before and after. So: add a matrix row with an invalid cell under the table
      // (unsaved), wait for the server to flag it, undo, and wait for the findings to go away.
      await wb.focusEditor();
      await wb.page.keyboard.press('Control+End');
      await wb.page.keyboard.insertText('| Control row | Z |\n');
      await wb.waitFor(`a finding for the edited ${name} (proves the server checks it)`, async () => {
        const edited = groupOf(await wb.problems(), name);
        return edited && edited.rows.some((r) => r.code === 'raci-invalid');
      }, { timeout: 15000 }).catch(async (error) => {
        await wb.screenshot('05-new-charter-control-FAILED');
        throw error;
      });
      await wb.screenshot('05-new-charter-control');
      await wb.runCommand('File: Revert File');
      assert.equal(await wb.page.locator('.tabs-container .tab.active.dirty').count(), 0, 'File: Revert File did not restore the created file');
      await wb.waitFor(`no findings for the new charter ${name}`, async () => {
        const group = groupOf(await wb.problems(), name);
        return !group || group.rows.length === 0;
      }, { timeout: 15000 }).catch(async (error) => {
        await wb.screenshot('05-new-charter-FAILED');
        const group = groupOf(await wb.problems(), name);
        throw new Error(`${error.message}\n${group ? group.rows.map((r) => r.text).join('\n') : ''}`);
      });
      await wb.screenshot('05-new-charter');
    },
  },
  {
    name: 'the language status item on a charter says the server is running and which files are charters',
    async run({ wb }) {
      const seen = await languageStatus(wb, '07-language-status');
      assert.match(seen, /the language server is running/, seen);
      // Here the Node build runs (the web one is tested in web.mjs).
      assert.doesNotMatch(seen, /web worker/, seen);
      assert.match(seen, /Charters: 9 patterns/, `the files item is missing:\n${seen}`);
      await wb.page.keyboard.press('Escape');
      await wb.page.mouse.move(0, 0);
    },
  },
  {
    name: 'the walkthrough opens from Welcome: Open Walkthrough with its four steps',
    async run({ wb }) {
      await wb.runCommand('Welcome: Open Walkthrough...');
      const item = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get Started with Team Charter' }).first();
      await wb.page.locator('.quick-input-widget input.input').fill('Team Charter');
      await item.waitFor({ state: 'visible', timeout: 20000 });
      await item.click();
      const steps = ['Create a charter', 'See a finding', 'Apply a fix', 'Read the docs'];
      let text = '';
      await wb.waitFor('the walkthrough with its steps', async () => {
        text = (await wb.page.locator('.gettingStartedContainer').first().innerText({ timeout: 2000 }).catch(() => '')).replace(/\s+/g, ' ');
        return text.includes('Get Started with Team Charter') && steps.every((step) => text.includes(step));
      }, { timeout: 30000 }).catch(async (error) => {
        await wb.screenshot('08-walkthrough-FAILED');
        throw new Error(`${error.message}\nwalkthrough page: ${text.slice(0, 1500)}`);
      });
      // The first step is open, with its button, and its page (client/walkthrough/create-charter.md,
      // rendered in a webview frame) is shown beside it.
      assert.match(text, /New Charter/, text);
      await wb.waitFor('the first step\'s Markdown page in a webview frame', async () => {
        for (const frame of wb.page.frames()) {
          const body = await frame.locator('body').innerText({ timeout: 500 }).catch(() => '');
          if (body.includes('asks for a format')) return true;
        }
        return false;
      }, { timeout: 20000 }).catch(async (error) => {
        await wb.screenshot('08-walkthrough-FAILED');
        throw error;
      });
      await wb.screenshot('08-walkthrough');
      await wb.runCommand('View: Close Editor', { optional: true });
    },
  },
  {
    name: 'the raci-matrix snippet inserts a RACI matrix that the server reads as one',
    async run({ wb, workspace }) {
      const name = 'snippet.charter.md';
      const file = join(workspace, name);
      const before = '# Snippet team\n\n## Roles\n\n- **Product Manager** `pm`: decides what we build.\n- **Engineering Manager** `em`: leads the engineers.\n\n## Responsibilities\n\n';
      writeFileSync(file, before);
      await wb.openFile(name);
      await wb.focusEditor();
      await wb.page.keyboard.press('Control+End');
      await wb.runCommand('Snippets: Insert Snippet');
      const input = wb.page.locator('.quick-input-widget input.input');
      await input.fill('RACI matrix');
      // The rows are the snippet's prefixes (raci-matrix, charter-matrix) over its description.
      const row = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'raci-matrix' }).first();
      await row.waitFor({ state: 'visible', timeout: 15000 }).catch(async (error) => {
        await wb.screenshot('09-snippet-FAILED');
        throw error;
      });
      await wb.screenshot('09-snippet-pick');
      await wb.waitFor('raci-matrix to be the selected row', async () =>
        /raci-matrix/.test(await wb.page.locator('.quick-input-widget .monaco-list-row.focused').first().innerText({ timeout: 1000 })), { timeout: 10000 });
      await wb.page.keyboard.press('Enter');
      // Leave the snippet's placeholders as they are (their defaults) and save.
      await wb.waitFor('the editor to change (the snippet inserted)', async () =>
        (await wb.page.locator('.tabs-container .tab.active.dirty').count()) > 0, { timeout: 10000 }).catch(async (error) => {
        await wb.screenshot('09-snippet-FAILED');
        throw error;
      });
      await wb.page.keyboard.press('Escape');
      await wb.page.keyboard.press('Escape');
      await wb.page.keyboard.press('Control+S');
      const matrix = [
        '| Responsibility | Product Manager | Engineering Manager | Technical Architect |',
        '| -------------- | :-: | :-: | :-: |',
        '| Product roadmap | A/R | C | I |',
        '',
      ].join('\n');
      await wb.waitFor('the matrix saved to disk', async () => readFileSync(file, 'utf8') === before + matrix, { timeout: 15000 })
        .catch(async (error) => {
          await wb.screenshot('09-snippet-FAILED');
          throw new Error(`${error.message}\n--- on disk:\n${readFileSync(file, 'utf8')}`);
        });
      // The server reads it as a matrix: its one undefined column role is the only finding.
      await wb.showProblems();
      let rows = [];
      await wb.waitFor(`exactly one role-undefined finding (Technical Architect) for ${name}`, async () => {
        rows = groupOf(await wb.problems(), name)?.rows ?? [];
        return rows.length === 1 && rows[0].code === 'role-undefined' && /Technical Architect/.test(rows[0].text);
      }, { timeout: 20000 }).catch(async (error) => {
        await wb.screenshot('09-snippet-FAILED');
        throw new Error(`${error.message}\n${rows.map((r) => r.text).join('\n')}`);
      });
      await wb.screenshot('09-snippet');
    },
  },
  {
    name: 'with editor.codeActionsOnSave source.fixAll.teamCharter, saving a charter applies its safe fixes',
    async run({ wb, workspace }) {
      const name = 'save.charter.yaml';
      const file = join(workspace, name);
      const header = 'team: Save\nroles:\n  pm:\n    title: Product Manager\n  analyst:\n    title: Analyst\nresponsibilities:\n  - name: Roadmap\n';
      const broken = `${header}    acountable: pm\n    responsible: pm, analyst\n`;
      const fixed = `${header}    accountable: pm\n    responsible: [pm, analyst]\n`;
      writeFileSync(file, broken);
      const settingsFile = join(workspace, '.vscode', 'settings.json');
      const settingsBefore = readFileSync(settingsFile, 'utf8');
      writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(settingsBefore), 'editor.codeActionsOnSave': { 'source.fixAll.teamCharter': 'explicit' } }, null, 2));
      try {
        await wb.openFile(name);
        await wb.showProblems();
        await wb.waitFor(`the schema finding for ${name} (the server has checked it)`, async () =>
          (groupOf(await wb.problems(), name)?.rows ?? []).some((r) => r.code === 'schema'), { timeout: 30000 });
        await wb.screenshot('10-fix-on-save-before');
        // The settings file is read when its change is noticed; until then a save only saves. So:
        // make the editor dirty without changing the text, save, and look at the disk, until fixed.
        await wb.waitFor('the fixed charter on disk after a save', async () => {
          await wb.focusEditor();
          await wb.page.keyboard.press('Control+End');
          await wb.page.keyboard.type('x');
          await wb.page.keyboard.press('Backspace');
          await wb.page.keyboard.press('Control+S');
          await wb.waitFor('the save to finish', async () => (await wb.page.locator('.tabs-container .tab.active.dirty').count()) === 0, { timeout: 10000 });
          return readFileSync(file, 'utf8') === fixed;
        }, { timeout: 60000, interval: 1000 }).catch(async (error) => {
          await wb.screenshot('10-fix-on-save-FAILED');
          throw new Error(`${error.message}\n--- on disk:\n${readFileSync(file, 'utf8')}`);
        });
        await wb.waitFor(`no findings left for ${name}`, async () => !(groupOf(await wb.problems(), name)?.rows.length), { timeout: 20000 })
          .catch(async (error) => {
            await wb.screenshot('10-fix-on-save-FAILED');
            throw new Error(`${error.message}\n${(groupOf(await wb.problems(), name)?.rows ?? []).map((r) => r.text).join('\n')}`);
          });
        await wb.screenshot('10-fix-on-save');
      } finally {
        writeFileSync(settingsFile, settingsBefore);
      }
    },
  },
  {
    name: 'the RACI matrix view draws the charter beside it, marks a finding\'s cell, and a click lands on its source',
    async run({ wb, workspace }) {
      // The file as it is now (an earlier test may have fixed a row): the "Q" cell is unreadable.
      const lines = readFileSync(join(workspace, 'team.charter.md'), 'utf8').split('\n');
      const line = lines.findIndex((text) => text.startsWith('| Technical direction'));
      const column = lines[line].indexOf('Q');
      await wb.openFile('team.charter.md');
      await wb.runCommand('Team Charter: Open RACI Matrix to the Side');
      // A webview is an iframe in an iframe.
      const view = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const cell = view.locator('td.cell.finding[title*="Q"]');
      await cell.waitFor({ state: 'visible', timeout: 30000 }).catch(async (error) => {
        await wb.screenshot('11-matrix-FAILED');
        throw error;
      });
      assert.match(await view.locator('h1').innerText(), /Payments Team/);
      assert.equal(await cell.getAttribute('aria-label'), 'Engineering Manager: no letter');
      assert.match(await cell.getAttribute('title'), /"Q"/);
      // Every role's totals are drawn; the findings are listed with their messages.
      assert.match(await view.locator('tfoot').innerText(), /Accountable \(A\)/);
      assert.match(await view.locator('ol.findings').innerText(), /raci-invalid/);
      await wb.screenshot('11-matrix');
      await cell.click();
      await wb.waitFor(`the editor's cursor on the cell, Ln ${line + 1}, Col ${column + 1}`, async () =>
        (await wb.page.locator('.statusbar').innerText()).includes(`Ln ${line + 1}, Col ${column + 1}`), { timeout: 10000 }).catch(async (error) => {
        await wb.screenshot('11-matrix-click-FAILED');
        throw error;
      });
      await wb.screenshot('11-matrix-click');
    },
  },
  {
    name: '"Compare Ownership with HEAD" outlines the cells changed since the last commit, lists the rows gone, and goes back to the matrix',
    async run({ wb, workspace }) {
      // The workspace becomes a repository whose HEAD is the charter as it is now (earlier tests edit it).
      const git = (...args) => execFileSync('git', args, { cwd: workspace, stdio: 'pipe' });
      git('init', '-q');
      git('config', 'user.email', 'e2e@example.com');
      git('config', 'user.name', 'E2E');
      git('add', 'team.charter.md');
      git('commit', '-q', '-m', 'the charter');
      // Then, on disk: the roadmap's A moves from the Product Manager to the Engineering Manager, and the
      // release planning row goes.
      const file = join(workspace, 'team.charter.md');
      const lines = readFileSync(file, 'utf8').split('\n');
      const roadmap = lines.findIndex((text) => text.startsWith('| Product roadmap'));
      const cells = lines[roadmap].split('|');
      cells[2] = ' R '.padEnd(cells[2].length);
      cells[3] = ' A '.padEnd(cells[3].length);
      lines[roadmap] = cells.join('|');
      writeFileSync(file, lines.filter((text) => !text.startsWith('| Release planning')).join('\n'));
      await wb.openFile('team.charter.md');
      // The command is offered once the extension has started (run alone, nothing before waited for it).
      await wb.languageStatusText(/Team Charter: running/, { timeout: 90000 });
      await wb.page.mouse.move(0, 0);
      await wb.runCommand('Team Charter: Compare Ownership with HEAD');
      const view = wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const cell = view.locator('td.cell.changed[aria-label="Product Manager: R, A/R in HEAD"]');
      await cell.waitFor({ state: 'visible', timeout: 30000 }).catch(async (error) => {
        await wb.screenshot('16-compare-FAILED');
        throw error;
      });
      assert.match(await cell.innerText(), /^R\s*A\/R$/);
      assert.equal(await view.locator('td.cell.changed[aria-label="Engineering Manager: A, C in HEAD"]').count(), 1);
      assert.match(await view.locator('p.compare').innerText(), /^Compared with HEAD: \d+ ownership changes?/);
      assert.match(await view.locator('ul.removed').innerText(), /responsibility Release planning/);
      await wb.screenshot('16-compare');
      await view.locator('button[data-action="matrix-only"]').click();
      await wb.waitFor('the matrix without the comparison', async () => (await view.locator('td.cell.changed').count()) === 0 && (await view.locator('table.matrix').count()) === 1, { timeout: 15000 })
        .catch(async (error) => {
          await wb.screenshot('16-compare-back-FAILED');
          throw error;
        });
      await wb.screenshot('16-compare-back');
    },
  },
];

/** Test 6 runs in its own code-server with workspace trust on (restricted mode). */
export const restrictedTest = {
  name: 'in Restricted Mode (workspace trust on, folder not trusted) diagnostics still appear',
  async run({ wb }) {
    const dialog = wb.page.locator('.monaco-dialog-box', { hasText: /trust/i });
    if (await dialog.isVisible().catch(() => false)) {
      await wb.screenshot('06-trust-dialog');
      await dialog.locator('a.monaco-button, .monaco-button', { hasText: /No|don.t trust/i }).first().click();
    }
    await wb.waitFor('Restricted Mode in the status bar or banner', async () => {
      const text = await wb.page.locator('.statusbar, .monaco-workbench .banner').allInnerTexts();
      return text.join(' ').includes('Restricted Mode');
    }, { timeout: 20000 });
    await expectProblems(wb, { what: 'the expected findings in Restricted Mode', shot: '06-restricted' });
  },
};
