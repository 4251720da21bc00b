// esbuild options of the Node bundles, shared by scripts/build.mjs (every bundle, for development and
// the packages) and action/build.mjs (the CLI alone, for the GitHub Action). Plain data: no import of
// esbuild here, so that each builder uses its own.

// ESM-only dependencies (tinyglobby's fdir) read `import.meta.url`, which a CommonJS bundle leaves
// undefined; give every bundle the file URL of the bundle itself.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
export const shebang = { js: `#!/usr/bin/env node\n${importMetaUrl}` };

/** `minify`: the packaged build (from vscode:prepublish). */
export function nodeOptions(minify) {
  return {
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: importMetaUrl },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The packaged build has no maps, and so no sourceMappingURL comment pointing at a file the .vsix
    // does not ship.
    sourcemap: !minify,
    minify,
    logLevel: 'warning',
    // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ES modules bundle.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  };
}

/** The `team-charter` executable; `root` is the repository's folder (paths are relative to it otherwise). */
export function cliOptions(minify, root = '.') {
  return { ...nodeOptions(minify), entryPoints: [`${root}/server/src/cli/main.ts`], outfile: `${root}/dist/cli.js`, banner: shebang };
}
