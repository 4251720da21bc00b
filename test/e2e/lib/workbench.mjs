// Helpers that drive the VS Code workbench (code-server) through the DOM and the keyboard.
// Every helper waits for a condition; the only fixed waits are short settles after keystrokes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, { prefix = '' } = {}) {
    this.page = page;
    this.prefix = prefix;
    this.shots = [];
    mkdirSync(SCREENSHOTS, { recursive: true });
  }

  async screenshot(name) {
    const file = join(SCREENSHOTS, `${this.prefix}${name}.png`);
    await this.page.screenshot({ path: file });
    this.shots.push(file);
    return file;
  }

  settle(ms = 300) {
    return this.page.waitForTimeout(ms);
  }

  /** Polls `fn` until it returns a truthy value; the last value/error is in the timeout message. */
  async waitFor(what, fn, { timeout = 30000, interval = 250 } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const value = await fn();
        if (value) return value;
        last = value;
      } catch (error) {
        last = error;
      }
      if (Date.now() > deadline) {
        const detail = last instanceof Error ? last.message : JSON.stringify(last)?.slice(0, 2000);
        throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${detail}`);
      }
      await this.page.waitForTimeout(interval);
    }
  }

  async waitForWorkbench() {
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90000 });
    // The explorer appears once the folder is resolved.
    await this.page.locator('.explorer-folders-view').first().waitFor({ state: 'visible', timeout: 60000 });
    await this.settle(500);
  }

  /** Dismisses notifications toasts that could cover the panel. */
  async clearNotifications() {
    await this.runCommand('Notifications: Clear All Notifications', { optional: true });
  }

  /**
   * Opens the command palette (F1) and runs the command whose label is `label`. Retries until
   * `timeout`: an extension's commands appear only once the extension host has registered it.
   */
  async runCommand(label, { optional = false, timeout = optional ? 3000 : 30000 } = {}) {
    const page = this.page;
    const deadline = Date.now() + timeout;
    for (;;) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input.input');
      await input.waitFor({ state: 'visible', timeout: 10000 });
      // The palette can be inert for a moment while another quick input closes (seen in CI runs, where
      // the default 30 s wait then failed the test): a short wait, and the loop opens it again.
      const filled = await input.fill('>' + label, { timeout: 3000 }).then(() => true, () => false);
      const exact = page.locator(`.quick-input-widget .monaco-list-row[aria-label^="${label.replace(/"/g, '\\"')}"]`).first();
      const found = filled && (await exact.waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false));
      // The palette's list can re-render under the pointer (the row found is then never "stable"), so
      // a click gets a short time and the loop opens the palette again (seen once in a CI run).
      if (found && (await exact.click({ timeout: 3000 }).then(() => true, () => false))) {
        await this.settle();
        return true;
      }
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) {
        if (optional) return false;
        throw new Error(`command "${label}" not found in the command palette within ${timeout} ms`);
      }
      await page.waitForTimeout(500);
    }
  }

  /** Opens a workspace file by clicking it in the Explorer (Quick Open as a fallback). */
  async openFile(name) {
    const page = this.page;
    const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    try {
      await item.waitFor({ state: 'visible', timeout: 15000 });
      await item.click();
    } catch {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input.input');
      await input.waitFor({ state: 'visible', timeout: 10000 });
      await input.fill(name);
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
    }
    await this.waitFor(`editor tab ${name}`, async () =>
      page.locator('.tabs-container .tab.active', { hasText: name }).first().isVisible());
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
    await this.settle();
  }

  /** Focuses the active editor's text. */
  async focusEditor() {
    await this.runCommand('View: Focus Active Editor Group', { optional: true, timeout: 15000 });
  }

  /** Moves the cursor to 1-based line:column with Go to Line (Ctrl+G). */
  async goTo(line, column) {
    const page = this.page;
    await this.focusEditor();
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: 10000 });
    await input.fill(`:${line}:${column}`);
    await this.settle(200);
    await page.keyboard.press('Enter');
    await this.waitFor(`cursor at ${line}:${column}`, async () => {
      const text = await page.locator('.statusbar').innerText();
      return text.includes(`Ln ${line}, Col ${column}`);
    }, { timeout: 10000 });
  }

  async showProblems() {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible().catch(() => false))) {
      await this.focusEditor();
      await this.page.keyboard.press('Control+Shift+M');
    }
    await panel.first().waitFor({ state: 'visible', timeout: 15000 });
  }

  /**
   * The Problems panel as {file, rows:[{text, code}]} groups, read from its tree rows.
   * Codes are read from "team-charter(code)" in each marker row.
   */
  async problems() {
    return this.page.evaluate(() => {
      const groups = [];
      const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')];
      rows.sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')));
      for (const row of rows) {
        const text = row.innerText.replace(/\s+/g, ' ').trim();
        const marker = /team-charter\W*([a-z][a-z-]*)\W*\[Ln \d+, Col \d+\]/.exec(text);
        if (marker) {
          const group = groups.at(-1) ?? (groups.push({ file: '?', rows: [] }), groups.at(-1));
          group.rows.push({ text, code: marker[1] });
        } else if (/\[Ln \d+, Col \d+\]/.test(text)) {
          // relatedInformation line under a marker ("file[Ln 16, Col 25]: Product Manager is accountable")
          groups.at(-1)?.rows.at(-1) && (groups.at(-1).rows.at(-1).related ??= []).push(text);
        } else {
          groups.push({ file: text, rows: [] });
        }
      }
      return groups;
    });
  }

  async problemsText() {
    return (await this.page.locator('.markers-panel').first().innerText()).replace(/\s+/g, ' ');
  }

  /** Waits for a visible hover widget containing `text`; returns its text. */
  async hoverText(text, { timeout = 20000 } = {}) {
    const hover = this.page.locator('.monaco-hover:visible', { hasText: text }).first();
    await hover.waitFor({ state: 'visible', timeout });
    return hover.innerText();
  }

  /**
   * The text of the language status hover (the `{}` item beside the language in the status bar) once
   * it matches `pattern`: the server's item reads "Team Charter: starting" until the client reports it
   * running. Throws with the last text seen.
   */
  async languageStatusText(pattern, { timeout = 45000 } = {}) {
    const status = this.page.locator('[id="status.languageStatus"]').first();
    await status.waitFor({ state: 'visible', timeout: 30000 });
    let seen = '';
    try {
      await this.waitFor(`${pattern} in the language status hover`, async () => {
        let hover = this.page.locator('.monaco-hover:visible', { hasText: 'Team Charter' }).first();
        if (!(await hover.isVisible().catch(() => false))) {
          await status.hover();
          if (!(await hover.isVisible().catch(() => false))) await status.click();
          hover = this.page.locator('.monaco-hover:visible', { hasText: 'Team Charter' }).first();
        }
        seen = (await hover.innerText({ timeout: 2000 }).catch(() => '')).replace(/\s+/g, ' ');
        if (pattern.test(seen)) return true;
        await this.page.mouse.move(0, 0);
        return false;
      }, { timeout });
    } catch (error) {
      throw new Error(`${error.message}\nhover: ${seen}`);
    }
    return seen;
  }

  /** The titles of the visible code action (quick fix) menu. */
  async codeActionTitles() {
    const rows = this.page.locator('.action-widget .monaco-list-row');
    const titles = [];
    for (let i = 0; i < (await rows.count()); i++) {
      titles.push((await rows.nth(i).innerText()).replace(/\s+/g, ' ').trim());
    }
    return titles;
  }
}
