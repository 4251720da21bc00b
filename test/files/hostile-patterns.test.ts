// Patterns written to make a matcher backtrack, in the places a pull request can put them: the config
// file's `files`, a quoted glob on the command line, and `.gitignore`. Each finishes at once with the
// right answer, through the CLI (check, owners, export) and the language server. Before, the CLI's walk
// (tinyglobby/picomatch) did not end on 13 `*a`, nor a walk (CLI or server) under `a/**/` x15 in
// `.gitignore` (the `ignore` package). The mocha timeout is the hang guard.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { cli } from '../helpers/cli';
import { LspClient } from '../helpers/lspClient';
import { cliCharters, serverCharters, writeTree } from './charter-tree';
import { temporaryFolder } from '../helpers/folders';

const STARS = `${'*a'.repeat(13)}b.md`;
const FORTY_A = `${'a'.repeat(40)}.md`;
/** `a/**\/a/**\/…/b`: fifteen `a/**\/` then `b`. */
const DEEP_GITIGNORE = `${'a/**/'.repeat(15)}b\n`;
const DEEP_CHARTER = `${'a/'.repeat(30)}c.charter.md`;

describe('hostile patterns finish at once, with the right answer', function () {
  this.timeout(20_000);
  let root: string;

  beforeEach(() => {
    root = temporaryFolder('team-charter-hostile-');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('config files: 13 `*a` then `b.md`, in check, owners and export', () => {
    writeTree(root, { [FORTY_A]: null, 'team.charter.md': null, '.team-charter.json': JSON.stringify({ files: [STARS, '*.charter.md'] }) });
    assert.deepEqual(cliCharters(root), ['team.charter.md']);
    const owners = cli(['owners', '-f', 'json', '.'], { cwd: root });
    assert.deepEqual(JSON.parse(owners.stdout).map((row: { file: string }) => row.file), ['team.charter.md', 'team.charter.md']);
    const exported = cli(['export', '-f', 'json', '.'], { cwd: root });
    assert.equal(exported.code, 0, exported.stderr);
    assert.deepEqual(JSON.parse(exported.stdout).charters.map((charter: { file: string }) => charter.file), ['team.charter.md']);
  });

  it('a quoted glob on the command line: 13 `*a` then `b.md`', () => {
    writeTree(root, { [FORTY_A]: null, [`${'a'.repeat(40)}b.md`]: null });
    assert.deepEqual(cliCharters(root, [STARS]), [`${'a'.repeat(40)}b.md`]);
    const none = cli(['check', `${'*a'.repeat(13)}c.md`], { cwd: root });
    assert.equal(none.stderr, `team-charter: no files match '${'*a'.repeat(13)}c.md'\n`);
  });

  it('a quoted glob the matcher cannot use is a usage error giving the reason', () => {
    writeTree(root, { 'a.md': null });
    const run = cli(['check', '@(a|b).md'], { cwd: root });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "team-charter: cannot use the glob '@(a|b).md': extended globs such as @(a|b) are not supported\n");
  });

  it('.gitignore: `a/**/` fifteen times, over a path thirty folders deep (CLI and server)', async () => {
    writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': DEEP_GITIGNORE, [DEEP_CHARTER]: null, [`${'a/'.repeat(16)}b/x.charter.md`]: null });
    // The second charter is in a folder `b` below fifteen `a` folders: ignored, as git ignores it.
    assert.deepEqual(cliCharters(root), [DEEP_CHARTER]);
    const client = await LspClient.start({ rootDir: root });
    try {
      assert.deepEqual(await serverCharters(client, root), [DEEP_CHARTER]);
    } finally {
      await client.stop();
    }
  });
});
