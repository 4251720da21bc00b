// A team that lists a shared responsibility without an A of its own takes part in work another team
// owns: when another team is accountable, its row is not accountable-missing; when none is, it is (and
// the catalog reports the gap); a charter checked without its organisation keeps the finding.
import * as assert from 'node:assert/strict';
import { cli, makeFolder } from '../helpers/cli';
import { ORG_FILES, PAYMENTS } from '../helpers/org';

type Report = { file: string; diagnostics: { rule: string; message: string; range: { start: { line: number } } }[] }[];

function findings(files: Record<string, string>, args: string[]): Record<string, string[]> {
  const cwd = makeFolder(files);
  const reports = JSON.parse(cli(['check', '-f', 'json', ...args], { cwd }).stdout) as Report;
  return Object.fromEntries(reports.map((report) => [report.file, report.diagnostics.map((d) => `${d.range.start.line}:${d.rule}`)]));
}

describe('claims of a shared responsibility without an A of their own', () => {
  // Payments is accountable for "Incident response" too; Search lists it as responsible only.
  const owned = { ...ORG_FILES, 'payments.charter.md': `${PAYMENTS}| Incident response | A         | R                 |\n` };

  it('are not accountable-missing when another team is accountable', () => {
    const found = findings(owned, ['.']);
    assert.ok(!found['search.charter.yaml'].includes('3:accountable-missing'), found['search.charter.yaml'].join(', '));
    assert.ok(!found['catalog.charter.yaml'].some((f) => f.startsWith('3:')), 'the catalog has an owner for it');
  });

  it('are accountable-missing when no team is, beside the catalog finding', () => {
    const found = findings(ORG_FILES, ['.']);
    assert.ok(found['search.charter.yaml'].includes('3:accountable-missing'), found['search.charter.yaml'].join(', '));
    assert.ok(found['catalog.charter.yaml'].includes('3:shared-accountable-missing'));
  });

  it('are accountable-missing in a charter checked without its organisation (a hook on changed files)', () => {
    const found = findings(owned, ['search.charter.yaml']);
    assert.deepEqual(found['search.charter.yaml'], ['3:accountable-missing']);
  });
});
