// Section 1's ratio (checkText / its parse floor, cold) of this working tree against another commit, measured
// at the same moment: processes of the two alternate, and inside each process the check and the floor
// are interleaved, so that load from other work on the machine falls on both sides alike.
//
//   npx tsx bench/compare-commits.ts <commit> [--forms md-matrix,md-assignment] [--size 1000] [--runs 30] [--processes 3]
//
// <commit> is checked out once into bench/.out/commits/<sha> (git-ignored, `git worktree`); the charter
// text is the same for both sides (this tree's bench/generate.ts, `makeRows(size, 1)`). Prints, per
// form, the median ratio of each process and the median of those per side.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FORMS, charterText, extensionOf, makeRows, type Form } from './generate';
import { median } from './stats';
import { option, ROOT, worktreeOf } from './worktrees';

// Where the module-global chunk cache lived in older commits: it is cleared before each check, as in
// section 1. Since the cache is passed by the caller (parse/markdown/chunking/cache.ts) a check given
// none is cold, and there is nothing to clear.
const CHUNK_MODULES = ['server/src/core/parse/markdown/speed/chunks.ts', 'server/src/core/parse/markdown-chunks.ts'];

interface Sample {
  ours: number;
  floor: number;
}

async function child(root: string, form: Form, size: number, runs: number): Promise<void> {
  const { checkText } = (await import(pathToFileURL(path.join(root, 'server/src/core/check.ts')).href)) as typeof import('../server/src/core/check');
  const chunks = CHUNK_MODULES.map((file) => path.join(root, file)).find((file) => fs.existsSync(file));
  const { clearChunkCache } = chunks ? ((await import(pathToFileURL(chunks).href)) as { clearChunkCache: () => void }) : { clearChunkCache: () => {} };
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const { parseDocument } = await import('yaml');
  const remark = unified().use(remarkParse);
  const text = charterText(form, 'Bench', makeRows(size, 1));
  const file = `charter${extensionOf(form)}`;
  const check = () => {
    clearChunkCache();
    checkText(text, { path: file });
  };
  // The floor of section 1: remark-parse for Markdown, yaml's parseDocument for YAML.
  const floor = form === 'yaml' ? () => parseDocument(text) : () => remark.parse(text);
  for (let i = 0; i < 5; i++) {
    check();
    floor();
  }
  const ours: number[] = [];
  const floors: number[] = [];
  const time = (fn: () => void) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  for (let i = 0; i < runs; i++) {
    floors.push(time(floor));
    ours.push(time(check));
  }
  const sample: Sample = { ours: median(ours), floor: median(floors) };
  process.stdout.write(JSON.stringify(sample));
}

function main(): void {
  const args = process.argv.slice(2);
  const commit = args[0];
  if (!commit || commit.startsWith('--')) {
    console.error('usage: npx tsx bench/compare-commits.ts <commit> [--forms md-matrix,md-assignment] [--size 1000] [--runs 30] [--processes 3]');
    process.exit(2);
  }
  const forms = option(args, '--forms', 'md-matrix,md-assignment').split(',') as Form[];
  for (const form of forms) if (!FORMS.includes(form)) throw new Error(`unknown form ${form} (one of ${FORMS.join(', ')})`);
  const size = option(args, '--size', '1000');
  const runs = option(args, '--runs', '30');
  const processes = Number(option(args, '--processes', '3'));
  const sides = [
    { name: commit, root: worktreeOf(commit) },
    { name: 'this tree', root: ROOT },
  ];
  for (const form of forms) {
    const ratios = new Map<string, number[]>(sides.map((side) => [side.name, []]));
    for (let p = 0; p < processes; p++) {
      for (const side of p % 2 === 0 ? sides : [...sides].reverse()) {
        const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--child', side.root, form, size, runs], { cwd: ROOT, encoding: 'utf8' });
        const sample = JSON.parse(out) as Sample;
        ratios.get(side.name)!.push(sample.ours / sample.floor);
        console.error(`${form} ${side.name}: ${sample.ours.toFixed(2)} ms / ${sample.floor.toFixed(2)} ms floor = ${(sample.ours / sample.floor).toFixed(3)}×`);
      }
    }
    const [base, ours] = sides.map((side) => median(ratios.get(side.name)!));
    console.log(`${form} ${size}: ${commit} ${base!.toFixed(3)}×, this tree ${ours!.toFixed(3)}× (${ours! >= base! ? '+' : ''}${((ours! / base! - 1) * 100).toFixed(0)}%)`);
  }
}

if (process.argv[2] === '--child') {
  void child(process.argv[3]!, process.argv[4] as Form, Number(process.argv[5]), Number(process.argv[6]));
} else {
  main();
}
