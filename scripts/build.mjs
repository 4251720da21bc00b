// Bundles the extension client, the language server and the CLI with esbuild (type-checking is
// `tsc --noEmit`, run separately). `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { cliOptions, nodeOptions, shebang } from './bundle-options.mjs';

const minify = process.argv.includes('--minify');
const common = nodeOptions(minify);

// The browser build (vscode.dev, github.dev): the client for the web worker extension host and the
// server as a web worker of its own. No Node built-ins: `node:path` is a POSIX implementation of our
// own, and anything else a bundle would import from Node fails the build (test/browser/bundle.test.ts
// also looks for them in the output).
const browser = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  // Both run in web workers, which have no DOM: packages' `worker` builds, not their `browser` ones
  // (decode-named-character-reference's decodes entities through `document`).
  conditions: ['worker'],
  alias: { 'node:path': './server/src/browser/posixPath.ts', path: './server/src/browser/posixPath.ts' },
  sourcemap: common.sourcemap,
  minify: common.minify,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: shebang },
  cliOptions(minify),
  // The web worker extension host loads the client as CommonJS (`exports.activate`).
  { ...browser, entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browser/extension.js', format: 'cjs', external: ['vscode'] },
  // vscode-uri makes a file URI's fsPath a Windows path when the browser's user agent says Windows,
  // which the POSIX `node:path` above would misread (a charter would not match its globs): the server
  // reads every URI the POSIX way, on any system.
  { ...browser, entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/browser/server.js', define: { navigator: 'undefined' } },
];

if (process.argv.includes('--watch')) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
