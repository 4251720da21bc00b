// The GitHub Action's build of the CLI (action.yml): dist/cli.js from the sources of the action's own
// checkout, with the few packages the bundle imports installed from action/package-lock.json (the
// same versions as the repository's lock; a test compares them) instead of the whole development tree.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliOptions } from '../scripts/bundle-options.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
await esbuild.build({
  ...cliOptions(true, root),
  // The sources import their packages by name: they are installed here, not beside the sources.
  nodePaths: [path.join(here, 'node_modules')],
  sourcemap: false,
});
