// npm's `prepare`: runs on `npm ci`/`npm install` in a checkout, before `npm pack`, when the package is
// installed from a git URL (npm installs its devDependencies in a temporary clone first) and when a
// folder is installed (npm links it and runs this there). It builds dist/ (scripts/build.mjs). A folder
// whose devDependencies were never installed cannot build: it keeps the dist/ it has, or says in one
// line what to run, instead of esbuild's stack trace.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
let canBuild = true;
try {
  createRequire(path.join(root, 'package.json')).resolve('esbuild');
} catch {
  canBuild = false;
}
if (canBuild) {
  await import('./build.mjs');
} else if (existsSync(path.join(root, 'dist/cli.js')) && existsSync(path.join(root, 'dist/server.js'))) {
  console.log('team-charter: esbuild is not installed here; keeping the built dist/');
} else {
  console.error(`team-charter: cannot build ${root}: its devDependencies are not installed; run 'npm ci' there first`);
  process.exit(1);
}
