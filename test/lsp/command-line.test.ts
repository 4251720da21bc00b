// `team-charter-language-server` as a command other editors' users type into their configuration.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { ensureServerBuilt, SERVER } from '../helpers/lspClient';

describe('team-charter-language-server command', () => {
  before(ensureServerBuilt);

  it('can be linked by npm as a command (shebang)', () => {
    assert.match(fs.readFileSync(SERVER, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('without a transport, says which ones it takes and exits 2', () => {
    const run = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no transport given\nusage: team-charter-language-server --stdio \| --node-ipc/);
  });
});
