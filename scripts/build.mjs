// Bundles the extension client, the language server and the CLI with esbuild (type-checking is
// `tsc --noEmit`, run separately). `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

// ESM-only dependencies (tinyglobby's fdir) read `import.meta.url`, which a CommonJS bundle leaves
// undefined; give every bundle the file URL of the bundle itself.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const shebang = { js: `#!/usr/bin/env node\n${importMetaUrl}` };
const common = {
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaUrl },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The packaged build (--minify, from vscode:prepublish) has no maps, and so no sourceMappingURL
  // comment pointing at a file the .vsix does not ship.
  sourcemap: !process.argv.includes('--minify'),
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: shebang },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: shebang },
];

if (process.argv.includes('--watch')) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
