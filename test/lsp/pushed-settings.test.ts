// Settings for clients that do not answer `workspace/configuration` (Neovim 0.7, Helix, eglot without
// a workspace configuration): they arrive as initializationOptions or in didChangeConfiguration.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import {
  charterSection,
  readSettings,
  resolveSettings,
  settingsFromInitializationOptions,
  settingsFromNotification,
} from '../../server/src/core/config/editorSettings';
import { fileUri, LspClient } from '../helpers/lspClient';
import { PROBLEM_CHARTER_MARKDOWN } from '../helpers/fixtures';
import { temporaryFolder } from '../helpers/folders';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => String(diagnostic.code));

describe('settings pushed by the client', () => {
  describe('reading them', () => {
    it('finds the teamCharter section in every shape clients send', () => {
      const rules = { 'role-unused': 'off' };
      assert.deepEqual(settingsFromInitializationOptions({ teamCharter: { rules } }), { rules });
      assert.deepEqual(settingsFromInitializationOptions({ settings: { teamCharter: { rules } } }), { rules });
      assert.deepEqual(settingsFromInitializationOptions({ settings: { rules } }), { rules });
      assert.deepEqual(settingsFromInitializationOptions({ 'teamCharter.rules': rules }), { rules });
      assert.equal(settingsFromInitializationOptions(undefined), undefined);
      assert.equal(settingsFromInitializationOptions(null), undefined);
      assert.equal(settingsFromInitializationOptions({}), undefined);
      assert.equal(settingsFromInitializationOptions({ other: 1 }), undefined);
      assert.deepEqual(settingsFromNotification({ settings: { teamCharter: { rules } } }), { rules });
      assert.equal(settingsFromNotification({ settings: null }), undefined);
      assert.equal(settingsFromNotification({ settings: { yaml: {} } }), undefined);
      assert.equal(charterSection([1, 2]), undefined);
    });

    it('prefers the answer to workspace/configuration, else what was pushed', () => {
      const pushed = { rules: { 'role-unused': 'off' } };
      assert.deepEqual(resolveSettings({ rules: { schema: 'warning' } }, pushed).rules, { schema: 'warning' });
      assert.deepEqual(resolveSettings(null, pushed).rules, { 'role-unused': 'off' });
      assert.deepEqual(resolveSettings(undefined, undefined), readSettings(undefined));
    });
  });

  describe('over the protocol, from a client without workspace/configuration', function () {
    let root: string;
    let client: LspClient | undefined;

    beforeEach(() => {
      root = temporaryFolder('team-charter-pushed-');
    });
    afterEach(async () => {
      await client?.stop();
      client = undefined;
      fs.rmSync(root, { recursive: true, force: true });
    });

    it('applies initializationOptions from the start', async () => {
      client = await LspClient.start({ rootDir: root, configurationSupport: false, initializationOptions: { teamCharter: { rules: { 'role-unused': 'off' } } } });
      const uri = fileUri(path.join(root, 'team.charter.md'));
      await client.open(uri, PROBLEM_CHARTER_MARKDOWN);
      const published = await client.currentDiagnostics(uri);
      assert.ok(codes(published.diagnostics).includes('accountable-multiple'));
      assert.ok(!codes(published.diagnostics).includes('role-unused'));
    });

    it('applies the settings of didChangeConfiguration, and keeps them when a later one has none', async () => {
      client = await LspClient.start({ rootDir: root, configurationSupport: false });
      const uri = fileUri(path.join(root, 'team.charter.md'));
      await client.open(uri, PROBLEM_CHARTER_MARKDOWN);
      assert.ok(codes((await client.currentDiagnostics(uri)).diagnostics).includes('role-unused'));
      let seen = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { teamCharter: { rules: { 'role-unused': 'off' } } } });
      assert.ok(!codes((await client.diagnostics(uri, () => true, seen)).diagnostics).includes('role-unused'));
      seen = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: { validate: true } } });
      assert.ok(!codes((await client.diagnostics(uri, () => true, seen)).diagnostics).includes('role-unused'));
      seen = client.published.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { teamCharter: {} } });
      assert.ok(codes((await client.diagnostics(uri, () => true, seen)).diagnostics).includes('role-unused'));
    });

    it('a configuration answer with no section falls back to the initializationOptions', async () => {
      client = await LspClient.start({ rootDir: root, settings: null, initializationOptions: { teamCharter: { rules: { 'role-unused': 'off' } } } });
      const uri = fileUri(path.join(root, 'team.charter.md'));
      await client.open(uri, PROBLEM_CHARTER_MARKDOWN);
      const published = await client.currentDiagnostics(uri);
      assert.ok(!codes(published.diagnostics).includes('role-unused'));
    });
  });
});
