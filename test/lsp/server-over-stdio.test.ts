// The built language server, driven over stdio the way an editor drives it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  TextDocumentEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/core/text';
import { fileUri, LspClient } from '../helpers/lspClient';
import { PROBLEM_CHARTER_MARKDOWN, PAYMENTS_YAML_ROLES } from '../helpers/fixtures';
import { positionOf } from '../helpers/charter';
import { temporaryFolder } from '../helpers/folders';

const MARKDOWN = PROBLEM_CHARTER_MARKDOWN;

const YAML = [
  ...PAYMENTS_YAML_ROLES,
  'responsibilities:',
  '  - name: Product roadmap',
  '    accountable: pm',
  '    responsible: [pm, em]',
  '  - name: Releases',
  '    accountable: em',
  '    responsible: em',
  '    consulted: archie',
  '',
].join('\n');

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code)).sort();
}

function editedText(text: string, edit: WorkspaceEdit | null | undefined, uri: string, version: number): string {
  assert.ok(edit?.documentChanges, 'edit has documentChanges');
  const change = edit.documentChanges[0] as TextDocumentEdit;
  assert.equal(change.textDocument.uri, uri);
  assert.equal(change.textDocument.version, version, 'edit is for the current version');
  return applyEdits(text, change.edits as { range: Diagnostic['range']; newText: string }[]);
}

describe('language server over stdio', function () {
  let root: string;
  let client: LspClient;
  let counter = 0;
  /** A fresh charter URI per test so diagnostics of one test never satisfy another's wait. */
  const charterUri = (extension: 'md' | 'yaml') => fileUri(path.join(root, `team${++counter}.charter.${extension}`));

  before(async function () {
    root = temporaryFolder('team-charter-lsp-');
    client = await LspClient.start({ rootDir: root });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && client.serverErrors) console.error(client.serverErrors);
  });

  it('publishes diagnostics for a Markdown charter with problems, with rule codes and docs links', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    const { diagnostics, version } = await client.currentDiagnostics(uri);
    assert.equal(version, 1);
    assert.deepEqual(codes(diagnostics), [
      'accountable-missing',
      'accountable-multiple',
      'raci-invalid',
      'responsible-missing',
      'role-undefined',
      'role-unused',
    ]);
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'team-charter');
      assert.match(diagnostic.codeDescription?.href ?? '', new RegExp(`${diagnostic.code}\\.md$`));
    }
    const multiple = diagnostics.find((diagnostic) => diagnostic.code === 'accountable-multiple')!;
    assert.equal(multiple.range.start.line, 12);
    assert.equal(multiple.severity, 1);
    assert.ok((multiple.relatedInformation?.length ?? 0) >= 2, 'related information points at each A');
    assert.ok(multiple.relatedInformation!.every((related) => related.location.uri === uri && related.location.range.start.line === 12));
    const unused = diagnostics.find((diagnostic) => diagnostic.code === 'role-unused')!;
    assert.equal(unused.severity, 2);
    assert.equal(unused.range.start.line, 6);
  });

  it('publishes diagnostics for a YAML charter and none for files that are not charters', async () => {
    const notes = fileUri(path.join(root, 'notes.md'));
    await client.open(notes, MARKDOWN);
    const uri = charterUri('yaml');
    await client.open(uri, YAML);
    const { diagnostics } = await client.currentDiagnostics(uri);
    assert.deepEqual(codes(diagnostics), ['role-undefined']);
    assert.equal(diagnostics[0].range.start.line, 13);
    assert.ok(!client.published.some((params) => params.uri === notes), 'notes.md is not a charter');
  });

  it('clears diagnostics when a charter is closed', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    await client.currentDiagnostics(uri);
    const seen = client.published.length;
    await client.close(uri);
    const cleared = await client.diagnostics(uri, () => true, seen);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('offers quick fixes that each fix their diagnostic once applied', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    const { diagnostics } = await client.currentDiagnostics(uri);
    let checked = 0;
    for (const diagnostic of diagnostics) {
      const actions = await client.verifiedCodeActions<CodeAction>({
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const preferred = actions.filter((action) => action.isPreferred);
      // The last action of each diagnostic disables it with a comment (never preferred).
      assert.match(actions[actions.length - 1].title, /^Disable [a-z-]+ for this (line|table)$/);
      const fixes = actions.slice(0, -1);
      if (fixes.length === 1 && diagnostic.code !== 'role-unused') assert.equal(preferred.length, 1, 'a lone fix is preferred');
      for (const action of actions) {
        assert.equal(action.kind, 'quickfix');
        assert.deepEqual(action.diagnostics, [diagnostic]);
        const fixed = editedText(MARKDOWN, action.edit, uri, 1);
        const fixedUri = charterUri('md');
        await client.open(fixedUri, fixed);
        const after = await client.currentDiagnostics(fixedUri);
        const stillThere = after.diagnostics.filter(
          (other) => other.code === diagnostic.code && other.message === diagnostic.message,
        );
        assert.deepEqual(stillThere, [], `"${action.title}" fixes ${diagnostic.code}`);
        await client.close(fixedUri);
        checked++;
      }
    }
    assert.ok(checked >= 5, `applied ${checked} fixes`);
  });

  it('never offers edits computed for an older version of the document', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    const old = (await client.currentDiagnostics(uri)).diagnostics.find((diagnostic) => diagnostic.code === 'accountable-multiple')!;
    // A line added at the top moves every finding down one line.
    const version = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const stale = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: old.range,
      context: { diagnostics: [old], only: ['quickfix'] },
    });
    assert.deepEqual(stale, []);
    const current = (await client.currentDiagnostics(uri)).diagnostics.find((diagnostic) => diagnostic.code === 'accountable-multiple')!;
    assert.equal(current.range.start.line, old.range.start.line + 1);
    const fresh = await client.verifiedCodeActions<CodeAction>({
      textDocument: { uri },
      range: current.range,
      context: { diagnostics: [current], only: ['quickfix'] },
    });
    assert.equal(fresh.length, 3, 'two fixes and "Disable accountable-multiple for this table"');
    const fixed = editedText('\n' + MARKDOWN, fresh[0].edit, uri, version);
    assert.match(fixed, /\| Product roadmap {5}\| A\/R {13}\| R {19}\|/);
  });

  it('fixes all safely fixable problems at once, without overlapping edits', async () => {
    const text = [
      '# Team',
      '',
      '## Roles',
      '',
      '- **Product Manager**: roadmap.',
      '- **Engineering Manager**: delivery.',
      '',
      '## Responsibilities',
      '',
      '| Responsibility | Product Manager | Engineering Manager |',
      '| -------------- | --------------- | ------------------- |',
      '| Roadmap        | A/R/R           | C                   |',
      '| Delivery       | I               | A                   |',
      '',
    ].join('\n');
    const uri = charterUri('md');
    await client.open(uri, text);
    const before = await client.currentDiagnostics(uri);
    // The unreadable cell is reported once (not also as Roadmap's missing A and R); its fix and
    // Delivery's "also responsible" are safe.
    assert.deepEqual(codes(before.diagnostics), ['raci-invalid', 'responsible-missing']);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.teamCharter');
    const fixed = editedText(text, actions[0].edit, uri, 1);
    await client.change(uri, [{ text: fixed }]);
    const after = await client.currentDiagnostics(uri);
    assert.deepEqual(after.diagnostics, []);
  });

  it('shows a role hover with its names, description and involvement', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    const onReference = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(MARKDOWN, 'Product Manager |', 2),
    });
    const markdown = (onReference.contents as { value: string }).value;
    assert.match(markdown, /\*\*Product Manager\*\*/);
    assert.match(markdown, /`pm`/);
    assert.match(markdown, /Product Lead/);
    assert.match(markdown, /owns the roadmap and the why/);
    assert.match(markdown, /accountable for 1 of 4 responsibilities \(Product roadmap\), responsible for 1 \(Product roadmap\), consulted on 1 \(Release date\), informed of 2 \(Technical direction, Budget\)/);
    const onDefinition = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(MARKDOWN, 'Engineering Manager**', 3),
    });
    assert.match((onDefinition.contents as { value: string }).value, /accountable for 2 of 4 responsibilities \(Product roadmap, Budget\)/);
  });

  it('shows a RACI table on a responsibility and letter meanings on a cell', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    const onName = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(MARKDOWN, 'Product roadmap', 3),
    });
    const table = (onName.contents as { value: string }).value;
    assert.match(table, /\| A — Accountable \| Product Manager, Engineering Manager \|/);
    assert.match(table, /\| I — Informed \| Architect \|/);
    const onCell = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(MARKDOWN, 'A/R', 1),
    });
    const cell = (onCell.contents as { value: string }).value;
    assert.match(cell, /Accountable/);
    assert.match(cell, /Responsible/);
    assert.doesNotMatch(cell, /Consulted/);
  });

  it('completes role names in role slots, RACI letters in matrix cells and YAML keys', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN.replace('| Technical direction |', '| Hiring |  |  |  |  |\n| Technical direction |'));
    const hiring = MARKDOWN.replace('| Technical direction |', '| Hiring |  |  |  |  |\n| Technical direction |');
    const letters = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: positionOf(hiring, '| Hiring |  |', 11),
    });
    assert.deepEqual(letters.map((item) => item.label), ['R', 'A', 'C', 'I', 'A/R']);

    const yamlText = YAML.replace('    consulted: archie', '    consulted: ');
    const yamlUri = charterUri('yaml');
    await client.open(yamlUri, yamlText);
    const roles = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: yamlUri },
      position: positionOf(yamlText, 'consulted: ', 'consulted: '.length),
    });
    const productManager = roles.find((item) => item.label === 'Product Manager');
    assert.ok(productManager, 'role titles offered');
    assert.equal((productManager.textEdit as { newText: string }).newText, 'pm');
    assert.match(productManager.detail ?? '', /pm/);

    const keysText = YAML.replace('    consulted: archie', '    con');
    const keysUri = charterUri('yaml');
    await client.open(keysUri, keysText);
    const keys = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: keysUri },
      position: positionOf(keysText, '    con', 7),
    });
    assert.deepEqual(keys.map((item) => item.label), ['name', 'description', 'accountable', 'responsible', 'consulted', 'informed']);
  });

  it('goes to a role definition and finds its references', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    const header = positionOf(MARKDOWN, 'Engineering Manager |', 0);
    const definition = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: header });
    assert.equal(definition.uri, uri);
    assert.equal(definition.range.start.line, 5);
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: header,
      context: { includeDeclaration: true },
    });
    assert.deepEqual(references.map((location) => location.range.start.line).sort(), [10, 5]);
  });

  it('renames a role everywhere and refuses to rename anything else', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    const prepared = await client.request<{ range: Diagnostic['range']; placeholder: string }>('textDocument/prepareRename', {
      textDocument: { uri },
      position: positionOf(MARKDOWN, 'Engineering Manager', 1),
    });
    assert.equal(prepared.placeholder, 'Engineering Manager');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri },
      position: positionOf(MARKDOWN, 'Engineering Manager', 1),
      newName: 'Delivery Lead',
    });
    const renamed = editedText(MARKDOWN, edit, uri, 1);
    assert.equal(renamed, MARKDOWN.replaceAll('Engineering Manager', 'Delivery Lead'));
    await assert.rejects(
      client.request('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(MARKDOWN, 'Payments') }),
      /Only a role can be renamed/,
    );
  });

  it('lists roles and responsibilities as document symbols', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.children?.map((child) => child.name)]),
      [
        ['Roles', ['Product Manager', 'Engineering Manager', 'QA Lead']],
        ['Responsibilities', ['Product roadmap', 'Technical direction', 'Release date', 'Budget']],
        ['Tables', ['Table, line 11']],
      ],
    );
    assert.equal(symbols[2].children?.[0].detail, 'RACI matrix: 4 responsibilities');
    assert.equal(symbols[1].children?.[0].detail, 'Product Manager, Engineering Manager');
  });

  it('after a burst of 200 edits publishes the last version only, never an older one after it', async () => {
    const uri = charterUri('yaml');
    const valid = YAML.replace('    consulted: archie\n', '');
    await client.open(uri, valid);
    await client.currentDiagnostics(uri);
    const seen = client.published.length;
    // Type "    consulted: archie" one character at a time, then keep typing into a comment.
    const typed = '    consulted: archie\n' + '# ' + 'x'.repeat(200);
    const endLine = valid.split('\n').length - 1;
    let line = endLine;
    let character = 0;
    for (let i = 0; i < 200; i++) {
      const ch = typed[i];
      await client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: ch }]);
      if (ch === '\n') {
        line++;
        character = 0;
      } else character++;
    }
    const last = client.version(uri);
    const final = await client.diagnostics(uri, (params) => params.version === last, seen);
    assert.deepEqual(codes(final.diagnostics), ['role-undefined']);
    const burst = client.published.slice(seen).filter((params) => params.uri === uri);
    const versions = burst.map((params) => params.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions never go back');
    assert.ok(burst.length < 50, `validation is debounced (${burst.length} publishes for 200 edits)`);
  });

  it('re-checks open charters when a rule is turned off in the settings', async () => {
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    await client.currentDiagnostics(uri);
    const seen = client.published.length;
    client.settings = { rules: { 'role-unused': 'off', 'raci-invalid': 'warning' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await client.diagnostics(uri, () => true, seen);
    assert.ok(!codes(after.diagnostics).includes('role-unused'));
    assert.equal(after.diagnostics.find((diagnostic) => diagnostic.code === 'raci-invalid')?.severity, 2);
    client.settings = null;
    const restoredFrom = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const restored = await client.diagnostics(uri, () => true, restoredFrom);
    assert.ok(codes(restored.diagnostics).includes('role-unused'));
  });

  it('survives garbage text, unknown documents and out-of-range positions', async () => {
    const uri = charterUri('yaml');
    // After `team:`, so that it is a charter gone wrong (garbage alone is not read as a charter at all).
    const garbage = 'team: Garbage\n\u0000\uffff: [:{\n  - - ]]] "unterminated\n\t\t: *alias &x\n' + '|'.repeat(500);
    await client.open(uri, garbage);
    const published = await client.currentDiagnostics(uri);
    assert.ok(codes(published.diagnostics).includes('syntax'));
    const nowhere = { line: 999, character: 0 };
    const pastLineEnd = { line: 0, character: 999 };
    for (const position of [nowhere, pastLineEnd, { line: -1, character: -5 }]) {
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position }), null);
      assert.equal(await client.request('textDocument/completion', { textDocument: { uri }, position }), null);
      assert.equal(await client.request('textDocument/definition', { textDocument: { uri }, position }), null);
    }
    const unknown = fileUri(path.join(root, 'never-opened.charter.md'));
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.request('textDocument/documentSymbol', { textDocument: { uri: unknown } }), null);
    // A malformed request fails inside the handler: logged to the client, answered with null.
    const malformed = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: null },
    });
    assert.equal(malformed, null);
    assert.match(await client.logMessage(/Code actions failed/), /TypeError/);
    // Still serving.
    const next = charterUri('md');
    await client.open(next, MARKDOWN);
    assert.ok((await client.currentDiagnostics(next)).diagnostics.length > 0);
    assert.equal(client.process.exitCode, null);
  });

  it('serves features and re-checks dependents for documents whose check result was evicted', async () => {
    // The server keeps the check results of the few most recently used documents only (ANALYSIS_CACHE_SIZE
    // is 8); features on any other open document check it again on demand.
    const catalogPath = path.join(root, 'evicted-org.charter.yaml');
    fs.writeFileSync(catalogPath, 'roles:\n  pm:\n    title: Product Manager\n');
    const dependentUri = charterUri('yaml');
    await client.open(dependentUri, 'team: Payments\nextends: ./evicted-org.charter.yaml\nroles: {}\nresponsibilities:\n  - name: Roadmap\n    accountable: pm\n    responsible: archie\n');
    assert.deepEqual(codes((await client.currentDiagnostics(dependentUri)).diagnostics), ['role-undefined']);
    const uri = charterUri('md');
    await client.open(uri, MARKDOWN);
    const { diagnostics } = await client.currentDiagnostics(uri);
    for (let i = 0; i < 12; i++) {
      const other = charterUri(i % 2 === 0 ? 'md' : 'yaml');
      await client.open(other, i % 2 === 0 ? MARKDOWN : YAML);
      await client.currentDiagnostics(other);
      await client.request('textDocument/documentSymbol', { textDocument: { uri: other } });
    }
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(MARKDOWN, 'Product Manager |', 2) });
    assert.match((hover.contents as { value: string }).value, /\*\*Product Manager\*\*/);
    const completion = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: positionOf(MARKDOWN, '| I               | C', 2),
    });
    assert.ok(completion.some((item) => item.label === 'A'));
    const multiple = diagnostics.find((diagnostic) => diagnostic.code === 'accountable-multiple')!;
    const actions = await client.verifiedCodeActions<CodeAction>({
      textDocument: { uri },
      range: multiple.range,
      context: { diagnostics: [multiple], only: ['quickfix'] },
    });
    assert.equal(actions.length, 3, 'two fixes and the comment that disables the rule');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
    // After more evictions, an edit to the catalog still re-checks the charter that extends it.
    const seen = client.published.length;
    await client.open(fileUri(catalogPath), 'roles:\n  pm:\n    title: Product Manager\n  archie:\n    title: Architect\n');
    const fromEditor = await client.diagnostics(dependentUri, (params) => params.diagnostics.length === 0, seen);
    assert.deepEqual(fromEditor.diagnostics, []);
  });

  it('reads extended charters from open documents before the disk', async () => {
    const catalogPath = path.join(root, 'org.charter.yaml');
    fs.writeFileSync(catalogPath, 'roles:\n  pm:\n    title: Product Manager\n');
    const text = 'team: Payments\nextends: ./org.charter.yaml\nroles: {}\nresponsibilities:\n  - name: Roadmap\n    accountable: pm\n    responsible: archie\n';
    const uri = charterUri('yaml');
    await client.open(uri, text);
    const fromDisk = await client.currentDiagnostics(uri);
    assert.deepEqual(codes(fromDisk.diagnostics), ['role-undefined']);
    const seen = client.published.length;
    const catalogUri = fileUri(catalogPath);
    await client.open(catalogUri, 'roles:\n  pm:\n    title: Product Manager\n  archie:\n    title: Architect\n');
    const fromEditor = await client.diagnostics(uri, (params) => params.diagnostics.length === 0, seen);
    assert.deepEqual(fromEditor.diagnostics, []);
  });
});
