// Inline suppressions (core/suppressions.ts): what each comment silences, in Markdown and YAML, the
// unused-directive report, and the quick fix that inserts a comment (which must itself silence the finding).
import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import { readDirectives } from '../../server/src/core/suppressions';
import { suppressionFix } from '../../server/src/core/suppressionFix';
import { applyEdits } from '../../server/src/core/text';
import { lines } from '../helpers/charter';
import { SUPPRESSIONS_CHARTER_MARKDOWN, SUPPRESSIONS_ROLES_MARKDOWN, SUPPRESSIONS_TABLE_MARKDOWN } from '../helpers/fixtures';

const md = (text: string, report?: 'error' | 'warning') => checkText(text, { format: 'markdown', reportUnusedDisableDirectives: report });
const yaml = (text: string, report?: 'error' | 'warning') => checkText(text, { format: 'yaml', reportUnusedDisableDirectives: report });
const rules = (result: { findings: { rule: string }[] }) => result.findings.map((finding) => finding.rule);

const ROLES_MD = SUPPRESSIONS_ROLES_MARKDOWN;
const TABLE_MD = SUPPRESSIONS_TABLE_MARKDOWN;
/** role-unused on the Scrum Master line (7), raci-invalid on the roadmap row. */
const MARKDOWN = SUPPRESSIONS_CHARTER_MARKDOWN;

const YAML = lines(
  'team: Checkout',
  'roles:',
  '  pm:',
  '    title: Product Manager',
  '  sm:',
  '    title: Scrum Master',
  'responsibilities:',
  '  - name: Product roadmap',
  '    accountable: pm',
  '    responsible: [pm, designer]',
);

describe('inline suppressions', () => {
  it('the fixtures have the findings the tests silence', () => {
    assert.deepEqual(rules(md(MARKDOWN)), ['role-unused', 'raci-invalid']);
    assert.deepEqual(rules(yaml(YAML)).sort(), ['role-undefined', 'role-unused']);
  });

  describe('Markdown', () => {
    it('disable-next-line silences the named rule on the next line only', () => {
      const text = lines(...ROLES_MD.slice(0, 6), '<!-- team-charter-disable-next-line role-unused -->', ROLES_MD[6], '', ...TABLE_MD);
      assert.deepEqual(rules(md(text)), ['raci-invalid']);
      const other = lines(...ROLES_MD.slice(0, 6), '<!-- team-charter-disable-next-line raci-invalid -->', ROLES_MD[6], '', ...TABLE_MD);
      assert.deepEqual(rules(md(other)), ['role-unused', 'raci-invalid']);
    });

    it('disable-line silences findings on its own line', () => {
      const text = lines(...ROLES_MD.slice(0, 6), `${ROLES_MD[6]} <!-- team-charter-disable-line role-unused -->`, '', ...TABLE_MD);
      assert.deepEqual(rules(md(text)), ['raci-invalid']);
    });

    it('disable … enable silences a range; several ids by commas or spaces; a reason after --', () => {
      const text = lines(
        '<!-- team-charter-disable role-unused, raci-invalid -- agreed in the retro -->',
        ...ROLES_MD,
        '',
        ...TABLE_MD,
        '<!-- team-charter-enable -->',
      );
      assert.deepEqual(rules(md(text)), []);
      const spaces = lines('<!-- team-charter-disable role-unused raci-invalid -->', ...ROLES_MD, '', ...TABLE_MD);
      assert.deepEqual(rules(md(spaces)), []);
      const reEnabled = lines('<!-- team-charter-disable -->', ...ROLES_MD, '<!-- team-charter-enable raci-invalid -->', '', ...TABLE_MD);
      assert.deepEqual(rules(md(reEnabled)), ['raci-invalid']);
    });

    it('disable-file silences the whole file wherever it is; no ids means every rule', () => {
      assert.deepEqual(rules(md(lines(...ROLES_MD, '', ...TABLE_MD, '', '<!-- team-charter-disable-file -->'))), []);
      assert.deepEqual(rules(md(lines('<!-- team-charter-disable-file raci-invalid -->', ...ROLES_MD, '', ...TABLE_MD))), ['role-unused']);
    });

    it('reads # comments in the front matter', () => {
      const text = lines('---', 'team: Checkout', '# team-charter-disable-next-line schema', 'extends: ../shared/roles.yaml', '---', ...ROLES_MD.slice(2), '', ...TABLE_MD);
      const refusing = (source: string) =>
        checkText(source, { format: 'markdown', path: '/charters/a.charter.md', host: { readFile: () => ({ refused: 'it is outside the workspace' }) } });
      assert.ok(rules(refusing(text.replace('# team-charter-disable-next-line schema\n', ''))).includes('schema'));
      assert.deepEqual(rules(refusing(text)), ['role-unused', 'raci-invalid']);
    });
  });

  describe('YAML', () => {
    it('# comments: next line, same line, ranges and the whole file', () => {
      assert.deepEqual(rules(yaml(YAML.replace('    title: Scrum Master', '    # team-charter-disable-next-line role-unused\n    title: Scrum Master'))), ['role-undefined']);
      assert.deepEqual(rules(yaml(YAML.replace('[pm, designer]', '[pm, designer] # team-charter-disable-line role-undefined'))), ['role-unused']);
      assert.deepEqual(rules(yaml(`# team-charter-disable\n${YAML}# team-charter-enable\n`)), []);
      assert.deepEqual(rules(yaml(`${YAML}# team-charter-disable-file role-unused,role-undefined\n`)), []);
    });

    it('a # inside a value is not a comment', () => {
      assert.deepEqual(rules(yaml(YAML.replace('title: Scrum Master', 'title: Scrum Master#team-charter-disable-line'))).sort(), ['role-undefined', 'role-unused']);
    });
  });

  describe('unused directives, on request', () => {
    const text = lines(
      '<!-- team-charter-disable-next-line role-duplicate -->',
      ...ROLES_MD.slice(0, 6),
      '<!-- team-charter-disable-next-line role-unused, no-such-rule -->',
      ROLES_MD[6],
      '',
      ...TABLE_MD,
    );

    it('are not reported by default', () => {
      assert.deepEqual(rules(md(text)), ['raci-invalid']);
    });

    it('are reported with the severity asked for, naming the id that suppressed nothing', () => {
      const unused = md(text, 'error').findings.filter((finding) => finding.rule === 'unused-disable-directive');
      assert.deepEqual(
        unused.map((finding) => [finding.range.start.line, finding.severity, finding.message]),
        [
          [0, 'error', "Unused team-charter-disable-next-line directive: no role-duplicate problem was reported where it applies."],
          [7, 'error', "Unused team-charter-disable-next-line directive: there is no rule 'no-such-rule'."],
        ],
      );
    });

    it('a wholly unused directive has a safe fix that removes its line', () => {
      const [first] = md(text, 'warning').findings;
      assert.equal(first.rule, 'unused-disable-directive');
      assert.equal(first.fixes[0].safe, true);
      const fixed = applyEdits(text, first.fixes[0].edits);
      assert.equal(fixed, text.slice(text.indexOf('\n') + 1));
    });
  });

  describe('the quick fix that inserts a comment', () => {
    const verified = (text: string, format: 'markdown' | 'yaml', rule: string) => {
      const result = checkText(text, { format });
      const finding = result.findings.find((candidate) => candidate.rule === rule)!;
      const fix = suppressionFix(text, format, finding)!;
      assert.equal(fix.isPreferred, false);
      assert.ok(!fix.safe, 'never applied by fix all');
      const after = applyEdits(text, fix.edits);
      assert.deepEqual(new FixVerifier(text, { format }, result).offered(finding, [fix]), [fix], 'verified: its finding goes and nothing is added');
      return { fix, after };
    };

    it('Markdown: a disable-next-line comment above the line', () => {
      const { fix, after } = verified(MARKDOWN, 'markdown', 'role-unused');
      assert.equal(fix.title, 'Disable role-unused for this line');
      assert.ok(after.includes('<!-- team-charter-disable-next-line role-unused -->\n- **Scrum Master**'));
      assert.deepEqual(rules(md(after)), ['raci-invalid']);
    });

    it('Markdown tables: disable before the table and enable after it (a comment line would cut the table)', () => {
      const { fix, after } = verified(MARKDOWN, 'markdown', 'raci-invalid');
      assert.equal(fix.title, 'Disable raci-invalid for this table');
      assert.ok(after.includes('<!-- team-charter-disable raci-invalid -->\n| Responsibility'));
      assert.ok(after.endsWith('| Code review     | I               | A/R                 |\n<!-- team-charter-enable raci-invalid -->\n'));
      assert.deepEqual(rules(md(after)), ['role-unused']);
    });

    it('YAML: a # comment with the line\'s indentation; CRLF kept', () => {
      const crlf = YAML.replace(/\n/g, '\r\n');
      const { after } = verified(crlf, 'yaml', 'role-undefined');
      assert.ok(after.includes('\r\n    # team-charter-disable-next-line role-undefined\r\n    responsible: [pm, designer]'));
    });
  });
});

describe('README: Suppressing findings', () => {
  it('its examples are comments Team Charter reads', () => {
    const readme = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../README.md'), 'utf8') as string;
    const section = readme.slice(readme.indexOf('## Suppressing findings'));
    const blocks = [...section.matchAll(/```(markdown|yaml)\n([\s\S]*?)```/g)].slice(0, 2);
    const kinds = blocks.map(([, format, text]) => readDirectives(text, format as 'markdown' | 'yaml').map((d) => `${d.kind} ${d.rules.join(',')}`));
    assert.deepEqual(kinds, [
      ['disable-next-line role-unused', 'disable role-boundary', 'enable role-boundary'],
      ['disable-next-line role-boundary', 'disable-line role-undefined'],
    ]);
  });
});
