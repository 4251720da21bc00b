import * as assert from 'node:assert/strict';
import type { RuleSeverities } from '../../server/src/core/config/settings';
import { applyFix, check, findingsOf, lines, onlyFinding, rangeOf, type Format, said } from '../helpers/charter';
import { CHARTER_FORMS, formatOf, renderCharter, type CharterForm, type CharterSpec } from '../helpers/forms';
import { readWrittenDate } from '../../server/src/core/freshness/dates';

const RULE = 'review-overdue';
const TODAY = '2026-03-04';
const spec: CharterSpec = {
  roles: ['Product Manager', 'Engineering Manager'],
  responsibilities: [{ name: 'Roadmap', letters: { 'Product Manager': 'A/R', 'Engineering Manager': 'C' } }],
};

/** The charter of a form, saying when it was last reviewed the way that form does. */
function reviewed(form: CharterForm, date: string, every?: string): string {
  const text = renderCharter(form, spec);
  if (form === 'yaml') return text.replace('team: Payments\n', `team: Payments\nreviewed: ${date}\n${every ? `review-every: ${every}\n` : ''}`);
  const front = every ? `---\nreview-every: ${every}\n---\n` : '';
  return front + text.replace('# Payments\n', `# Payments\n\n**Last reviewed:** ${date}\n`);
}

/** `today: null`: a check given no day. */
function run(text: string, format: Format, severities?: RuleSeverities, today: string | null = TODAY) {
  return check(text, format, severities, today === null ? {} : { today });
}

describe(RULE, () => {
  for (const form of CHARTER_FORMS) {
    describe(`in the ${form} form`, () => {
      const format = formatOf(form);

      it('fires on the date once the default period of 6 months has passed, and the fix writes today', () => {
        const text = reviewed(form, '2025-09-03');
        const finding = onlyFinding(run(text, format), RULE);
        assert.deepEqual(finding.range, rangeOf(text, '2025-09-03'));
        assert.equal(finding.severity, 'warning');
        assert.deepEqual(said(finding), { messageId: 'overdueByDefault', data: { reviewed: '2025-09-03', period: '6 months', due: '2026-03-03' } });
        assert.deepEqual(finding.fixes.map((fix) => [fix.title, fix.safe]), [['Mark as reviewed today (2026-03-04)', undefined]]);
        const fixed = applyFix(text, finding.fixes[0]);
        assert.equal(fixed, text.replace('2025-09-03', TODAY));
        const before = run(text, format).findings.filter((other) => other !== finding);
        assert.deepEqual(run(fixed, format).findings.map((f) => f.message), before.filter((f) => f.rule !== RULE).map((f) => f.message));
      });

      it('is silent up to the due date itself', () => {
        assert.deepEqual(findingsOf(run(reviewed(form, '2025-09-04'), format), RULE), []);
        assert.deepEqual(findingsOf(run(reviewed(form, '2026-01-10'), format), RULE), []);
      });

      it('uses the period the charter writes (front matter in Markdown)', () => {
        assert.equal(findingsOf(run(reviewed(form, '2025-12-01', '3 months'), format), RULE).length, 1);
        assert.deepEqual(findingsOf(run(reviewed(form, '2025-09-03', 'P1Y'), format), RULE), []);
        assert.match(onlyFinding(run(reviewed(form, '2025-03-01', 'yearly'), format), RULE).message, /every 1 year: the next review was due on 2026-03-01\./);
      });
    });
  }

  it('takes the default period and its severity from the settings', () => {
    const text = reviewed('yaml', '2025-06-01');
    assert.equal(findingsOf(run(text, 'yaml'), RULE).length, 1);
    assert.deepEqual(findingsOf(run(text, 'yaml', { [RULE]: { severity: 'error', options: { months: 12 } } }), RULE), []);
    assert.equal(onlyFinding(run(text, 'yaml', { [RULE]: { severity: 'error', options: { months: 3 } } }), RULE).severity, 'error');
    assert.match(onlyFinding(run(text, 'yaml', { [RULE]: { severity: 'info', options: { months: 3 } } }), RULE).message, /every 3 months \(the default/);
    assert.deepEqual(findingsOf(run(text, 'yaml', { [RULE]: 'off' }), RULE), []);
  });

  it('does not judge without a day to judge by (the core reads no clock)', () => {
    assert.deepEqual(findingsOf(run(reviewed('matrix', '2001-01-01'), 'markdown', undefined, null), RULE), []);
    assert.deepEqual(findingsOf(run(reviewed('yaml', '2001-01-01'), 'yaml', undefined, null), RULE), []);
  });

  it('is silent on a charter that gives no review date', () => {
    assert.deepEqual(findingsOf(run(renderCharter('matrix', spec), 'markdown'), RULE), []);
    assert.deepEqual(findingsOf(run(renderCharter('yaml', spec), 'yaml'), RULE), []);
  });

  it('reads no date from prose, code, comments or tables that mention a review', () => {
    const text = lines(
      '# Payments',
      '',
      'The roadmap was last reviewed: 2001-01-01 said the old page, but this is prose.',
      'We last reviewed this charter in 2001.',
      '',
      '```',
      'Last reviewed: 2001-01-01',
      '```',
      '',
      '    Last reviewed: 2001-01-01',
      '',
      '<!-- Last reviewed: 2001-01-01 -->',
      '',
      '| Last reviewed | 2001-01-01 |',
      '| --- | --- |',
      '',
      'Last reviewed | 2001-01-01',
      '',
      'Last reviewers: the leads, 2001-01-01',
      '',
      'Last reviewed: when the team changed',
      '',
      renderCharter('matrix', spec).replace('# Payments\n', ''),
    );
    const result = run(text, 'markdown');
    assert.equal(result.charter.review, undefined);
    assert.deepEqual(findingsOf(result, RULE), []);
  });

  it('reads the line in a list item, a block quote, with emphasis, and the latest of several', () => {
    const text = lines('# Payments', '', '> _Last reviewed: 2024-01-05_', '', '- Owner: Dana', '- Last review: 2025-02-01 (by the leads)', renderCharter('matrix', spec).replace('# Payments\n', ''));
    const result = run(text, 'markdown');
    assert.equal(result.charter.review?.reviewed?.date, '2025-02-01');
    assert.deepEqual(onlyFinding(result, RULE).range, rangeOf(text, '2025-02-01'));
  });

  it('reads the line in the ten languages of the reader, with their ways of writing a date', () => {
    const dated: [string, string][] = [
      ['Last reviewed on September 3, 2025', '2025-09-03'],
      ['Dernière revue : 3 septembre 2025', '2025-09-03'],
      ['**Zuletzt überprüft:** 03.09.2025', '2025-09-03'],
      ['Última revisión: 3 de septiembre de 2025', '2025-09-03'],
      ['Última revisão: 2025-09-03', '2025-09-03'],
      ['Ultima revisione: 3 settembre 2025', '2025-09-03'],
      ['Laatst herzien: 3 september 2025', '2025-09-03'],
      ['Последний пересмотр: 3 сентября 2025 г.', '2025-09-03'],
      ['最終レビュー日：2025年9月3日', '2025-09-03'],
      ['最后审查：2025年9月3日', '2025-09-03'],
    ];
    for (const [line, date] of dated) {
      const result = run(lines('# Payments', '', line, '', renderCharter('matrix', spec).replace('# Payments\n', '')), 'markdown');
      assert.equal(result.charter.review?.reviewed?.date, date, line);
      assert.equal(findingsOf(result, RULE).length, 1, line);
    }
  });

  it('reads a date only when its day and month cannot be swapped', () => {
    assert.equal(readWrittenDate('03/04/2025'), undefined);
    assert.equal(readWrittenDate('04/13/2025')?.date, '2025-04-13');
    assert.equal(readWrittenDate('13/04/2025')?.date, '2025-04-13');
    assert.equal(readWrittenDate('2025-02-30'), undefined);
    assert.equal(readWrittenDate('September 2025')?.date, '2025-09-30');
    assert.equal(readWrittenDate('2025-09-012'), undefined);
  });

  it('prefers the front matter date to a line of the document', () => {
    const text = lines('---', 'reviewed: 2026-01-01', '---', '# Payments', '', 'Last reviewed: 2001-01-01', renderCharter('matrix', spec).replace('# Payments\n', ''));
    const result = run(text, 'markdown');
    assert.equal(result.charter.review?.reviewed?.date, '2026-01-01');
    assert.deepEqual(findingsOf(result, RULE), []);
  });

  it('reports a YAML date or period it cannot read as a schema problem, and then does not guess', () => {
    const badDate = reviewed('yaml', '1 Sept 2025');
    const result = run(badDate, 'yaml');
    assert.deepEqual(findingsOf(result, RULE), []);
    assert.equal(onlyFinding(result, 'schema').message, '\'reviewed\' should be a date written YYYY-MM-DD, such as 2026-09-01, not "1 Sept 2025".');
    const badPeriod = run(reviewed('yaml', '2001-01-01', 'sometimes'), 'yaml');
    assert.deepEqual(findingsOf(badPeriod, RULE), []);
    assert.match(onlyFinding(badPeriod, 'schema').message, /^'review-every' should be a period such as "6 months"/);
    const front = run(lines('---', 'reviewed: soon', '---', renderCharter('matrix', spec)), 'markdown');
    assert.match(onlyFinding(front, 'schema').message, /^'reviewed' should be a date/);
  });

  it('points at the date in UTF-16 code units, with CRLF line ends and wide characters before it', () => {
    const text = `# 🚀 Payments 团队\r\n\r\n- 📅 **Last reviewed:** 2025年1月10日\r\n\r\n${renderCharter('matrix', spec).replace('# Payments\n', '').replace(/\n/g, '\r\n')}`;
    const finding = onlyFinding(run(text, 'markdown'), RULE);
    assert.deepEqual(finding.range, { start: { line: 2, character: 24 }, end: { line: 2, character: 34 } });
    assert.deepEqual(finding.range, rangeOf(text, '2025年1月10日'));
    assert.equal(applyFix(text, finding.fixes[0]), text.replace('2025年1月10日', TODAY));
  });
});
