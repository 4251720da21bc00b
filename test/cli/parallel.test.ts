// How many threads a run uses (the bundled CLI's parallel run is compared with one thread in bin.test.ts).
import * as assert from 'node:assert/strict';
import { PARALLEL_MIN_FILES, threadCount } from '../../server/src/cli/parallel';

describe('CLI threads', () => {
  it('stays in one thread for few files and uses at most one thread per idle CPU', () => {
    assert.equal(threadCount(1, {}, 8, 0), 1);
    assert.equal(threadCount(PARALLEL_MIN_FILES - 1, {}, 8, 0), 1);
    assert.equal(threadCount(2 * PARALLEL_MIN_FILES, {}, 8, 0), 2);
    assert.equal(threadCount(1000, {}, 2, 0.2), 2);
    assert.equal(threadCount(1000, {}, 1, 0), 1);
    // A machine busy with other work: more threads would only compete for the CPUs.
    assert.equal(threadCount(1000, {}, 2, 1.6), 1);
    assert.equal(threadCount(1000, {}, 8, 5), 3);
    assert.equal(threadCount(1000, {}, 2, 12), 1);
  });

  it('takes TEAM_CHARTER_THREADS when it is a whole number, never more threads than files', () => {
    assert.equal(threadCount(1000, { TEAM_CHARTER_THREADS: '1' }, 8, 0), 1);
    assert.equal(threadCount(10, { TEAM_CHARTER_THREADS: '4' }, 1, 9), 4);
    assert.equal(threadCount(2, { TEAM_CHARTER_THREADS: '4' }, 8, 0), 2);
    assert.equal(threadCount(1000, { TEAM_CHARTER_THREADS: 'many' }, 2, 0), 2);
    assert.equal(threadCount(5, { TEAM_CHARTER_THREADS: '0' }, 2, 0), 1);
  });
});
