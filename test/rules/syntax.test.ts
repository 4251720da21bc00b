import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../server/src/core/check';
import { checkMarkdown, checkYaml, findingsOf, lines } from '../helpers/charter';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../samples/platform.charter.yaml'), 'utf8');

const RULE = 'syntax';

describe(RULE, () => {
  it('reports YAML that cannot be parsed at the offending position, and checks the rest', () => {
    const text = lines('team: Payments', 'roles:', '  pm:', '    title: Product Manager', '    title: Program Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: pm');
    const found = findingsOf(checkYaml(text), RULE);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(found[0].range.start.line, 4);
    assert.match(found[0].message, /title/);
    // The rest of the document is still read: the responsibility has no responsible role.
    assert.equal(findingsOf(checkYaml(text), 'responsible-missing').length, 1);
  });

  it('reports broken front matter in a Markdown charter', () => {
    const text = lines('---', 'team: [Payments', '---', '# Payments');
    const found = findingsOf(checkMarkdown(text), RULE);
    assert.equal(found.length, 1);
    assert.ok(found[0].range.start.line >= 1 && found[0].range.start.line <= 2, JSON.stringify(found[0].range));
  });

  describe('stops at the first place the YAML cannot be read (as ESLint stops at a parse error)', () => {
    it('reports a space typed before team: once, naming the line, instead of 179 times', () => {
      const broken = SAMPLE.replace(/^team:/m, ' team:');
      const result = checkYaml(broken);
      assert.equal(result.findings.length, 1, JSON.stringify(result.findings.map((f) => f.message)));
      const [finding] = result.findings;
      assert.equal(finding.rule, RULE);
      const teamLine = broken.split('\n').findIndex((line) => line.startsWith(' team:'));
      assert.equal(finding.range.start.line, teamLine + 1, 'where the parser gives up: the next key');
      assert.match(finding.message, new RegExp(`^Line ${teamLine + 1} \\('team: Platform'\\) is indented by a space`));
      assert.match(finding.message, /remove the space before line \d+\. Nothing else in this charter is checked until it is fixed\.$/);
    });

    it('the same in a long charter: one finding, not one per token (the parser reports 7,000 here)', () => {
      const big = SAMPLE.replace(/^team:/m, ' team:') + SAMPLE.repeat(40);
      const result = checkYaml(big);
      assert.equal(result.findings.length, 1);
      assert.equal(result.allFindings.length, 1);
    });

    it('runs no other rule on the half-read charter, and keeps the problems before the error', () => {
      const text = lines(
        'team: Payments',
        'team: Checkout', // a key twice: an error of its own, before the parser loses its way
        'roles:',
        '  pm:',
        '    title: Product Manager',
        '  em:', // never used: role-unused, if the rules ran on what was read
        '    title: Engineering Manager',
        'responsibilities:',
        '  - name: Roadmap',
        '    accountable: [pm',
        '    responsible: pm',
        '  - name: Hiring',
        '    accountable: designer',
      );
      const result = checkYaml(text);
      assert.deepEqual(
        result.findings.map((finding) => [finding.rule, finding.range.start.line]),
        [
          [RULE, 1],
          [RULE, 10],
        ],
        JSON.stringify(result.findings.map((finding) => finding.message)),
      );
      assert.match(result.findings[0].message, /^Duplicate key 'team'/);
      assert.match(result.findings[1].message, /Nothing else in this charter is checked until it is fixed\.$/);
      assert.ok(result.charter.unreadable);
      // The model keeps what was read (the outline and hovers use it).
      assert.deepEqual(
        result.charter.roles.map((role) => role.id),
        ['pm', 'em'],
      );
    });

    it('does not report disable comments as unused when no rule could run', () => {
      const text = lines('team: Payments', 'roles:', '  # team-charter-disable-next-line role-unused', '  pm:', '    title: Product Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: [pm');
      const result = checkText(text, { format: 'yaml', reportUnusedDisableDirectives: 'error' });
      assert.deepEqual(
        result.findings.map((finding) => finding.rule),
        [RULE],
      );
    });

    it('still runs every rule after problems that leave the rest readable (a key twice, a bad alias)', () => {
      const text = lines(
        'team: Payments',
        'roles:',
        '  pm:',
        '    title: Product Manager',
        '    title: Program Manager',
        '  em:',
        '    title: Engineering Manager',
        'responsibilities:',
        '  - name: Roadmap',
        '    accountable: pm',
        '    responsible: pm',
        '    informed: *nowhere',
      );
      const result = checkYaml(text);
      assert.deepEqual(
        findingsOf(result, RULE).map((finding) => finding.message),
        ["Duplicate key 'title'.", "Unknown anchor 'nowhere'."],
      );
      assert.equal(findingsOf(result, 'role-unused').length, 1);
      assert.equal(result.charter.unreadable, undefined);
    });

    it('reports broken front matter once, and still checks the Markdown body', () => {
      const text = lines(
        '---',
        'team: [Payments',
        'mission: Move money',
        'extends: [a, b',
        '---',
        '# Payments',
        '',
        '## Responsibilities',
        '',
        '| Responsibility | PM | EM |',
        '| --- | --- | --- |',
        '| Roadmap | A | RR |',
        '| Hiring | R | A |',
      );
      const result = checkMarkdown(text);
      const syntax = findingsOf(result, RULE);
      assert.equal(syntax.length, 1, JSON.stringify(syntax.map((f) => f.message)));
      assert.match(syntax[0].message, /The rest of the front matter is not checked until it is fixed\.$/);
      assert.equal(findingsOf(result, 'raci-invalid').length, 1);
    });
  });

  it('is silent for well-formed YAML', () => {
    assert.deepEqual(findingsOf(checkYaml(lines('team: Payments', 'roles: {}')), RULE), []);
  });

  it('follows severity overrides', () => {
    const text = lines('team: [Payments');
    assert.ok(findingsOf(checkYaml(text, { [RULE]: 'warning' }), RULE).every((f) => f.severity === 'warning'));
    assert.ok(findingsOf(checkYaml(text, { [RULE]: 'warning' }), RULE).length > 0);
    assert.deepEqual(findingsOf(checkYaml(text, { [RULE]: 'off' }), RULE), []);
  });
});
