// Generates the benchmark charters under bench/.out/ (git-ignored):
//  - big/: one charter per size (100, 1,000, 10,000 responsibilities) and form (Markdown matrix,
//    Markdown assignment table, YAML), 8 roles each; all valid (one A per row, at least one R, every
//    role used, unique names), so that the timings measure a clean check, not diagnostics formatting.
//  - typical/: 1,000 typical charters (20–60 responsibilities each): md/ holds 500 Markdown (matrix and
//    assignment tables, alternating), yaml/ holds 500 YAML.
// Deterministic (seeded), so that runs compare. Run directly: `tsx bench/generate.ts`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rng } from '../test/helpers/random';

/** bench/.out (or $BENCH_OUT); also right when this file is bundled into bench/.out/ itself (profiling, see BENCHMARKS.md). */
export const OUT_DIR = process.env.BENCH_OUT
  ? path.resolve(process.env.BENCH_OUT)
  : path.basename(__dirname) === '.out'
    ? __dirname
    : path.resolve(__dirname, '.out');
export const SIZES = [100, 1000, 10000] as const;
export type Size = (typeof SIZES)[number];
export const FORMS = ['md-matrix', 'md-assignment', 'yaml'] as const;
export type Form = (typeof FORMS)[number];

export interface Role {
  id: string;
  title: string;
  description: string;
}

export const ROLES: readonly Role[] = [
  { id: 'product-manager', title: 'Product Manager', description: 'Owns the roadmap and the why of the product.' },
  { id: 'engineering-manager', title: 'Engineering Manager', description: 'Owns the how and the engineering team.' },
  { id: 'technical-architect', title: 'Technical Architect', description: 'Owns the technical direction.' },
  { id: 'product-designer', title: 'Product Designer', description: 'Owns the user experience.' },
  { id: 'quality-lead', title: 'Quality Lead', description: 'Owns the test strategy.' },
  { id: 'data-analyst', title: 'Data Analyst', description: 'Owns metrics and reporting.' },
  { id: 'security-officer', title: 'Security Officer', description: 'Owns threat models and audits.' },
  { id: 'support-lead', title: 'Support Lead', description: 'Owns the customer escalation path.' },
];

const TOPICS = [
  // Neutral work: none of these names work that the role library gives to one role (role-boundary).
  'Sprint demos', 'Service catalogue', 'Release planning', 'Incident response', 'Team rituals', 'Budget',
  'Security review', 'Test strategy', 'User research', 'Data pipeline', 'On-call rota', 'Vendor contracts',
  'Accessibility', 'Documentation', 'Customer escalations', 'Capacity planning', 'Architecture review',
  'Quarterly goals', 'Design system', 'Analytics dashboards',
];

interface Row {
  name: string;
  /** Letters per role index, e.g. 'A/R', 'C', ''. */
  letters: string[];
}

/** n valid rows over `roles` roles: exactly one A, at least one R, every role used somewhere. */
export function makeRows(n: number, seed: number, roleCount = ROLES.length): Row[] {
  const random = rng(seed);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const letters: string[] = new Array<string>(roleCount).fill('');
    const a = (i + Math.floor(random() * roleCount)) % roleCount;
    let r = (a + 1 + Math.floor(random() * (roleCount - 1))) % roleCount;
    if (random() < 0.4) r = a;
    const set: string[][] = letters.map(() => []);
    set[a]!.push('A');
    set[r]!.push('R');
    for (let k = 0; k < roleCount; k++) {
      if (set[k]!.length > 0) continue;
      const x = random();
      if (x < 0.25) set[k]!.push('C');
      else if (x < 0.5) set[k]!.push('I');
    }
    // Every role used: row i gives role (i mod roleCount) at least an I.
    if (set[i % roleCount]!.length === 0) set[i % roleCount]!.push('I');
    for (let k = 0; k < roleCount; k++) letters[k] = set[k]!.join('/');
    const topic = TOPICS[i % TOPICS.length]!;
    rows.push({ name: `${topic} ${i + 1}`, letters });
  }
  return rows;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function rolesMarkdown(roles: readonly Role[]): string {
  return roles.map((role) => `- **${role.title}** \`${role.id}\`: ${role.description}`).join('\n');
}

/** The title, a line of purpose and the Roles section every generated Markdown charter starts with. */
function preambleLines(team: string, roles: readonly Role[]): string[] {
  return [`# ${team}`, '', 'Our team charter: who decides, who does the work, who is kept in the loop.', '', '## Roles', '', rolesMarkdown(roles), ''];
}

export function markdownMatrix(team: string, rows: Row[], roles: readonly Role[] = ROLES): string {
  const nameWidth = Math.max(14, ...rows.map((row) => row.name.length));
  const header = `| ${pad('Responsibility', nameWidth)} | ${roles.map((role) => role.title).join(' | ')} |`;
  const rule = `| ${'-'.repeat(nameWidth)} | ${roles.map((role) => ':' + '-'.repeat(Math.max(1, role.title.length - 2)) + ':').join(' | ')} |`;
  const body = rows.map(
    (row) => `| ${pad(row.name, nameWidth)} | ${row.letters.map((cell, k) => pad(cell, roles[k]!.title.length)).join(' | ')} |`,
  );
  return [
    ...preambleLines(team, roles),
    '## Responsibilities',
    '',
    header,
    rule,
    ...body,
    '',
  ].join('\n');
}

function refsOf(row: Row, letter: string, roles: readonly Role[]): string {
  return row.letters
    .map((cell, k) => (cell.split('/').includes(letter) ? roles[k]!.title : ''))
    .filter((title) => title !== '')
    .join(', ');
}

export function markdownAssignment(team: string, rows: Row[], roles: readonly Role[] = ROLES): string {
  const lines = [
    ...preambleLines(team, roles),
    '## RACI',
    '',
    '| Responsibility | Accountable | Responsible | Consulted | Informed |',
    '| -------------- | ----------- | ----------- | --------- | -------- |',
  ];
  for (const row of rows) {
    lines.push(`| ${row.name} | ${refsOf(row, 'A', roles)} | ${refsOf(row, 'R', roles)} | ${refsOf(row, 'C', roles)} | ${refsOf(row, 'I', roles)} |`);
  }
  lines.push('');
  return lines.join('\n');
}

function yamlList(ids: string[]): string {
  if (ids.length === 1) return ids[0]!;
  return `[${ids.join(', ')}]`;
}

export function yamlCharter(team: string, rows: Row[], roles: readonly Role[] = ROLES): string {
  const lines = [`team: ${team}`, 'mission: Move money safely.', 'roles:'];
  for (const role of roles) {
    lines.push(`  ${role.id}:`, `    title: ${role.title}`, `    description: ${role.description}`);
  }
  lines.push('responsibilities:');
  for (const row of rows) {
    const ids = (letter: string) => row.letters.map((cell, k) => (cell.split('/').includes(letter) ? roles[k]!.id : '')).filter((id) => id !== '');
    lines.push(`  - name: ${row.name}`);
    lines.push(`    accountable: ${yamlList(ids('A'))}`);
    lines.push(`    responsible: ${yamlList(ids('R'))}`);
    const c = ids('C');
    const inf = ids('I');
    if (c.length > 0) lines.push(`    consulted: ${yamlList(c)}`);
    if (inf.length > 0) lines.push(`    informed: ${yamlList(inf)}`);
  }
  lines.push('');
  return lines.join('\n');
}

export function charterText(form: Form, team: string, rows: Row[], roles: readonly Role[] = ROLES): string {
  if (form === 'md-matrix') return markdownMatrix(team, rows, roles);
  if (form === 'md-assignment') return markdownAssignment(team, rows, roles);
  return yamlCharter(team, rows, roles);
}

// The inputs of section 6's growth rows for what used to be superlinear (each at two sizes, 10× apart).

/** A charter with a two-level list of `lines` lines (micromark is quadratic in the items of a list). */
export function nestedListText(lines: number): string {
  const out = ['# Team', '', 'Our team charter.', '', '## Notes', ''];
  // Numbers of one width, so that the text grows as the list does.
  for (let i = 0; i < lines / 2; i++) out.push(`- ${TOPICS[i % TOPICS.length]} ${String(i + 1).padStart(5, '0')}`, `  - Note ${String(i + 1).padStart(5, '0')}`);
  return out.join('\n') + '\n';
}

/**
 * A sub-heading charter (`### name` over `- Accountable: …` lines) of `size` responsibilities with one
 * link reference definition (`[docs]: url`), which used to have it parsed whole.
 */
export function definitionCharterText(size: number): string {
  const out = [...preambleLines('Definitions', ROLES), 'Read [the handbook][docs] first.', '', '## Responsibilities', ''];
  for (const row of makeRows(size, size)) {
    out.push(`### ${row.name}`, '');
    for (const [letter, word] of [['A', 'Accountable'], ['R', 'Responsible'], ['C', 'Consulted'], ['I', 'Informed']]) {
      const refs = refsOf(row, letter, ROLES);
      if (refs) out.push(`- ${word}: ${refs}`);
    }
    out.push('');
  }
  out.push('[docs]: https://example.com/handbook', '');
  return out.join('\n');
}

/**
 * A matrix of `roleCount` role columns and 50 rows; the Roles section leaves out every tenth role (its
 * column is undefined: "did you mean") and one row in five has no A (accountable-missing, with a fix
 * per role: a matrix rewrite each).
 */
export function manyRolesText(roleCount: number): string {
  const number = (i: number) => String(i + 1).padStart(5, '0');
  const roles: Role[] = Array.from({ length: roleCount }, (_, i) => ({ id: `role-${number(i)}`, title: `Role ${number(i)}`, description: `Does part ${number(i)}.` }));
  const rows = makeRows(50, roleCount, roleCount);
  rows.forEach((row, i) => {
    if (i % 5 === 0) row.letters = row.letters.map((cell) => (cell === 'A' ? 'R' : cell.replace('A/R', 'R')));
  });
  const text = markdownMatrix('Many roles', rows, roles);
  return text
    .split('\n')
    .filter((line) => !/^- \*\*Role \d*0\*\* /.test(line))
    .join('\n');
}

/** The matrix of `markdownMatrix` written as an HTML table (`<thead>`, a `<tr>` per row, `<td>` per cell). */
export function htmlMatrixText(size: number): string {
  const rows = makeRows(size, size);
  const cells = (tag: string, texts: readonly string[]) => texts.map((text) => `<${tag}>${text}</${tag}>`).join('');
  const out = [...preambleLines('HTML matrix', ROLES), '## Responsibilities', '', '<table>', '  <thead>', `    <tr>${cells('th', ['Responsibility', ...ROLES.map((role) => role.title)])}</tr>`, '  </thead>', '  <tbody>'];
  for (const row of rows) out.push(`    <tr>${cells('td', [row.name, ...row.letters.map((cell) => cell || '&nbsp;')])}</tr>`);
  out.push('  </tbody>', '</table>', '');
  return out.join('\n');
}

/** About `kb` KB of HTML tags nested and never closed, with stray closing tags, in one HTML block. */
export function htmlTagSoupText(kb: number): string {
  const unit = '<table><tr><td><b><i><div>A</td></span>\n';
  return ['# Tags', '', '## RACI', '', unit.repeat(Math.round((kb * 1024) / unit.length)), ''].join('\n');
}

export function extensionOf(form: Form): string {
  return form === 'yaml' ? '.charter.yaml' : '.charter.md';
}

export function bigPath(form: Form, size: number): string {
  return path.join(OUT_DIR, 'big', `${form}-${size}${extensionOf(form)}`);
}

export const TYPICAL_DIR = path.join(OUT_DIR, 'typical');
export const TYPICAL_COUNT = 1000;

export interface Generated {
  big: { form: Form; size: Size; path: string; text: string }[];
  typical: { path: string; format: 'yaml' | 'markdown' }[];
}

export function generate(): Generated {
  // Everything but the checkouts of other commits (bench/compare-commits.ts), which git knows of.
  for (const entry of fs.existsSync(OUT_DIR) ? fs.readdirSync(OUT_DIR) : []) {
    if (entry !== 'commits') fs.rmSync(path.join(OUT_DIR, entry), { recursive: true, force: true });
  }
  fs.mkdirSync(path.join(OUT_DIR, 'big'), { recursive: true });
  const big: Generated['big'] = [];
  for (const size of SIZES) {
    const rows = makeRows(size, size);
    for (const form of FORMS) {
      const file = bigPath(form, size);
      const text = charterText(form, `Bench ${form} ${size}`, rows);
      fs.writeFileSync(file, text);
      big.push({ form, size, path: file, text });
    }
  }
  const typical: Generated['typical'] = [];
  fs.mkdirSync(path.join(TYPICAL_DIR, 'md'), { recursive: true });
  fs.mkdirSync(path.join(TYPICAL_DIR, 'yaml'), { recursive: true });
  const random = rng(42);
  for (let i = 0; i < TYPICAL_COUNT; i++) {
    const n = 20 + Math.floor(random() * 41);
    const roleCount = 4 + Math.floor(random() * 5);
    const roles = ROLES.slice(0, roleCount);
    const rows = makeRows(n, 1000 + i, roleCount);
    const form: Form = i % 2 === 1 ? 'yaml' : i % 4 === 0 ? 'md-matrix' : 'md-assignment';
    const id = String(i).padStart(4, '0');
    const file = path.join(TYPICAL_DIR, form === 'yaml' ? 'yaml' : 'md', `team-${id}${extensionOf(form)}`);
    fs.writeFileSync(file, charterText(form, `Team ${id}`, rows, roles));
    typical.push({ path: file, format: form === 'yaml' ? 'yaml' : 'markdown' });
  }
  return { big, typical };
}

if (/generate\.[jt]s$/.test(process.argv[1] ?? '')) {
  const started = Date.now();
  const result = generate();
  console.log(`Wrote ${result.big.length} big and ${result.typical.length} typical charters under ${OUT_DIR} in ${Date.now() - started} ms`);
}
