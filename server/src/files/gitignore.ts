// What `.gitignore` leaves out of a directory walk, as git reads it: every `.gitignore` from the
// repository's root (the nearest folder above holding `.git`, else the walked folder) down to the
// file's folder, each relative to its own folder, a deeper file overriding a shallower one, and
// `.git/info/exclude`. A file in an ignored folder stays ignored whatever a deeper `!pattern` says,
// as in git. The patterns are matched by core/globs/globSyntax.ts, which cannot backtrack: a pull request can add
// a `.gitignore`, and the `ignore` package (regular expressions) backtracked exponentially on `a/**/a/**/…`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GlobSyntaxError, matchPath, parseSegments, pathParts, type Segment } from '../core/globs/globSyntax';
import { Repositories } from './repository';

/** Longer lines are not read as patterns: no path is that long, and each costs its length per path. */
export const MAX_GITIGNORE_LINE = 1024;
/** A larger ignore file is not read (as a config file). */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

interface IgnoreRule {
  negated: boolean;
  /** A trailing `/`: folders only. */
  folderOnly: boolean;
  /** No `/` but a trailing one: matched against the name, at any depth below the file's folder. */
  nameOnly: boolean;
  segments: Segment[];
}

/** The rules of one ignore file, in order (the last that matches decides). */
export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n|\r/)) {
    if (raw.length > MAX_GITIGNORE_LINE) continue;
    // Trailing spaces are dropped unless escaped; `#` starts a comment, `\#` is a `#`.
    let line = raw.replace(/(?<!\\)[ \t]+$/, '').replace(/\\ $/, ' ');
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
    const folderOnly = line.endsWith('/') && !line.endsWith('\\/');
    if (folderOnly) line = line.replace(/\/+$/, '');
    if (line === '') continue;
    const nameOnly = !line.includes('/');
    // `a/**` is what is inside `a`, not `a` itself.
    if (line.endsWith('/**')) line += '/*';
    try {
      rules.push({ negated, folderOnly, nameOnly, segments: parseSegments(line.replace(/^\//, '')) });
    } catch (error) {
      if (!(error instanceof GlobSyntaxError)) throw error;
      // git matches nothing with a malformed bracket expression; neither does this.
    }
  }
  return rules;
}

/** What the rules say of a path relative to their folder: ignored, re-included (`!`), or nothing. */
export function verdictOf(rules: readonly IgnoreRule[], relative: string, isFolder: boolean): boolean | undefined {
  const parts = pathParts(relative);
  for (let index = rules.length - 1; index >= 0; index--) {
    const rule = rules[index];
    if (rule.folderOnly && !isFolder) continue;
    const matched = rule.nameOnly ? matchPath(rule.segments, parts.slice(-1)) : matchPath(rule.segments, parts);
    if (matched) return !rule.negated;
  }
  return undefined;
}

export class GitIgnores {
  /** Folder → its own rules (`.gitignore`, and `.git/info/exclude` at a repository root), or null. */
  private readonly rules = new Map<string, IgnoreRule[] | null>();
  /** Folder → whether it is ignored itself (its files then are too). */
  private readonly folders = new Map<string, boolean>();
  /**
   * Folder → the folders from the top down to it that have rules, with them: what an entry of the folder
   * is matched against. Worked out once per folder, since a walk asks for every file of it.
   */
  private readonly chains = new Map<string, { top: string; chain: { folder: string; rules: IgnoreRule[] }[] }>();
  /** Folder → whether it is inside the top it was asked with (`top` kept to tell a different one). */
  private readonly inside = new Map<string, { top: string; within: boolean }>();
  private readonly repositories = new Repositories();

  /** Whether git would ignore `file` (absolute), which a walk of `walked` (absolute) found. */
  ignores(file: string, walked: string): boolean {
    const folder = path.dirname(file);
    const top = this.repositories.rootOf(walked) ?? walked;
    let inside = this.inside.get(folder);
    if (inside?.top !== top) this.inside.set(folder, (inside = { top, within: isWithin(folder, top) }));
    if (!inside.within) return false;
    return this.folderIgnored(folder, top) || this.matches(file, top, false);
  }

  /** Whether git ignores the folder itself (and so everything in it), which a walk of `walked` found. */
  ignoresFolder(folder: string, walked: string): boolean {
    const top = this.repositories.rootOf(walked) ?? walked;
    return folder !== top && isWithin(folder, top) && this.folderIgnored(folder, top);
  }

  private folderIgnored(folder: string, top: string): boolean {
    if (folder === top) return false;
    const known = this.folders.get(folder);
    if (known !== undefined) return known;
    const ignored = this.folderIgnored(path.dirname(folder), top) || this.matches(folder, top, true);
    this.folders.set(folder, ignored);
    return ignored;
  }

  /** The verdict of the rules from `top` down to the entry's folder: the deepest that says anything wins. */
  private matches(entry: string, top: string, isFolder: boolean): boolean {
    let ignored = false;
    for (const { folder, rules } of this.chainOf(path.dirname(entry), top)) {
      const verdict = verdictOf(rules, path.relative(folder, entry).split(path.sep).join('/'), isFolder);
      if (verdict !== undefined) ignored = verdict;
    }
    return ignored;
  }

  /** The folders from `top` (or the file system's root) down to `folder` that have rules, top first. */
  private chainOf(folder: string, top: string): { folder: string; rules: IgnoreRule[] }[] {
    const known = this.chains.get(folder);
    if (known?.top === top) return known.chain;
    const parent = path.dirname(folder);
    const above = folder === top || parent === folder ? [] : this.chainOf(parent, top);
    const rules = this.rulesOf(folder);
    const chain = rules ? [...above, { folder, rules }] : above;
    this.chains.set(folder, { top, chain });
    return chain;
  }

  private rulesOf(folder: string): IgnoreRule[] | null {
    const known = this.rules.get(folder);
    if (known !== undefined) return known;
    const texts = [readIfFile(path.join(folder, '.gitignore')), readIfFile(path.join(folder, '.git', 'info', 'exclude'))].filter(
      (text): text is string => text !== undefined,
    );
    const parsed = texts.length > 0 ? parseGitignore(texts.join('\n')) : [];
    // A file of comments only (`git init` writes such a `.git/info/exclude`) says nothing of any entry.
    const rules = parsed.length > 0 ? parsed : null;
    this.rules.set(folder, rules);
    return rules;
  }

}

export function isWithin(folder: string, top: string): boolean {
  const relative = path.relative(top, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function readIfFile(file: string): string | undefined {
  try {
    // Most folders have none: asked without an exception for the missing file.
    const stats = fs.statSync(file, { throwIfNoEntry: false });
    return stats?.isFile() && stats.size <= MAX_GITIGNORE_BYTES ? fs.readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
