// Many teams claiming one shared responsibility: each finding names a few teams and counts the rest,
// and points at MAX_RELATED of the others, so what a run holds grows with the number of claims, not
// with its square (300 teams made 300 findings of 300 related locations each; 5,000 ran out of memory).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { MAX_RELATED } from '../../server/src/core/rules/types';
import { manyClaimsFiles } from '../helpers/many-claims';
import { cli, makeFolder } from '../helpers/cli';

const TEAMS = 300;

interface SarifResult {
  ruleId: string;
  message: { text: string };
  relatedLocations?: { message: { text: string }; physicalLocation: { artifactLocation: { uri: string } } }[];
}

function sarifResults(cwd: string): SarifResult[] {
  const { stdout } = cli(['check', '-f', 'sarif', '.'], { cwd });
  return (JSON.parse(stdout) as { runs: { results: SarifResult[] }[] }).runs[0].results;
}

describe('CLI: many teams claiming one shared responsibility', function () {
  this.timeout(60_000);

  it('reports every accountable team, each with a bounded list of the others', () => {
    const cwd = makeFolder(manyClaimsFiles(TEAMS, true));
    try {
      const results = sarifResults(cwd).filter((result) => result.ruleId === 'shared-accountable-multiple');
      assert.equal(results.length, TEAMS);
      const related = results.map((result) => result.relatedLocations ?? []);
      for (const list of related) assert.equal(list.length, MAX_RELATED + 1, 'ten other teams and the declaration');
      assert.equal(
        results[0].message.text,
        `"Payments API" is a shared responsibility with ${TEAMS} accountable teams: "Team 0000", "Team 0001", "Team 0002", "Team 0003", ` +
          `"Team 0004", "Team 0005", "Team 0006" and ${TEAMS - 7} more. Exactly one team must be accountable; the others can be consulted (C).`,
      );
      // Each points at the first teams other than itself, then at the declaration.
      assert.deepEqual(
        related[0].map((location) => location.physicalLocation.artifactLocation.uri),
        [...Array.from({ length: MAX_RELATED }, (_, index) => `teams/team-${String(index + 1).padStart(4, '0')}.charter.yaml`), 'catalog.charter.yaml'],
      );
      assert.equal(related[5][4].message.text, '"Team 0004" is accountable too ("Team Lead")');
      assert.equal(related[5][5].message.text, '"Team 0006" is accountable too ("Team Lead")');
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('lists a bounded number of the teams that claim it without an accountable role', () => {
    const cwd = makeFolder(manyClaimsFiles(TEAMS, false));
    try {
      const [missing] = sarifResults(cwd).filter((result) => result.ruleId === 'shared-accountable-missing');
      assert.equal(missing.relatedLocations?.length, MAX_RELATED);
      assert.equal(missing.relatedLocations![0].message.text, '"Team 0000" lists it with no accountable role');
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});
