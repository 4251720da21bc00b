// The package.json fields the extension owns (main, activation, contributions, capabilities), built
// from the core's globs and rule metadata so that settings and rules cannot drift apart. Run
// `npx tsx scripts/manifest.ts` after adding a rule; test/lsp/extension-manifest.test.ts checks it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CHARTER_GLOBS, DOCS_BASE_URL, SEVERITY_SETTINGS } from '../server/src/core/config/settings';
import { RULES } from '../server/src/core/rules';
import { defaultSettingOf, ruleSettingSchema } from '../server/src/core/rules/settingSchema';

export function extensionManifestFields(): Record<string, unknown> {
  const pkg: Record<string, unknown> = {};
  pkg.main = './dist/extension.js';
  // The web worker extension host (vscode.dev, github.dev) loads this one instead (client/src/browserExtension.ts).
  pkg.browser = './dist/browser/extension.js';
  pkg.icon = 'images/icon.png';
  pkg.activationEvents = [
    'onLanguage:markdown',
    'onLanguage:yaml',
    ...DEFAULT_CHARTER_GLOBS.map((glob) => `workspaceContains:${glob}`),
  ];
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of RULES) {
    ruleProperties[rule.id] = {
      ...ruleSettingSchema(rule),
      description: `${rule.description} Default: ${defaultSettingOf(rule)}.${rule.options ? ` Options: ["warning", { ${Object.keys(rule.options).map((name) => `"${name}": …`).join(', ')} }].` : ''}`,
    };
  }
  pkg.contributes = {
    commands: [
      { command: 'teamCharter.restartServer', title: 'Restart Server', category: 'Team Charter' },
      { command: 'teamCharter.newCharter', title: 'New Charter', category: 'Team Charter' },
      { command: 'teamCharter.showOutput', title: 'Show Output', category: 'Team Charter' },
      { command: 'teamCharter.showMatrix', title: 'Open RACI Matrix to the Side', category: 'Team Charter', icon: '$(table)' },
      { command: 'teamCharter.compareWithHead', title: 'Compare Ownership with HEAD', category: 'Team Charter', icon: '$(git-compare)' },
    ],
    menus: {
      // The button only on files named like charters (every default pattern says "charter").
      'editor/title': [{ command: 'teamCharter.showMatrix', when: '(editorLangId == markdown || editorLangId == yaml) && resourceFilename =~ /charter/i', group: 'navigation' }],
      commandPalette: [
        { command: 'teamCharter.showMatrix', when: 'editorLangId == markdown || editorLangId == yaml' },
        // git runs beside the server under Node (set by extension.ts); the browser build reads no repository.
        { command: 'teamCharter.compareWithHead', when: '(editorLangId == markdown || editorLangId == yaml) && teamCharter.comparesWithGit' },
      ],
    },
    configuration: {
      title: 'Team Charter',
      properties: {
        'teamCharter.files': {
          type: 'array',
          items: { type: 'string' },
          default: [...DEFAULT_CHARTER_GLOBS],
          markdownDescription:
            'Glob patterns (matched against the workspace-relative path) of the Markdown and YAML files that are team charters. Only these files are checked.',
          scope: 'resource',
        },
        'teamCharter.rules': {
          type: 'object',
          default: {},
          markdownDescription:
            'Severity per rule: `off`, `hint`, `info`, `warning` or `error`, overriding the rule\'s default, or `[severity, options]` for a rule with options. Example: `{ "role-unused": "off", "role-overload": ["info", { "max": 8 }] }`.',
          properties: ruleProperties,
          additionalProperties: { type: 'string', enum: [...SEVERITY_SETTINGS] },
          scope: 'resource',
        },
        'teamCharter.trace.server': {
          type: 'string',
          enum: ['off', 'messages', 'verbose'],
          default: 'off',
          description: 'Traces the communication between VS Code and the Team Charter language server in the "Team Charter" output.',
          scope: 'window',
        },
      },
    },
    snippets: [
      { language: 'markdown', path: './snippets/markdown.json' },
      { language: 'yaml', path: './snippets/yaml.json' },
    ],
    // Help > Welcome > Walkthroughs, and offered on first install. Each step's text is
    // client/walkthrough/*.md (shipped in the .vsix); the links on their own line are buttons.
    walkthroughs: [
      {
        id: 'teamCharter.gettingStarted',
        title: 'Get Started with Team Charter',
        description: 'Write down who is accountable for what, and let the editor check it.',
        steps: [
          {
            id: 'createCharter',
            title: 'Create a charter',
            description: 'Start from a filled-in charter in Markdown or YAML, with no findings.\n[New Charter](command:teamCharter.newCharter)',
            media: { markdown: 'client/walkthrough/create-charter.md' },
            completionEvents: ['onCommand:teamCharter.newCharter'],
          },
          {
            id: 'seeFinding',
            title: 'See a finding',
            description: 'Give a responsibility two accountable roles and watch it being flagged.\n[Show Problems](command:workbench.actions.view.problems)',
            media: { markdown: 'client/walkthrough/see-finding.md' },
            completionEvents: ['onCommand:workbench.actions.view.problems'],
          },
          {
            id: 'applyFix',
            title: 'Apply a fix',
            description: 'Put the cursor on the flagged row and pick a fix from the light bulb.\n[Quick Fix (Ctrl+.)](command:editor.action.quickFix)',
            media: { markdown: 'client/walkthrough/apply-fix.md' },
            completionEvents: ['onCommand:editor.action.quickFix', 'onCommand:editor.action.sourceAction'],
          },
          {
            id: 'openDocs',
            title: 'Read the docs',
            description: `Every rule has a page: what it checks, why, examples and its fixes.\n[Open the Rules](${DOCS_BASE_URL})`,
            media: { markdown: 'client/walkthrough/open-docs.md' },
            completionEvents: [`onLink:${DOCS_BASE_URL}`],
          },
        ],
      },
    ],
    // No yamlValidation or jsonValidation, for charters or for config files: a JSON-schema check (Red
    // Hat's YAML extension, VS Code's own JSON) reported every problem a second time beside ours, and
    // ignored teamCharter.rules and the disable comments. The server is the one report, with the CLI's
    // messages; the schemas stay in schemas/ for other tools. See README, "With Red Hat's YAML extension".
  };
  pkg.capabilities = {
    untrustedWorkspaces: {
      supported: true,
      description:
        'Team Charter runs no code from the workspace. It reads only the charter files open in the editor and the files they `extends` inside the workspace folders (regular files of at most 1 MiB, never outside the folders, even through a symbolic link; untitled editors follow no `extends`), so it works fully in Restricted Mode. Only "Compare Ownership with HEAD", which runs git on the repository, waits for the workspace to be trusted.',
    },
    virtualWorkspaces: {
      supported: 'limited',
      description:
        'In github.dev and vscode.dev the browser build checks each charter on its own: the files it `extends` and the repository\'s config files are not read, and in a charter that extends, undefined roles are not reported.',
    },
  };
  pkg.categories = ['Linters', 'Other'];
  pkg.keywords = ['team charter', 'raci', 'roles', 'responsibilities', 'accountability', 'language server'];
  pkg.repository = { type: 'git', url: 'https://github.com/team-charter/team-charter.git' };
  pkg.galleryBanner = { color: '#1f3a5f', theme: 'dark' };
  return pkg;
}

/** Rewrites only these fields of package.json, leaving the rest as it is. */
function writeManifestFields(): void {
  const file = path.resolve(__dirname, '../package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  Object.assign(pkg, extensionManifestFields());
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
}

if (require.main === module) writeManifestFields();
