// The language server on a workspace where many teams claim one shared responsibility: the open
// charter's finding names a few teams, counts the rest and points at MAX_RELATED of them, as the CLI
// does. Before, each of the N findings held N related locations: 5,000 teams took the server out of
// memory.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_RELATED } from '../../server/src/core/rules/types';
import { manyClaimsFiles } from '../helpers/many-claims';
import { fileUri, LspClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/folders';

const TEAMS = 300;

describe('language server: many teams claiming one shared responsibility', function () {
  this.timeout(60_000);
  let root: string;
  let client: LspClient;

  before(async () => {
    root = temporaryFolder('team-charter-many-claims-');
    for (const [name, text] of Object.entries(manyClaimsFiles(TEAMS, true))) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    client = await LspClient.start({ rootDir: root });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports the conflict in the open charter with a bounded list of the other teams', async () => {
    const file = path.join(root, 'teams/team-0005.charter.yaml');
    const uri = fileUri(file);
    await client.open(uri, fs.readFileSync(file, 'utf8'));
    const published = await client.diagnostics(uri, (params) => params.diagnostics.some((d) => d.code === 'shared-accountable-multiple'));
    const [finding] = published.diagnostics.filter((d) => d.code === 'shared-accountable-multiple');
    assert.match(String(finding.message), new RegExp(`with ${TEAMS} accountable teams: "Team 0000", .*, "Team 0006" and ${TEAMS - 7} more\\.`));
    const related = finding.relatedInformation ?? [];
    assert.equal(related.length, MAX_RELATED + 1);
    assert.deepEqual(
      related.map((r) => path.basename(new URL(r.location.uri).pathname)),
      [0, 1, 2, 3, 4, 6, 7, 8, 9, 10].map((index) => `team-${String(index).padStart(4, '0')}.charter.yaml`).concat('catalog.charter.yaml'),
    );
  });
});
