// `npm run bench`: generates the charters, measures, prints ONE table. Every figure stands next to a
// reference measured in the same run (same process, same machine), with the ratio ours/reference.
//
// Environment:
//   BENCH_CPU_PROF=dir  start our language server with `node --cpu-prof --cpu-prof-dir=dir`
//   BENCH_ONLY=1,2,...  run only these sections (default: all)
//   BENCH_SIZES=1000    LSP section: only these sizes (for profiling one size)
//   BENCH_HOSTILE=...   section 9: only these parts (claims, nesting, patterns)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { checkText } from '../server/src/core/check';
import { FORMS, SIZES, OUT_DIR, TYPICAL_DIR, bigPath, charterText, definitionCharterText, generate, htmlMatrixText, htmlTagSoupText, makeRows, manyRolesText, nestedListText, type Form, type Size } from './generate';
import { benchClient, LspClient, killAll, rssMb, track, type Diagnostic } from './lsp';
import { median, percentile, ms, ratio, timeRuns } from './stats';
import { organisationRows } from './organisation';
import { ownershipRows } from './ownership';
import { diffRows } from './diff';
import { hostileRows } from './hostile';
import { incrementalRows } from './incremental';

const ROOT = path.resolve(__dirname, '..');
// The server and CLI run from a snapshot of dist/ taken right after `npm run build`, so that a rebuild
// during the run (a shared work tree) cannot swap the code under test, and profiles map to their sources.
const SNAPSHOT = path.join(OUT_DIR, 'dist');
const SERVER = path.join(SNAPSHOT, 'server.js');
const CLI = path.join(SNAPSHOT, 'cli.js');

function snapshotDist(): void {
  fs.mkdirSync(SNAPSHOT, { recursive: true });
  for (const name of ['server.js', 'server.js.map', 'cli.js', 'cli.js.map']) {
    const from = path.join(ROOT, 'dist', name);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(SNAPSHOT, name));
  }
}
const YAML_LS = path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const MARKDOWNLINT = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const SCHEMA = path.join(ROOT, 'schemas', 'charter.schema.json');
const EDITS = 20;
const EDIT_TIMEOUT_MS = 15000;
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined;
const runs = (section: string) => !only || only.has(section);
const LSP_SIZES = process.env.BENCH_SIZES ? SIZES.filter((size) => process.env.BENCH_SIZES!.split(',').includes(String(size))) : SIZES;

type Status = 'met' | 'MISSED' | '' | 'n/a';
interface TableRow {
  section: string;
  measure: string;
  ours: string;
  reference: string;
  ratio: string;
  target: string;
  result: Status;
}
const table: TableRow[] = [];
const notes: string[] = [];
const started = performance.now();
const loadAverage = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
const loadAtStart = loadAverage();

function row(r: TableRow): void {
  table.push(r);
}

function judge(ok: boolean | undefined): Status {
  return ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED';
}

const FORM_LABEL: Record<Form, string> = { 'md-matrix': 'MD matrix', 'md-assignment': 'MD assignment', yaml: 'YAML' };
const uriOf = (file: string) => pathToFileURL(file).href;
const languageOf = (form: Form) => (form === 'yaml' ? 'yaml' : 'markdown');
const texts = new Map<string, string>();
const textOf = (form: Form, size: number) => {
  const key = `${form}-${size}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = fs.readFileSync(bigPath(form, size), 'utf8');
    texts.set(key, text);
  }
  return text;
};

// ---------------------------------------------------------------------------------------------------
// Positions in the generated charters.

/** Line index of responsibility row `index` (0-based) in a generated charter's lines. */
function rowLine(lines: string[], form: Form, name: string): number {
  const prefix = form === 'yaml' ? `  - name: ${name}` : `| ${name} `;
  const exact = form === 'yaml';
  const found = lines.findIndex((line) => (exact ? line === prefix : line.startsWith(prefix)));
  if (found < 0) throw new Error(`row '${name}' not found`);
  return found;
}

/** Trimmed content ranges [start, end) of each cell of a Markdown table line. */
function cells(line: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  const bars: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '|') bars.push(i);
  for (let b = 0; b + 1 < bars.length; b++) {
    let start = bars[b]! + 1;
    let end = bars[b + 1]!;
    while (start < end && line[start] === ' ') start++;
    while (end > start && line[end - 1] === ' ') end--;
    result.push({ start, end });
  }
  return result;
}

const rowNames = new Map<number, string[]>();
function namesOf(size: number): string[] {
  let names = rowNames.get(size);
  if (!names) {
    names = makeRows(size, size).map((r) => r.name);
    rowNames.set(size, names);
  }
  return names;
}

/** The 20 rows that edits, hovers etc. touch: spread evenly over the charter. */
function sampleRows(size: number, count = EDITS): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor((size * (i + 1)) / (count + 1)));
}

// ---------------------------------------------------------------------------------------------------
// 1) In-process parse + check vs the parse floor.

// The Markdown parser uses remark-parse (+ front matter) and its own GFM table reader: remark-parse alone is its floor.
const remark = unified().use(remarkParse);
const inProcess = new Map<string, { ours: number; floor: number }>();

function sectionInProcess(): void {
  for (const size of SIZES) {
    for (const form of FORMS) {
      const text = textOf(form, size);
      const file = bigPath(form, size);
      const count = size <= 100 ? 40 : size <= 1000 ? 16 : 6;
      const budget = size <= 100 ? 2000 : size <= 1000 ? 3000 : 6000;
      // Cold: no chunk cache is passed, so every run parses the whole text; the editing rows of section 2
      // show what the server's chunk cache buys.
      const check = () => checkText(text, { path: file });
      const probe = checkText(text, { path: file }); // also the warm-up
      const parsed = probe.charter.responsibilities.length;
      if (parsed !== size) notes.push(`1) ${FORM_LABEL[form]} ${size}: checkText found ${parsed} responsibilities, expected ${size} (parser stub or bug?).`);
      if (probe.findings.length > 0 && size === 100) {
        const rules = [...new Set(probe.findings.map((f) => f.rule))].join(', ');
        notes.push(`1) ${FORM_LABEL[form]} ${size}: ${probe.findings.length} findings on a valid charter (${rules}).`);
      }
      const floorFn = form === 'yaml' ? () => parseDocument(text) : () => remark.parse(text);
      floorFn();
      // Interleave ours and the floor (two rounds each) so that both see the same machine state.
      const oursSamples: number[] = [];
      const floorSamples: number[] = [];
      for (let round = 0; round < 2; round++) {
        floorSamples.push(...timeRuns(floorFn, count / 2, 0, budget / 4, 2));
        oursSamples.push(...timeRuns(check, count / 2, 0, budget / 4, 2));
      }
      const ours = median(oursSamples);
      const floor = median(floorSamples);
      inProcess.set(`${form}-${size}`, { ours, floor });
      row({
        section: '1',
        measure: `checkText ${FORM_LABEL[form]} ${size}, cold (n=${oursSamples.length})`,
        ours: ms(ours),
        reference: `${ms(floor)} ${form === 'yaml' ? 'yaml parseDocument' : 'remark-parse'}`,
        ratio: ratio(ours, floor),
        target: '',
        result: '',
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// 2) LSP didChange -> publishDiagnostics.

function ourServer(extraArgs: string[] = []): LspClient {
  const prof = process.env.BENCH_CPU_PROF;
  const nodeArgs = prof ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(prof)}`] : [];
  return benchClient({
    name: 'team-charter server',
    command: process.execPath,
    args: [...nodeArgs, SERVER, '--stdio', ...extraArgs],
    cwd: OUT_DIR,
    rootDir: OUT_DIR,
    configuration: () => null,
  });
}

function schemaFile(): string {
  if (fs.existsSync(SCHEMA)) return SCHEMA;
  // Until schemas/charter.schema.json lands: a minimal schema, so that yaml-language-server does schema work.
  const fallback = path.join(OUT_DIR, 'fallback.schema.json');
  const ref = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
  fs.writeFileSync(
    fallback,
    JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      required: ['team'],
      additionalProperties: false,
      properties: {
        team: { type: 'string' },
        mission: { type: 'string' },
        extends: ref,
        roles: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            required: ['title'],
            additionalProperties: false,
            properties: { title: { type: 'string' }, aliases: ref, description: { type: 'string' }, holder: ref },
          },
        },
        responsibilities: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: { name: { type: 'string' }, description: { type: 'string' }, accountable: ref, responsible: ref, consulted: ref, informed: ref },
          },
        },
      },
    }),
  );
  notes.push('schemas/charter.schema.json not found: yaml-language-server validated against a minimal fallback schema.');
  return fallback;
}

function yamlServer(): LspClient {
  const schema = uriOf(schemaFile());
  const yaml = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    schemas: { [schema]: ['*.charter.yaml', '**/*.charter.yaml'] },
    maxItemsComputed: 5000,
  };
  return benchClient({
    name: 'yaml-language-server',
    command: process.execPath,
    args: [YAML_LS, '--stdio'],
    cwd: OUT_DIR,
    rootDir: OUT_DIR,
    configuration: (section) => {
      if (section === 'yaml') return yaml;
      if (section === 'http') return { proxy: '', proxyStrictSSL: false };
      if (section === '[yaml]') return {};
      return null;
    },
    pushedSettings: { yaml, http: { proxy: '', proxyStrictSSL: false } },
  });
}

interface EditResult {
  samples: number[];
  initial: number;
  initialDiagnostics: Diagnostic[];
}

/** Opens the file, waits for its first diagnostics, then types one character into 20 responsibility names. */
/** Per-series time budget (the whole run must stay under 5 minutes): at least MIN_EDITS edits, then stop when spent. */
const MIN_EDITS = 5;
const editBudgetMs = (size: number) => (size <= 100 ? 6000 : size <= 1000 ? 10000 : 12000);

async function measureEdits(client: LspClient, form: Form, size: number, file: string): Promise<EditResult> {
  const uri = uriOf(file);
  const lines = textOf(form, size).split('\n');
  const t0 = performance.now();
  const first = client.nextDiagnostics(uri, 1, 60000);
  await client.open(uri, lines.join('\n'), languageOf(form));
  const initialParams = await first;
  const initial = performance.now() - t0;
  const names = namesOf(size);
  const samples: number[] = [];
  let version = 1;
  const seriesStart = performance.now();
  for (const index of sampleRows(size)) {
    if (samples.length >= MIN_EDITS && performance.now() - seriesStart > editBudgetMs(size)) break;
    const name = names[index]!;
    const line = rowLine(lines, form, name);
    const character = lines[line]!.indexOf(name) + name.length;
    lines[line] = lines[line]!.slice(0, character) + 'x' + lines[line]!.slice(character);
    version++;
    const change =
      client.syncKind === 2
        ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
        : { text: lines.join('\n') };
    await delay(30); // let stray notifications of the previous edit drain (not timed)
    const waiting = client.nextDiagnostics(uri, version, EDIT_TIMEOUT_MS);
    const start = performance.now();
    await client.change(uri, [change]);
    await waiting;
    samples.push(performance.now() - start);
  }
  await client.close(uri);
  return { samples, initial, initialDiagnostics: initialParams.diagnostics };
}

const lspOurs = new Map<string, number[]>();
const lspYaml = new Map<number, number[]>();

async function sectionLsp(): Promise<void> {
  // yaml-language-server on the YAML charters first (the reference), then ours on every form.
  const yaml = yamlServer();
  try {
    await yaml.initialize();
    // Check that the schema is applied: a probe with an unknown key must get a schema diagnostic.
    const probe = path.join(OUT_DIR, 'big', 'probe.charter.yaml');
    fs.writeFileSync(probe, 'team: Probe\nbogus-key: 1\n');
    const waiting = yaml.nextDiagnostics(uriOf(probe), undefined, 20000);
    await yaml.open(uriOf(probe), fs.readFileSync(probe, 'utf8'), 'yaml');
    let diagnostics = (await waiting).diagnostics;
    if (diagnostics.length === 0) {
      // The schema association may arrive after the first validation: give it one more change.
      const again = yaml.nextDiagnostics(uriOf(probe), undefined, 20000);
      await yaml.change(uriOf(probe), [{ text: 'team: Probe\nbogus-key: 2\n' }]);
      diagnostics = (await again).diagnostics;
    }
    await yaml.close(uriOf(probe));
    if (diagnostics.length === 0) notes.push('2) yaml-language-server reported nothing on a probe with an unknown key: schema NOT applied.');
    for (const size of LSP_SIZES) {
      try {
        const result = await measureEdits(yaml, 'yaml', size, bigPath('yaml', size));
        lspYaml.set(size, result.samples);
        if (result.initialDiagnostics.length > 0) {
          notes.push(`2) yaml-language-server: ${result.initialDiagnostics.length} diagnostics on YAML ${size} (e.g. "${result.initialDiagnostics[0]!.message}").`);
        }
      } catch (error) {
        notes.push(`2) yaml-language-server YAML ${size}: ${(error as Error).message}`);
      }
    }
  } catch (error) {
    notes.push(`2) yaml-language-server: ${(error as Error).message}`);
  } finally {
    await yaml.stop();
  }

  const ours = ourServer();
  try {
    await ours.initialize();
    for (const size of LSP_SIZES) {
      for (const form of FORMS) {
        try {
          const result = await measureEdits(ours, form, size, bigPath(form, size));
          lspOurs.set(`${form}-${size}`, result.samples);
          if (result.initialDiagnostics.length > 0) {
            const rules = [...new Set(result.initialDiagnostics.map((d) => String(d.code)))].join(', ');
            notes.push(`2) our server: ${result.initialDiagnostics.length} diagnostics on the valid ${FORM_LABEL[form]} ${size} (${rules}).`);
          }
        } catch (error) {
          notes.push(`2) our server ${FORM_LABEL[form]} ${size}: ${(error as Error).message}`);
        }
      }
    }
  } catch (error) {
    notes.push(`2) our server: ${(error as Error).message}`);
  } finally {
    await ours.stop();
  }

  for (const size of LSP_SIZES) {
    const ref = lspYaml.get(size);
    for (const form of FORMS) {
      const samples = lspOurs.get(`${form}-${size}`);
      const med = samples ? median(samples) : undefined;
      const refMed = ref ? median(ref) : undefined;
      const limit = size === 100 ? 50 : size === 1000 ? 100 : undefined;
      const checks: (boolean | undefined)[] = [];
      const targets: string[] = [];
      if (limit !== undefined) {
        targets.push(`median ≤ ${limit} ms`);
        checks.push(med === undefined ? undefined : med <= limit);
      }
      if (form === 'yaml') {
        targets.push('≤ 0.25× (4× faster)');
        checks.push(med === undefined || refMed === undefined ? undefined : med * 4 <= refMed);
      }
      const result: Status = checks.length === 0 ? '' : checks.includes(false) ? 'MISSED' : checks.includes(undefined) ? 'n/a' : 'met';
      row({
        section: '2',
        measure: `didChange→diagnostics ${FORM_LABEL[form]} ${size} (median / p95 of ${samples?.length ?? 0}${ref && ref.length !== EDITS ? `; ref ${ref.length}` : ''} edits)`,
        ours: samples ? `${ms(med)} / ${ms(percentile(samples, 95))}` : 'n/a',
        reference: ref ? `${ms(refMed)} / ${ms(percentile(ref, 95))} yaml-ls${form === 'yaml' ? '' : ' (same charter as YAML)'}` : 'n/a',
        ratio: ratio(med, refMed),
        target: targets.join('; '),
        result,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// 3) Hover, code action, completion at 1,000 responsibilities.

/** The 1,000 charter with 20 accountable-multiple defects (a second A), so that code actions have work. */
function defectsFile(form: Form): { file: string; text: string } {
  const size = 1000;
  const rows = makeRows(size, size);
  for (const index of sampleRows(size)) {
    const letters = rows[index]!.letters;
    const k = letters.findIndex((cell) => !cell.includes('A') && !cell.includes('R'));
    letters[k >= 0 ? k : letters.findIndex((cell) => !cell.includes('A'))] = 'A';
  }
  const file = path.join(OUT_DIR, 'big', `defects-${bigPath(form, size).split('/').pop()!}`);
  const text = charterText(form, `Bench ${form} ${size} with defects`, rows);
  fs.writeFileSync(file, text);
  return { file, text };
}

interface Probe {
  line: number;
  character: number;
}

/** Where to hover / complete in row `index`: a role reference or RACI cell of that row. */
function probeAt(form: Form, lines: string[], name: string): Probe {
  const line = rowLine(lines, form, name);
  if (form === 'yaml') {
    const value = lines[line + 1]!; // "    accountable: x"
    const start = value.indexOf(':') + 2;
    return { line: line + 1, character: value[start] === '[' ? start + 1 : start };
  }
  const cellList = cells(lines[line]!);
  // matrix: the first non-empty RACI cell; assignment: the Accountable cell.
  const cell = form === 'md-matrix' ? cellList.slice(1).find((c) => c.end > c.start) ?? cellList[1]! : cellList[1]!;
  return { line, character: cell.start };
}

async function timeRequests(client: LspClient, method: string, params: unknown[]): Promise<{ samples: number[]; nonEmpty: number }> {
  const samples: number[] = [];
  let nonEmpty = 0;
  const t0all = performance.now();
  for (const p of params) {
    if (samples.length >= MIN_EDITS && performance.now() - t0all > 5000) break;
    const t0 = performance.now();
    const result = await client.request<unknown>(method, p, 10000);
    samples.push(performance.now() - t0);
    const items = Array.isArray(result) ? result : (result as { items?: unknown[] } | null)?.items ?? (result ? [result] : []);
    if (items.length > 0) nonEmpty++;
  }
  return { samples, nonEmpty };
}

/** Our code action samples of section 3, by form (section 11 reads them). */
const codeActionSamples = new Map<Form, number[]>();

async function sectionFeatures(): Promise<void> {
  const size = 1000;
  const names = namesOf(size);
  const targets = sampleRows(size);
  // Reference: yaml-language-server on the YAML defects charter, same positions.
  const results = new Map<string, { samples: number[]; nonEmpty: number }>();
  const servers: [string, () => LspClient, readonly Form[]][] = [
    ['yaml-ls', yamlServer, ['yaml']],
    ['ours', ourServer, FORMS],
  ];
  for (const [who, make, forms] of servers) {
    const client = make();
    try {
      await client.initialize();
      for (const form of forms) {
        try {
          const { file, text } = defectsFile(form);
          const uri = uriOf(file);
          const lines = text.split('\n');
          const waiting = client.nextDiagnostics(uri, 1, 60000);
          await client.open(uri, text, languageOf(form));
          let diagnostics = (await waiting).diagnostics;
          if (who === 'ours') {
            const multiple = diagnostics.filter((d) => d.code === 'accountable-multiple');
            if (multiple.length !== EDITS) notes.push(`3) our server: ${multiple.length} accountable-multiple diagnostics on ${FORM_LABEL[form]} defects 1000, expected ${EDITS}.`);
            if (multiple.length > 0) diagnostics = multiple;
          }
          const probes = targets.map((index) => probeAt(form, lines, names[index]!));
          const textDocument = { uri };
          const hover = probes.map((position) => ({ textDocument, position }));
          const completion = probes.map((position) => ({ textDocument, position, context: { triggerKind: 1 } }));
          const action = targets.map((index) => {
            const line = rowLine(lines, form, names[index]!);
            const own = diagnostics.find((d) => d.range.start.line === line);
            const range = own?.range ?? { start: { line, character: 0 }, end: { line, character: lines[line]!.length } };
            return { textDocument, range, context: { diagnostics: own ? [own] : [], triggerKind: 1 } };
          });
          results.set(`${who}-${form}-hover`, await timeRequests(client, 'textDocument/hover', hover));
          results.set(`${who}-${form}-codeAction`, await timeRequests(client, 'textDocument/codeAction', action));
          if (who === 'ours') codeActionSamples.set(form, results.get(`ours-${form}-codeAction`)!.samples);
          results.set(`${who}-${form}-completion`, await timeRequests(client, 'textDocument/completion', completion));
          await client.close(uri);
        } catch (error) {
          notes.push(`3) ${who} ${FORM_LABEL[form]}: ${(error as Error).message}`);
        }
      }
    } catch (error) {
      notes.push(`3) ${who}: ${(error as Error).message}`);
    } finally {
      await client.stop();
    }
  }
  for (const kind of ['hover', 'codeAction', 'completion'] as const) {
    const ref = results.get(`yaml-ls-yaml-${kind}`);
    for (const form of FORMS) {
      const ours = results.get(`ours-${form}-${kind}`);
      const med = ours ? median(ours.samples) : undefined;
      row({
        section: '3',
        measure: `${kind} ${FORM_LABEL[form]} 1000 (median / p95; ${ours ? `${ours.nonEmpty}/${ours.samples.length} non-empty` : 'failed'}${ref && ref.samples.length !== EDITS ? `; ref n=${ref.samples.length}` : ''})`,
        ours: ours ? `${ms(med)} / ${ms(percentile(ours.samples, 95))}` : 'n/a',
        reference: ref ? `${ms(median(ref.samples))} / ${ms(percentile(ref.samples, 95))} yaml-ls YAML` : 'n/a',
        ratio: ratio(med, ref ? median(ref.samples) : undefined),
        target: 'median ≤ 20 ms',
        result: judge(med === undefined ? undefined : med <= 20),
      });
      if (ours && ours.nonEmpty === 0) notes.push(`3) our ${kind} on ${FORM_LABEL[form]} returned nothing at all 20 positions.`);
    }
  }
  await sectionResponsiveness();
}

/**
 * Hovers on a small charter, one every 20 ms, while the server checks a large one from cold (the
 * 4,000-section charter with a link definition of section 6): long checks yield (checked in slices).
 */
async function sectionResponsiveness(): Promise<void> {
  const client = ourServer();
  try {
    await client.initialize();
    const small = path.join(OUT_DIR, 'big', 'hover-small.charter.md');
    const large = path.join(OUT_DIR, 'big', 'hover-large.charter.md');
    const smallText = fs.readFileSync(path.join(TYPICAL_DIR, 'md', fs.readdirSync(path.join(TYPICAL_DIR, 'md'))[0]!), 'utf8');
    fs.writeFileSync(small, smallText);
    const firstRow = smallText.split('\n').findIndex((line) => line.startsWith('- **'));
    const hover = { textDocument: { uri: uriOf(small) }, position: { line: firstRow, character: 5 } };
    const ready = client.nextDiagnostics(uriOf(small), 1, 20000);
    await client.open(uriOf(small), smallText, 'markdown');
    await ready;
    const idle: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await client.request('textDocument/hover', hover);
      idle.push(performance.now() - t0);
      await delay(20);
    }
    const largeText = definitionCharterText(4000);
    fs.writeFileSync(large, largeText);
    let checked = false;
    const opened = performance.now();
    const diagnosed = client.nextDiagnostics(uriOf(large), 1, 60000).then(() => {
      checked = true;
      return performance.now() - opened;
    });
    await client.open(uriOf(large), largeText, 'markdown');
    const busy: number[] = [];
    while (!checked) {
      const t0 = performance.now();
      await client.request('textDocument/hover', hover, 60000);
      busy.push(performance.now() - t0);
      await delay(20);
    }
    const checkMs = await diagnosed;
    row({
      section: '3',
      measure: `hover on another charter while a 4000-section one is checked from cold in ${ms(checkMs)} (median / max of ${busy.length})`,
      ours: `${ms(median(busy))} / ${ms(Math.max(...busy))}`,
      reference: `${ms(median(idle))} / ${ms(Math.max(...idle))} the same hover, server idle`,
      ratio: ratio(median(busy), median(idle)),
      target: '',
      result: '',
    });
  } catch (error) {
    notes.push(`3) hover while checking: ${(error as Error).message}`);
  } finally {
    await client.stop();
  }
}

// ---------------------------------------------------------------------------------------------------
// 4) CLI vs markdownlint-cli2 (wall time of the processes, median of 3).

function runProcess(args: string[], cwd: string, capture: boolean): Promise<{ ms: number; code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = track(spawn(process.execPath, args, { cwd, stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'] }));
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, code, stdout: Buffer.concat(out).toString(), stderr });
    });
  });
}

async function sectionCli(): Promise<void> {
  const mdDir = path.join(TYPICAL_DIR, 'md');
  const mdCount = fs.readdirSync(mdDir).length;
  const all: number[] = [];
  const mdOnly: number[] = [];
  const lint: number[] = [];
  let failure: string | undefined;
  for (let i = 0; i < 3; i++) {
    // bench/.out is git-ignored, as generated files are: --no-ignore checks it all the same.
    const ours = await runProcess([CLI, 'check', '--no-ignore', TYPICAL_DIR, '--format', 'json'], ROOT, true);
    all.push(ours.ms);
    if (i === 0) {
      try {
        const files = JSON.parse(ours.stdout) as { file: string; diagnostics: unknown[] }[];
        const withFindings = files.filter((f) => f.diagnostics.length > 0).length;
        if (files.length !== 1000) notes.push(`4) CLI json listed ${files.length} files, expected 1000.`);
        if (withFindings > 0) notes.push(`4) CLI reported findings in ${withFindings} of the valid typical charters.`);
      } catch {
        failure = `CLI exit ${ours.code}, output not JSON: ${(ours.stderr || ours.stdout).trim().split('\n')[0] ?? ''}`;
        notes.push(`4) ${failure}`);
      }
    }
    mdOnly.push((await runProcess([CLI, 'check', '--no-ignore', mdDir, '--format', 'json'], ROOT, true)).ms);
    const lintRun = await runProcess([MARKDOWNLINT, '*.md'], mdDir, false);
    if (i === 0 && lintRun.code !== 0 && lintRun.code !== 1) notes.push(`4) markdownlint-cli2 exit ${lintRun.code}: ${lintRun.stderr.split('\n')[0]}`);
    lint.push(lintRun.ms);
  }
  const lintMed = median(lint);
  const allMed = failure ? undefined : median(all);
  const mdMed = failure ? undefined : median(mdOnly);
  row({
    section: '4',
    measure: `CLI check --format json, 1000 charters (${mdCount} MD + ${1000 - mdCount} YAML), median of 3`,
    ours: ms(allMed),
    reference: `${ms(lintMed)} markdownlint-cli2 (${mdCount} MD only)`,
    ratio: ratio(allMed, lintMed),
    target: '≤ 3 s',
    result: judge(allMed === undefined ? undefined : allMed <= 3000),
  });
  row({
    section: '4',
    measure: `CLI check --format json, the same ${mdCount} MD files, median of 3`,
    ours: ms(mdMed),
    reference: `${ms(lintMed)} markdownlint-cli2`,
    ratio: ratio(mdMed, lintMed),
    target: '< 1× (faster)',
    result: judge(mdMed === undefined ? undefined : mdMed < lintMed),
  });
}

// ---------------------------------------------------------------------------------------------------
// 5) Server RSS with 1,000 charters open.

async function sectionRss(): Promise<void> {
  const files = [...fs.readdirSync(path.join(TYPICAL_DIR, 'md')).map((f) => path.join(TYPICAL_DIR, 'md', f)), ...fs.readdirSync(path.join(TYPICAL_DIR, 'yaml')).map((f) => path.join(TYPICAL_DIR, 'yaml', f))];
  const client = ourServer();
  let idle: number | undefined;
  let loaded: number | undefined;
  let openAll: number | undefined;
  try {
    await client.initialize();
    await delay(300);
    idle = rssMb(client.pid);
    const t0 = performance.now();
    const waits: Promise<unknown>[] = [];
    for (const file of files) {
      const uri = uriOf(file);
      waits.push(client.nextDiagnostics(uri, 1, 60000));
      await client.open(uri, fs.readFileSync(file, 'utf8'), file.endsWith('.yaml') ? 'yaml' : 'markdown');
    }
    await Promise.all(waits);
    openAll = performance.now() - t0;
    await delay(300);
    loaded = rssMb(client.pid);
  } catch (error) {
    notes.push(`5) ${(error as Error).message}`);
  } finally {
    await client.stop();
  }
  row({
    section: '5',
    measure: `server RSS, ${files.length} charters open (all diagnosed in ${ms(openAll)})`,
    ours: loaded === undefined ? 'n/a' : `${loaded.toFixed(0)} MB`,
    reference: idle === undefined ? 'n/a' : `${idle.toFixed(0)} MB same server idle`,
    ratio: ratio(loaded, idle),
    target: '≤ 150 MB',
    result: judge(loaded === undefined ? undefined : loaded <= 150),
  });
}

// ---------------------------------------------------------------------------------------------------
// 6) Growth 10,000 / 1,000; and of the inputs that used to be superlinear, 10× apart.

/** Inputs whose check grew faster than the text (issue #9): each checked cold at two sizes, 10× apart. */
const GROWTH_INPUTS: { label: string; small: number; big: number; text: (size: number) => string }[] = [
  { label: 'two-level list, lines', small: 1000, big: 10000, text: nestedListText },
  { label: 'sub-headings + one [docs]: definition, responsibilities', small: 400, big: 4000, text: definitionCharterText },
  { label: 'matrix of N roles × 50 rows, roles', small: 500, big: 5000, text: manyRolesText },
  { label: 'HTML <table> matrix, rows', small: 1000, big: 10000, text: htmlMatrixText },
  { label: 'nested, unclosed HTML tags, KB', small: 100, big: 1000, text: htmlTagSoupText },
];

function sectionGrowthInputs(): void {
  for (const input of GROWTH_INPUTS) {
    const small = input.text(input.small);
    const big = input.text(input.big);
    // Cold, as in section 1: no chunk cache.
    const check = (text: string) => () => {
      checkText(text, { path: 'growth.charter.md' });
    };
    check(small)(); // warm-up
    const smallSamples: number[] = [];
    const bigSamples: number[] = [];
    // Interleaved, so that both sizes see the same machine state.
    for (let round = 0; round < 3; round++) {
      smallSamples.push(...timeRuns(check(small), 3, 0, 3000, 1));
      bigSamples.push(...timeRuns(check(big), 1, 0, 30000, 1));
    }
    const growth = median(bigSamples) / median(smallSamples);
    const textGrowth = big.length / small.length;
    row({
      section: '6',
      measure: `growth ${input.big}/${input.small} checkText ${input.label} (${ms(median(smallSamples))} → ${ms(median(bigSamples))})`,
      ours: `${growth.toFixed(1)}×`,
      reference: `${textGrowth.toFixed(1)}× the text (${(small.length / 1024).toFixed(0)} → ${(big.length / 1024).toFixed(0)} KB)`,
      ratio: ratio(growth, textGrowth),
      target: '≤ 12×',
      result: judge(growth <= 12),
    });
  }
}

function sectionGrowth(): void {
  for (const form of FORMS) {
    const big = inProcess.get(`${form}-10000`);
    const mid = inProcess.get(`${form}-1000`);
    if (big && mid) {
      const growth = big.ours / mid.ours;
      row({
        section: '6',
        measure: `growth 10000/1000 checkText ${FORM_LABEL[form]}`,
        ours: `${growth.toFixed(1)}×`,
        reference: `${(big.floor / mid.floor).toFixed(1)}× parse floor`,
        ratio: ratio(growth, big.floor / mid.floor),
        target: '≤ 12×',
        result: judge(growth <= 12),
      });
    }
    const lspBig = lspOurs.get(`${form}-10000`);
    const lspMid = lspOurs.get(`${form}-1000`);
    if (lspBig && lspMid) {
      const growth = median(lspBig) / median(lspMid);
      const yBig = lspYaml.get(10000);
      const yMid = lspYaml.get(1000);
      const refGrowth = yBig && yMid ? median(yBig) / median(yMid) : undefined;
      row({
        section: '6',
        measure: `growth 10000/1000 didChange→diagnostics ${FORM_LABEL[form]}`,
        ours: `${growth.toFixed(1)}×`,
        reference: refGrowth === undefined ? 'n/a' : `${refGrowth.toFixed(1)}× yaml-ls`,
        ratio: ratio(growth, refGrowth),
        target: '≤ 12×',
        result: judge(growth <= 12),
      });
    }
  }
  sectionGrowthInputs();
}

// ---------------------------------------------------------------------------------------------------
// 7) The organisation of a workspace of 1,000 charters (bench/organisation.ts).

async function sectionOrganisation(): Promise<void> {
  for (const r of await organisationRows(SERVER)) row({ section: '7', measure: r.measure, ours: r.ours, reference: r.reference, ratio: r.ratio, target: r.target, result: judge(r.ok) });
}

// ---------------------------------------------------------------------------------------------------
// 8) The ownership diff of two 1,000-responsibility charters, next to checking one (bench/diff.ts).

function sectionDiff(): void {
  for (const r of diffRows(CLI)) row({ section: '8', measure: r.measure, ours: r.ours, reference: r.reference, ratio: r.ratio, target: r.target, result: judge(r.ok) });
}

// ---------------------------------------------------------------------------------------------------
// 9) Hostile inputs, each against an ordinary input of the same size (bench/hostile.ts).

async function sectionHostile(): Promise<void> {
  for (const r of await hostileRows(CLI, SERVER, notes)) row({ section: '9', measure: r.measure, ours: r.ours, reference: r.reference, ratio: r.ratio, target: r.target, result: judge(r.ok) });
}

// ---------------------------------------------------------------------------------------------------
// 10) Code ownership: owners --uncovered over 10,000 files and 1,000 CODEOWNERS lines (bench/ownership.ts).

function sectionOwnership(): void {
  for (const r of ownershipRows(CLI, path.dirname(TYPICAL_DIR))) row({ section: '10', measure: r.measure, ours: r.ours, reference: r.reference, ratio: r.ratio, target: r.target, result: r.target ? judge(r.ok) : '' });
}

// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------
// 11) What an edit costs against what it changed: sections 1-3's figures beside the issue's references.

function sectionIncremental(): void {
  const inputs = { forms: FORMS, label: FORM_LABEL, inProcess, didChange: lspOurs, yamlLs: lspYaml, codeActions: codeActionSamples };
  for (const r of incrementalRows(inputs)) row({ section: '11', measure: r.measure, ours: r.ours, reference: r.reference, ratio: r.ratio, target: r.target, result: judge(r.ok) });
}

function delay(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}

function machine(): string {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return `${cpu}, ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
}

function printTable(): string {
  const header: TableRow = { section: '#', measure: 'Measure', ours: 'Ours', reference: 'Reference (same run)', ratio: 'Ratio', target: 'Target', result: '' };
  const keys = ['section', 'measure', 'ours', 'reference', 'ratio', 'target', 'result'] as const;
  const all = [header, ...table];
  const widths = keys.map((key) => Math.max(...all.map((r) => (key === 'result' && r === header ? 'Result' : r[key]).length)));
  const line = (r: TableRow) => '| ' + keys.map((key, i) => (key === 'result' && r === header ? 'Result' : r[key]).padEnd(widths[i]!)).join(' | ') + ' |';
  const out = [line(header), '| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |', ...table.map(line)];
  return out.join('\n');
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const generated = generate();
  console.error(`generated ${generated.big.length} big + ${generated.typical.length} typical charters in ${ms(performance.now() - t0)}`);
  snapshotDist();
  for (const file of [SERVER, CLI]) if (!fs.existsSync(file)) notes.push(`dist/${path.basename(file)} missing (run npm run build).`);
  const sections: [string, string, () => void | Promise<void>][] = [
    ['1', 'in-process check', sectionInProcess],
    ['2', 'LSP didChange', sectionLsp],
    ['3', 'hover / code action / completion', sectionFeatures],
    ['4', 'CLI', sectionCli],
    ['5', 'RSS', sectionRss],
    ['6', 'growth', sectionGrowth],
    ['7', 'organisation', sectionOrganisation],
    ['8', 'ownership diff', sectionDiff],
    ['9', 'hostile inputs', sectionHostile],
    ['10', 'code ownership', sectionOwnership],
    ['11', 'incremental re-checking targets', sectionIncremental],
  ];
  for (const [id, label, fn] of sections) {
    if (!runs(id)) continue;
    const s0 = performance.now();
    try {
      await fn();
    } catch (error) {
      notes.push(`${id}) ${label} failed: ${(error as Error).stack ?? String(error)}`);
    }
    console.error(`section ${id} (${label}) took ${ms(performance.now() - s0)}`);
  }
  const lines: string[] = [];
  const out = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  out(printTable());
  out();
  out('Ratio = ours / reference (lower is better). Debounce is included in didChange→diagnostics.');
  const met = table.filter((r) => r.result === 'met').length;
  const missed = table.filter((r) => r.result === 'MISSED');
  const na = table.filter((r) => r.result === 'n/a').length;
  out(`Targets: ${met} met, ${missed.length} missed, ${na} not measurable.`);
  for (const r of missed) out(`  MISSED: ${r.measure}: ${r.ours} (target ${r.target})`);
  if (notes.length > 0) {
    out('');
    out('Notes:');
    for (const note of notes) out(`- ${note}`);
  }
  out('');
  out(`Total ${ms(performance.now() - started)}; ${machine()}; load average at start ${loadAtStart}, at end ${loadAverage()} (other work on the machine inflates every figure, ours and the references alike).`);
  fs.writeFileSync(path.join(OUT_DIR, 'latest.md'), lines.join('\n') + '\n');
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    killAll();
    // Leave no handles behind (connections, timers): the run is over.
    setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref();
  });
