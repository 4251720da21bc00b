// The shared table of patterns gives the same answer through the command line (the config file's
// `files`) and the language server over stdio (`teamCharter.files`): one matcher behind both. Before,
// the CLI's walk used picomatch and the server its own matcher, and they disagreed (`[[:alpha:]].md`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient } from '../helpers/lspClient';
import { cliCharters, serverCharters, writeTree } from './charter-tree';
import { GLOB_TABLE } from './glob-table';
import { temporaryFolder } from '../helpers/folders';

describe('file patterns: the same answer in the CLI and the server', function () {
  this.timeout(120_000);

  for (const { pattern, matches, misses } of GLOB_TABLE) {
    it(pattern, async () => {
      const root = temporaryFolder('team-charter-patterns-');
      let client: LspClient | undefined;
      try {
        writeTree(root, Object.fromEntries([...matches, ...misses].map((file) => [file, null])));
        fs.writeFileSync(path.join(root, '.team-charter.json'), JSON.stringify({ files: [pattern] }));
        const expected = [...matches].sort();
        assert.deepEqual(cliCharters(root), expected, 'the CLI');
        client = await LspClient.start({ rootDir: root, settings: { files: [pattern] } });
        assert.deepEqual(await serverCharters(client, root), expected, 'the server');
      } finally {
        await client?.stop();
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
