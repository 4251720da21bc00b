// File matching and walking live in one folder that both front ends import (server/src/files/): the
// command line (`team-charter check .`) and the language server over stdio (the workspace it reads for
// the organisation) walk a test tree to the same list of charters: `.gitignore` files (nested, with
// negations, and .git/info/exclude), the config file's `ignores`, node_modules and .git, dot folders,
// and symbolic links (never followed).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from '../helpers/lspClient';
import { cliCharters, serverCharters, writeTree } from './charter-tree';
import { temporaryFolder } from '../helpers/folders';

const EXPECTED = ['.github/CHARTER.md', 'deep/x/y/z/team-charter.md', 'sub/keep.draft.charter.md', 'sub/team.charter.md', 'teams/a.charter.md', 'teams/b/charter.yaml'];

describe('walking: the CLI and the server find the same charters', function () {
  this.timeout(60_000);
  let root: string;

  before(() => {
    root = temporaryFolder('team-charter-walk-tree-');
    writeTree(root, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/info/exclude': 'secret/\n',
      '.git/charter.md': null,
      '.gitignore': 'build/\n*.draft.charter.md\n',
      '.team-charter.json': JSON.stringify({ ignores: ['archive/', 'old-*.charter.md'] }),
      '.github/CHARTER.md': null,
      'teams/a.charter.md': null,
      'teams/b/charter.yaml': null,
      'teams/notes.md': null,
      'sub/.gitignore': 'local.charter.yaml\n!keep.draft.charter.md\n',
      'sub/local.charter.yaml': null,
      'sub/keep.draft.charter.md': null,
      'sub/team.charter.md': null,
      'top.draft.charter.md': null,
      'build/x.charter.md': null,
      'build/sub/.gitignore': '!y.charter.md\n',
      'build/sub/y.charter.md': null,
      'secret/s.charter.md': null,
      'archive/y.charter.md': null,
      'old-z.charter.md': null,
      'node_modules/pkg/charter.md': null,
      'deep/x/y/z/team-charter.md': null,
    });
    fs.symlinkSync(path.join(root, 'teams/a.charter.md'), path.join(root, 'linked.charter.md'));
    fs.symlinkSync(path.join(root, 'teams'), path.join(root, 'linked-folder'));
    fs.symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'dangling.charter.md'));
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('the CLI', () => {
    assert.deepEqual(cliCharters(root), EXPECTED);
  });

  it('the server', async () => {
    const client = await LspClient.start({ rootDir: root });
    try {
      assert.deepEqual(await serverCharters(client, root), EXPECTED);
    } finally {
      await client.stop();
    }
  });
});
