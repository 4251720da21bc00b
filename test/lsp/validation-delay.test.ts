// How long the server waits after a change before it checks the document (validation.ts).
import * as assert from 'node:assert/strict';
import { MAX_VALIDATION_DELAY_MS, MIN_VALIDATION_DELAY_MS, validationDelay } from '../../server/src/lsp/validation';

describe('validation delay', () => {
  it('waits about as long as the last check took, within its bounds, while changes come in a burst', () => {
    assert.equal(validationDelay(1, 100, 2), MIN_VALIDATION_DELAY_MS);
    assert.equal(validationDelay(23, 100, 10), 23);
    assert.equal(validationDelay(900, 100, 10), MAX_VALIDATION_DELAY_MS);
    assert.equal(validationDelay(undefined, 40_000, 10), 40, 'before the first check, guessed from the length');
  });

  it('checks the first change after a pause at once: there is nothing to coalesce it with', () => {
    assert.equal(validationDelay(23, 100, 23), 0);
    assert.equal(validationDelay(23, 100, 5_000), 0);
    assert.equal(validationDelay(900, 100, 60), 0, 'a pause as long as the longest debounce');
  });

  it('still waits when nothing says how long ago the previous change was (the document was just opened, or a check is waiting)', () => {
    assert.equal(validationDelay(23, 100, undefined), 23);
  });
});
