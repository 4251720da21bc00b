// The heap a document's table row cache keeps (core/parse/markdown/row-cache.ts): a 3,000-row matrix
// checked again after each of EDITS edits, each in a different row, then the heap after a full collection.
//   npx tsx --expose-gc bench/kept-rows-memory.ts [cache|none] [EDITS=400]
import { checkText } from '../server/src/core/check';
import { ChunkCache, TableRowCache } from '../server/src/core/parse/markdown';

const ROWS = 3000;
const mode = process.argv[2] ?? 'cache';
const edits = Number(process.argv[3] ?? 400);
const roles = ['PM', 'EM', 'QA', 'Dev', 'Ops'];
const lines = ['# Big', '', '## Responsibilities', '', `| Task | ${roles.join(' | ')} | Notes |`, `|${' --- |'.repeat(roles.length + 2)}`];
for (let i = 0; i < ROWS; i++) lines.push(`| Task number ${i} with a longer name | A | R | C | I | R | some note text here ${i} |`);
const rowCache = new TableRowCache();
const chunkCache = new ChunkCache();
for (let k = 0; k < edits; k++) {
  const line = 6 + ((k * 37) % ROWS);
  lines[line] = lines[line].replace(/\| [ARCI] \|/, (cell) => (cell === '| A |' ? '| R |' : '| A |'));
  lines[0] = `# Big ${k}`;
  checkText(lines.join('\n'), { path: 'big.charter.md', markdown: mode === 'cache' ? { chunkCache, rowCache } : { chunkCache } });
  rowCache.nextGeneration();
  chunkCache.nextGeneration();
}
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
gc();
console.log(`${mode}: heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB after ${edits} edits; rows kept ${rowCache.rowsReused}`);
