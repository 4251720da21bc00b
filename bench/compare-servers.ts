// Sections 2 and 3's editing rows (didChange→diagnostics, codeAction) of this working tree's server
// against another commit's, measured at the same moment: the two servers run side by side and each edit
// and each code action goes to both, in alternating order, so that load from other work on the machine
// falls on both alike.
//
//   npx tsx bench/compare-servers.ts <commit> [--size 1000] [--edits 30] [--rounds 3]
//
// <commit> is checked out into bench/.out/commits/<sha> (worktrees.ts) and built there; this tree's
// dist/server.js is built first too (`npm run build`). The charters are section 2's (valid, edits appending
// a letter to a row's name) and section 3's (20 rows given a second A, a code action on each). Prints,
// per form and round, the median of each server and their ratio.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { charterText, FORMS, makeRows, type Form } from './generate';

type Row = ReturnType<typeof makeRows>[number];
import { killAll, benchClient, LspClient, type Diagnostic } from './lsp';
import { median } from './stats';
import { option, ROOT, worktreeOf } from './worktrees';

const WORK = path.join(ROOT, 'bench/.out/compare-servers');
const uriOf = (file: string) => pathToFileURL(file).href;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Side {
  name: string;
  client: LspClient;
}

/** Copies a tree's built server beside the others, so that a rebuild during the run changes nothing. */
function snapshot(root: string, name: string): string {
  const folder = path.join(WORK, name);
  fs.mkdirSync(folder, { recursive: true });
  fs.copyFileSync(path.join(root, 'dist/server.js'), path.join(folder, 'server.js'));
  return path.join(folder, 'server.js');
}

function rowLine(lines: string[], form: Form, name: string): number {
  const line = lines.findIndex((text) => (form === 'yaml' ? text === `  - name: ${name}` : text.startsWith(`| ${name} `)));
  if (line < 0) throw new Error(`row '${name}' not found`);
  return line;
}

/** A charter opened in both servers, each in a file of its own. */
async function openBoth(sides: Side[], form: Form, label: string, text: string): Promise<{ side: Side; uri: string; diagnostics: Diagnostic[] }[]> {
  const opened = [];
  for (const side of sides) {
    const file = path.join(WORK, `${side.name}-${label}${form === 'yaml' ? '.charter.yaml' : '.charter.md'}`);
    fs.writeFileSync(file, text);
    const uri = uriOf(file);
    const first = side.client.nextDiagnostics(uri, 1, 60000);
    await side.client.open(uri, text, form === 'yaml' ? 'yaml' : 'markdown');
    opened.push({ side, uri, diagnostics: (await first).diagnostics });
  }
  return opened;
}

/** Section 2: the same edits to a valid charter in both servers, keystroke to diagnostics. */
async function edits(sides: Side[], form: Form, rows: Row[], targets: number[], count: number): Promise<Map<string, number[]>> {
  const text = charterText(form, `Compare ${form}`, rows);
  const times = new Map(sides.map((side) => [side.name, [] as number[]]));
  const docs = (await openBoth(sides, form, 'edits', text)).map((doc) => ({ ...doc, lines: text.split('\n'), version: 1 }));
  for (let n = 0; n < count; n++) {
    const name = rows[targets[n % targets.length]! + Math.floor(n / targets.length)]!.name;
    for (const doc of n % 2 === 0 ? docs : [...docs].reverse()) {
      const line = rowLine(doc.lines, form, name);
      const character = doc.lines[line]!.indexOf(name) + name.length;
      doc.lines[line] = doc.lines[line]!.slice(0, character) + 'x' + doc.lines[line]!.slice(character);
      doc.version++;
      await delay(30); // let stray notifications of the previous edit drain (not timed)
      const waiting = doc.side.client.nextDiagnostics(doc.uri, doc.version, 60000);
      const started = performance.now();
      await doc.side.client.change(doc.uri, [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]);
      await waiting;
      times.get(doc.side.name)!.push(performance.now() - started);
    }
  }
  for (const doc of docs) await doc.side.client.close(doc.uri);
  return times;
}

/** Section 3: a code action on each row given a second A, in both servers. */
async function codeActions(sides: Side[], form: Form, rows: Row[], targets: number[]): Promise<Map<string, number[]>> {
  for (const index of targets) {
    const letters = rows[index]!.letters;
    const free = letters.findIndex((cell) => !cell.includes('A') && !cell.includes('R'));
    letters[free >= 0 ? free : letters.findIndex((cell) => !cell.includes('A'))] = 'A';
  }
  const text = charterText(form, `Compare ${form} with defects`, rows);
  const lines = text.split('\n');
  const times = new Map(sides.map((side) => [side.name, [] as number[]]));
  const docs = await openBoth(sides, form, 'defects', text);
  for (let n = 0; n < targets.length; n++) {
    const line = rowLine(lines, form, rows[targets[n]!]!.name);
    for (const doc of n % 2 === 0 ? docs : [...docs].reverse()) {
      const own = doc.diagnostics.find((diagnostic) => diagnostic.range.start.line === line && diagnostic.code === 'accountable-multiple');
      if (!own) throw new Error(`${doc.side.name}: no accountable-multiple finding on line ${line} of ${form}`);
      const started = performance.now();
      await doc.side.client.request('textDocument/codeAction', { textDocument: { uri: doc.uri }, range: own.range, context: { diagnostics: [own], triggerKind: 1 } }, 30000);
      times.get(doc.side.name)!.push(performance.now() - started);
    }
  }
  for (const doc of docs) await doc.side.client.close(doc.uri);
  return times;
}

function line(form: Form, size: number, what: string, times: Map<string, number[]>, base: string): string {
  const [theirs, ours] = [median(times.get(base)!), median(times.get('this tree')!)];
  return `${form} ${size} ${what}: ${base} ${theirs.toFixed(1)} ms, this tree ${ours.toFixed(1)} ms (${(ours / theirs).toFixed(2)})`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const commit = args[0];
  if (!commit || commit.startsWith('--')) {
    console.error('usage: npx tsx bench/compare-servers.ts <commit> [--size 1000] [--edits 30] [--rounds 3]');
    process.exit(2);
  }
  const size = Number(option(args, '--size', '1000'));
  const count = Number(option(args, '--edits', '30'));
  const rounds = Number(option(args, '--rounds', '3'));
  const other = worktreeOf(commit);
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: other, stdio: 'ignore' });
  const servers = [
    { name: commit, file: snapshot(other, 'base') },
    { name: 'this tree', file: snapshot(ROOT, 'ours') },
  ];
  const sides: Side[] = servers.map(({ name, file }) => ({
    name,
    client: benchClient({ name, command: process.execPath, args: [file, '--stdio'], cwd: WORK, rootDir: WORK, configuration: () => null }),
  }));
  try {
    for (const side of sides) await side.client.initialize();
    const targets = Array.from({ length: 20 }, (_, i) => Math.floor((size * (i + 1)) / 21));
    for (let round = 1; round <= rounds; round++) {
      for (const form of FORMS) {
        console.log(`round ${round}: ${line(form, size, 'didChange→diagnostics', await edits(sides, form, makeRows(size, size), targets, count), commit)}`);
        console.log(`round ${round}: ${line(form, size, 'codeAction', await codeActions(sides, form, makeRows(size, size), targets), commit)}`);
      }
    }
  } finally {
    for (const side of sides) await side.client.stop();
    killAll();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  killAll();
  process.exit(1);
});
