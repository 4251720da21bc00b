// The HTML page `export` writes, through dist/cli.js: an invalid cell shows what is written there
// (struck), letters are coloured apart from the red and amber that mark findings, and the page says
// when it was exported and, in a git repository, from which commit.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeFolder, REPO_ROOT, runBuiltCli } from '../helpers/cli';

const README_EXAMPLE = /```markdown\n([\s\S]*?)```/.exec(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'))![1];

function exportHtml(cwd: string): string {
  const result = runBuiltCli(['export', '--format', 'html', '.'], { cwd });
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

/** The CSS colour of a class, as the page's style sheet gives it. */
function colourOf(page: string, selector: string): string {
  return new RegExp(`${selector.replace('.', '\\.')} \\{ color: (#[0-9a-f]{6}); \\}`).exec(page)![1];
}

describe('export --format html: the page, through dist/cli.js', () => {
  it('shows an invalid cell as written, struck, with its note', () => {
    const page = exportHtml(makeFolder({ 'checkout.charter.md': README_EXAMPLE }));
    assert.match(page, /<td class="cell finding error" title="[^"]*R&quot; appears twice[^"]*"><del class="written" title="written as RR: not a valid RACI value">RR<\/del><sup><a href="#c1-n\d">\d<\/a><\/sup><\/td>/);
  });

  it('colours the letters apart from the red of errors and the amber of warnings, and says what each colour means', () => {
    const page = exportHtml(makeFolder({ 'checkout.charter.md': README_EXAMPLE }));
    const bad = /--bad: (#[0-9a-f]{6})/.exec(page)![1];
    const warn = /--warn: (#[0-9a-f]{6})/.exec(page)![1];
    for (const letter of ['A', 'R', 'C', 'I']) assert.ok(![bad, warn].includes(colourOf(page, `.l-${letter}`)), letter);
    assert.match(page, /<span class="l l-A">A<\/span> accountable/);
  });

  it('carries the day of the export and, in a git repository, the commit (and whether a charter differs from it)', () => {
    const outside = exportHtml(makeFolder({ 'checkout.charter.md': README_EXAMPLE }));
    assert.match(outside, /<p class="muted">1 charter, 3 findings · exported \d{4}-\d{2}-\d{2}<\/p>/);
    const repo = makeFolder({ 'checkout.charter.md': README_EXAMPLE });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=T', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'charter');
    const commit = git('rev-parse', 'HEAD');
    assert.match(exportHtml(repo), new RegExp(`exported \\d{4}-\\d{2}-\\d{2} from commit <code title="${commit}">${commit.slice(0, 12)}</code></p>`));
    fs.appendFileSync(path.join(repo, 'checkout.charter.md'), '| Hiring | A | R | C |\n');
    assert.match(exportHtml(repo), /from commit <code[^>]*>[0-9a-f]{12}<\/code> \(with changes not committed\)<\/p>/);
  });
});
