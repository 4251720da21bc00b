// Long checks yield (analyses.ts, slicedCheck.ts): while a large charter's Markdown is parsed ahead, the
// server still answers hovers on other documents and `shutdown`, and a newer version of the document
// gives up the check of the older one. Each large charter here takes about a second to check from cold
// (a document of its own, so its own chunk cache, and its name prefix keeps its chunks unlike the
// others'); before the checks were sliced, the hover and `shutdown` were answered only after it, and the
// older version's diagnostics were published.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient';
import { PROBLEM_CHARTER_MARKDOWN } from '../helpers/fixtures';
import { temporaryFolder } from '../helpers/folders';

const TITLES = ['Product Manager', 'Engineering Manager', 'Quality Lead', 'Data Analyst'];

/** A sub-heading charter with `sections` responsibilities named `<prefix> 1`, `<prefix> 2`, … */
function largeCharter(prefix: string, sections = 6000): string {
  const lines = ['# Team', '', '## Roles', '', ...TITLES.map((title) => `- **${title}**: does the ${title.toLowerCase()} work.`), '', '## Responsibilities', ''];
  for (let i = 0; i < sections; i++) {
    lines.push(`### ${prefix} ${i + 1}`, '', `- Accountable: ${TITLES[i % 4]}`, `- Responsible: ${TITLES[(i + 1) % 4]}`, `- Consulted: ${TITLES[(i + 2) % 4]}`, '');
  }
  return lines.join('\n');
}

/** When a promise settled, in order with the others (a counter, not a clock). */
function settledOrder(): { mark: (promise: Promise<unknown>) => Promise<number> } {
  let next = 0;
  return {
    mark: (promise) =>
      promise.then(
        () => next++,
        () => next++,
      ),
  };
}

describe('language server: long checks yield', function () {
  let root: string;
  let client: LspClient;
  let small: string;
  const hoverOnSmall = () => ({ textDocument: { uri: small }, position: { line: PROBLEM_CHARTER_MARKDOWN.split('\n').findIndex((line) => line.includes('**Product Manager**')), character: 5 } });

  before(async function () {
    root = temporaryFolder('team-charter-long-');
    client = await LspClient.start({ rootDir: root });
    small = fileUri(path.join(root, 'small.charter.md'));
    await client.open(small, PROBLEM_CHARTER_MARKDOWN);
    await client.currentDiagnostics(small);
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && client.serverErrors) console.error(client.serverErrors);
  });

  it('answers a hover on another document while a large one is checked, and one on the large one after its check', async () => {
    const large = fileUri(path.join(root, 'large.charter.md'));
    const order = settledOrder();
    const diagnostics = order.mark(client.diagnostics(large));
    await client.open(large, largeCharter('Sprint demos'));
    // The hover on the large document starts its check at once (no debounce to wait for); the server
    // reads the other hover after it, so only a check that yields can answer that one first.
    const ownHover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: large }, position: { line: 4, character: 5 } });
    const otherHover = client.request<Hover | null>('textDocument/hover', hoverOnSmall());
    const [otherAt, diagnosticsAt, ownAt] = await Promise.all([order.mark(otherHover), diagnostics, order.mark(ownHover)]);
    assert.ok(otherAt < diagnosticsAt, 'the hover on the other document is answered before the large one is checked');
    assert.ok(otherAt < ownAt, "the hover on the other document does not wait for the large document's check");
    assert.match(JSON.stringify((await otherHover)?.contents), /Product Manager/, 'the other document hovers');
    assert.match(JSON.stringify((await ownHover)?.contents), /Product Manager/);
  });

  it('gives up the check of an older version when a newer one comes, and answers a hover on the older one with ContentModified', async () => {
    const large = fileUri(path.join(root, 'changed.charter.md'));
    const seen = client.published.length;
    const text = largeCharter('Team rituals');
    await client.open(large, text);
    const staleHover = client.request<Hover | null>('textDocument/hover', { textDocument: { uri: large }, position: { line: 4, character: 5 } }).then(
      (hover) => hover,
      (error: { code?: number }) => error,
    );
    const version = await client.change(large, [{ range: { start: { line: 11, character: 16 }, end: { line: 11, character: 16 } }, text: 'x' }]);
    const final = await client.diagnostics(large, (params) => params.version === version, seen);
    assert.deepEqual(final.diagnostics, []);
    const versions = client.published.slice(seen).filter((params: PublishDiagnosticsParams) => params.uri === large).map((params) => params.version);
    assert.deepEqual(versions, [version], 'only the newer version is published');
    assert.equal(((await staleHover) as { code?: number } | null)?.code, -32801, 'ContentModified');
  });

  it('answers shutdown while a large document is checked, and publishes nothing after', async () => {
    const own = await LspClient.start({ rootDir: root });
    const large = fileUri(path.join(root, 'shutdown.charter.md'));
    await own.open(large, largeCharter('Vendor contracts'));
    // A hover starts the check at once; `shutdown`, read after it, is answered between two slices.
    void own.request('textDocument/hover', { textDocument: { uri: large }, position: { line: 4, character: 5 } }).catch(() => null);
    await own.request('shutdown', null);
    const answeredAfter = own.published.filter((params) => params.uri === large).length;
    // Everything the server sent has arrived once its output is closed after `exit`.
    const closed = new Promise<void>((resolve) => own.process.once('close', () => resolve()));
    await own.connection.sendNotification('exit');
    await closed;
    assert.equal(answeredAfter, 0, 'shutdown is answered before the large document is checked');
    assert.equal(own.published.filter((params) => params.uri === large).length, 0, 'the check is given up');
    own.connection.dispose();
  });
});
