// Temporary folders for tests, each removed when what made it ends: a folder made inside a test (or
// its beforeEach) after that test; one made in a describe block's body after that block; anything
// else (a before hook) at the end of the run at the latest. A run leaves nothing in the temp folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

let running = false;
let inTest = false;
const madeInTest: string[] = [];
const madeInHooks: string[] = [];

function remove(folders: string[]): void {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
}

// Root-level hooks (this module is first imported while the test files load, outside any block).
before(() => {
  running = true;
});
beforeEach(() => {
  inTest = true;
});
afterEach(() => {
  inTest = false;
  remove(madeInTest);
});
after(() => remove(madeInHooks));

/** A fresh empty folder in the temp folder, removed as the header says. */
export function temporaryFolder(prefix = 'team-charter-'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (inTest) madeInTest.push(folder);
  else if (running) madeInHooks.push(folder);
  // Made while the files load, in a describe block's body: an `after` hook of that block removes it.
  else after(() => fs.rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Writes the given files (paths relative to `root`, folders created as needed). */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
}

/** A fresh temporary folder holding the given files. */
export function makeFolder(files: Record<string, string>, prefix = 'team-charter-'): string {
  const root = temporaryFolder(prefix);
  writeFiles(root, files);
  return root;
}
