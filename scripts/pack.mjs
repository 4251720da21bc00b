// npm's `prepack` and `postpack`. The tarball (`npm pack`, and pre-commit, which installs the hook
// from one) ships the two bundles and a package.json without what names files it leaves out: `scripts`
// (scripts/, test/, bench/; npm warns about such scripts when it installs the tarball), and the VS Code
// extension's entry points and icon (`main`, `browser`, `icon`: the extension is the .vsix, not this);
// nor `devDependencies`, which an install of the tarball never reads.
// - `node scripts/pack.mjs prepack` builds dist/ (what `prepare` does in a checkout: npm runs no
//   `prepare` once the package.json it packs has none), then writes the trimmed package.json, keeping
//   the full one in package.json.unpacked;
// - `node scripts/pack.mjs postpack` puts the full one back.
// A pack that stopped between the two leaves package.json.unpacked: the next prepack or postpack
// restores it first.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifest = path.join(root, 'package.json');
const kept = path.join(root, 'package.json.unpacked');

function restore() {
  if (existsSync(kept)) renameSync(kept, manifest);
}

const step = process.argv[2];
if (step === 'prepack') {
  restore();
  await import('./prepare.mjs');
  const text = readFileSync(manifest, 'utf8');
  const { scripts, devDependencies, main, browser, icon, ...published } = JSON.parse(text);
  writeFileSync(kept, text);
  writeFileSync(manifest, JSON.stringify(published, null, 2) + '\n');
} else if (step === 'postpack') {
  restore();
} else {
  console.error(`scripts/pack.mjs: expected prepack or postpack, not '${step ?? ''}'`);
  process.exit(1);
}
