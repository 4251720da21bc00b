// `npm run docs`: writes the documentation generated from code, so it is reviewed and checked in.
// Each entry is a checked-in file and the pure function that renders it; tests compare the two.
import { writeFileSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderRolesGlossary } from '../server/src/core/roles/glossary';

const ROOT = path.resolve(__dirname, '..');

export const GENERATED_DOCS: readonly { file: string; render: () => string }[] = [{ file: 'docs/roles.md', render: renderRolesGlossary }];

for (const doc of GENERATED_DOCS) {
  const target = path.join(ROOT, doc.file);
  const text = doc.render();
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) {
    console.log(`${doc.file}: up to date`);
  } else {
    writeFileSync(target, text);
    console.log(`${doc.file}: written`);
  }
}
