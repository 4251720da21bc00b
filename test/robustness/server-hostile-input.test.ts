// The built server (dist/server.js over stdio) fed garbage, pathological documents and malformed
// requests: it must answer every request (a result, null or an error response), never exit, and still
// publish the right diagnostics for a normal charter afterwards.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient';
import { rng } from '../helpers/random';
import { LineIndex } from '../../server/src/core/text';
import { assertRangeSound } from './invariants';
import { temporaryFolder } from '../helpers/folders';
import { TWO_MISSPELT_KEYS_YAML } from '../helpers/fixtures';

const CHARTER = [
  '# Payments team',
  '',
  '## Roles',
  '',
  '- **Product Manager**: owns the roadmap.',
  '',
  '## Responsibilities',
  '',
  '| Responsibility | Product Manager | Architect |',
  '| -------------- | --------------- | --------- |',
  '| Roadmap        | R               | I         |',
  '',
].join('\n');

/** Resolves to the request's result or to its error; a request must never go unanswered. */
async function answer(client: LspClient, method: string, params: unknown): Promise<unknown> {
  try {
    return await client.request(method, params);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('robustness: the language server keeps serving', function () {
  let root: string;
  let client: LspClient;

  before(async () => {
    root = temporaryFolder('team-charter-robust-');
    client = await LspClient.start({ rootDir: root });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && client.serverErrors) console.error(client.serverErrors);
  });

  const alive = () => assert.equal(client.process.exitCode, null, `server exited: ${client.serverErrors}`);

  async function assertStillChecks(name: string): Promise<void> {
    const uri = fileUri(path.join(root, `${name}.charter.md`));
    await client.open(uri, CHARTER);
    const published = await client.currentDiagnostics(uri);
    const codes = published.diagnostics.map((diagnostic) => diagnostic.code).sort();
    assert.deepEqual(codes, ['accountable-missing', 'role-undefined']);
    await client.close(uri);
    alive();
  }

  it('publishes diagnostics (or none) for garbage and pathological documents, then still checks a charter', async () => {
    const random = rng(7);
    const garbage = Array.from({ length: 20_000 }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join('');
    const documents: [string, string][] = [
      ['garbage.charter.md', garbage],
      ['garbage.charter.yaml', garbage],
      ['nul.charter.md', '\u0000'.repeat(1000) + CHARTER],
      ['bom.charter.md', CHARTER.replace('## Roles', '\ufeff## Roles\ud800')],
      ['quotes.charter.md', '> '.repeat(10_000) + 'x\n'],
      ['pipes.charter.md', '## RACI\n' + '|'.repeat(50_000)],
      ['empty-lines.charter.md', '\n'.repeat(100_000)],
      ['flow.charter.yaml', '['.repeat(10_000)],
      ['flow2.charter.yaml', '{a: '.repeat(5_000)],
      ['dashes.charter.md', '---'],
      ['dashes.charter.yaml', '---'],
      ['cr.charter.md', CHARTER.replace(/\n/g, '\r')],
    ];
    for (const [name, text] of documents) {
      const uri = fileUri(path.join(root, name));
      await client.open(uri, text);
      const published = await client.currentDiagnostics(uri);
      const index = new LineIndex(text);
      for (const diagnostic of published.diagnostics) assertRangeSound(index, diagnostic.range, `${name} ${diagnostic.code}`);
      await client.close(uri);
      alive();
    }
    await assertStillChecks('after-documents');
  });

  it('answers requests with out-of-range positions, unknown URIs and malformed params', async () => {
    const uri = fileUri(path.join(root, 'target.charter.md'));
    await client.open(uri, CHARTER);
    await client.currentDiagnostics(uri);
    const unknown = fileUri(path.join(root, 'never-opened.charter.md'));
    const positions = [
      { line: -1, character: 0 },
      { line: 0, character: -5 },
      { line: 10_000, character: 0 },
      { line: 4, character: 10_000 },
      { line: 1.5, character: 0.5 },
      { line: Number.MAX_SAFE_INTEGER, character: Number.MAX_SAFE_INTEGER },
    ];
    const methods = [
      'textDocument/hover',
      'textDocument/completion',
      'textDocument/definition',
      'textDocument/references',
      'textDocument/prepareRename',
      'textDocument/rename',
      'textDocument/documentSymbol',
      'textDocument/codeAction',
    ];
    for (const method of methods) {
      for (const target of [uri, unknown, 'not a uri', 'untitled:x']) {
        for (const position of positions) {
          const range = { start: position, end: position };
          await answer(client, method, {
            textDocument: { uri: target },
            position,
            range,
            newName: 'New',
            context: { diagnostics: [], includeDeclaration: true },
          });
        }
      }
      for (const params of [null, {}, { textDocument: {} }, { textDocument: { uri: 42 }, position: 'x' }, { textDocument: { uri }, position: {} }, [1, 2], 'x']) {
        await answer(client, method, params);
      }
      alive();
    }
    for (const params of [null, {}, { textDocument: { uri } }, { textDocument: { uri, version: 'x' }, contentChanges: 'x' }, { textDocument: { uri: 7 } }]) {
      await client.connection.sendNotification('textDocument/didChange', params);
      await client.connection.sendNotification('textDocument/didOpen', params);
      await client.connection.sendNotification('textDocument/didClose', params);
    }
    await answer(client, 'no/suchMethod', { x: 1 });
    await answer(client, 'workspace/executeCommand', { command: 'nope', arguments: [null, 1] });
    await client.close(uri);
    await assertStillChecks('after-requests');
  });

  it('survives rapid open/change/close of one URI, out-of-range incremental edits and requests after close', async () => {
    const uri = fileUri(path.join(root, 'rapid.charter.md'));
    for (let i = 0; i < 50; i++) {
      await client.open(uri, CHARTER);
      await client.change(uri, [{ range: { start: { line: 999, character: 0 }, end: { line: -1, character: 99 } }, text: '|\r' }]);
      await client.change(uri, [{ text: i % 2 ? '' : CHARTER + '\ud83d' }]);
      await client.close(uri);
    }
    const afterClose = await answer(client, 'textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(afterClose, null, 'a closed document has no hover');
    await answer(client, 'textDocument/documentSymbol', { textDocument: { uri } });
    await assertStillChecks('after-rapid');
  });

  it('offers no fix that breaks the document, not even one a client sends back in a diagnostic', async () => {
    // Two misspellings of one key: each rename is safe alone, both together are a duplicate key.
    const text = TWO_MISSPELT_KEYS_YAML;
    const uri = fileUri(path.join(root, 'fixes.charter.yaml'));
    const version = await client.open(uri, text);
    const { diagnostics } = await client.currentDiagnostics(uri);
    const misspelt = diagnostics.filter((diagnostic) => diagnostic.code === 'schema');
    assert.equal(misspelt.length, 2);
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(fixAll.length, 1);
    const edits = (fixAll[0].edit!.documentChanges![0] as TextDocumentEdit).edits;
    assert.equal(edits.length, 1, 'one of the two renames');
    // A diagnostic whose data carries a fix that would make a duplicate key, beside one that holds.
    const [first] = misspelt;
    const breaking = { title: 'Rename to accountable twice', edits: [first.range, misspelt[1].range].map((range) => ({ range, newText: 'accountable' })) };
    const holding = (first.data as { fixes: unknown[] }).fixes[0];
    const forged = { ...first, data: { fixes: [breaking, holding], version } };
    const quick = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: first.range,
      context: { diagnostics: [forged], only: ['quickfix'] },
    });
    // The forged fix that breaks the document is not offered (the comment that disables the rule is).
    assert.deepEqual(quick.map((action) => action.title), ["Rename to 'accountable'", 'Disable schema for this line']);
    // Asked automatically for no kind in particular (the light bulb), fix-all is left out; invoked, it is there.
    const kinds = async (triggerKind: number) =>
      (
        await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: first.range,
          context: { diagnostics: [first], triggerKind },
        })
      ).map((action) => action.kind);
    assert.deepEqual(await kinds(2), ['quickfix', 'quickfix']);
    assert.deepEqual(await kinds(1), ['quickfix', 'quickfix', 'source.fixAll.teamCharter']);
    await client.close(uri);
    alive();
  });
});
