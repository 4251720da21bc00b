// Which git repository a folder is in: the nearest folder at or above it that holds `.git` (a folder,
// or a file in worktrees and submodules). It bounds what a charter's surroundings may bring in: the
// `.gitignore` files read (gitignore.ts), the config files looked for (host/configFiles.ts) and the
// files `extends` may read on the command line (cli/extendsHost.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';

export class Repositories {
  /** Folder → its repository root, or null for none: many files share their folders. */
  private readonly roots = new Map<string, string | null>();

  /** The repository root of `folder` (absolute), or undefined when it is in none. */
  rootOf(folder: string): string | undefined {
    const known = this.roots.get(folder);
    if (known !== undefined) return known ?? undefined;
    const parent = path.dirname(folder);
    const found = fs.existsSync(path.join(folder, '.git')) ? folder : parent === folder ? undefined : this.rootOf(parent);
    this.roots.set(folder, found ?? null);
    return found;
  }
}
