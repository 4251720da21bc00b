// Earlier versions of a charter through git, for `teamCharter/compare` under Node (the browser build has
// no git). Runs git's read-only commands in the file's repository (host/git.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GitError, readFileAt, repositoryRoot, resolveCommit } from '../host/git';
import type { EarlierVersion } from './serverEnvironment';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function readEarlierVersion(file: string, ref: string): EarlierVersion {
  try {
    const root = repositoryRoot(path.dirname(file));
    if (!root) return { unavailable: 'the file is not in a git repository' };
    const commit = resolveCommit(root, ref);
    if (!commit) return { unavailable: `the repository has no commit named ${ref}` };
    // The file itself may not be saved yet (a new charter open in the editor): its folder is.
    const real = path.join(fs.realpathSync(path.dirname(file)), path.basename(file));
    const relative = path.relative(fs.realpathSync(root), real).split(path.sep).join('/');
    const bytes = readFileAt(root, commit, relative);
    if (!bytes) return { missing: true };
    return { text: UTF8.decode(bytes) };
  } catch (error) {
    if (error instanceof GitError) return { unavailable: error.message };
    if (error instanceof TypeError) return { unavailable: `its version at ${ref} is not UTF-8 text` };
    return { unavailable: (error as Error).message };
  }
}
