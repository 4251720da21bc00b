// The walk that finds the workspace's charters for the organisation: charter names only, nothing from
// node_modules, .git or folders .gitignore leaves out (as `team-charter check` walks).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CharterFiles } from '../../server/src/lsp/charterFiles';
import { findWorkspaceCharters } from '../../server/src/lsp/workspaceFiles';
import { fileUri } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

describe('the workspace walk for the organisation', () => {
  it('finds charters by name and leaves out ignored folders and files', async () => {
    const root = temporaryFolder('team-charter-walk-');
    try {
      const write = (relative: string, text = 'team: X\n') => {
        fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
        fs.writeFileSync(path.join(root, relative), text);
      };
      fs.mkdirSync(path.join(root, '.git'));
      write('.gitignore', 'build/\n*.draft.charter.md\n');
      write('teams/a.charter.yaml');
      write('teams/b/CHARTER.md');
      write('teams/notes.md');
      write('teams/old.draft.charter.md');
      write('build/teams/a.charter.yaml');
      write('node_modules/pkg/charter.md');
      const charters = new CharterFiles();
      charters.setGlobs([]); // the default charter names
      charters.setWorkspaceFolders([fileUri(root)]);
      const walk = await findWorkspaceCharters([root], (uri) => charters.isCharter(uri), () => false);
      assert.deepEqual(walk.files.map((file) => path.relative(root, file)).sort(), ['teams/a.charter.yaml', 'teams/b/CHARTER.md']);
      assert.equal(walk.truncated, undefined);
      // Stopped when told to.
      assert.deepEqual((await findWorkspaceCharters([root], (uri) => charters.isCharter(uri), () => true)).files, []);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
