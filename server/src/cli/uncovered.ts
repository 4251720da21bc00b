// `team-charter owners --uncovered`: each repository of the charters found, walked as `check` walks a
// folder, and its gaps between CODEOWNERS and the charters (core/ownership/uncovered.ts), printed as
// aligned lines (stylish) or as JSON. Positions in JSON are 0-based lines and UTF-16 columns, as in
// `check --format json`.
import * as path from 'node:path';
import { styleText } from 'node:util';
import type { Organisation } from '../core/org/model';
import { teamName } from '../core/org/teams';
import { readOwnership } from '../core/ownership/model';
import { repositoryGaps, type RepositoryGaps } from '../core/ownership/uncovered';
import { printable } from '../core/printable';
import { clip } from '../core/quote';
import { readRepositoryTexts, repositoryFiles, repositoryRoots } from './ownership';

/** The gaps of every repository the organisation's charters are in. */
export function uncoveredGaps(organisation: Organisation, cwd: string): RepositoryGaps[] {
  const roots = repositoryRoots(
    organisation.charters.map((charter) => charter.path),
    cwd,
  );
  const listed = new Map(roots.map((root) => [root, repositoryFiles(root)]));
  const ownership = readOwnership(roots.map((root) => readRepositoryTexts(root, listed.get(root))));
  return ownership.repositories.map((repository) =>
    repositoryGaps(
      repository,
      listed.get(repository.root) ?? [],
      organisation.charters.filter((charter) => ownership.repositoryOf(charter.path) === repository),
    ),
  );
}

export function formatUncoveredStylish(gaps: readonly RepositoryGaps[], cwd: string, options: { color: boolean; charters: number }): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
  const shownPath = (file: string) => shown(path.relative(cwd, file).split(path.sep).join('/') || '.');
  const out: string[] = [];
  let owned = 0;
  let unowned = 0;
  let files = 0;
  for (const repository of gaps) {
    files += repository.files;
    if (!repository.codeowners) out.push(paint('yellow', `${shownPath(repository.root)}: no CODEOWNERS file (.github/, the root, docs/ or .gitlab/)`), '');
    if (repository.ownedNotCovered.length > 0) {
      out.push(paint('bold', 'Owned in CODEOWNERS, covered by no charter'));
      out.push(
        ...table(
          repository.ownedNotCovered.map((entry) => {
            owned += entry.files;
            const where = `${shownPath(repository.codeowners!)}:${entry.rule.range.start.line + 1}`;
            return [where, shown(entry.rule.pattern), entry.owners.map(shown).join(' '), `${count(entry.files, 'file')}, e.g. ${entry.examples.map(shown).join(', ')}`];
          }),
        ),
        '',
      );
    }
    if (repository.coveredNotOwned.length > 0) {
      out.push(paint('bold', 'Covered by a charter, owned by nobody in CODEOWNERS'));
      out.push(
        ...table(
          repository.coveredNotOwned.map((entry) => {
            unowned += entry.unowned;
            const where = `${shownPath(entry.charter.path)}:${entry.path.range.start.line + 1}`;
            const what = entry.covered === 0 ? 'matches no file' : `${entry.unowned} of ${count(entry.covered, 'file')}, e.g. ${entry.examples.map(shown).join(', ')}`;
            return [where, shown(teamName(entry.charter)), shown(entry.path.text), what];
          }),
        ),
        '',
      );
    }
  }
  const entries = gaps.reduce((sum, repository) => sum + repository.ownedNotCovered.length + repository.coveredNotOwned.length, 0);
  if (entries === 0) out.push('CODEOWNERS and the charters cover the same files.');
  out.push(`${count(owned, 'owned file')} not covered, ${count(unowned, 'covered file')} owned by nobody (${count(files, 'file')} in ${count(gaps.length, 'repository', 'repositories')}, ${count(options.charters, 'charter')} read)`);
  return out.join('\n') + '\n';
}

export function formatUncoveredJson(gaps: readonly RepositoryGaps[]): string {
  const range = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
    start: { line: r.start.line, character: r.start.character },
    end: { line: r.end.line, character: r.end.character },
  });
  const plain = gaps.map((repository) => ({
    root: repository.root,
    codeowners: repository.codeowners ?? null,
    files: repository.files,
    ownedNotCovered: repository.ownedNotCovered.map((entry) => ({
      pattern: entry.rule.pattern,
      range: range(entry.rule.range),
      owners: entry.owners,
      files: entry.files,
      examples: entry.examples,
    })),
    coveredNotOwned: repository.coveredNotOwned.map((entry) => ({
      file: entry.charter.path,
      team: teamName(entry.charter),
      responsibility: entry.responsibility,
      path: entry.path.text,
      range: range(entry.path.range),
      covered: entry.covered,
      unowned: entry.unowned,
      examples: entry.examples,
    })),
  }));
  return JSON.stringify(plain, null, 2) + '\n';
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => '  ' + row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ').trimEnd());
}

function count(value: number, word: string, words = `${word}s`): string {
  return `${value.toLocaleString('en-US')} ${value === 1 ? word : words}`;
}

/** The user's text on one terminal line: clipped, control characters made visible. */
function shown(text: string): string {
  return printable(clip(text));
}
