// `teamCharter/matrix`: the picture of a charter's matrix as the editor shows it (its unsaved text, its
// findings with the cross-charter ones, the shared responsibilities it claims), for the matrix view.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MatrixResult } from '../../server/src/lsp/matrix';
import { ORG_FILES, PAYMENTS } from '../helpers/org';
import { fileUri, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

describe('language server: teamCharter/matrix', function () {
  let root: string;
  let client: LspClient;

  before(async () => {
    root = temporaryFolder('team-charter-matrix-');
    for (const [name, text] of Object.entries(ORG_FILES)) fs.writeFileSync(path.join(root, name), text);
    client = await LspClient.start({ rootDir: root });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const matrixOf = (uri: string) => client.request<MatrixResult | null>('teamCharter/matrix', { textDocument: { uri } });

  it('draws the open charter with its letters, the shared responsibility it claims and the cross-charter finding on that row', async () => {
    const uri = fileUri(path.join(root, 'payments.charter.md'));
    await client.open(uri, PAYMENTS);
    await client.diagnostics(uri, (params) => params.diagnostics.some((d) => d.code === 'shared-accountable-multiple'));
    const answer = await matrixOf(uri);
    assert.ok(answer);
    assert.equal(answer.version, client.version(uri));
    const { picture } = answer;
    assert.deepEqual(picture.columns.map((column) => [column.title, column.kind, column.totals]), [
      ['Team Lead', 'inherited', { accountable: 2, responsible: 0 }],
      ['Software Engineer', 'inherited', { accountable: 0, responsible: 2 }],
    ]);
    assert.deepEqual(picture.rows.map((row) => [row.name, row.shared, row.cells.map((cell) => cell.letters.join(''))]), [
      ['Payments API', 'Payments API', ['A', 'R']],
      ['On-call rotation', undefined, ['A', 'R']],
    ]);
    assert.deepEqual(picture.rows[0].findings.map((finding) => finding.rule), ['shared-accountable-multiple']);
    // The workspace's organisation comes with it, files by their absolute paths.
    assert.equal(answer.organisation?.charters, 4);
    assert.deepEqual(
      answer.organisation?.shared?.shared.map((row) => [row.name, path.basename(row.catalog), row.accountableTeams]),
      [['Payments API', 'catalog.charter.yaml', 2], ['Incident response', 'catalog.charter.yaml', 0], ['Security reviews', 'catalog.charter.yaml', 0]],
    );

    // An unsaved edit is drawn at once: the picture is of the editor's text.
    await client.change(uri, [{ range: { start: { line: 12, character: 21 }, end: { line: 12, character: 22 } }, text: 'C' }]);
    const edited = await matrixOf(uri);
    assert.deepEqual(edited!.picture.rows[1].cells.map((cell) => cell.letters.join('')), ['C', 'R']);
  });

  it('answers null for a document that is not a charter', async () => {
    const uri = fileUri(path.join(root, 'README.md'));
    await client.open(uri, '# Readme\n');
    assert.equal(await matrixOf(uri), null);
  });
});
