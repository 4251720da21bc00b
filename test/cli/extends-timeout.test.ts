// Reading `extends` files is bounded in time: one file is given up after EXTENDS_READ_TIMEOUT_MS
// (checked between chunks, so a slow network share or FUSE mount cannot stall a check for minutes),
// and one check stops reading after EXTENDS_CHECK_BUDGET_MS in all. Both say why on the extends value.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXTENDS_CHECK_BUDGET_MS, checkCharter } from '../../server/src/host/checkCharter';
import { EXTENDS_READ_TIMEOUT_MS, MAX_EXTENDS_BYTES, extendsScope, readExtendsFile } from '../../server/src/host/extendsFiles';
import type { CharterHost } from '../../server/src/core/model';
import { makeFolder } from '../helpers/cli';

const CATALOG = 'team: Org\nroles:\n  designer:\n    title: Product Designer\n';

/** A clock that moves `step` ms each time it is read. */
function steppingClock(step: number): () => number {
  let time = 0;
  return () => (time += step);
}

describe('extends reads: time limits', () => {
  let folder: string;
  before(() => {
    folder = makeFolder({
      'small.charter.yaml': CATALOG,
      // 256 KiB: four chunks of 64 KiB.
      'large.charter.yaml': `${CATALOG}#${'x'.repeat(256 * 1024)}\n`,
      'full.charter.yaml': `${CATALOG}#${'x'.repeat(MAX_EXTENDS_BYTES - CATALOG.length - 2)}\n`,
    });
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const scope = () => extendsScope([folder], 'it is outside');

  it(`gives up reading one file after ${EXTENDS_READ_TIMEOUT_MS / 1000} s, between chunks`, () => {
    // A second passes per chunk: the third chunk ends past the limit.
    const refused = readExtendsFile(path.join(folder, 'large.charter.yaml'), scope(), { now: steppingClock(1000) });
    assert.deepEqual(refused, { refused: `reading it took longer than ${EXTENDS_READ_TIMEOUT_MS / 1000} s` });
    assert.equal(readExtendsFile(path.join(folder, 'small.charter.yaml'), scope(), { now: steppingClock(1000) }), CATALOG);
  });

  it('reads a 1 MiB file within the limit on the real clock', () => {
    const text = readExtendsFile(path.join(folder, 'full.charter.yaml'), scope());
    assert.equal(typeof text, 'string');
    assert.equal((text as string).length, MAX_EXTENDS_BYTES);
  });

  it(`stops reading extends files after ${EXTENDS_CHECK_BUDGET_MS / 1000} s in one check, and says so`, () => {
    // Each read takes 3 s on the fake clock: a.yaml and b.yaml are read, c.yaml is not.
    let time = 0;
    const files: Record<string, string> = {
      '/team/a.yaml': 'extends: ./b.yaml\nroles: {}\n',
      '/team/b.yaml': 'extends: ./c.yaml\nroles: {}\n',
      '/team/c.yaml': CATALOG,
    };
    const reads: string[] = [];
    const host: CharterHost = {
      readFile: (file) => {
        reads.push(file);
        time += 3000;
        return files[file];
      },
    };
    const charter = 'team: Payments\nextends: ./a.yaml\nroles: {}\nresponsibilities:\n  - name: Roadmap\n    accountable: designer\n    responsible: designer\n';
    const result = checkCharter(charter, { path: '/team/charter.yaml', host }, () => time);
    assert.deepEqual(reads, ['/team/a.yaml', '/team/b.yaml']);
    assert.deepEqual(
      result.findings.filter((finding) => finding.rule === 'schema').map((finding) => finding.message),
      [
        `Not following all of extends './a.yaml': 'b.yaml' extends './c.yaml', which is not read: ` +
          `reading the files extended before it took longer than ${EXTENDS_CHECK_BUDGET_MS / 1000} s.`,
      ],
    );
  });
});
