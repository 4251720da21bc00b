// The indexes that spare trying every pattern on every path (a CODEOWNERS file's deciding rule, the
// covered paths of `owners --uncovered`) give the answer of trying every pattern in turn: seeded random
// CODEOWNERS files and paths built from a few names, so that patterns and paths often meet.
import * as assert from 'node:assert/strict';
import { parseCodeowners, type CodeownersRule } from '../../server/src/core/ownership/codeowners';
import { CodeownersIndex } from '../../server/src/core/ownership/codeownersIndex';
import { PatternIndex } from '../../server/src/core/ownership/patternIndex';
import { patternMatcher, segmentsOf } from '../../server/src/core/ownership/patterns';
import { fuzzCases, fuzzSeed, rng } from '../helpers/random';

const NAMES = ['a', 'b', 'docs', 'x.js', 'y.test.js', '.env', 'a.b', 'logs', 'x.ts'];
const PATTERN_PARTS = ['a', 'b', 'docs', '*', '**', '*.js', '*.test.js', '*.b', 'x.*', '?', 'logs', '.env', '*s', '[a]'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function randomPattern(random: () => number): string {
  const length = 1 + Math.floor(random() * 3);
  const body = Array.from({ length }, () => pick(random, PATTERN_PARTS)).join('/');
  return (random() < 0.4 ? '/' : '') + body + (random() < 0.3 ? '/' : '');
}

function randomPath(random: () => number): string {
  return Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, NAMES)).join('/');
}

/** The rule that decides a path in each section, trying every rule from the last. */
function decideByTrying(rules: readonly CodeownersRule[], sections: number, path: string): (CodeownersRule | undefined)[] {
  const decided: (CodeownersRule | undefined)[] = new Array(sections).fill(undefined);
  for (let at = rules.length - 1; at >= 0; at--) {
    const rule = rules[at];
    if (decided[rule.section] === undefined && patternMatcher(rule.pattern)(segmentsOf(path))) decided[rule.section] = rule;
  }
  return decided;
}

describe('pattern indexes against trying every pattern', () => {
  it('CodeownersIndex finds the deciding rule of each section (with GitLab sections too)', () => {
    const random = rng(fuzzSeed(2511));
    for (let round = 0; round < fuzzCases(60); round++) {
      const lines: string[] = [];
      for (let line = 0; line < 1 + Math.floor(random() * 25); line++) {
        if (random() < 0.1) lines.push(`[Section ${Math.floor(random() * 3)}] @default`);
        else lines.push(`${randomPattern(random)} @owner-${line}`);
      }
      const file = parseCodeowners(lines.join('\n'), '/r/CODEOWNERS');
      const index = new CodeownersIndex(file);
      for (let probe = 0; probe < 30; probe++) {
        const path = randomPath(random);
        const expected = decideByTrying(file.rules, file.sections.length, path).map((rule) => rule?.index);
        assert.deepEqual(index.decide(path).map((rule) => rule?.index), expected, `${path} under:\n${lines.join('\n')}`);
      }
    }
  });

  it('PatternIndex lists every pattern that matches a path, in the order given', () => {
    const random = rng(fuzzSeed(2512));
    for (let round = 0; round < fuzzCases(60); round++) {
      const patterns = Array.from({ length: 1 + Math.floor(random() * 20) }, () => randomPattern(random));
      const index = new PatternIndex(patterns.map((pattern, at) => ({ pattern, item: at })));
      for (let probe = 0; probe < 30; probe++) {
        const path = randomPath(random);
        const expected = patterns.map((pattern, at) => (patternMatcher(pattern)(segmentsOf(path)) ? at : -1)).filter((at) => at >= 0);
        assert.deepEqual(index.matching(path), expected, `${path} against ${JSON.stringify(patterns)}`);
      }
    }
  });
});
