// Chunked parsing (parse/markdown/chunking/) against whole-text parsing: the same mdast tree, the same
// guard notes and the same charter model (and the same edits from rewrite and defineRole), on every
// Markdown sample and fixture and on hundreds of seeded mutations of them (FUZZ_SCALE for more) (the
// mutations of test/robustness/fuzz.test.ts, with more of the shapes that decide where a chunk may
// start); and parsing ahead in pieces (what the language server does) against one check.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Root } from 'mdast';
import { ChunkCache, parseMarkdownBlocks, parseMarkdownCharter, type MarkdownReadOptions } from '../../server/src/core/parse/markdown';
import { parseInChunks } from '../../server/src/core/parse/markdown/chunking/chunks';
import { checkText, parseAheadOfCheck } from '../../server/src/core/check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { GuardNote } from '../../server/src/core/parse/markdown/guards/guard';
import type { Charter } from '../../server/src/core/model';
import { CHARTER_FORMS, formatOf, renderCharter, type CharterSpec } from '../helpers/forms';
import { fuzzCases, fuzzSeed, rng } from '../helpers/random';

const ROOT = path.resolve(__dirname, '../..');

function markdownSeeds(): { name: string; text: string }[] {
  const dirs = ['samples', 'samples/problems', 'test/fixtures/markdown', 'test/fixtures/real-world'];
  const seeds: { name: string; text: string }[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(path.join(ROOT, dir))) continue;
    for (const name of fs.readdirSync(path.join(ROOT, dir))) {
      if (name.endsWith('.md')) seeds.push({ name: `${dir}/${name}`, text: fs.readFileSync(path.join(ROOT, dir, name), 'utf8') });
    }
  }
  const spec: CharterSpec = {
    roles: ['Product Manager', 'Engineering Manager', 'PM'],
    responsibilities: [
      { name: 'Roadmap', letters: { 'Product Manager': 'A/R', 'Engineering Manager': 'C' } },
      { name: 'Hiring', letters: { 'Engineering Manager': 'A', PM: 'R' } },
    ],
  };
  for (const form of CHARTER_FORMS) if (formatOf(form) === 'markdown') seeds.push({ name: `form ${form}`, text: renderCharter(form, spec) });
  return seeds;
}

const SNIPPETS = [
  '\n\n# H\n', '\n\n## Responsibilities\n\n', '\n\n### Roadmap\n\n- Accountable: PM\n', '\n\n#\n', '\n\n####### x\n', '\n\n#x\n',
  '```\n', '\n```\n', '~~~\n', '````\n', '  ```\n', '\n\n```js\n', '<!--', '-->', '\n<!--\n', '\n-->\n', '<div>\n', '<script>\n',
  '</script>', '<?', '?>', '<![CDATA[', ']]>', '<!X', '>', '    ', '\t', '- ', '1. ', '> ', '\n\n', '\n \n', '\r\n', '\r', '|',
  '[x]: /u\n', '[x]', '---\n', '\n---\n', '**', '*a', '`', 'Accountable: ', '\ufeff', '\u0000', '😀', '\\',
];

function mutate(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const count = 1 + Math.floor(random() * 5);
  for (let n = 0; n < count; n++) {
    const lines = text.split('\n');
    const line = Math.floor(random() * lines.length);
    const at = Math.floor(random() * (text.length + 1));
    switch (Math.floor(random() * 6)) {
      case 0:
        text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 4));
        break;
      case 1:
      case 2: {
        // At a line start half the time: that is where blocks start.
        const i = random() < 0.5 ? text.lastIndexOf('\n', at) + 1 : at;
        text = text.slice(0, i) + pick(SNIPPETS) + text.slice(i);
        break;
      }
      case 3:
        lines.splice(line, 1);
        text = lines.join('\n');
        break;
      case 4: {
        const other = Math.floor(random() * lines.length);
        [lines[line], lines[other]] = [lines[other], lines[line]];
        text = lines.join('\n');
        break;
      }
      case 5:
        if (random() < 0.3) text = text.replace(/\n/g, random() < 0.5 ? '\r\n' : '\r');
        else lines.splice(line, 0, pick(['', '# T', '```', '<!--', '-->', '  - x', '> q']));
        text = random() < 0.3 ? text : lines.join('\n');
        break;
    }
  }
  return text;
}

const WHOLE: MarkdownReadOptions = { whole: true };

function blocks(text: string, options: MarkdownReadOptions): { tree: unknown; notes: GuardNote[] } {
  const notes: GuardNote[] = [];
  return { tree: parseMarkdownBlocks(text, notes, undefined, options), notes };
}

/** The model without its functions, with what they give for a few calls. */
function model(text: string, options: MarkdownReadOptions): unknown {
  const charter: Charter = parseMarkdownCharter(text, options);
  const plain = JSON.parse(JSON.stringify(charter));
  return {
    plain,
    rewrites: charter.responsibilities.map((entry) => entry.rewrite([{ ref: 'Product Manager', letters: ['A'] }, { ref: 'QA', letters: ['C', 'I'] }])),
    defined: charter.defineRole({ id: 'qa-lead', title: 'QA Lead', description: 'Tests' }),
  };
}

/** `chunked`: how the chunked reading is done (a cache shared with other texts, fewer items per list cut). */
function assertSame(text: string, what: string, chunked: MarkdownReadOptions = {}): void {
  const whole = blocks(text, WHOLE);
  assert.deepEqual(blocks(text, chunked), whole, `${what}: tree\n${JSON.stringify(text)}`);
  assert.deepEqual(model(text, chunked), model(text, WHOLE), `${what}: model\n${JSON.stringify(text)}`);
}

describe('markdown chunks (parsing in chunks = parsing whole)', () => {
  const seeds = markdownSeeds();

  it('every sample and fixture', () => {
    assert.ok(seeds.length >= 10, `${seeds.length} seeds`);
    for (const seed of seeds) assertSame(seed.text, seed.name);
  });

  it('shapes at chunk borders', () => {
    const cases = [
      '# A\n\n```\nx\n\n# B\n\n```\n\n# C\n',
      '# A\n\n- a\n\n  ```\n\n# B\n```\n\n# C\n```\n',
      '# A\n\n<!--\n\n# B\n\n-->\n\n# C\n',
      '# A\n\n<div>\n<!--\n\n# B\n\n-->\n\n# C\n',
      '# A\n\n    code\n\n# B\n',
      '---\nteam: T\n---\n\n# A\n\n# B\n',
      '# A\n\n[x]\n\n# B\n\n[x]: /url\n',
      '# A\n> q\n\n# B\n- a\n\n\n# C\r\n\r\n# D\r\r# E\n',
      '# A\n\n~~~~\n```\n\n# B\n~~~\n\n# C\n~~~~\n\n# D\n',
      '# A\n\n```\n\n\n',
      '',
      '# A\n\n',
      '\n\n# A',
    ];
    for (const text of cases) assertSame(text, 'case');
  });

  it('seeded mutations of the samples and fixtures', function () {
    const random = rng(fuzzSeed());
    const cases = fuzzCases(300);
    // One cache for many texts, as a document's while it is edited: chunks of other texts are found in it.
    let chunkCache = new ChunkCache();
    for (let n = 0; n < cases; n++) {
      const seed = seeds[n % seeds.length];
      const text = mutate(seed.text, random);
      if (n % 500 === 0) chunkCache = new ChunkCache();
      assertSame(text, `${seed.name} #${n}`, { chunkCache });
    }
  });

  describe('list items and link reference definitions across chunks', () => {
    // A cut at every item that may have one, so that short texts have many.
    const EVERY_ITEM: MarkdownReadOptions = { listCutEvery: 1 };

    it('shapes at list cuts', () => {
      const cases = [
        '- a\n- b\n- c\n',
        '- a\n  - x\n- b\n  - y\n- c\n',
        '1. a\n2. b\n3. c\n',
        '1. a\n2) b\n3) c\n',
        '* a\n- b\n- c\n',
        '- a\n  ```\n  code\n- b\n- c\n',
        '- a\n  <!--\n  x\n- b\n- c\n',
        '- a\n\n- b\n- c\n- d\n',
        '- a\nlazy\n- b\n- c\n',
        '- a\n- - -\n- b\n- c\n',
        '- a\n-\n- b\n-\n',
        'text\n- a\n- b\n- c\n',
        '> - a\n- b\n- c\n',
        '- a\r\n- b\r\n- c\r\n',
        '- a\r- b\r- c\r',
        '```\n- a\n- b\n```\n- c\n- d\n',
        '- a\n    code\n- b\n- c\n',
        '- a\n- b\n\n# H\n\n- c\n- d\n',
        '- [x]\n- b\n- c\n\n[x]: /u\n',
        '# A\n\n- see [x] and [y][] and ![x]\n- b\n\n# B\n\n- [x]: /u\n- c\n\n> [Y]: /v "t"\n',
        '# A\n\n[x]: /u\n\n# B\n\n[x]\n\n# C\n\n[x][]\n',
        '---\nteam: T\n---\n- a\n- b\n- c\n',
        '\ufeff- a\n- b\n- c\n',
      ];
      for (const text of cases) assertSame(text, 'case', EVERY_ITEM);
    });

    it('seeded documents of lists, code, HTML, quotes and definitions', function () {
      const random = rng(fuzzSeed());
      const LINES = ['- a', '- b *x*', '* c', '+ d', '1. e', '2. f', '3) g', '  - n', '    - m', '  1. o', '', '', 'para', 'lazy text', '  ```', '```', '  ~~~', '  <!--', '-->', '  <div>', '> q', '> - qa', '  > qq', '- - -', '***', '-', '- ', '10. ten', '# H', '## Responsibilities', '[x]: /u', '  [y]: /v "t"', 'see [x] and [y][] and ![x]', '- [x]', '    code', '\t- tab', '---', '  text', '1234567890. big', '- Accountable: PM'];
      const cases = fuzzCases(300);
      let chunkCache = new ChunkCache();
      for (let n = 0; n < cases; n++) {
        const listCutEvery = 1 + (n % 3);
        const lines: string[] = [];
        for (let i = 5 + Math.floor(random() * 60); i > 0; i--) lines.push(LINES[Math.floor(random() * LINES.length)]);
        const eol = random() < 0.1 ? '\r\n' : '\n';
        const text = lines.join(eol) + (random() < 0.8 ? eol : '');
        if (n % 300 === 0) chunkCache = new ChunkCache();
        assertSame(text, `list document #${n}`, { chunkCache, listCutEvery });
      }
    });

    it('parses a long list in chunks, each chunk a few items', () => {
      const remark = unified().use(remarkParse);
      const parsed: string[] = [];
      const text = Array.from({ length: 400 }, (_, i) => `- item ${i}\n  - detail ${i}\n`).join('');
      const tree = parseInChunks(text, 0, (chunk) => {
        parsed.push(chunk);
        return remark.parse(chunk);
      });
      assert.equal(parsed.length, 50, 'a chunk every 8 items');
      assert.equal(tree.children.length, 1, 'one list');
      assert.deepEqual(tree, blocks(text, WHOLE).tree);
    });
  });

  describe('parsing ahead in pieces, then checking (the language server, lsp/slicedCheck.ts)', () => {
    const sections = (n: number) =>
      Array.from({ length: n }, (_, i) => `### Sprint demos ${i}\n\nSee [the guide][g].\n\n- Accountable: PM\n- Responsible: EM\n\n- a ${i}\n- b\n`).join('\n');
    const text = `# T\n\n${sections(300)}\n- ${'x\n- '.repeat(40)}y\n\n[g]: /guide\n`;

    /** A cache that counts the chunks parsed into it. */
    class CountingCache extends ChunkCache {
      parsed = 0;
      override set(key: string, tree: Root): void {
        this.parsed++;
        super.set(key, tree);
      }
    }

    /**
     * Parses ahead, pausing after every chunk, until done; `between` runs after each pause. Then checks,
     * counting the chunks that check had to parse itself.
     */
    function checkedAhead(between: (cache: ChunkCache) => void = () => {}) {
      const chunkCache = new CountingCache();
      const options = { path: 'x.charter.md', markdown: { chunkCache } };
      const ahead = parseAheadOfCheck(text, options);
      let pauses = 0;
      while (!ahead.run(() => true)) {
        pauses++;
        between(chunkCache);
      }
      const parsedAhead = chunkCache.parsed;
      const result = checkText(text, options);
      return { result, pauses, parsedAhead, parsedByCheck: chunkCache.parsed - parsedAhead };
    }

    const plain = (result: ReturnType<typeof checkText>) => JSON.parse(JSON.stringify({ findings: result.findings, charter: result.charter }));

    it('gives what one check gives, pausing after every chunk, and leaves the check nothing to parse', () => {
      const whole = plain(checkText(text, { path: 'x.charter.md' }));
      assert.ok(JSON.stringify(parseMarkdownBlocks(text)).includes('linkReference'), 'the references are links');
      const { result, pauses, parsedAhead, parsedByCheck } = checkedAhead();
      assert.ok(pauses > 300, `${pauses} pauses`);
      assert.equal(pauses + 1, parsedAhead, 'one chunk parsed per run');
      assert.equal(parsedByCheck, 0, 'the check found every chunk in the cache');
      assert.deepEqual(plain(result), whole);
      assert.equal(result.charter.responsibilities.length, 300);
    });

    it('goes on, and the check gives the same, when the cache lets chunks parsed ahead go between runs', () => {
      const whole = plain(checkText(text, { path: 'x.charter.md' }));
      const ahead = checkedAhead();
      // Two generations on, whatever was parsed is gone.
      const losing = checkedAhead((cache) => {
        cache.nextGeneration();
        cache.nextGeneration();
      });
      // Each run parses one chunk further; the pass with the definitions parses again the chunks let go.
      assert.ok(losing.pauses >= ahead.pauses && losing.pauses < 2 * ahead.pauses, `${losing.pauses} pauses, ${ahead.pauses} when nothing is let go`);
      assert.ok(losing.parsedByCheck > 300, 'the check parses what was let go');
      assert.deepEqual(plain(losing.result), whole);
    });

    it('has nothing to do for YAML or without a cache', () => {
      assert.equal(parseAheadOfCheck('team: T\n', { path: 'x.charter.yaml', markdown: { chunkCache: new ChunkCache() } }).run(() => true), true);
      assert.equal(parseAheadOfCheck(text, { path: 'x.charter.md' }).run(() => true), true);
    });
  });

  describe('the chunk cache, kept by its owner', () => {
    const text = '# T\n\n## Responsibilities\n\n### Roadmap\n\n- Accountable: PM\n\n### Hiring\n\n- Accountable: EM\n';

    it('reuses cached chunks without sharing nodes with the caller', () => {
      const chunkCache = new ChunkCache();
      const first = parseMarkdownBlocks(text, undefined, undefined, { chunkCache });
      (first.children[2] as { depth: number }).depth = 6;
      first.children[2].position!.start.offset = 999;
      const second = parseMarkdownBlocks(text, undefined, undefined, { chunkCache });
      assert.deepEqual(second, blocks(text, WHOLE).tree);
      // An edit in the last chunk: the earlier ones come from the cache, at the same positions.
      const edited = text.replace('EM\n', 'EM, PM\n');
      assert.deepEqual(parseMarkdownBlocks(edited, undefined, undefined, { chunkCache }), blocks(edited, WHOLE).tree);
    });

    it('keeps the chunks read in the current or the last generation, and drops the others', () => {
      const cache = new ChunkCache();
      const tree = (n: number): Root => ({ type: 'root', children: [], data: { n } } as Root);
      cache.set('a', tree(1));
      cache.set('b', tree(2));
      cache.nextGeneration();
      assert.deepEqual(cache.get('a'), tree(1), 'the last generation is read');
      cache.nextGeneration();
      assert.deepEqual(cache.get('a'), tree(1), 'a chunk read is carried into the next generation');
      assert.equal(cache.get('b'), undefined, 'a chunk not read for a generation goes');
    });

    it('holds at most its bounds, letting the least recently used go', () => {
      const cache = new ChunkCache(2, 1000);
      const tree = { type: 'root', children: [] } as Root;
      cache.set('a', tree);
      cache.set('b', tree);
      cache.get('a');
      cache.set('c', tree);
      assert.deepEqual(['a', 'b', 'c'].map((key) => cache.has(key)), [true, false, true]);
      cache.set('x'.repeat(251), tree);
      assert.equal(cache.has('x'.repeat(251)), false, 'a chunk over a quarter of the characters is not kept');
    });

    it('is the only place chunks are kept: a parse given none parses every chunk again', () => {
      const remark = unified().use(remarkParse);
      let parsed = 0;
      const parse = (chunk: string) => {
        parsed++;
        return remark.parse(chunk);
      };
      const counted = (options: { cache?: ChunkCache }) => {
        parsed = 0;
        parseInChunks(text, 0, parse, options);
        return parsed;
      };
      assert.deepEqual([counted({}), counted({})], [4, 4]);
      const cache = new ChunkCache();
      assert.deepEqual([counted({ cache }), counted({ cache })], [4, 0]);
    });
  });
});
