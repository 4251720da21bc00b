// A disable comment applies to the charter entry it stands above or beside, whatever line the rule
// anchors its finding on: above `accountable: [sre, em]` for accountable-multiple (anchored on
// `- name:`), beside a role's key for role-unused (anchored on `title:`), above an `Accountable:` line
// of a Markdown section (anchored on its heading). Every rule, in every form it reports in; each
// comment is also checked to be used (no unused-directive finding), and one in another entry not to
// reach across.
import * as assert from 'node:assert/strict';
import { checkText } from '../../server/src/core/check';
import type { RuleSeverities } from '../../server/src/core/config/settings';
import { RULES } from '../../server/src/core/rules';
import { cli, makeFolder } from '../helpers/cli';
import { CHECKOUT, REPOSITORY } from '../helpers/ownership';

type Format = 'yaml' | 'markdown';

const OWNERSHIP_RULES = ['codeowners-mismatch', 'catalog-owner-mismatch'];

interface Case {
  rule: string;
  format: Format;
  text: string;
  /** Part of the line the finding starts on. */
  anchor: string;
  /** Part of the line the comment names: above it (`next-line`) or at its end (`line`). */
  at: string;
  kind: 'next-line' | 'line';
  severities?: RuleSeverities;
}

const YAML_ROLES = 'roles:\n  pm:\n    title: Product Manager\n  em:\n    title: Engineering Manager\n';
const MD_ROLES = '## Roles\n\n- **Product Manager**: decides what we build.\n- **Engineering Manager**: leads the engineers.\n\n## Responsibilities\n\n';
const yaml = (body: string, roles = YAML_ROLES) => `team: Payments\n${roles}responsibilities:\n${body}`;
const md = (body: string, roles = MD_ROLES) => `# Payments\n\n${roles}${body}`;

const CASES: Case[] = [
  { rule: 'accountable-multiple', format: 'yaml', text: yaml('  - name: Roadmap\n    accountable: [pm, em]\n    responsible: pm\n'), anchor: '- name: Roadmap', at: 'accountable: [pm, em]', kind: 'next-line' },
  { rule: 'accountable-multiple', format: 'markdown', text: md('### Roadmap\n\n- Accountable: Product Manager, Engineering Manager\n- Responsible: Product Manager\n'), anchor: '### Roadmap', at: '- Accountable:', kind: 'line' },
  { rule: 'accountable-missing', format: 'yaml', text: yaml('  - name: Release\n    responsible: pm\n    consulted: em\n'), anchor: '- name: Release', at: 'consulted: em', kind: 'line' },
  { rule: 'accountable-missing', format: 'markdown', text: md('### Release\n\n- Responsible: Product Manager\n- Consulted: Engineering Manager\n'), anchor: '### Release', at: '- Responsible:', kind: 'next-line' },
  { rule: 'responsible-missing', format: 'yaml', text: yaml('  - name: Hiring\n    accountable: em\n    consulted: pm\n'), anchor: '- name: Hiring', at: 'accountable: em', kind: 'next-line' },
  { rule: 'responsible-missing', format: 'markdown', text: md('### Hiring\n\n- Accountable: Engineering Manager\n- Consulted: Product Manager\n'), anchor: '### Hiring', at: '- Accountable:', kind: 'line' },
  { rule: 'accountable-vacant', format: 'yaml', text: yaml('  - name: Hiring\n    accountable: em\n    responsible: pm\n', YAML_ROLES + '    holder: TBD\n'), anchor: 'accountable: em', at: 'responsible: pm', kind: 'next-line' },
  { rule: 'accountable-vacant', format: 'markdown', text: md('| Responsibility | Product Manager | Engineering Manager |\n| --- | --- | --- |\n| Hiring | R | A |\n', MD_ROLES.replace('leads the engineers.', 'vacant')), anchor: '| Hiring |', at: '| Hiring |', kind: 'line' },
  { rule: 'role-unused', format: 'yaml', text: yaml('  - name: Roadmap\n    accountable: pm\n    responsible: pm\n'), anchor: 'title: Engineering Manager', at: '  em:', kind: 'line' },
  { rule: 'role-unused', format: 'markdown', text: md('### Roadmap\n\n- Accountable: Product Manager\n- Responsible: Product Manager\n', MD_ROLES.replace('## Roles\n\n', '## Roles\n\n### Engineering Manager\n\nLeads the engineers.\n\n').replace('- **Engineering Manager**: leads the engineers.\n', '')), anchor: '### Engineering Manager', at: 'Leads the engineers.', kind: 'line' },
  { rule: 'role-duplicate', format: 'yaml', text: yaml('  - name: Roadmap\n    accountable: pm\n    responsible: [pm, em]\n', YAML_ROLES + '  lead:\n    title: Engineering Manager\n'), anchor: '    title: Engineering Manager\n', at: '  lead:', kind: 'next-line' },
  { rule: 'role-ambiguous', format: 'yaml', text: yaml('  - name: Roadmap\n    accountable: tpm\n    responsible: [pm, em]\n', YAML_ROLES + '  tpm:\n    title: TPM\n    description: runs the programme\n'), anchor: 'title: TPM', at: '  tpm:', kind: 'line' },
  { rule: 'role-ambiguous', format: 'markdown', text: md('| Responsibility | Product Manager | PM |\n| --- | --- | --- |\n| Roadmap | A/R | C |\n', MD_ROLES.replace('- **Engineering Manager**: leads the engineers.\n', '- **PM**: another one,\n  who plans.\n')), anchor: '- **PM**', at: '  who plans.', kind: 'line' },
  { rule: 'role-duplicate', format: 'markdown', text: md('| Responsibility | Product Manager | Engineering Manager |\n| --- | --- | --- |\n| Roadmap | A/R | C |\n', MD_ROLES.replace('## Responsibilities', '- **Engineering Manager**: named twice,\n  by mistake.\n\n## Responsibilities')), anchor: '- **Engineering Manager**: named twice', at: '  by mistake.', kind: 'line' },
  { rule: 'role-boundary', format: 'markdown', text: md('| Responsibility | Product Manager | Engineering Manager |\n| --- | --- | --- |\n| Product roadmap | C | A/R |\n'), anchor: '| Product roadmap |', at: '| Product roadmap |', kind: 'line' },
  { rule: 'role-overload', format: 'markdown', text: md('| Responsibility | Product Manager | Engineering Manager |\n| --- | --- | --- |\n| Roadmap | A/R | C |\n| Pricing | A/R | C |\n', MD_ROLES.replace('decides what we build.', 'decides what we build,\n  and why.')), anchor: '- **Product Manager**', at: '  and why.', kind: 'line', severities: { 'role-overload': { severity: 'warning', options: { max: 1 } } } },
  { rule: 'role-undefined', format: 'yaml', text: yaml('  - name: Roadmap\n    accountable: pm\n    responsible: [pm, designer]\n    consulted: em\n'), anchor: 'designer', at: 'responsible: [pm, designer]', kind: 'line' },
  { rule: 'role-undefined', format: 'markdown', text: md('### Roadmap\n\n- Accountable: Product Manager\n- Responsible: Designer\n- Consulted: Engineering Manager\n'), anchor: '- Responsible: Designer', at: '- Responsible: Designer', kind: 'line' },
  // A comment line would cut a table in two: a row's comment goes at its end.
  { rule: 'raci-invalid', format: 'markdown', text: md('| Responsibility | Product Manager | Engineering Manager |\n| --- | --- | --- |\n| Roadmap | A/R | RR |\n'), anchor: '| Roadmap |', at: '| Roadmap |', kind: 'line' },
  { rule: 'responsibility-duplicate', format: 'yaml', text: yaml('  - name: Roadmap\n    accountable: pm\n    responsible: em\n  - name: Roadmap\n    accountable: pm\n    responsible: pm\n'), anchor: '  - name: Roadmap\n    accountable: pm\n    responsible: pm', at: '    responsible: pm\n', kind: 'line' },
  { rule: 'responsibility-duplicate', format: 'markdown', text: md('### Roadmap\n\n- Accountable: Product Manager\n- Responsible: Engineering Manager\n\n### Roadmap\n\n- Accountable: Product Manager\n- Responsible: Product Manager\n'), anchor: '### Roadmap\n\n- Accountable: Product Manager\n- Responsible: Product Manager', at: '- Responsible: Product Manager', kind: 'line' },
  { rule: 'role-boundary', format: 'yaml', text: yaml('  - name: Product roadmap\n    accountable: em\n    responsible: [em, pm]\n'), anchor: 'accountable: em', at: 'responsible: [em, pm]', kind: 'next-line' },
  { rule: 'role-overload', format: 'yaml', text: yaml('  - name: Roadmap\n    accountable: pm\n    responsible: [pm, em]\n  - name: Pricing\n    accountable: pm\n    responsible: [pm, em]\n'), anchor: 'title: Product Manager', at: '  pm:', kind: 'line', severities: { 'role-overload': { severity: 'warning', options: { max: 1 } } } },
  { rule: 'review-overdue', format: 'yaml', text: `reviewed: 2020-01-01\n${yaml('  - name: Roadmap\n    accountable: pm\n    responsible: [pm, em]\n')}`, anchor: 'reviewed:', at: 'reviewed:', kind: 'line' },
  { rule: 'review-overdue', format: 'markdown', text: md('Last reviewed: 2020-01-01\n\n| Responsibility | Product Manager | Engineering Manager |\n| --- | --- | --- |\n| Roadmap | A/R | C |\n'), anchor: 'Last reviewed:', at: 'Last reviewed:', kind: 'next-line' },
  { rule: 'schema', format: 'yaml', text: yaml('  - name: Roadmap\n    accountable: pm\n    responsible: [pm, em]\n    informd: em\n'), anchor: 'informd', at: '- name: Roadmap', kind: 'next-line' },
  { rule: 'schema', format: 'markdown', text: `---\nteam: Payments\nreview-every: often\n---\n${md('| Responsibility | Product Manager | Engineering Manager |\n| --- | --- | --- |\n| Roadmap | A/R | C |\n')}`, anchor: 'review-every', at: 'review-every', kind: 'next-line' },
  { rule: 'syntax', format: 'markdown', text: `---\nteam: [Payments\n---\n${md('| Responsibility | Product Manager | Engineering Manager |\n| --- | --- | --- |\n| Roadmap | A/R | C |\n')}`, anchor: 'team: [Payments', at: 'team: [Payments', kind: 'next-line' },
  { rule: 'syntax', format: 'yaml', text: yaml('  - name: Roadmap\n    accountable: pm\n   responsible: pm\n'), anchor: '   responsible: pm', at: '   responsible: pm', kind: 'line' },
];

/** The line (0-based) holding `part` (its last occurrence), the first line of it when it spans several. */
function lineOf(text: string, part: string): number {
  const at = text.lastIndexOf(part);
  assert.ok(at >= 0, `no '${part}' in the text`);
  return text.slice(0, at).split('\n').length - 1;
}

function withComment(item: Case, rule: string, line = lineOf(item.text, item.at)): string {
  const lines = item.text.split('\n');
  const close = item.text.startsWith('---\n') ? lines.indexOf('---', 1) : -1;
  const inFrontMatter = line > 0 && line < close;
  const comment = (kind: string) => (item.format === 'yaml' || inFrontMatter ? `# team-charter-disable-${kind} ${rule}` : `<!-- team-charter-disable-${kind} ${rule} -->`);
  if (item.kind === 'line') lines[line] = `${lines[line]} ${comment('line')}`;
  else lines.splice(line, 0, `${/^[ \t]*/.exec(lines[line])![0]}${comment('next-line')}`);
  return lines.join('\n');
}

function findings(text: string, item: Case) {
  return checkText(text, { format: item.format, today: '2026-06-01', severities: item.severities, reportUnusedDisableDirectives: 'error' }).findings;
}

describe('suppressions: the entry a comment stands above or beside', () => {
  for (const item of CASES) {
    it(`${item.rule} (${item.format}): disable-${item.kind} on '${item.at.trim().split('\n')[0] || 'the last line'}', the finding on '${item.anchor.trim().split('\n')[0] || 'the last line'}'`, () => {
      const before = findings(item.text, item).filter((finding) => finding.rule === item.rule);
      assert.ok(before.length > 0, `no ${item.rule} finding to silence`);
      assert.equal(before[0].range.start.line, lineOf(item.text, item.anchor));
      const after = findings(withComment(item, item.rule), item);
      assert.deepEqual(after.filter((finding) => finding.rule === item.rule || finding.rule === 'unused-disable-directive').map((finding) => finding.message), []);
    });
  }

  it('has a case for every rule that reports on one file, in each form it reports in', () => {
    // The shared-* and code-ownership rules report across files: their cases run through the CLI below.
    const single = RULES.filter((rule) => !rule.needsSharedDeclarations && !OWNERSHIP_RULES.includes(rule.id)).map((rule) => rule.id);
    assert.deepEqual([...new Set(CASES.map((item) => item.rule))].sort(), single.sort());
  });

  it('does not reach into another entry: a comment above one responsibility leaves the next one reported', () => {
    const text = yaml('  - name: Roadmap\n    accountable: [pm, em]\n    responsible: pm\n  - name: Pricing\n    accountable: [pm, em]\n    responsible: pm\n');
    const item: Case = { rule: 'accountable-multiple', format: 'yaml', text, anchor: '- name: Pricing', at: '- name: Pricing', kind: 'next-line' };
    const left = findings(withComment(item, item.rule, lineOf(text, '  - name: Roadmap') + 1), item).filter((finding) => finding.rule === item.rule);
    assert.deepEqual(left.map((finding) => finding.range.start.line), [lineOf(text, '- name: Pricing') + 1]);
  });
});

describe('suppressions of the cross-charter rules, through the CLI', () => {
  const catalog = 'team: Acme\nshared:\n  - Payments API\n  - Incident response\nroles:\n  lead:\n    title: Tech Lead\n';
  const team = (name: string, extra = '') => `team: ${name}\nextends: catalog.charter.yaml\nresponsibilities:\n  - name: Payments API\n${extra}    accountable: lead\n    responsible: lead\n`;

  it('shared-accountable-multiple: a comment above `accountable:` silences the finding on `- name:`', () => {
    const loud = makeFolder({ 'catalog.charter.yaml': catalog, 'a.charter.yaml': team('A'), 'b.charter.yaml': team('B') });
    assert.match(cli(['check', '.'], { cwd: loud }).stdout, /a\.charter\.yaml:4:11 {2}error .* shared-accountable-multiple/);
    const quiet = makeFolder({
      'catalog.charter.yaml': catalog,
      'a.charter.yaml': team('A', '    # team-charter-disable-next-line shared-accountable-multiple\n'),
      'b.charter.yaml': team('B', '    # team-charter-disable-next-line shared-accountable-multiple\n'),
    });
    assert.doesNotMatch(cli(['check', '.'], { cwd: quiet }).stdout, /shared-accountable-multiple/);
  });

  it('shared-accountable-missing: a comment beside the shared list item silences it', () => {
    const folder = makeFolder({ 'catalog.charter.yaml': catalog.replace('  - Incident response\n', '  - Incident response # team-charter-disable-line shared-accountable-missing\n'), 'a.charter.yaml': team('A') });
    assert.doesNotMatch(cli(['check', '.'], { cwd: folder }).stdout, /shared-accountable-missing/);
    const loud = makeFolder({ 'catalog.charter.yaml': catalog, 'a.charter.yaml': team('A') });
    assert.match(cli(['check', '.'], { cwd: loud }).stdout, /shared-accountable-missing/);
  });

  it('codeowners-mismatch and catalog-owner-mismatch: a comment above `accountable:` or beside `- name:` silences the finding on `covers`', () => {
    const loud = cli(['check', 'teams/checkout.charter.yaml'], { cwd: makeFolder(REPOSITORY) }).stdout;
    assert.match(loud, /checkout\.charter\.yaml:14:\d+ {2}warning .* codeowners-mismatch/);
    assert.match(loud, /checkout\.charter\.yaml:15:\d+ {2}warning .* catalog-owner-mismatch/);
    const quiet = CHECKOUT.replace('  - name: Payments API\n    accountable: em', '  - name: Payments API # team-charter-disable-line catalog-owner-mismatch\n    # team-charter-disable-next-line codeowners-mismatch\n    accountable: em');
    const run = cli(['check', '--report-unused-disable-directives', 'teams/checkout.charter.yaml'], { cwd: makeFolder({ ...REPOSITORY, 'teams/checkout.charter.yaml': quiet }) });
    assert.doesNotMatch(run.stdout, /owner-mismatch|unused-disable-directive/);
  });
});
