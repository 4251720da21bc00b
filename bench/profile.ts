// In-process profile target: runs checkText on a generated charter in a loop, for `node --cpu-prof`.
//   npx tsx bench/generate.ts
//   node --cpu-prof --cpu-prof-dir=bench/.out/prof --import tsx bench/profile.ts yaml 10000 5
//   npx tsx bench/profile-summary.ts bench/.out/prof/<file>.cpuprofile
import * as fs from 'node:fs';
import { checkText } from '../server/src/core/check';
import { FORMS, bigPath, type Form } from './generate';

const form = (process.argv[2] ?? 'yaml') as Form;
const size = Number(process.argv[3] ?? 1000);
const iterations = Number(process.argv[4] ?? 10);
if (!FORMS.includes(form)) throw new Error(`form must be one of ${FORMS.join(', ')}`);
const file = bigPath(form, size);
const text = fs.readFileSync(file, 'utf8');
const t0 = performance.now();
let findings = 0;
for (let i = 0; i < iterations; i++) findings = checkText(text, { path: file }).findings.length;
console.log(`${form} ${size}: ${iterations} × checkText in ${(performance.now() - t0).toFixed(0)} ms (${findings} findings)`);
