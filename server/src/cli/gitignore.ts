// What `.gitignore` leaves out of a directory walk, as git reads it: every `.gitignore` from the
// repository's root (the nearest folder above holding `.git`, else the walked folder) down to the
// file's folder, each relative to its own folder, a deeper file overriding a shallower one, and
// `.git/info/exclude`. A file in an ignored folder stays ignored whatever a deeper `!pattern` says,
// as in git. The patterns themselves are read by the `ignore` package (what ESLint and globby use).
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export class GitIgnores {
  /** Folder → its own rules (`.gitignore`, and `.git/info/exclude` at a repository root), or null. */
  private readonly rules = new Map<string, Ignore | null>();
  /** Folder → whether it is ignored itself (its files then are too). */
  private readonly folders = new Map<string, boolean>();
  /** Folder → the repository root above it, or null. */
  private readonly roots = new Map<string, string | null>();

  /** Whether git would ignore `file` (absolute), which a walk of `walked` (absolute) found. */
  ignores(file: string, walked: string): boolean {
    const folder = path.dirname(file);
    const top = this.repositoryOf(walked) ?? walked;
    if (!isWithin(folder, top)) return false;
    return this.folderIgnored(folder, top) || this.matches(file, top, false);
  }

  /** Whether git ignores the folder itself (and so everything in it), which a walk of `walked` found. */
  ignoresFolder(folder: string, walked: string): boolean {
    const top = this.repositoryOf(walked) ?? walked;
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
    const chain: string[] = [];
    for (let folder = path.dirname(entry); ; folder = path.dirname(folder)) {
      chain.unshift(folder);
      if (folder === top || path.dirname(folder) === folder) break;
    }
    let ignored = false;
    for (const folder of chain) {
      const rules = this.rulesOf(folder);
      if (!rules) continue;
      const relative = path.relative(folder, entry).split(path.sep).join('/') + (isFolder ? '/' : '');
      const verdict = rules.test(relative);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  private rulesOf(folder: string): Ignore | null {
    const known = this.rules.get(folder);
    if (known !== undefined) return known;
    const texts = [readIfFile(path.join(folder, '.gitignore')), readIfFile(path.join(folder, '.git', 'info', 'exclude'))].filter(
      (text): text is string => text !== undefined,
    );
    const rules = texts.length > 0 ? ignore().add(texts.join('\n')) : null;
    this.rules.set(folder, rules);
    return rules;
  }

  private repositoryOf(folder: string): string | undefined {
    const known = this.roots.get(folder);
    if (known !== undefined) return known ?? undefined;
    const parent = path.dirname(folder);
    const found = fs.existsSync(path.join(folder, '.git')) ? folder : parent === folder ? undefined : this.repositoryOf(parent);
    this.roots.set(folder, found ?? null);
    return found;
  }
}

function isWithin(folder: string, top: string): boolean {
  const relative = path.relative(top, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function readIfFile(file: string): string | undefined {
  try {
    return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
