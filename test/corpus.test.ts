// The pattern corpus (test/corpus/): invented charters written the ways real ones were misread, each
// with the findings a careful reader wants. Every `must` is found at its rule and line, and nothing is
// reported that is neither a `must` nor an arguable `may`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/core/check';

const DIR = path.join(__dirname, 'corpus');

interface Expected {
  rule: string;
  line: number | '*';
  why: string;
}

interface Expectation {
  kind: 'charter' | 'not-a-charter';
  must: Expected[];
  may: Expected[];
}

const charters = fs.readdirSync(DIR).filter((name) => /\.charter\.(md|ya?ml)$/.test(name)).sort();

describe('pattern corpus', () => {
  it('has an expectation beside every charter', () => {
    assert.ok(charters.length > 0);
    for (const name of charters) assert.ok(fs.existsSync(expectationPath(name)), `${name} has no expect.json`);
  });

  for (const name of charters) {
    it(name, () => {
      const expected = JSON.parse(fs.readFileSync(expectationPath(name), 'utf8')) as Expectation;
      const text = fs.readFileSync(path.join(DIR, name), 'utf8');
      const found = checkText(text, { path: path.join(DIR, name) }).findings.map((finding) => ({ rule: finding.rule, line: finding.range.start.line + 1, message: finding.message }));
      const unmatched = [...expected.must];
      const wrong: string[] = [];
      for (const finding of found) {
        const hit = unmatched.findIndex((entry) => entry.rule === finding.rule && entry.line === finding.line);
        if (hit >= 0) unmatched.splice(hit, 1);
        else if (!expected.may.some((entry) => entry.rule === finding.rule && (entry.line === '*' || entry.line === finding.line))) wrong.push(`${finding.line}:${finding.rule} ${finding.message}`);
      }
      assert.deepEqual(wrong, [], 'reported but not expected');
      assert.deepEqual(unmatched.map((entry) => `${entry.line}:${entry.rule} (${entry.why})`), [], 'expected but not reported');
      if (expected.kind === 'not-a-charter') assert.equal(expected.must.length, 0, 'a document that is not a charter expects no finding');
    });
  }
});

function expectationPath(name: string): string {
  return path.join(DIR, name.replace(/\.charter\.(md|ya?ml)$/, '.expect.json'));
}
