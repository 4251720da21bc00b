// The organisation's scan reads the workspace's charters a few ahead of the one it checks (readAhead.ts).
import * as assert from 'node:assert/strict';
import { readingAhead } from '../../server/src/lsp/readAhead';

describe('reading files ahead', () => {
  it('gives each file its own text, having started the reads of the next ones, and a failed read as no text', async () => {
    const started: string[] = [];
    const read = (file: string) => {
      started.push(file);
      return file === 'broken' ? Promise.reject(new Error('EIO')) : Promise.resolve(`text of ${file}`);
    };
    const textAt = readingAhead(['a', 'b', 'broken', 'd', 'e'], read, 2);
    assert.equal(await textAt(0), 'text of a');
    assert.deepEqual(started, ['a', 'b', 'broken']);
    assert.equal(await textAt(1), 'text of b');
    assert.equal(await textAt(2), undefined);
    assert.equal(await textAt(4), 'text of e');
    assert.deepEqual(started, ['a', 'b', 'broken', 'd', 'e'], 'each file read once');
  });
});
