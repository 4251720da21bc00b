// `team-charter diff`: a repository built here (git init, two commits) compared across its versions, in
// the three formats; two files and two folders compared without git; the usage errors.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Root, Table, TableCell } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readFilesAt } from '../../server/src/host/git';
import { lines } from '../helpers/charter';
import { cli, makeFolder, type CliOutcome } from '../helpers/cli';

const TODAY = '2026-03-04';

const diff = (argv: string[], cwd: string): CliOutcome => cli(['diff', ...argv], { cwd, today: TODAY });


const PAYMENTS_BEFORE = lines(
  '# Payments',
  '',
  '## Roles',
  '',
  '- **Product Manager**: decides what we build next.',
  '- **Tech Lead**: sets the technical direction.',
  '- **Engineering Manager**: leads the engineers.',
  '- **Designer**: designs the screens.',
  '',
  '## Responsibilities',
  '',
  '| Responsibility | Product Manager | Tech Lead | Engineering Manager |',
  '| --- | --- | --- | --- |',
  '| Roadmap | A/R | C | I |',
  '| Architecture | C | A/R | I |',
  '| Hiring | I | C | A/R |',
  '| On-call | I | R | A |',
);

// Tech Lead renamed, the roadmap's A moved from the PM to the EM, On-call dropped, an incident review
// added without an A, the unused Designer removed.
const PAYMENTS_AFTER = lines(
  '# Payments',
  '',
  '## Roles',
  '',
  '- **Product Manager**: decides what we build next.',
  '- **Technical Lead**: sets the technical direction.',
  '- **Engineering Manager**: leads the engineers.',
  '',
  '## Responsibilities',
  '',
  '| Responsibility | Product Manager | Technical Lead | Engineering Manager |',
  '| --- | --- | --- | --- |',
  '| Roadmap | R | C | A |',
  '| Architecture | C | A/R | I |',
  '| Hiring | I | C | A/R |',
  '| Incident review | I | R | C |',
);

const PLATFORM_MARKDOWN = lines(
  '# Platform',
  '',
  '## Roles',
  '',
  '- **Site Reliability Engineer**: keeps it running.',
  '- **Engineering Manager**: leads the team.',
  '',
  '## Responsibilities',
  '',
  '| Responsibility | Site Reliability Engineer | Engineering Manager |',
  '| --- | --- | --- |',
  '| Uptime | A/R | I |',
  '| Cloud costs | R | A |',
);

const PLATFORM_YAML = lines(
  'team: Platform',
  'roles:',
  '  sre:',
  '    title: Site Reliability Engineer',
  '    description: keeps it running.',
  '  em:',
  '    title: Engineering Manager',
  '    description: leads the team.',
  'responsibilities:',
  '  - name: Uptime',
  '    accountable: sre',
  '    responsible: sre',
  '    informed: em',
  '  - name: Cloud costs',
  '    accountable: em',
  '    responsible: sre',
);

const STEADY = lines('team: Steady', 'responsibilities:', '  - name: Billing', '    accountable: Finance Lead', '    responsible: Finance Lead');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } });
}

/** A repository whose first commit has the old charters and whose second (HEAD) the new ones. */
function repository(): string {
  const root = makeFolder({ 'teams/payments.charter.md': PAYMENTS_BEFORE, 'teams/platform/CHARTER.md': PLATFORM_MARKDOWN, 'teams/steady.charter.yaml': STEADY, 'README.md': '# Not a charter\n' });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'user.name', 'Test');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'charters');
  fs.writeFileSync(path.join(root, 'teams/payments.charter.md'), PAYMENTS_AFTER);
  fs.rmSync(path.join(root, 'teams/platform/CHARTER.md'));
  fs.writeFileSync(path.join(root, 'teams/platform/charter.yaml'), PLATFORM_YAML);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'ownership changes');
  return root;
}

describe('CLI: team-charter diff', function () {
  this.timeout(60_000);
  let root: string;
  before(() => {
    root = repository();
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('says what the change did to ownership, in words (stylish)', () => {
    const { code, stdout, stderr } = diff(['--base', 'HEAD~1'], root);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(
      stdout,
      lines(
        'Payments  teams/payments.charter.md',
        '  new error         line 16: "Incident review" has no accountable role. Exactly one role must be accountable.  accountable-missing',
        '  accountable       Roadmap: Product Manager → Engineering Manager',
        '  − letter          Roadmap: Engineering Manager (I)',
        '  − responsibility  On-call: Engineering Manager (A); Technical Lead (R); Product Manager (I)',
        '  + responsibility  Incident review: Technical Lead (R); Engineering Manager (C); Product Manager (I)',
        '  − role            Designer',
        '  ~ role            Technical Lead: Tech Lead → Technical Lead',
        '  new info          line 13: "Roadmap" is roadmap and prioritisation work, usually owned by the Product Manager rather than the Engineering Manager: product managers own the product roadmap and decide which problems and features come first (Keith Brown, Aha! blog, 2014).  role-boundary',
        '  resolved warning  line 8: Role "Designer" is not used by any responsibility. Give it a letter where it takes part, or remove it.  role-unused',
        '',
        'Platform  teams/platform/CHARTER.md → teams/platform/charter.yaml',
        '  no ownership change',
        '',
        '3 charters compared with HEAD~1, 1 changed: 6 ownership changes, 1 error introduced, 1 other finding introduced, 1 finding resolved.',
      ),
    );
  });

  it('sees no ownership change in a charter rewritten from Markdown to YAML under a new name', () => {
    const { stdout } = diff(['--base', 'HEAD~1', '-f', 'json'], root);
    const report = JSON.parse(stdout);
    const platform = report.charters.find((charter: { after?: { team?: string } }) => charter.after?.team === 'Platform');
    assert.deepEqual(platform.before, { file: 'teams/platform/CHARTER.md', team: 'Platform' });
    assert.deepEqual(platform.after, { file: 'teams/platform/charter.yaml', team: 'Platform' });
    assert.deepEqual(platform.diff.roles, { added: [], removed: [], renamed: [], holders: [] });
    assert.deepEqual(platform.diff.responsibilities, { added: [], removed: [], renamed: [], changed: [] });
    assert.deepEqual(platform.diff.findings, { introduced: [], resolved: [] });
  });

  it('gives the same changes as JSON, with a summary and every charter', () => {
    const { code, stdout } = diff(['--base', 'HEAD~1', '--format', 'json'], root);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.base, 'HEAD~1');
    assert.equal(report.target, 'working tree');
    assert.deepEqual(report.summary, { charters: 3, changed: 1, ownershipChanges: 6, introduced: { error: 1, warning: 0, info: 1, hint: 0 }, resolved: 1 });
    assert.deepEqual(report.charters.map((charter: { status: string; after?: { file: string } }) => [charter.status, charter.after?.file]), [
      ['changed', 'teams/payments.charter.md'],
      ['renamed', 'teams/platform/charter.yaml'],
      ['unchanged', 'teams/steady.charter.yaml'],
    ]);
    const payments = report.charters[0].diff;
    assert.deepEqual(payments.responsibilities.changed, [
      {
        name: 'Roadmap',
        nameRange: { start: { line: 12, character: 2 }, end: { line: 12, character: 9 } },
        added: [],
        removed: [{ role: 'Engineering Manager', letter: 'I' }],
        accountable: { from: ['Product Manager'], to: ['Engineering Manager'] },
      },
    ]);
    assert.deepEqual(payments.responsibilities.removed, [
      { name: 'On-call', roles: [{ role: 'Engineering Manager', letters: 'A' }, { role: 'Technical Lead', letters: 'R' }, { role: 'Product Manager', letters: 'I' }] },
    ]);
    assert.deepEqual(payments.roles.renamed, [{ from: 'Tech Lead', to: 'Technical Lead' }]);
    assert.deepEqual(payments.roles.removed, [{ title: 'Designer', holders: [] }]);
    // In the order of the file; the stylish and Markdown reports put errors first.
    assert.deepEqual(payments.findings.introduced.map((finding: { rule: string; severity: string }) => [finding.rule, finding.severity]), [
      ['role-boundary', 'info'],
      ['accountable-missing', 'error'],
    ]);
  });

  it('writes Markdown that renders as one readable table per changed charter, introduced errors first', () => {
    const { stdout } = diff(['--base', 'HEAD~1', '--format', 'markdown'], root);
    const tree = unified().use(remarkParse).use(remarkGfm).parse(stdout) as Root;
    const headings = tree.children.filter((node) => node.type === 'heading').map((node) => textOf(node));
    assert.deepEqual(headings, [
      'Team Charter: ownership changes (`HEAD~1` → `working tree`)',
      'Payments (`teams/payments.charter.md`)',
      'Platform (`teams/platform/CHARTER.md` → `teams/platform/charter.yaml`)',
    ]);
    // A charter moved to another file with the same ownership gets a sentence, not an empty table.
    assert.match(stdout, /#### Platform \(`teams\/platform\/CHARTER.md` → `teams\/platform\/charter.yaml`\)\n\nNo ownership change\.\n/);
    const tables = tree.children.filter((node): node is Table => node.type === 'table');
    assert.equal(tables.length, 1);
    const rows = tables[0].children.map((row) => row.children.map((cell: TableCell) => textOf(cell)));
    assert.deepEqual(rows[0], ['Change', 'Responsibility or role', 'Before', 'After']);
    assert.ok(rows.every((row) => row.length === 4), 'every row has the four cells');
    assert.deepEqual(rows.slice(1).map((row) => [row[0], row[1]]), [
      ['❌ new error', 'accountable-missing, line 16'],
      ['🔀 accountable', 'Roadmap'],
      ['➖ letter', 'Roadmap'],
      ['➖ responsibility', 'On-call'],
      ['➕ responsibility', 'Incident review'],
      ['➖ role', 'Designer'],
      ['✏️ role renamed', 'Technical Lead'],
      ['ℹ️ new info', 'role-boundary, line 13'],
      ['✅ resolved warning', 'role-unused, line 8'],
    ]);
    assert.deepEqual(rows[2].slice(2), ['Product Manager', 'Engineering Manager']);
    assert.deepEqual(rows[7].slice(2), ['Tech Lead', 'Technical Lead']);
  });

  it('keeps user text from breaking the Markdown table', () => {
    // The charter writes the angle brackets as entities (a tag would be read as HTML): the name holds them as text.
    const folder = makeFolder({
      'old.md': lines('# T', '', '| Responsibility | Lead | Dev |', '| --- | --- | --- |', '| Pipes \\| and *stars* | A/R | C |'),
      'new.md': lines('# T', '', '| Responsibility | Lead | Dev |', '| --- | --- | --- |', '| Pipes \\| and *stars* | R | A |', '| &lt;b&gt;x&lt;/b&gt; `y` | A/R | C |'),
    });
    try {
      const { stdout } = diff(['--no-index', 'old.md', 'new.md', '-f', 'markdown'], folder);
      const tree = unified().use(remarkParse).use(remarkGfm).parse(stdout) as Root;
      const table = tree.children.find((node): node is Table => node.type === 'table')!;
      const rows = table.children.map((row) => row.children.map((cell: TableCell) => textOf(cell)));
      assert.ok(rows.every((row) => row.length === 4));
      // The name as the charter writes it (its escaped pipe included), as text: no cell split, no emphasis, no HTML.
      assert.ok(rows.some((row) => row[1] === 'Pipes \\| and *stars*'), JSON.stringify(rows));
      assert.ok(rows.some((row) => row[1] === '<b>x</b> `y`'), JSON.stringify(rows));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('compares the working tree with HEAD by default: an uncommitted change, or none', () => {
    const clean = diff([], root);
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, '3 charters compared with HEAD, 0 changed: 0 ownership changes, 0 errors introduced.\n');
    const file = path.join(root, 'teams/steady.charter.yaml');
    try {
      fs.writeFileSync(file, STEADY.replace('    responsible: Finance Lead', '    responsible: Finance Lead\n    consulted: Controller'));
      const { stdout } = diff(['teams/steady.charter.yaml'], root);
      assert.equal(stdout, lines('Steady  teams/steady.charter.yaml', '  + letter  Billing: Controller (C)', '', '1 charter compared with HEAD, 1 changed: 1 ownership change, 0 errors introduced.'));
    } finally {
      fs.writeFileSync(file, STEADY);
    }
  });

  it('exits 1 with --fail-on introduced-errors when the change introduces an error, and 0 otherwise', () => {
    assert.equal(diff(['--base', 'HEAD~1', '--fail-on', 'introduced-errors'], root).code, 1);
    assert.equal(diff(['--base', 'HEAD~1', '--fail-on', 'introduced-errors', 'teams/platform', 'teams/steady.charter.yaml'], root).code, 0);
    assert.equal(diff(['--fail-on', 'introduced-errors'], root).code, 0);
  });

  it('runs from a subfolder, paths relative to it, and writes --output-file', () => {
    const { code, stdout } = diff(['--base', 'HEAD~1', 'payments.charter.md', '-o', 'out/diff.md', '-f', 'markdown'], path.join(root, 'teams'));
    assert.equal(code, 0);
    assert.equal(stdout, '');
    const written = fs.readFileSync(path.join(root, 'teams/out/diff.md'), 'utf8');
    assert.match(written, /^### Team Charter: ownership changes/);
    assert.match(written, /#### Payments \(`payments.charter.md`\)/);
    fs.rmSync(path.join(root, 'teams/out'), { recursive: true });
  });

  it('reads earlier versions at paths with spaces, beside a path the ref does not have', () => {
    const folder = makeFolder({ 'two words/a team.charter.yaml': STEADY });
    try {
      git(folder, 'init', '-q');
      git(folder, '-c', 'user.email=t@example.com', '-c', 'user.name=T', 'add', '.');
      git(folder, '-c', 'user.email=t@example.com', '-c', 'user.name=T', 'commit', '-q', '-m', 'one');
      fs.writeFileSync(path.join(folder, 'two words/a team.charter.yaml'), STEADY.replace('responsible: Finance Lead', 'responsible: Controller'));
      fs.writeFileSync(path.join(folder, 'two words/new one.charter.yaml'), STEADY.replace('Steady', 'Fresh'));
      const report = JSON.parse(diff(['-f', 'json'], folder).stdout);
      assert.deepEqual(report.charters.map((charter: { status: string; after?: { file: string } }) => [charter.status, charter.after?.file]), [
        ['changed', 'two words/a team.charter.yaml'],
        ['added', 'two words/new one.charter.yaml'],
      ]);
      // Asked in one batch, a missing name with spaces does not shift the files after it.
      const read = readFilesAt(folder, 'HEAD', ['gone/x y.md', 'two words/a team.charter.yaml']);
      assert.deepEqual([...read].map(([file, bytes]) => [file, bytes.toString('utf8')]), [['two words/a team.charter.yaml', STEADY]]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('compares two files, and two folders, without git', () => {
    const folder = makeFolder({
      'v1/payments.charter.md': PAYMENTS_BEFORE,
      'v2/payments.charter.md': PAYMENTS_AFTER,
      'v1/CHARTER.md': PLATFORM_MARKDOWN,
      'v2/charter.yaml': PLATFORM_YAML,
    });
    try {
      const files = diff(['--no-index', 'v1/CHARTER.md', 'v2/charter.yaml', '-f', 'json'], folder);
      assert.equal(files.code, 0);
      assert.deepEqual(JSON.parse(files.stdout).summary.ownershipChanges, 0);
      // Outside a repository two paths are compared as --no-index would (as git diff does).
      const folders = diff(['v1', 'v2', '-f', 'json'], folder);
      const report = JSON.parse(folders.stdout);
      assert.deepEqual(report.charters.map((charter: { status: string; before?: { file: string }; after?: { file: string } }) => [charter.status, charter.before?.file, charter.after?.file]), [
        ['renamed', 'v1/CHARTER.md', 'v2/charter.yaml'],
        ['changed', 'v1/payments.charter.md', 'v2/payments.charter.md'],
      ]);
      assert.equal(report.summary.ownershipChanges, 6);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits 2 with a one-line reason for bad usage', () => {
    const outside = makeFolder({ 'a.charter.md': PAYMENTS_BEFORE });
    try {
      const cases: [string[], string, RegExp][] = [
        [['--base', 'no-such-ref'], root, /^team-charter: unknown ref 'no-such-ref': no commit of this repository has that name/],
        [['--base=-x'], root, /^team-charter: --base needs a git ref such as HEAD or origin\/main, not '-x'$/],
        [[], outside, /^team-charter: not a git repository: diff compares the working tree with a git ref \(to compare two files or folders: team-charter diff --no-index OLD NEW\)$/],
        [['--format', 'sarif'], root, /^team-charter: unknown format 'sarif' for diff: use stylish, markdown, json$/],
        [['--fail-on', 'warnings'], root, /^team-charter: unknown --fail-on 'warnings': use introduced-errors$/],
        [['--no-index', 'a.charter.md'], outside, /^team-charter: --no-index compares two files or two folders/],
        [['--no-index', 'a.charter.md', '.'], outside, /^team-charter: diff --no-index compares two files or two folders, not a file with a folder/],
        [['--no-index', 'a.charter.md', 'missing.md'], outside, /^team-charter: cannot read 'missing.md': no such file or directory$/],
        [['nothing-here'], root, /^team-charter: no charter files found in 'nothing-here', in the working tree or at HEAD$/],
      ];
      for (const [argv, cwd, message] of cases) {
        const { code, stdout, stderr } = diff(argv, cwd);
        assert.equal(code, 2, argv.join(' '));
        assert.equal(stdout, '');
        assert.match(stderr.trimEnd(), message);
        assert.equal(stderr.split('\n').length, 2, 'one line');
      }
      const empty = makeFolder({ 'a.charter.md': PAYMENTS_BEFORE });
      git(empty, 'init', '-q');
      assert.match(diff([], empty).stderr, /^team-charter: unknown ref 'HEAD': the repository has no commit yet\n$/);
      fs.rmSync(empty, { recursive: true, force: true });
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string' && node.type !== 'html') return node.type === 'inlineCode' ? `\`${node.value}\`` : node.value;
  if (node.type === 'html') return node.value ?? '';
  return ((node.children ?? []) as { type: string }[]).map((child) => textOf(child as never)).join('');
}

