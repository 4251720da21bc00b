// Summarises a V8 .cpuprofile: top functions by self time and by total (inclusive) time, with
// positions mapped back through dist/*.js.map when the profile is of the bundled server or CLI.
//   npx tsx bench/profile-summary.ts <file.cpuprofile>... [top=20]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMap } from 'node:module';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

// Several files (a glob over a --cpu-prof-dir also catches loader threads): the busiest one.
const args = process.argv.slice(2);
const top = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 20);
const files = args.filter((arg) => !/^\d+$/.test(arg));
if (files.length === 0) throw new Error('usage: profile-summary <file.cpuprofile>... [top]');
const profile = files
  .map((name) => JSON.parse(fs.readFileSync(name, 'utf8')) as Profile)
  .map((p) => ({ p, busy: busyMs(p) }))
  .sort((a, b) => b.busy - a.busy)[0]!.p;

function busyMs(p: Profile): number {
  const idle = new Set(p.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  let busy = 0;
  for (let i = 0; i < p.samples.length; i++) if (!idle.has(p.samples[i]!)) busy += p.timeDeltas[i] ?? 0;
  return busy;
}

const maps = new Map<string, SourceMap | null>();
function mapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const jsPath = url.startsWith('file:') ? fileURLToPath(url) : url;
      const mapPath = jsPath + '.map';
      if (jsPath.endsWith('.js') && fs.existsSync(mapPath)) map = new SourceMap(JSON.parse(fs.readFileSync(mapPath, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url) ?? null;
}

function where(frame: CallFrame): string {
  if (!frame.url) return '(native)';
  const map = mapOf(frame.url);
  if (map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number };
    if (entry.originalSource) {
      const source = entry.originalSource.replace(/^.*?(node_modules\/|server\/src\/)/, '$1');
      return `${source}:${(entry.originalLine ?? 0) + 1}`;
    }
  }
  const plain = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  return `${path.relative(process.cwd(), plain)}:${frame.lineNumber + 1}`;
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]!;
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const keyOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'}  ${where(node.callFrame)}`;
const selfByKey = new Map<string, number>();
const totalByKey = new Map<string, number>();
for (const [id, time] of self) {
  const node = byId.get(id)!;
  const key = keyOf(node);
  selfByKey.set(key, (selfByKey.get(key) ?? 0) + time);
  // Inclusive: every distinct function on the stack gets the sample once.
  const seen = new Set<string>();
  for (let cursor: number | undefined = id; cursor !== undefined; cursor = parent.get(cursor)) {
    const k = keyOf(byId.get(cursor)!);
    if (seen.has(k)) continue;
    seen.add(k);
    totalByKey.set(k, (totalByKey.get(k) ?? 0) + time);
  }
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (of ${(total / 1000).toFixed(0)} ms sampled)`);
  const rows = [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, time] of rows) console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${key}`);
};
print('Self time', selfByKey);
print('Total time', totalByKey);
