// Inline suppressions through the CLI: the same comments the editor honours, and
// --report-unused-disable-directives (as ESLint's: unused ones become errors).
import * as assert from 'node:assert/strict';
import { cli, ERROR_YAML, makeFolder } from '../helpers/cli';

const SUPPRESSED = ERROR_YAML.replace('    responsible: [pm, designer]', '    # team-charter-disable-next-line role-undefined -- designer joins in May\n    responsible: [pm, designer]');

describe('CLI: inline suppressions', () => {
  it('a disabled finding is not reported and does not fail the run', () => {
    const cwd = makeFolder({ 'team.charter.yaml': SUPPRESSED });
    const run = cli(['check', '.'], { cwd });
    assert.equal(run.code, 0, run.stdout);
    assert.doesNotMatch(run.stdout, /role-undefined|error/);
  });

  it('--report-unused-disable-directives reports a comment that suppresses nothing, as an error', () => {
    const cwd = makeFolder({ 'team.charter.yaml': SUPPRESSED.replace('[pm, designer]', '[pm]') });
    assert.equal(cli(['check', '.'], { cwd }).code, 0);
    const run = cli(['check', '--report-unused-disable-directives', '.'], { cwd });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /team\.charter\.yaml:8:5 {2}error {2}Unused team-charter-disable-next-line directive: no role-undefined problem was reported where it applies\. {2}unused-disable-directive/);
    const used = makeFolder({ 'team.charter.yaml': SUPPRESSED });
    assert.equal(cli(['check', '--report-unused-disable-directives', '.'], { cwd: used }).code, 0);
  });

  it('lists the option in --help', () => {
    assert.match(cli(['--help'], { cwd: process.cwd() }).stdout, /--report-unused-disable-directives/);
  });
});
