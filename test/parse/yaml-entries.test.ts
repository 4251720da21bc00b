// A YAML charter checked again after an edit inside one responsibility reads that entry alone
// (core/parse/yaml/entries.ts). Whatever the edit, the check must give what a check of the whole text
// gives: the same findings, fixes and model, and the short way must actually be taken.
import * as assert from 'node:assert/strict';
import { checkText, type CheckResult } from '../../server/src/core/check';
import { YamlEntryCache } from '../../server/src/core/parse/yaml/entries';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import { fuzzCases, fuzzSeed, rng, typedAt } from '../helpers/random';
import { PAYMENTS_YAML_ROLES } from '../helpers/fixtures';
import { offeredFixes, seenOfCheck } from '../helpers/checkView';

const seen = (result: CheckResult) =>
  seenOfCheck(result, [
    { ref: 'qa', letters: ['A', 'R'] },
    { ref: 'pm', letters: ['C'] },
  ]);

const CHARTER = [
  ...PAYMENTS_YAML_ROLES,
  '  ta:',
  '    title: Technical Architect',
  '  qa:',
  '    title: Quality Lead',
  'responsibilities:',
  '  - name: Roadmap 🚀',
  '    accountable: pm',
  '    responsible: [em, ta]',
  '  # team-charter-disable-next-line responsible-missing',
  '  - name: Release date',
  '    accountable: [pm, em]',
  '  - name: "Incident review"',
  '    description: 事故の振り返り',
  '    accountable: qa',
  '    responsible: qa',
  '    informed: [pm, em, ta]',
  '  - name: Budget',
  '    acountable: pm',
  '    responsible: em',
  '  - name: Roadmap 🚀',
  '    accountable: ta',
  '    responsible: ta',
  '    consulted: designer',
  '  - name: Launch',
  '    accountable: [pm, ta]',
  '    responsible: em',
  '  - name: Hiring',
  '    accountable: em',
  '    responsible: em',
  '',
].join('\n');

const PLAIN = ['x', 'é', '字', '😀', ' ', 's', 'pm', 'em, ', 'Team '];
const ODD = [':', '#', '-', ',', '[', ']', '"', "'", '&', '*', '\t', '\r', 'accountable: '];

/**
 * A seeded edit: mostly typing in a value of the responsibilities (after a key's colon: a character or a
 * word typed, deleted or replaced), now and then anywhere, with a character that may break the YAML, or
 * a line break.
 */
function edit(text: string, random: () => number): string {
  const list = text.indexOf('responsibilities:');
  let at = Math.floor(random() * (text.length + 1));
  if (random() < 0.85) {
    const lineStart = text.lastIndexOf('\n', list + Math.floor(random() * (text.length - list))) + 1;
    const lineEnd = text.slice(lineStart).search(/\r?\n|$/) + lineStart;
    const colon = text.indexOf(': ', lineStart);
    const from = colon >= 0 && colon < lineEnd ? colon + 2 : lineStart;
    at = from + Math.floor(random() * (lineEnd - from + 1));
  }
  const pick = random();
  if (pick < 0.03) return text.slice(0, at) + (random() < 0.5 ? '\n' : '\r\n    ') + text.slice(at);
  if (pick < 0.08) {
    // A line break moved: as many lines as before, two of them changed (a fix writing two lines does this).
    const lineBreak = text.indexOf('\n', at);
    if (lineBreak < 0) return text;
    const joined = text.slice(0, lineBreak) + text.slice(lineBreak + 1);
    const again = Math.max(list, lineBreak + Math.floor(random() * 41) - 20);
    return joined.slice(0, again) + '\n' + ' '.repeat(Math.floor(random() * 6)) + joined.slice(again);
  }
  const words = random() < 0.9 ? PLAIN : ODD;
  return typedAt(text, at, pick, words[Math.floor(random() * words.length)]);
}

describe('YAML charter: an edit inside one responsibility', () => {
  it('gives, entry read alone, what a check of the whole text gives, edit after edit', () => {
    const random = rng(fuzzSeed(7));
    const cache = new YamlEntryCache();
    const cases = fuzzCases(400);
    for (let round = 0; round < cases / 10; round++) {
      let text = round % 3 === 2 ? CHARTER.replace(/\n/g, '\r\n') : CHARTER;
      for (let step = 0; step < 10; step++) {
        text = edit(text, random);
        const incremental = checkText(text, { path: 'c.charter.yaml', yaml: { entryCache: cache } });
        const whole = checkText(text, { path: 'c.charter.yaml' });
        assert.equal(seen(incremental), seen(whole), `round ${round}, step ${step}:\n${text}`);
      }
    }
    // The short way was taken for a good share of the edits, not only the whole read.
    assert.ok(cache.entriesReadAlone > cases / 5, `${cache.entriesReadAlone} of ${cases} edits read one entry`);
  });

  it('reads only the edited entry when a letter is typed in a responsibility name', () => {
    const cache = new YamlEntryCache();
    checkText(CHARTER, { path: 'c.charter.yaml', yaml: { entryCache: cache } });
    const typed = CHARTER.replace('name: Budget', 'name: Budgets');
    const result = checkText(typed, { path: 'c.charter.yaml', yaml: { entryCache: cache } });
    assert.equal(cache.entriesReadAlone, 1);
    assert.ok(result.charter.responsibilities.some((r) => r.name === 'Budgets'));
    assert.equal(seen(result), seen(checkText(typed, { path: 'c.charter.yaml' })));
  });

  it('verifies fixes of several entries one after another, each entry read alone from the document, with the verdicts of whole reads', () => {
    const cache = new YamlEntryCache();
    const withCache = { path: 'c.charter.yaml', yaml: { entryCache: cache } };
    const verifier = new FixVerifier(CHARTER, withCache, checkText(CHARTER, withCache));
    const whole = new FixVerifier(CHARTER, { path: 'c.charter.yaml' });
    assert.equal(offeredFixes(verifier), offeredFixes(whole));
    // The misspelt key's fix, and Launch's two (each rewrites its A and R lines), change one entry in place.
    assert.equal(cache.entriesReadAlone, 3);
  });

  it('writes the line break the text now has most of in its fixes, when an edit inside one entry changes which one that is', () => {
    // Eight CRLF lines, then nine LF ones: the edit turns one LF into a CRLF, and CRLF becomes the most.
    const crlfFirst = ['team: Payments\r\nroles:\r\n  pm:\r\n    title: Product Manager\r\n  em:\r\n    title: Engineering Manager\r\n  qa:\r\n    title: Quality Lead\r\nresponsibilities:', '  - name: Roadmap', '    accountable: pm', '    responsible: pm', '  - name: Budget', '    accountable: em', '  - name: Hiring', '    accountable: recruiter', '    responsible: em', ''].join('\n');
    const flipped = crlfFirst.replace('    accountable: pm\n    responsible: pm\n', '    accountable: em\r\n    responsible: em\n');
    const cache = new YamlEntryCache();
    checkText(crlfFirst, { path: 'c.charter.yaml', yaml: { entryCache: cache } });
    const incremental = checkText(flipped, { path: 'c.charter.yaml', yaml: { entryCache: cache } });
    const written = (result: CheckResult) => result.findings.flatMap((f) => f.fixes.flatMap((fix) => fix.edits.map((edit) => edit.newText)));
    assert.deepEqual(written(incremental), written(checkText(flipped, { path: 'c.charter.yaml' })));
    assert.ok(written(incremental).some((text) => text.includes('\r\n')), 'the fixes write CRLF');
  });

  it("keeps the charter's problems in the order a whole read finds them, whatever lies after the list", () => {
    const text = [...PAYMENTS_YAML_ROLES, 'responsibilities:', '  - name: Roadmap', '    accountable: pm', '  - name: Budget', '    accountable: em', 'reviewed: 2024-13-45', ''].join('\n');
    const misspelt = text.replace('    accountable: pm', '    acountable: pm');
    const cache = new YamlEntryCache();
    checkText(text, { path: 'c.charter.yaml', yaml: { entryCache: cache } });
    const incremental = checkText(misspelt, { path: 'c.charter.yaml', yaml: { entryCache: cache } });
    assert.equal(cache.entriesReadAlone, 1);
    const messages = (result: CheckResult) => result.charter.problems.map((problem) => problem.message);
    assert.deepEqual(messages(incremental), messages(checkText(misspelt, { path: 'c.charter.yaml' })));
  });

  it('reads the whole text again for an edit in the last entry, outside the list, or across lines', () => {
    const cache = new YamlEntryCache();
    checkText(CHARTER, { path: 'c.charter.yaml', yaml: { entryCache: cache } });
    for (const changed of [CHARTER.replace('name: Hiring', 'name: Hirings'), CHARTER.replace('team: Payments', 'team: Payment'), CHARTER.replace('    accountable: qa\n', '    accountable: qa\n    consulted: pm\n')]) {
      checkText(changed, { path: 'c.charter.yaml', yaml: { entryCache: cache } });
    }
    assert.equal(cache.entriesReadAlone, 0);
  });
});
