// A Markdown charter read again keeps the readings of the table rows (a matrix's, an assignment
// table's) whose line, text and table did not change (core/parse/markdown/row-cache.ts). Whatever the
// edit, the check must give what a check without kept rows gives: the same findings, fixes and model,
// rewrites included; and rows must actually be kept.
import * as assert from 'node:assert/strict';
import { checkText, type CheckResult } from '../../server/src/core/check';
import type { Involvement } from '../../server/src/core/model';
import { ChunkCache, TableRowCache } from '../../server/src/core/parse/markdown';
import { MAX_TEXTS } from '../../server/src/core/parse/markdown/row-cache';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import { fuzzCases, fuzzSeed, rng, typedAt } from '../helpers/random';
import { offeredFixes, seenOfCheck } from '../helpers/checkView';

/** What the tests ask each row's rewrite to write. */
const REWRITE: Involvement[] = [
  { ref: 'QA', letters: ['A', 'R'] },
  { ref: 'PM', letters: ['C'] },
  { ref: 'EM', letters: [] },
];
const seen = (result: CheckResult) => seenOfCheck(result, REWRITE);

const CHARTER = [
  '# Payments 💳 team',
  '',
  'Roles are defined below; R = Responsible, A = Accountable, S = Support.',
  '',
  '## Roles',
  '',
  '- **Product Manager (PM)**: owns the roadmap',
  '- **Engineering Manager (EM)**: owns delivery',
  '- **Quality Lead (QA)**: owns quality',
  '',
  '## Responsibilities',
  '',
  '| Activity | PM | EM | QA | Covers |',
  '| --- | :-: | --- | --- | --- |',
  '| **Planning** | | | | |',
  '| Roadmap 🚀 | A | R | C | `docs/` |',
  '| Release date | A | A | I | |',
  '| 事故の振り返り | I | R | A/R | |',
  '| Budget | A, R | | | |',
  '| Hiring\t| R | A | S |',
  '| **Running** | | | | |',
  '| Incident review | C | A | R | `ops/**` |',
  '| Launch | X | A | |',
  '<!-- team-charter-disable-next-line accountable-multiple -->',
  '| On-call | A | A | R | |',
  '| Roadmap 🚀 | R | | A | |',
  '',
  '## Second phase',
  '',
  '> | Step | PM | QA |',
  '> |------|----|----|',
  '> | Review | A | R |',
  '> | Sign-off | R | A |',
  '',
].join('\n');

const ASSIGNMENTS = [
  '# Platform team 🛠',
  '',
  '## Roles',
  '',
  '| Role | Description |',
  '| --- | --- |',
  '| Product Manager (PM) | owns the roadmap |',
  '| Engineering Manager (EM) | owns delivery |',
  '| Quality Lead (QA) | owns quality |',
  '',
  '## Responsibilities',
  '',
  '| Area | Task | Responsible | Accountable | Consulted | Informed |',
  '|------|------|-------------|-------------|-----------|----------|',
  '| Plan | Roadmap 🚀 | EM, QA | PM | | Everyone |',
  '| | Release date | **EM** | PM, EM | QA | |',
  '| Run | 事故の振り返り | QA | `EM` | PM, Team Lead | |',
  '| | Budget\t| PM | | EM | QA |',
  '| | Hiring | EM + QA | EM | PM (Kim, Lou) | |',
  '',
  '- Later phase:',
  '',
  '  | Task | R | A |',
  '  | --- | --- | --- |',
  '  | Review | QA | PM |',
  '  | Sign-off | PM | **QA** |',
  '',
].join('\n');

const PLAIN = ['x', 'A', 'R', 'C', 'I', 'S', 'A/R', ', ', 'é', '字', '😀', ' ', 'Team '];
const ODD = ['|', '\\|', '-', '**', '`', '\t', '\r', ':'];

/**
 * A seeded edit: mostly typing in a line of a table (a letter, a word, a pipe), now and then anywhere
 * (the prose above the tables moves every row's offsets, a header changes the columns), or a line break.
 */
function edit(text: string, random: () => number): string {
  let at = Math.floor(random() * (text.length + 1));
  if (random() < 0.8) {
    const rows = [...text.matchAll(/^(?:> )?\|.*$/gm)];
    const row = rows[Math.floor(random() * rows.length)];
    if (row) at = row.index! + Math.floor(random() * (row[0].length + 1));
  }
  const pick = random();
  if (pick < 0.04) return text.slice(0, at) + (random() < 0.5 ? '\n' : '\r\n') + text.slice(at);
  const words = random() < 0.85 ? PLAIN : ODD;
  return typedAt(text, at, pick, words[Math.floor(random() * words.length)]);
}

describe('Markdown charter: table rows kept between reads', () => {
  for (const [form, charter] of [
    ['matrix', CHARTER],
    ['assignment table', ASSIGNMENTS],
  ] as const) {
    it(`gives, rows kept, what a check without kept rows gives, edit after edit (${form})`, () => {
      const random = rng(fuzzSeed(11));
      const rowCache = new TableRowCache();
      const chunkCache = new ChunkCache();
      const cases = fuzzCases(400);
      for (let round = 0; round < cases / 10; round++) {
        let text = round % 3 === 2 ? charter.replace(/\n/g, '\r\n') : charter;
        for (let step = 0; step < 10; step++) {
          text = edit(text, random);
          const kept = checkText(text, { path: 'c.charter.md', markdown: { chunkCache, rowCache } });
          chunkCache.nextGeneration();
          rowCache.nextGeneration();
          const fresh = checkText(text, { path: 'c.charter.md' });
          assert.equal(seen(kept), seen(fresh), `round ${round}, step ${step}:\n${text}`);
        }
      }
      // Most rows of most checks were kept, not read again.
      assert.ok(rowCache.rowsReused > cases * 4, `${rowCache.rowsReused} rows kept over ${cases} checks`);
    });
  }

  it('keeps every row but the edited one when a letter is typed in a cell, and writes fixes where the rows now are', () => {
    const rowCache = new TableRowCache();
    const options = { path: 'c.charter.md', markdown: { rowCache } };
    checkText(CHARTER, options);
    // Typed above the table: every row moves on by one character, its line and text unchanged.
    const typed = CHARTER.replace('| Budget | A, R |', '| Budget | A, R, C |').replace('owns the roadmap', 'owns the roadmaps');
    const before = rowCache.rowsReused;
    const result = checkText(typed, options);
    const matrixRows = result.charter.responsibilities.filter((r) => r.form === 'matrix').length;
    assert.equal(rowCache.rowsReused - before, matrixRows - 1);
    assert.equal(seen(result), seen(checkText(typed, { path: 'c.charter.md' })));
    const release = result.charter.responsibilities.find((r) => r.name === 'Release date')!;
    const edits = release.rewrite([{ ref: 'EM', letters: [] }]);
    assert.deepEqual(edits.map((e) => e.range.start), [{ line: 16, character: 21 }]);
  });

  it("reads a row again when it starts elsewhere on its line, a list item's marker written differently above its table", () => {
    const listed = (marker: string) => ['## Responsibilities', '', `${marker} Owners:`, '   | Task | PM | EM |', '   | --- | --- | --- |', '   | Ship | R | R |', ''].join('\n');
    const rowCache = new TableRowCache();
    const options = { path: 'c.charter.md', markdown: { rowCache } };
    checkText(listed('-'), options);
    rowCache.nextGeneration();
    const renumbered = listed('1.');
    const result = checkText(renumbered, options);
    assert.equal(seen(result), seen(checkText(renumbered, { path: 'c.charter.md' })));
    // The fix writes the Accountable letter into the PM cell where it now stands.
    const fix = result.findings.find((f) => f.rule === 'accountable-missing')!.fixes[0];
    assert.deepEqual(fix.edits[0].range.start, { line: 5, character: 12 });
  });

  it('reads a row again when a legend gives its letters other meanings, its line unchanged', () => {
    const matrix = ['## Responsibilities', '', 'Letters as usual.', '', '| Task | PM | EM |', '| --- | --- | --- |', '| Ship | A | S |', '| Plan | A | R |', ''].join('\n');
    const rowCache = new TableRowCache();
    const options = { path: 'c.charter.md', markdown: { rowCache } };
    checkText(matrix, options);
    rowCache.nextGeneration();
    // "S = Support" makes S a letter of the matrix (RASCI): Ship's S is no longer an unreadable cell.
    const withLegend = matrix.replace('Letters as usual.', 'S = Support.');
    const kept = checkText(withLegend, options);
    assert.equal(seen(kept), seen(checkText(withLegend, { path: 'c.charter.md' })));
    assert.ok(!kept.findings.some((f) => f.rule === 'raci-invalid'), 'S is read as a letter');
  });

  it('keeps the rows of a few texts only, however many rows of however many tables are edited one after another', () => {
    const table = (n: number) => [`## Phase ${n}`, '', '| Task | PM | EM |', '| --- | --- | --- |', ...Array.from({ length: 10 }, (_, i) => `| Step ${n}.${i} | A | R |`), ''];
    let text = Array.from({ length: 12 }, (_, n) => table(n)).flat().join('\n');
    const rowCache = new TableRowCache();
    const options = { path: 'c.charter.md', markdown: { rowCache } };
    for (let i = 0; i < 40; i++) {
      text = text.replace(`| Step ${i % 12}.${Math.floor(i / 12)} |`, `| Step ${i % 12}.${Math.floor(i / 12)}x |`);
      checkText(text, options);
      rowCache.nextGeneration();
      assert.ok(rowCache.readsHeld() <= MAX_TEXTS + 1, `after ${i + 1} edits, rows of ${rowCache.readsHeld()} texts are kept`);
    }
    // Most of the 120 rows of each check were kept, however many tables hold them.
    assert.ok(rowCache.rowsReused > 40 * 90, `${rowCache.rowsReused} rows kept`);
  });

  it('keeps the rows of a few texts only, however many rows are edited one after another', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `| Step ${i} | A | R |`);
    let text = ['## Responsibilities', '', '| Task | PM | EM |', '| --- | --- | --- |', ...rows, ''].join('\n');
    const rowCache = new TableRowCache();
    const options = { path: 'c.charter.md', markdown: { rowCache } };
    for (let i = 0; i < 40; i++) {
      text = text.replace(`| Step ${i} |`, `| Step ${i}x |`);
      checkText(text, options);
      rowCache.nextGeneration();
      assert.ok(rowCache.readsHeld() <= MAX_TEXTS + 1, `after ${i + 1} edits, rows of ${rowCache.readsHeld()} texts are kept`);
    }
    assert.ok(rowCache.rowsReused > 40 * 50, `${rowCache.rowsReused} rows kept`);
  });

  it('verifies fixes with the verdicts of reads without kept rows', () => {
    const rowCache = new TableRowCache();
    const options = { path: 'c.charter.md', markdown: { rowCache } };
    const verifier = new FixVerifier(CHARTER, options, checkText(CHARTER, options));
    const fresh = new FixVerifier(CHARTER, { path: 'c.charter.md' });
    assert.equal(offeredFixes(verifier), offeredFixes(fresh));
    assert.ok(offeredFixes(fresh).includes('Make'), 'a fix of the matrix is offered');
    // The fixed texts' rows are not the document's: its next check finds every row of its own kept.
    const before = rowCache.rowsReused;
    const again = checkText(CHARTER, options);
    assert.equal(rowCache.rowsReused - before, again.charter.responsibilities.length);
  });
});
