// The fast reader of plain YAML (yaml/plain/) must give exactly the charter the `yaml` package gives:
// same roles, responsibilities, references, ranges, problems, sections, and the same rewrite and
// defineRole edits. Both paths run over every YAML fixture and sample, over generated charters in the
// plain subset (where the fast path must be the one taken), and over seeded mutations of them (where it
// must either agree or step aside).
import { fuzzCases } from '../helpers/random';
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Charter, Involvement } from '../../server/src/core/model';
import { readFrontMatter, readPlainYaml, readYamlCharter, YamlReader, type YamlPath } from '../../server/src/core/parse/yaml';
import { LineIndex } from '../../server/src/core/text';

const ROOT = join(__dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) found.push(path);
  }
  return found;
}

/** The model as plain data: functions dropped, undefined fields gone. */
function plain(charter: Charter): unknown {
  return JSON.parse(JSON.stringify(charter));
}

const NEW_ROLE = { id: 'qa', title: 'QA: Lead', description: 'Tests, things' };

/** What the two paths are compared on: the model, and the edits its closures make. */
function outcome(charter: Charter): unknown {
  const rewrites = charter.responsibilities.slice(0, 6).map((responsibility) => {
    const first = responsibility.references[0]?.text ?? 'pm';
    const last = responsibility.references[responsibility.references.length - 1]?.text ?? 'em';
    const asks: Involvement[][] = [
      [{ ref: first, letters: [] }],
      [{ ref: last, letters: ['A', 'R'] }],
      [{ ref: 'new role', letters: ['C', 'I'] }, { ref: first, letters: ['R'] }],
    ];
    return asks.map((next) => responsibility.rewrite(next));
  });
  return { model: plain(charter), rewrites, defineRole: charter.defineRole(NEW_ROLE) ?? null };
}

/** The two readers' charters compared; which reader the default path took. */
function compare(text: string, label: string): YamlPath {
  const fast = readYamlCharter(text);
  const slow = readYamlCharter(text, { fast: false });
  assert.equal(slow.path, 'yaml');
  if (fast.path === 'fast') assert.deepEqual(outcome(fast.charter), outcome(slow.charter), `${label}:\n${text}`);
  return fast.path;
}

/** The texts of `lines('…', '…')` calls made only of single-quoted literals, in the test sources. */
function inlineCharters(dir: string): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'e2e' || name === 'fixtures' || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) texts.push(...inlineCharters(path));
    else if (name.endsWith('.ts')) {
      const source = readFileSync(path, 'utf8');
      for (const match of source.matchAll(/\blines\(\s*((?:'(?:[^'\\\n]|\\.)*'\s*,?\s*)+)\)/g)) {
        // Single-quoted TypeScript literals read as JSON once their quotes are swapped.
        const literals = [...match[1].matchAll(/'((?:[^'\\\n]|\\.)*)'/g)].map((literal) => literal[1].replace(/\\'/g, "'").replace(/"/g, '\\"'));
        try {
          texts.push(literals.map((literal) => JSON.parse(`"${literal}"`) as string).join('\n') + '\n');
        } catch {
          // A literal JSON cannot read (an escape of its own): not needed for the comparison.
        }
      }
    }
  }
  return texts;
}

/** A small seeded generator (mulberry32), so that a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['pm', 'em', 'Product Manager', 'SRE', 'tech lead', 'qa', 'Dana Ruiz', 'R&D lead', 'a:b', '🚀 Dev', '支付', 'url http://x', 'x-y', 'Team [core]', 'it is', '50%'];

/** A charter in the plain subset, written in one of the many ways people write them. */
export function generateCharter(seed: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number) => next() < p;
  const step = pick([2, 4, 3]);
  const pad = (level: number) => ' '.repeat(level * step);
  const quote = (text: string): string => {
    const style = next();
    if (style < 0.15) return `"${text}"`;
    if (style < 0.3) return `'${text.replace(/'/g, "''")}'`;
    return /^[\w 🚀支付&%-]+$/u.test(text) && !/^[-&%]/.test(text) ? text : `"${text}"`;
  };
  const comment = () => (chance(0.2) ? `   # ${pick(['note', 'who: us', 'a # b'])}` : '');
  const rows: string[] = [];
  if (chance(0.1)) rows.push('---');
  if (chance(0.3)) rows.push('# A charter');
  rows.push(`team: ${quote(pick(['Payments', 'Risk team', 'Ledger']))}${comment()}`);
  if (chance(0.5)) rows.push(`mission: ${chance(0.2) ? '' : quote(pick(['Move money safely.', 'Stop fraud', 'it is']))}`);
  if (chance(0.3)) rows.push(`extends: ${pick(['../org.charter.yaml', '[a.charter.yaml, "b.charter.yaml"]', '\n' + pad(1) + '- x.charter.yaml'])}`);
  const roleIds = ['pm', 'em', 'sre', 'qa', 'architect'].filter(() => chance(0.7));
  if (chance(0.85)) {
    rows.push(`roles:${comment()}`);
    for (const id of roleIds) {
      if (chance(0.1)) rows.push('');
      if (chance(0.1)) rows.push(`${pad(chance(0.5) ? 1 : 0)}# role ${id}`);
      rows.push(`${pad(1)}${chance(0.1) ? `"${id}"` : id}:`);
      if (chance(0.05)) continue; // no title: a schema error
      rows.push(`${pad(2)}${chance(0.05) ? 'titel' : 'title'}: ${quote(pick(WORDS))}${comment()}`);
      if (chance(0.4)) rows.push(`${pad(2)}aliases: ${chance(0.5) ? `[${quote(pick(WORDS))}, ${quote(pick(WORDS))}]` : quote(pick(WORDS))}`);
      if (chance(0.3)) rows.push(`${pad(2)}description: ${chance(0.2) ? '' : quote(pick(WORDS))}`);
      if (chance(0.3)) {
        const listPad = pad(chance(0.5) ? 2 : 3);
        rows.push(`${pad(2)}holder:${chance(0.5) ? ` ${quote(pick(WORDS))}` : `\n${listPad}- ${quote(pick(WORDS))}\n${listPad}- ${quote(pick(WORDS))}`}`);
      }
    }
  }
  const sameIndent = chance(0.3);
  rows.push(`responsibilities:${comment()}`);
  const count = Math.floor(next() * 8);
  const refs = [...roleIds, 'nobody', 'Product Manager', 'PM', '  '];
  const itemPad = sameIndent ? '' : pad(1);
  for (let i = 0; i < count; i++) {
    if (chance(0.15)) rows.push('');
    if (chance(0.15)) rows.push(`${pick(['', itemPad, itemPad + '    '])}# group ${i}`);
    const keys: string[] = [];
    keys.push(`name: ${chance(0.05) ? '' : quote(pick(['Roadmap', 'Hiring', 'On-call', 'roadmap', 'Cost: control', 'Delivery']))}`);
    if (chance(0.3)) keys.push(`description: ${quote(pick(WORDS))}`);
    for (const key of ['accountable', 'responsible', 'consulted', 'informed', 'acountable']) {
      if (!chance(key === 'acountable' ? 0.05 : 0.6)) continue;
      const shape = next();
      let value: string;
      if (shape < 0.35) value = ` ${quote(pick(refs))}`;
      else if (shape < 0.6) value = ` [${Array.from({ length: Math.floor(next() * 4) }, () => quote(pick(refs).trim() || 'pm')).join(pick([', ', ',', ' , ']))}]`;
      else if (shape < 0.8) {
        // `@` stands for the key's column, known only when the item is laid out.
        const extra = chance(0.3) ? '' : '  ';
        value = Array.from({ length: 1 + Math.floor(next() * 3) }, () => `\n@${extra}- ${quote(pick(refs).trim() || 'em')}${comment()}`).join('');
      } else value = pick(['', ' ~', ' null', '   # empty', ' []']);
      keys.push(`${key}:${value}`);
    }
    if (chance(0.3)) keys.reverse();
    const dashSpace = chance(0.1) ? '   ' : ' ';
    const innerPad = itemPad + ' '.repeat(1 + dashSpace.length);
    const layout = (key: string) => key.replace(/@/g, innerPad) + comment();
    rows.push(`${itemPad}-${dashSpace}${layout(keys[0])}`, ...keys.slice(1).map((key) => innerPad + layout(key)));
  }
  if (chance(0.2)) rows.push('# end', '');
  let text = rows.join('\n') + (chance(0.8) ? '\n' : '');
  if (chance(0.2)) text = text.replace(/\n/g, '\r\n');
  return text;
}

/** One small edit of the kind typing makes, or the kind that leaves the plain subset. */
function mutate(text: string, seed: number): string {
  const next = random(seed);
  const at = Math.floor(next() * (text.length + 1));
  const pieces = [':', '-', ' ', '  ', '#', "'", '"', '[', ']', ',', '\n', '\n  ', '&a ', '*a', '\t', 'x', '~', '1', '? ', '{', '|', '>', '!', '%', '---\n', 'é', ': ', '- '];
  const kind = next();
  if (kind < 0.45) return text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at);
  if (kind < 0.75) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
  const rows = text.split('\n');
  const row = Math.floor(next() * rows.length);
  if (kind < 0.85) rows.splice(row, 0, rows[Math.floor(next() * rows.length)]);
  else if (kind < 0.95) rows[row] = ' '.repeat(Math.floor(next() * 6)) + rows[row].trimStart();
  else rows.splice(row, 1);
  return rows.join('\n');
}

describe('fast YAML reader: same charter as the yaml package', () => {
  const files = [...yamlFiles(join(ROOT, 'test', 'fixtures')), ...yamlFiles(join(ROOT, 'samples'))];

  it('finds the YAML fixtures and samples', () => {
    assert.ok(files.length >= 20, `${files.length} files`);
  });

  for (const file of files) {
    it(`agrees on ${file.slice(ROOT.length + 1)}`, () => {
      const text = readFileSync(file, 'utf8');
      compare(text, file);
      compare(text.replace(/\r?\n/g, '\r\n'), `${file} (CRLF)`);
      compare(text.replace(/\r?\n/g, '\r'), `${file} (CR)`);
      compare('\ufeff' + text, `${file} (BOM)`);
    });
  }

  it('agrees on the charters written inline in the other tests (every `lines(...)` of string literals)', () => {
    const texts = inlineCharters(join(ROOT, 'test'));
    assert.ok(texts.length > 50, `${texts.length} inline charters`);
    let fast = 0;
    for (const text of texts) if (compare(text, 'inline') === 'fast') fast++;
    assert.ok(fast > 30, `${fast} inline charters read by the fast path`);
  });

  it('takes the fast path on the plain fixtures and samples, and steps aside on the others', () => {
    const path = (name: string) => readYamlCharter(readFileSync(join(ROOT, name), 'utf8')).path;
    for (const name of ['test/fixtures/yaml/full.charter.yaml', 'test/fixtures/yaml/unknown-key.charter.yaml', 'test/fixtures/real-world/16-quoted.charter.yaml', 'test/fixtures/real-world/19-crlf.charter.yaml', 'test/fixtures/yaml/empty.charter.yaml']) {
      assert.equal(path(name), 'fast', name);
    }
    for (const name of ['test/fixtures/yaml/role-catalog.charter.yaml', 'test/fixtures/yaml/scalar-alias.charter.yaml', 'test/fixtures/yaml/wrong-types.charter.yaml', 'test/fixtures/real-world/17-multidoc.charter.yaml', 'samples/problems/syntax.charter.yaml']) {
      assert.equal(path(name), 'yaml', name);
    }
  });

  const generated = fuzzCases(300);
  it(`agrees on ${generated} generated plain charters, all read by the fast path`, () => {
    for (let seed = 1; seed <= generated; seed++) {
      const text = generateCharter(seed);
      assert.equal(compare(text, `seed ${seed}`), 'fast', `seed ${seed} left the fast path:\n${text}`);
    }
  });

  const mutations = fuzzCases(400);
  it(`agrees on ${mutations} seeded mutations of them (or leaves them to yaml)`, () => {
    let fast = 0;
    for (let seed = 1; seed <= mutations; seed++) {
      const text = mutate(generateCharter(seed), seed * 7919);
      if (compare(text, `mutation ${seed}`) === 'fast') fast++;
    }
    // The mutations are worth something only if many of them stay in the subset.
    assert.ok(fast > mutations / 4, `${fast} of ${mutations} mutations read by the fast path`);
  });

  it('agrees on the front matter of Markdown charters', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const yamlText = mutate(generateCharter(seed), seed);
      const text = `---\n${yamlText}\n---\n# Title\n`;
      const index = new LineIndex(text);
      assert.deepEqual(readFrontMatter(yamlText, 4, index), readFrontMatter(yamlText, 4, index, { fast: false }), `seed ${seed}`);
    }
  });

  it("the reader's line-hinted ranges are LineIndex's, in any order of asking", () => {
    const text = 'team: 🚀 X\r\n\r\nroles:\n  pm:\r    title: 支付 🧑‍💻\n' + 'x\n'.repeat(50);
    const index = new LineIndex(text);
    const reader = new YamlReader(text, 0, index);
    const next = random(7);
    const offsets = [...Array(text.length + 3).keys()].map((offset) => offset - 1);
    const shuffled = offsets.map((offset) => [next(), offset]).sort((a, b) => a[0] - b[0]).map(([, offset]) => offset);
    for (const start of [...offsets, ...shuffled]) {
      const end = Math.min(text.length + 1, start + Math.floor(next() * 4));
      assert.deepEqual(reader.rangeAt(start, end), index.rangeAt(start, end), `${start}-${end}`);
    }
  });

  it('steps aside on what it does not read itself', () => {
    const notPlain = [
      'team: &t X\n',
      'team: *t\n',
      'team: !!str X\n',
      'team: |\n  X\n',
      'team: >\n  X\n',
      'team: X\n  continued\n',
      'team: "X\n  Y"\n',
      'team: {name: X}\n',
      '? team\n: X\n',
      '%YAML 1.2\n---\nteam: X\n',
      'roles:\n\tpm: x\n',
      'team: X\nteam: Y\n',
      'team: 42\n',
      'team: true\n',
      'team: "a\\"b"\n',
      'team: X\n---\nteam: Y\n',
      'team: X\n...\n',
      'responsibilities:\n  -\n    name: X\n',
      'responsibilities:\n  - - x\n',
      'a: b: c\n',
      'team: [a, [b]]\n',
      'team: [a,\n  b]\n',
      'team: [a, b,]\n',
      'team: X\n   bad: indent\n',
      'roles:\n    pm: x\n  em: y\n',
      'team: X\rroles: Y\r',
      '"team": X\n\'team\': Y\n',
      'null: X\n',
    ];
    for (const text of notPlain) {
      assert.equal(readPlainYaml(text), undefined, JSON.stringify(text));
      compare(text, JSON.stringify(text));
    }
  });
});
