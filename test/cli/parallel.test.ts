// How many threads a run uses (the bundled CLI's parallel run is compared with one thread in bin.test.ts).
import * as assert from 'node:assert/strict';
import { PARALLEL_MIN_FILES, threadCount } from '../../server/src/cli/parallel';

describe('CLI threads', () => {
  it('stays in one thread for few files and uses at most one thread per CPU', () => {
    assert.equal(threadCount(1, {}, 8), 1);
    assert.equal(threadCount(PARALLEL_MIN_FILES - 1, {}, 8), 1);
    assert.equal(threadCount(2 * PARALLEL_MIN_FILES, {}, 8), 2);
    assert.equal(threadCount(1000, {}, 2), 2);
    assert.equal(threadCount(1000, {}, 1), 1);
  });

  it('takes TEAM_CHARTER_THREADS when it is a whole number, never more threads than files', () => {
    assert.equal(threadCount(1000, { TEAM_CHARTER_THREADS: '1' }, 8), 1);
    assert.equal(threadCount(10, { TEAM_CHARTER_THREADS: '4' }, 1), 4);
    assert.equal(threadCount(2, { TEAM_CHARTER_THREADS: '4' }, 8), 2);
    assert.equal(threadCount(1000, { TEAM_CHARTER_THREADS: 'many' }, 2), 2);
    assert.equal(threadCount(5, { TEAM_CHARTER_THREADS: '0' }, 2), 1);
  });
});
