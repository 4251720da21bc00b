// Which folders a checked file's `extends` may read on the command line: its git repository (the
// nearest folder above it holding `.git`), or the current directory when it is in none, plus every
// `--extends-root`. The reading itself, and its other limits, are host/extendsFiles.ts.
import * as path from 'node:path';
import type { CharterHost } from '../core/model';
import { Repositories } from '../files/repository';
import { extendsScope, readExtendsFile } from '../host/extendsFiles';

export class CliExtendsHosts {
  /** One host per default root (runs check many files of one repository). */
  private readonly hosts = new Map<string, CharterHost>();
  private readonly repositories = new Repositories();
  private readonly extraRoots: string[];

  /** `extendsRoots` are the `--extends-root` folders, relative to `cwd`. */
  constructor(
    private readonly cwd: string,
    extendsRoots: readonly string[] = [],
  ) {
    this.extraRoots = extendsRoots.map((root) => path.resolve(cwd, root));
  }

  /** The host for the `extends` of `file` (absolute). */
  forFile(file: string): CharterHost {
    const repository = this.repositories.rootOf(path.dirname(file));
    const root = repository ?? path.resolve(this.cwd);
    let host = this.hosts.get(root);
    if (!host) {
      const where = repository ? `the repository ${root}` : `the current directory ${root}`;
      const outside =
        this.extraRoots.length > 0
          ? `it is outside ${where} and the --extends-root folders ${this.extraRoots.join(', ')}`
          : `it is outside ${where} (--extends-root allows another folder)`;
      const scope = extendsScope([root, ...this.extraRoots], outside);
      host = { readFile: (target) => readExtendsFile(target, scope) };
      this.hosts.set(root, host);
    }
    return host;
  }
}
