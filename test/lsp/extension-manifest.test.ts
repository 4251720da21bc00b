// What VS Code reads from package.json and what the .vsix ships, checked against the client's code.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CHARTER_GLOBS } from '../../server/src/core/config/settings';
import { RULES } from '../../server/src/core/rules';
import { extensionManifestFields } from '../../scripts/manifest';
import { ROOT } from '../helpers/lspClient';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const clientDir = path.join(ROOT, 'client/src');
const clientSource = fs
  .readdirSync(clientDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => fs.readFileSync(path.join(clientDir, name), 'utf8'))
  .join('\n');

describe('extension manifest', () => {
  it('is current with the rules and globs (run npx tsx scripts/manifest.ts)', () => {
    for (const [field, value] of Object.entries(extensionManifestFields())) assert.deepEqual(manifest[field], value, field);
  });

  it('contributes exactly the commands the client registers, titled "Team Charter: …"', () => {
    const registered = [...clientSource.matchAll(/registerCommand\('([^']+)'/g)].map((match) => match[1]).sort();
    const contributed = manifest.contributes.commands.map((command: { command: string }) => command.command).sort();
    assert.deepEqual(contributed, registered);
    const titles = manifest.contributes.commands.map((command: { category: string; title: string }) => `${command.category}: ${command.title}`);
    assert.deepEqual(titles.sort(), [
      'Team Charter: Compare Ownership with HEAD',
      'Team Charter: New Charter',
      'Team Charter: Open RACI Matrix to the Side',
      'Team Charter: Restart Server',
      'Team Charter: Show Output',
    ]);
    // Every command is documented for users, in the Marketplace README and the contributors' one.
    for (const readme of ['README.md', 'client/README.md']) {
      const text = fs.readFileSync(path.join(ROOT, readme), 'utf8');
      for (const title of titles) assert.ok(text.includes(title), `${readme} documents ${title}`);
    }
  });

  it('activates on charters, offers a severity setting per rule, and works in untrusted workspaces', () => {
    for (const glob of DEFAULT_CHARTER_GLOBS) assert.ok(manifest.activationEvents.includes(`workspaceContains:${glob}`), glob);
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(properties['teamCharter.files'].default, DEFAULT_CHARTER_GLOBS);
    assert.deepEqual(Object.keys(properties['teamCharter.rules'].properties).sort(), RULES.map((rule) => rule.id).sort());
    assert.ok(properties['teamCharter.trace.server']);
    for (const [name, property] of Object.entries<{ description?: string; markdownDescription?: string }>(properties)) {
      assert.ok(property.description || property.markdownDescription, `${name} has a description`);
    }
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    // Restricted Mode users are told exactly what is read (server/src/lsp/extendsHost.ts is what confines it).
    assert.match(manifest.capabilities.untrustedWorkspaces.description, /charter files open in the editor and the files they `extends` inside the workspace folders/);
    // No JSON schema for charters or config files: a schema check would report their problems a
    // second time (see red-hat-yaml.test.ts).
    assert.equal(manifest.contributes.yamlValidation, undefined);
    assert.equal(manifest.contributes.jsonValidation, undefined);
  });

  it('has a walkthrough: create a charter, see a finding, apply a fix, read the docs', () => {
    const [walkthrough, ...others] = manifest.contributes.walkthroughs;
    assert.equal(others.length, 0);
    assert.deepEqual(
      walkthrough.steps.map((step: { id: string }) => step.id),
      ['createCharter', 'seeFinding', 'applyFix', 'openDocs'],
    );
    const ownCommands = new Set(manifest.contributes.commands.map((command: { command: string }) => command.command));
    const builtIn = new Set(['workbench.actions.view.problems', 'editor.action.quickFix', 'editor.action.sourceAction']);
    for (const step of walkthrough.steps as { id: string; description: string; media: { markdown: string }; completionEvents: string[] }[]) {
      // Its page exists, and names no command or setting that does not exist.
      const page = fs.readFileSync(path.join(ROOT, step.media.markdown), 'utf8');
      for (const setting of page.match(/teamCharter\.[a-zA-Z.]+/g) ?? []) {
        assert.ok(manifest.contributes.configuration.properties[setting] || setting === 'teamCharter.rules', `${step.id}: ${setting}`);
      }
      // Its button runs a command of ours or of VS Code, or opens the docs; completing it ticks the step.
      const links = [...step.description.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]);
      assert.equal(links.length, 1, step.id);
      const command = /^command:(.+)$/.exec(links[0])?.[1];
      if (command) {
        assert.ok(ownCommands.has(command) || builtIn.has(command), `${step.id}: ${command}`);
        assert.ok(step.completionEvents.includes(`onCommand:${command}`), step.id);
      } else {
        assert.match(links[0], /^https:\/\/github\.com\/team-charter\/team-charter\/blob\/main\/docs\//);
        assert.ok(step.completionEvents.includes(`onLink:${links[0]}`), step.id);
      }
    }
    // The rule pages the last step links to are the ones in docs/rules.
    for (const rule of RULES) assert.ok(fs.existsSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`)), rule.id);
  });

  it('packages only the bundles, the config file schema, the snippets, the walkthrough, the icon and the docs files', function () {
    // The package script's --readme-path: the Marketplace page is client/README.md.
    const readmePath = /--readme-path (\S+)/.exec(manifest.scripts.package)?.[1];
    assert.equal(readmePath, 'client/README.md');
    assert.ok(fs.existsSync(path.join(ROOT, 'CHANGELOG.md')));
    assert.ok(fs.existsSync(path.join(ROOT, manifest.icon)));
    const vsce = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies', '--readme-path', readmePath], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(vsce.status, 0, vsce.stderr);
    assert.deepEqual(vsce.stdout.trim().split('\n').sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'client/README.md',
      'client/walkthrough/apply-fix.md',
      'client/walkthrough/create-charter.md',
      'client/walkthrough/open-docs.md',
      'client/walkthrough/see-finding.md',
      'dist/browser/extension.js',
      'dist/browser/server.js',
      'dist/cli.js',
      'dist/extension.js',
      'dist/server.js',
      'images/icon.png',
      'package.json',
      'snippets/markdown.json',
      'snippets/yaml.json',
    ]);
  });
});
