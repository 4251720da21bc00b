// The shipped samples are documentation users copy from: the clean ones must stay clean, and each
// problem sample must keep showing the rule it is named after.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRule, RULES } from '../../server/src/core/rules';
import { cli, REPO_ROOT } from '../helpers/cli';

interface JsonReport {
  file: string;
  diagnostics: { rule: string; severity: string; message: string }[];
}

function check(file: string): { code: number; report: JsonReport } {
  const { code, stdout, stderr } = cli(['check', '-f', 'json', file], { cwd: REPO_ROOT });
  assert.equal(stderr, '');
  return { code, report: (JSON.parse(stdout) as JsonReport[])[0] };
}

describe('samples', () => {
  for (const clean of ['samples/payments.charter.md', 'samples/platform.charter.yaml']) {
    it(`${clean} has no findings`, () => {
      const { code, report } = check(clean);
      assert.deepEqual(report.diagnostics, []);
      assert.equal(code, 0);
    });
  }

  const problemsFolder = path.join(REPO_ROOT, 'samples/problems');
  const problemFiles = fs.readdirSync(problemsFolder).filter((name) => /\.charter\.(md|ya?ml)$/.test(name));

  it('has a problem sample for every rule', () => {
    const shown = new Set(problemFiles.map((name) => name.replace(/\.charter\.(md|ya?ml)$/, '')));
    // Cross-charter rules need several charters: samples/organisation shows them (below).
    const missing = RULES.filter((rule) => !rule.crossCharter).map((rule) => rule.id).filter((id) => !shown.has(id));
    assert.deepEqual(missing, [], `add samples/problems/<rule-id>.charter.md for: ${missing.join(', ')}`);
  });

  for (const name of problemFiles) {
    const ruleId = name.replace(/\.charter\.(md|ya?ml)$/, '');
    it(`samples/problems/${name} shows ${ruleId}, and only it`, () => {
      assert.ok(findRule(ruleId), `the file name must be a rule id; '${ruleId}' is not one`);
      const { report } = check(`samples/problems/${name}`);
      const rules = [...new Set(report.diagnostics.map((diagnostic) => diagnostic.rule))];
      assert.deepEqual(rules, [ruleId], JSON.stringify(report.diagnostics, null, 2));
    });
  }

  it('samples/organisation shows every cross-charter rule, and only them', () => {
    const { stdout } = cli(['check', '-f', 'json', 'samples/organisation'], { cwd: REPO_ROOT });
    const reports = JSON.parse(stdout) as JsonReport[];
    const rules = new Set(reports.flatMap((report) => report.diagnostics.map((diagnostic) => diagnostic.rule)));
    assert.deepEqual([...rules].sort(), RULES.filter((rule) => rule.crossCharter).map((rule) => rule.id).sort());
  });
});
