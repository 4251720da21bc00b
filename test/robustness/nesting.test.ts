// Nesting of lists and quotes costs micromark far more than ordinary text, most inside a block quote:
// 4,000 lines of 16 `> ` and 15 `- ` then `x` (256 KB, each line within the 32-marker limit) cost many
// times an ordinary charter of the same size to check (BENCHMARKS.md, section 9), and files of deeper
// lines far more. A document's nesting now has a budget in proportion to its size: past it, the
// lists and quotes of further blocks are read as text, with one warning, in the core, the CLI and the
// server alike. The mocha timeouts are hang guards only.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../server/src/core/check';
import { guardMarkdown, MIN_NESTING_BUDGET, QUOTED_MARKER_WEIGHT } from '../../server/src/core/parse/markdown/guards/guard';
import { cli, makeFolder } from '../helpers/cli';
import { fileUri, LspClient } from '../helpers/lspClient';

const NESTED = Array.from({ length: 4000 }, () => '> '.repeat(16) + '- '.repeat(15) + 'x').join('\n') + '\n';
const BUDGET_WARNING =
  'This document nests lists and quotes more than any charter needs for its size; Team Charter read the lists and quotes of this block and the ones after it as plain text.';

const syntaxWarnings = (text: string) =>
  checkText(text, { format: 'markdown' })
    .findings.filter((finding) => finding.rule === 'syntax')
    .map((finding) => [finding.range.start.line, finding.severity, finding.message]);

describe('robustness: nesting within a budget', function () {
  this.timeout(60_000);

  it('4,000 lines of 16 `> ` and 15 `- `: read as text past the budget, with one warning', () => {
    assert.deepEqual(syntaxWarnings(NESTED), [[0, 'warning', BUDGET_WARNING]]);
  });

  it('1 MB of lines nested deeper than the limit as well: both warnings, once each', () => {
    const line = '> '.repeat(20) + '- '.repeat(20) + 'x';
    const text = Array.from({ length: Math.ceil(1_000_000 / line.length) }, () => line).join('\n');
    const warnings = syntaxWarnings(text);
    assert.deepEqual(warnings.map(([row]) => row), [0, 0]);
    assert.match(String(warnings[0][2]), /nests lists or quotes deeper than any charter needs/);
    assert.equal(warnings[1][2], BUDGET_WARNING);
  });

  it('a document at its budget is left alone; one marker more is defused', () => {
    // `> - x`: two markers on a quoted line.
    const lines = Math.floor(MIN_NESTING_BUDGET / (2 * QUOTED_MARKER_WEIGHT));
    const at = '> - x\n'.repeat(lines);
    assert.equal(guardMarkdown(at).text, at);
    const over = at + '> - x\n';
    assert.equal(guardMarkdown(over).text, over.replace(/[>-]/g, 'x'));
  });

  it('quotes and nested lists as charters write them are read as before', () => {
    const text = [
      '# Payments',
      '',
      '> ## Responsibilities',
      '>',
      '> | Responsibility | Product Manager | Engineering Manager |',
      '> | --- | --- | --- |',
      '> | Roadmap | A/R | C |',
      '',
      '- Notes',
      '  - on hiring',
      '    - and more',
      '',
    ].join('\n');
    assert.equal(guardMarkdown(text).text, text);
    assert.deepEqual(checkText(text, { format: 'markdown' }).charter.responsibilities.map((r) => r.name), ['Roadmap']);
  });

  it('CLI and server: the same warning on the file', async () => {
    const cwd = makeFolder({ 'nested.charter.md': NESTED });
    const client = await LspClient.start({ rootDir: cwd });
    try {
      const run = cli(['check', 'nested.charter.md'], { cwd });
      assert.equal(run.code, 0);
      assert.match(run.stdout, new RegExp(`^nested\\.charter\\.md:1:1  warning  ${BUDGET_WARNING.replace(/[.()]/g, '\\$&')}  syntax$`, 'm'));
      const uri = fileUri(path.join(cwd, 'nested.charter.md'));
      await client.open(uri, NESTED);
      const { diagnostics } = await client.currentDiagnostics(uri);
      assert.deepEqual(diagnostics.map((d) => [d.range.start.line, d.severity, d.code, d.message]), [[0, 2, 'syntax', BUDGET_WARNING]]);
    } finally {
      await client.stop();
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});
