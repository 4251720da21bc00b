// The browser build (vscode.dev, github.dev): its bundles import nothing of Node's, and its language
// server, run with a browser's globals only, checks charters as the core does, without reading a file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { checkText } from '../../server/src/core/check';
import { BROWSER_CLIENT, BROWSER_SERVER, ensureBrowserBuilt, WorkerServer, type Diagnostic } from './worker';

const TEAM = `team: Checkout
roles:
  owner:
    title: Service Owner
  dev:
    title: Developer
responsibilities:
  - name: Deploy schedule
    accountable: [owner, dev]
    responsible: dev
  - name: Incident review
    accountable: owner
    responsible: tester
`;

/** Extends a file that would define owner and dev (it is not read in the browser). */
const EXTENDING = `team: Checkout
extends: ./base.charter.yaml
roles:
  analyst:
    title: Data Analyst
responsibilities:
  - name: Deploy schedule
    accountable: [owner, dev]
    responsible: analyst
`;

const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);

describe('browser build', function () {
  before(ensureBrowserBuilt);

  it('imports nothing of Node: the server nothing at all, the client only vscode', () => {
    const imports = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
    assert.deepEqual(imports(BROWSER_SERVER), []);
    assert.deepEqual([...new Set(imports(BROWSER_CLIENT))], ['vscode']);
  });

  describe('its language server, in a worker of its own', () => {
    let server: WorkerServer;
    beforeEach(async () => {
      server = new WorkerServer();
      await server.request('initialize', { processId: null, rootUri: 'vscode-vfs://github/team/repo', capabilities: {} });
      server.notify('initialized', {});
    });
    afterEach(() => server.stop());

    it('reports what the core reports for a charter that extends nothing', async () => {
      const uri = 'vscode-vfs://github/team/repo/team.charter.yaml';
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEAM } });
      const diagnostics = await server.diagnosticsOf(uri);
      const expected = checkText(TEAM, { path: '/team/repo/team.charter.yaml' }).findings;
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.message, d.range.start]),
        expected.map((f) => [f.rule, f.message, f.range.start]),
      );
      assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['accountable-multiple', 'role-undefined']);
    });

    it('says on `extends` that the file is not read, and reports no role of it as undefined', async () => {
      const uri = 'file:///work/team/child.charter.yaml';
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: EXTENDING } });
      const diagnostics = await server.diagnosticsOf(uri);
      assert.deepEqual(summary(diagnostics), [
        "2:10 schema Not following extends './base.charter.yaml': in the browser no other file is read, so roles defined there are not known and undefined roles are not reported.",
        '7:11 accountable-multiple "Deploy schedule" has 2 accountable roles: "owner" and "dev". Exactly one role must be accountable.',
      ]);
      // Information, not an error: the charter is not wrong, the browser cannot look.
      assert.equal(diagnostics[0].severity, 3);
    });

    it('checks a file of a Windows folder in a Windows browser (whose user agent says so)', async () => {
      await server.stop();
      server = new WorkerServer({ navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36' } });
      // A pattern relative to the workspace folder: the file's path must be read relative to it.
      const initializationOptions = { teamCharter: { files: ['docs/*.yaml'] } };
      await server.request('initialize', { processId: null, rootUri: 'file:///c%3A/work/team', capabilities: {}, initializationOptions });
      server.notify('initialized', {});
      const uri = 'file:///c%3A/work/team/docs/roles.yaml';
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEAM } });
      assert.deepEqual((await server.diagnosticsOf(uri)).map((d) => d.code).sort(), ['accountable-multiple', 'role-undefined']);
    });

    it('answers a hover and follows an edit', async () => {
      const uri = 'vscode-vfs://github/team/repo/team.charter.yaml';
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEAM } });
      await server.diagnosticsOf(uri);
      const hover = (await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 19 } })) as { contents: { value: string } } | null;
      assert.match(hover?.contents.value ?? '', /Service Owner/);
      const fixed = TEAM.replace('accountable: [owner, dev]', 'accountable: owner').replace('responsible: tester', 'responsible: dev');
      server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
      assert.deepEqual(await server.diagnosticsOf(uri, (diagnostics) => diagnostics.length === 0), []);
    });
  });
});
