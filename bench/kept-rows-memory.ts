// The heap a document's table row cache keeps (core/parse/markdown/row-cache.ts): 3,000 matrix rows in
// TABLES tables, checked again after each of EDITS edits, each in a different row (going round the
// tables), then the heap after a full collection.
//   npx tsx --expose-gc bench/kept-rows-memory.ts [cache|none] [EDITS=400] [TABLES=1]
import { checkText } from '../server/src/core/check';
import { ChunkCache, TableRowCache } from '../server/src/core/parse/markdown';

const ROWS = 3000;
const mode = process.argv[2] ?? 'cache';
const edits = Number(process.argv[3] ?? 400);
const tables = Number(process.argv[4] ?? 1);
const roles = ['PM', 'EM', 'QA', 'Dev', 'Ops'];
const perTable = Math.floor(ROWS / tables);
const lines = ['# Big', ''];
/** The line of each table's first row. */
const firstRows: number[] = [];
for (let t = 0; t < tables; t++) {
  lines.push(`## Phase ${t}`, '', `| Task | ${roles.join(' | ')} | Notes |`, `|${' --- |'.repeat(roles.length + 2)}`);
  firstRows.push(lines.length);
  for (let i = 0; i < perTable; i++) lines.push(`| Task ${t}.${i} with a longer name | A | R | C | I | R | some note text here ${i} |`);
  lines.push('');
}
const rowCache = new TableRowCache();
const chunkCache = new ChunkCache();
for (let k = 0; k < edits; k++) {
  const line = firstRows[k % tables] + ((Math.floor(k / tables) * 37) % perTable);
  lines[line] = lines[line].replace(/\| [ARCI] \|/, (cell) => (cell === '| A |' ? '| R |' : '| A |'));
  lines[0] = `# Big ${k}`;
  checkText(lines.join('\n'), { path: 'big.charter.md', markdown: mode === 'cache' ? { chunkCache, rowCache } : { chunkCache } });
  rowCache.nextGeneration();
  chunkCache.nextGeneration();
}
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
gc();
console.log(`${mode}, ${tables} table(s): heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB after ${edits} edits; rows kept ${rowCache.rowsReused}, of ${rowCache.readsHeld()} reads`);
