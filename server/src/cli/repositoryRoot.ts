// What the reports meant for a code host (SARIF, GitHub annotations) give paths relative to: the git
// repository holding the current directory (the nearest folder at or above it with a `.git` folder or
// file, as worktrees and submodules have), else the current directory. Run from a subfolder, as the
// GitHub Action's `working-directory` does, the paths still name the files from the repository's root,
// which is where GitHub looks for them.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function repositoryRoot(cwd: string): string {
  // Bounded by the depth of the path: one folder up at each step, until the file system's root.
  for (let folder = cwd; ; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, '.git'))) return folder;
    if (path.dirname(folder) === folder) return cwd;
  }
}
