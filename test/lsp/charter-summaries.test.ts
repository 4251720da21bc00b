// The organisation's summaries of the workspace's charters (charterSummaries.ts): a scan reads a file a
// while before it stores its summary, and a summary stored meanwhile from newer text must stay.
import * as assert from 'node:assert/strict';
import { CharterSummaries } from '../../server/src/lsp/charterSummaries';
import type { OrgCharter } from '../../server/src/core/org/model';

const summary = (team: string): OrgCharter => ({ path: '/w/checkout.charter.yaml', team, extends: [], shared: [], responsibilities: [], roles: [] });

describe("the organisation's charter summaries", () => {
  it("keeps a summary set after a scan's read of the file began (a change on disk, an open document's check), and takes the scan's otherwise", () => {
    const summaries = new CharterSummaries();
    const file = '/w/checkout.charter.yaml';
    summaries.set(file, summary('Checkout, first read'));
    // The scan reads the file; meanwhile it changes on disk and is read again.
    const readBegan = summaries.version(file);
    summaries.set(file, summary('Checkout, as saved'));
    summaries.setFromScan(file, summary('Checkout, read by the scan before the save'), readBegan);
    assert.equal(summaries.get(file)?.team, 'Checkout, as saved');
    // The next scan, with nothing set meanwhile, stores what it read.
    summaries.setFromScan(file, summary('Checkout, scanned again'), summaries.version(file));
    assert.equal(summaries.get(file)?.team, 'Checkout, scanned again');
  });

  it('keeps a file removed meanwhile (closed, deleted) out', () => {
    const summaries = new CharterSummaries();
    const file = '/w/checkout.charter.yaml';
    summaries.set(file, summary('Checkout'));
    const readBegan = summaries.version(file);
    assert.equal(summaries.delete(file), true);
    summaries.setFromScan(file, summary('Checkout, read before it was deleted'), readBegan);
    assert.equal(summaries.get(file), undefined);
    assert.equal(summaries.size, 0);
  });
});
