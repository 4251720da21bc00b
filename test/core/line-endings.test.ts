// CR-only text and a leading byte order mark read exactly like LF text, in every parser path and every
// edit. LSP counts \n, \r\n and a lone \r as line breaks, and a BOM the editor leaves in the buffer is a
// character (one UTF-16 code unit) at the start of line 0: a position on line 0 is one further right.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText, type CheckResult } from '../../server/src/core/check';
import { completionsAt } from '../../server/src/core/features/completion';
import { fixAllEdits } from '../../server/src/core/features/fixAll';
import { hoverAt } from '../../server/src/core/features/hover';
import { renameAt } from '../../server/src/core/features/navigation';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { FixVerifier } from '../../server/src/core/fixes/verify';
import type { Finding, TextEdit } from '../../server/src/core/model';
import { parseCharter } from '../../server/src/core/parse';
import type { MarkdownReadOptions } from '../../server/src/core/parse/markdown';
import { suppressionFix } from '../../server/src/core/suppressionFix';
import { parseYamlCharter, readYamlCharter } from '../../server/src/core/parse/yaml';
import { applyEdits, LineIndex } from '../../server/src/core/text';
import { lines, positionOf, rangeOf } from '../helpers/charter';
import { PAYMENTS_YAML_ROLES } from '../helpers/fixtures';

type Format = 'markdown' | 'yaml';
const ROOT = path.resolve(__dirname, '../..');
const BOM = '\ufeff';

interface Form {
  name: string;
  eol: '\n' | '\r\n' | '\r';
  bom: boolean;
}

const FORMS: Form[] = [
  { name: 'CRLF', eol: '\r\n', bom: false },
  { name: 'CR', eol: '\r', bom: false },
  { name: 'BOM+LF', eol: '\n', bom: true },
  { name: 'BOM+CRLF', eol: '\r\n', bom: true },
  { name: 'BOM+CR', eol: '\r', bom: true },
];

/** An LF text written in a form: its line breaks replaced, a BOM put first. */
function written(lf: string, form: Form): string {
  return (form.bom ? BOM : '') + lf.replace(/\n/g, form.eol);
}

/** What an LF result (positions, inserted text) is in a form: line 0 one further right after a BOM, line breaks the form's. */
function inForm<T>(value: T, form: Form): T {
  const map = (item: unknown, key?: string): unknown => {
    if (typeof item === 'string') return key === 'newText' ? item.replace(/\n/g, form.eol) : item;
    if (Array.isArray(item)) return item.map((entry) => map(entry));
    if (item && typeof item === 'object') {
      const object = item as Record<string, unknown>;
      if (typeof object.line === 'number' && typeof object.character === 'number' && Object.keys(object).length === 2) {
        return form.bom && object.line === 0 ? { line: 0, character: object.character + 1 } : { ...object };
      }
      return Object.fromEntries(Object.entries(object).map(([name, entry]) => [name, map(entry, name)]));
    }
    return item;
  };
  return map(value) as T;
}

/** What a check gives, as data: findings with their fixes, and the outline. */
function observed(result: CheckResult): unknown {
  const { charter } = result;
  return {
    findings: result.findings,
    symbols: documentSymbols(result),
    team: charter.team,
    roles: charter.roles.map((role) => ({ id: role.id, title: role.title, titleRange: role.titleRange, removeRange: role.removeRange })),
    responsibilities: charter.responsibilities.map((item) => ({ name: item.name, nameRange: item.nameRange, range: item.range, references: item.references })),
  };
}

function lfOf(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/** Asserts that each form of an LF text checks exactly as the LF text does. */
function assertReadAlike(lf: string, format: Format, label: string, markdown: MarkdownReadOptions = {}): void {
  const expected = observed(checkText(lf, { format, markdown }));
  for (const form of FORMS) {
    const actual = observed(checkText(written(lf, form), { format, markdown }));
    assert.deepEqual(actual, inForm(expected, form), `${label} as ${form.name}`);
  }
}

function charterFiles(): { file: string; format: Format }[] {
  const found: { file: string; format: Format }[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.charter\.(md|ya?ml)$/.test(entry.name)) found.push({ file: full, format: /\.ya?ml$/.test(entry.name) ? 'yaml' : 'markdown' });
    }
  };
  walk(path.join(ROOT, 'samples'));
  walk(path.join(ROOT, 'test/fixtures'));
  return found;
}

function fixTitled(findings: Finding[], title: RegExp): TextEdit[] {
  const fix = findings.flatMap((finding) => finding.fixes).find((candidate) => title.test(candidate.title));
  assert.ok(fix, `no fix ${title}: ${JSON.stringify(findings.flatMap((finding) => finding.fixes.map((f) => f.title)))}`);
  return fix.edits;
}

const YAML = lines(
  ...PAYMENTS_YAML_ROLES,
  'responsibilities:',
  '  - name: Roadmap',
  '    accountable: pm',
  '    responsible: [em]',
  '  - name: Hiring',
  '    accountable: em',
  '    responsible: [pm, qa]',
);

const MARKDOWN = lines(
  '---',
  'team: Payments',
  'mission: Move money safely.',
  '---',
  '',
  '## Roles',
  '',
  '- **Product Manager**: owns the roadmap.',
  '- **Engineering Manager**: grows the team.',
  '',
  '## Responsibilities',
  '',
  '| Responsibility | Product Manager | Engineering Manager | QA Lead |',
  '| --- | --- | --- | --- |',
  '| Roadmap | A/R | C | I |',
  '| Hiring | I | A/R | |',
);

describe('line endings and a byte order mark', () => {
  describe('read like LF', () => {
    it('a valid YAML charter with CR-only line endings has no findings (it was "missing team")', () => {
      const text = lfOf(fs.readFileSync(path.join(ROOT, 'samples/platform.charter.yaml'), 'utf8'));
      assert.deepEqual(checkText(text, { format: 'yaml' }).findings, []);
      for (const form of FORMS) {
        const result = checkText(written(text, form), { format: 'yaml' });
        assert.deepEqual(result.findings, [], form.name);
        assert.equal(result.charter.team?.text, 'Platform', form.name);
      }
    });

    it('Markdown front matter with CR-only line endings names the team', () => {
      for (const form of FORMS) {
        const result = checkText(written(MARKDOWN, form), { format: 'markdown' });
        assert.equal(result.charter.team?.text, 'Payments', form.name);
        assert.deepEqual(result.charter.team?.range, inForm(rangeOf(MARKDOWN, 'Payments'), form), form.name);
        assert.deepEqual(
          result.findings.filter((finding) => finding.rule === 'syntax' || finding.rule === 'schema'),
          [],
          form.name,
        );
      }
    });

    it('YAML through both readers (the fast plain reader and the yaml package) gives the same ranges', () => {
      for (const fast of [true, false]) {
        const expected = parseYamlCharter(YAML, { fast });
        for (const form of FORMS) {
          const { charter, path } = readYamlCharter(written(YAML, form), { fast });
          if (fast) assert.equal(path, 'fast', `${form.name} stays on the fast reader`);
          assert.deepEqual(charter.problems, inForm(expected.problems, form), form.name);
          assert.deepEqual(
            charter.responsibilities.map((item) => [item.nameRange, item.references]),
            inForm(expected.responsibilities.map((item) => [item.nameRange, item.references]), form),
            `${form.name}, fast: ${fast}`,
          );
          assert.deepEqual(charter.team?.range, inForm(expected.team?.range, form), form.name);
        }
      }
    });

    it('every sample and fixture charter gives the same findings, fixes and outline in every form', () => {
      for (const { file, format } of charterFiles()) {
        assertReadAlike(lfOf(fs.readFileSync(file, 'utf8')), format, path.relative(ROOT, file));
      }
    });

    it('Markdown read in chunks and read whole agree in every form', () => {
      assertReadAlike(MARKDOWN, 'markdown', 'whole', { whole: true });
      assertReadAlike(lfOf(fs.readFileSync(path.join(ROOT, 'samples/payments.charter.md'), 'utf8')), 'markdown', 'payments, whole', { whole: true });
      assertReadAlike(MARKDOWN, 'markdown', 'chunked');
    });

    it('emoji and CJK on line 0: YAML and Markdown ranges after them, in UTF-16 code units', () => {
      const yaml = lines('team: [決済, 😀 Team]  # 決済 😀', 'teem: x', 'roles:', '  pm:', '    title: PM');
      assertReadAlike(yaml, 'yaml', 'YAML');
      const markdown = lines('| 作業 😀 | Product Manager | Ghost 👻 |', '| --- | --- | --- |', '| Roadmap | A/R | C |', '', '## Roles', '', '- **Product Manager**: roadmap.');
      assertReadAlike(markdown, 'markdown', 'Markdown');
      // The undefined role on line 0, after an emoji and CJK, with the BOM counted.
      const withBom = written(markdown, FORMS[4]);
      const ghost = checkText(withBom, { format: 'markdown' }).findings.find((finding) => finding.rule === 'role-undefined');
      assert.deepEqual(ghost?.range, rangeOf(withBom, 'Ghost 👻'));
    });

    it('the position of a BOM is the start of line 0; the text is kept as given', () => {
      const text = BOM + 'team: Payments\n';
      const charter = parseCharter(text, 'yaml');
      assert.equal(charter.text, text);
      assert.deepEqual(charter.team?.range, { start: { line: 0, character: 7 }, end: { line: 0, character: 15 } });
      const markdown = parseCharter(BOM + '# Team\n', 'markdown');
      assert.deepEqual(markdown.team?.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 7 } });
    });
  });

  describe('edits', () => {
    it('the rename of `teem` replaces exactly `teem` after a BOM (it made `teamm`)', () => {
      for (const form of FORMS) {
        const text = written(lines('teem: Payments', 'roles:', '  pm:', '    title: PM'), form);
        const findings = checkText(text, { format: 'yaml' }).findings;
        const edits = fixTitled(findings, /team/);
        assert.equal(applyEdits(text, edits), written(lines('team: Payments', 'roles:', '  pm:', '    title: PM'), form), form.name);
      }
    });

    it('a quick fix that inserts a line uses the file’s own line break (YAML and Markdown)', () => {
      for (const form of FORMS) {
        const yaml = written(YAML, form);
        const yamlEdits = fixTitled(checkText(yaml, { format: 'yaml' }).findings, /^Define role 'qa'/);
        assert.ok(yamlEdits.every((edit) => edit.newText.replace(/\r\n|\r|\n/g, form.eol) === edit.newText), `${form.name}: ${JSON.stringify(yamlEdits)}`);
        const lfEdits = fixTitled(checkText(YAML, { format: 'yaml' }).findings, /^Define role 'qa'/);
        assert.equal(applyEdits(yaml, yamlEdits), written(applyEdits(YAML, lfEdits), form), form.name);

        const markdown = written(MARKDOWN, form);
        const markdownEdits = fixTitled(checkText(markdown, { format: 'markdown' }).findings, /^Define role 'QA Lead'/);
        assert.ok(markdownEdits.some((edit) => edit.newText.includes(form.eol)), form.name);
        assert.ok(markdownEdits.every((edit) => edit.newText.replace(/\r\n|\r|\n/g, form.eol) === edit.newText), `${form.name}: ${JSON.stringify(markdownEdits)}`);
        const lfMarkdownEdits = fixTitled(checkText(MARKDOWN, { format: 'markdown' }).findings, /^Define role 'QA Lead'/);
        assert.equal(applyEdits(markdown, markdownEdits), written(applyEdits(MARKDOWN, lfMarkdownEdits), form), form.name);
      }
    });

    it('fix-all (verified) gives the same text in every form, inserted lines included', () => {
      const yaml = lines('team: T', 'roles:', '  pm:', '    title: PM', 'responsibilities:', '  - name: Roadmap', '    accountable: pm');
      const markdown = lfOf(fs.readFileSync(path.join(ROOT, 'samples/problems/responsible-missing.charter.md'), 'utf8'));
      for (const [lf, format] of [
        [yaml, 'yaml'],
        [markdown, 'markdown'],
      ] as const) {
        const expected = applyEdits(lf, fixAllEdits(new FixVerifier(lf, { format })));
        assert.notEqual(expected, lf, `${format} has safe fixes`);
        for (const form of FORMS) {
          const text = written(lf, form);
          assert.equal(applyEdits(text, fixAllEdits(new FixVerifier(text, { format }))), written(expected, form), `${format} as ${form.name}`);
        }
      }
    });

    it('renaming a role named on line 0 after a BOM, an emoji and CJK replaces exactly its name', () => {
      const lf = lines('| 作業 😀 | PM | Dev |', '| --- | --- | --- |', '| Roadmap | A/R | C |', '', '## Roles', '', '- **PM**: roadmap.', '- **Dev**: code.');
      for (const form of FORMS) {
        const text = written(lf, form);
        const result = checkText(text, { format: 'markdown' });
        const outcome = renameAt(result, positionOf(text, 'PM', 1), 'Product Manager');
        assert.ok('edits' in outcome, 'error' in outcome ? outcome.error : '');
        assert.equal(applyEdits(text, outcome.edits), written(lf.replace(/PM/g, 'Product Manager'), form), form.name);
      }
    });

    it('a hover on line 0 after a BOM covers exactly the role name', () => {
      const lf = lines('| 作業 😀 | Product Manager | Dev |', '| --- | --- | --- |', '| Roadmap | A/R | C |', '', '## Roles', '', '- **Product Manager**: roadmap.', '- **Dev**: code.');
      for (const form of FORMS) {
        const text = written(lf, form);
        const hover = hoverAt(checkText(text, { format: 'markdown' }), positionOf(text, 'Product Manager', 1));
        assert.ok(hover, form.name);
        assert.deepEqual(hover.range, rangeOf(text, 'Product Manager'), form.name);
      }
    });
  });

  describe('disable comments', () => {
    const MARKDOWN_SUPPRESSED = lines('---', '# team-charter-disable-next-line schema', 'team: [x]', '---', '', '## Roles', '', '- **Product Manager**: x');
    const YAML_UNUSED = lines('# team-charter-disable-next-line role-unused', 'team: T', 'roles:', '  pm:', '    title: Product Manager');

    it('are read in front matter, and an unused one is removed without its neighbours, in every form', () => {
      assertReadAlike(MARKDOWN_SUPPRESSED, 'markdown', 'front matter directive');
      assert.deepEqual(checkText(written(MARKDOWN_SUPPRESSED, FORMS[2]), { format: 'markdown' }).findings, []);
      const report = { format: 'yaml' as const, reportUnusedDisableDirectives: 'error' as const };
      const lfFindings = checkText(YAML_UNUSED, report).findings;
      const removal = fixTitled(lfFindings, /Remove the unused/);
      for (const form of FORMS) {
        const text = written(YAML_UNUSED, form);
        const edits = fixTitled(checkText(text, report).findings, /Remove the unused/);
        assert.equal(applyEdits(text, edits), written(applyEdits(YAML_UNUSED, removal), form), form.name);
      }
    });

    it("the 'Disable … for this line' fix writes the file's line break, after a BOM on line 0", () => {
      const yaml = lines('teem: x', 'roles:', '  pm:', '    title: Product Manager');
      const markdown = lines('| Task | Product Manager | Ghost 👻 |', '| --- | --- | --- |', '| Roadmap | A/R | C |', '', '## Roles', '', '- **Product Manager**: roadmap.');
      for (const [lf, format, rule] of [
        [yaml, 'yaml', 'schema'],
        [markdown, 'markdown', 'role-undefined'],
      ] as const) {
        const finding = checkText(lf, { format }).findings.find((candidate) => candidate.rule === rule && candidate.range.start.line === 0);
        assert.ok(finding, `${format} has a ${rule} finding on line 0`);
        const expected = applyEdits(lf, suppressionFix(lf, format, finding)!.edits);
        for (const form of FORMS) {
          const text = written(lf, form);
          const found = checkText(text, { format }).findings.find((candidate) => candidate.rule === rule && candidate.range.start.line === 0)!;
          const fix = suppressionFix(text, format, found);
          assert.ok(fix, `${format} as ${form.name}`);
          assert.equal(applyEdits(text, fix.edits), written(expected, form), `${format} as ${form.name}`);
        }
      }
    });
  });

  describe('completion', () => {
    it('offers the same entries, at the same places, in every form (line 0 included)', () => {
      const cases: [string, Format, string][] = [
        [lines('te', 'roles:', '  pm:', '    ti'), 'yaml', 'te'],
        [lines('te', 'roles:', '  pm:', '    ti'), 'yaml', '    ti'],
        [lines('roles:', '  pm:', '    title: PM', 'responsibilities:', '  - name: X', '    accountable: '), 'yaml', 'accountable: '],
        [lines('## Responsibilities', '', '| Responsibility | Delivery Lead | Da |', '| - | - | - |', '| Roadmap | A/R | C |', '', '## Roles', '', '- **Delivery Lead**: x', '- **Data Steward**: y'), 'markdown', '| Da'],
        [lines('## Responsibilities', '', '| Responsibility | Delivery Lead | Data Steward |', '| - | - | - |', '| Roadmap | A/R |  |', '', '## Roles', '', '- **Delivery Lead**: x', '- **Data Steward**: y'), 'markdown', '| A/R | '],
      ];
      for (const [lf, format, before] of cases) {
        const offset = lf.indexOf(before) + before.length;
        const position = new LineIndex(lf).positionAt(offset);
        const expected = completionsAt(checkText(lf, { format }), position);
        assert.ok(expected.length > 0, `${JSON.stringify(before)} completes`);
        for (const form of FORMS) {
          const text = written(lf, form);
          const actual = completionsAt(checkText(text, { format }), inForm(position, form));
          assert.deepEqual(actual, inForm(expected, form), `${JSON.stringify(before)} as ${form.name}`);
        }
      }
    });
  });
});
