// Chunked parsing (markdown-chunks.ts) against whole-text parsing: the same mdast tree, the same guard
// notes and the same charter model (and the same edits from rewrite and defineRole), on every Markdown
// sample and fixture and on hundreds of seeded mutations of them (FUZZ_SCALE for more) (the mutations of
// test/robustness/fuzz.test.ts, with more of the shapes that decide where a chunk may start).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMarkdownBlocks, parseMarkdownCharter, setMarkdownChunking } from '../../server/src/core/parse/markdown';
import { clearChunkCache, ParseInterrupted, ParseSlices, parseInChunks, runParseSlice, setListCutEvery } from '../../server/src/core/parse/markdown/speed/chunks';
import { checkText } from '../../server/src/core/check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { GuardNote } from '../../server/src/core/parse/markdown/speed/guard';
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

function blocks(text: string, chunked: boolean): { tree: unknown; notes: GuardNote[] } {
  setMarkdownChunking(chunked);
  try {
    const notes: GuardNote[] = [];
    return { tree: parseMarkdownBlocks(text, notes), notes };
  } finally {
    setMarkdownChunking(true);
  }
}

/** The model without its functions, with what they give for a few calls. */
function model(text: string, chunked: boolean): unknown {
  setMarkdownChunking(chunked);
  let charter: Charter;
  try {
    charter = parseMarkdownCharter(text);
  } finally {
    setMarkdownChunking(true);
  }
  const plain = JSON.parse(JSON.stringify(charter));
  return {
    plain,
    rewrites: charter.responsibilities.map((entry) => entry.rewrite([{ ref: 'Product Manager', letters: ['A'] }, { ref: 'QA', letters: ['C', 'I'] }])),
    defined: charter.defineRole({ id: 'qa-lead', title: 'QA Lead', description: 'Tests' }),
  };
}

function assertSame(text: string, what: string): void {
  const whole = blocks(text, false);
  const chunked = blocks(text, true);
  assert.deepEqual(chunked, whole, `${what}: tree\n${JSON.stringify(text)}`);
  assert.deepEqual(model(text, true), model(text, false), `${what}: model\n${JSON.stringify(text)}`);
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
    for (let n = 0; n < cases; n++) {
      const seed = seeds[n % seeds.length];
      const text = mutate(seed.text, random);
      if (n % 500 === 0) clearChunkCache();
      assertSame(text, `${seed.name} #${n}`);
    }
  });

  describe('list items and link reference definitions across chunks', () => {
    // A cut at every item that may have one, so that short texts have many.
    beforeEach(() => setListCutEvery(1));
    afterEach(() => setListCutEvery());

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
      for (const text of cases) assertSame(text, 'case');
    });

    it('seeded documents of lists, code, HTML, quotes and definitions', function () {
      const random = rng(fuzzSeed());
      const LINES = ['- a', '- b *x*', '* c', '+ d', '1. e', '2. f', '3) g', '  - n', '    - m', '  1. o', '', '', 'para', 'lazy text', '  ```', '```', '  ~~~', '  <!--', '-->', '  <div>', '> q', '> - qa', '  > qq', '- - -', '***', '-', '- ', '10. ten', '# H', '## Responsibilities', '[x]: /u', '  [y]: /v "t"', 'see [x] and [y][] and ![x]', '- [x]', '    code', '\t- tab', '---', '  text', '1234567890. big', '- Accountable: PM'];
      const cases = fuzzCases(300);
      for (let n = 0; n < cases; n++) {
        setListCutEvery(1 + (n % 3));
        const lines: string[] = [];
        for (let i = 5 + Math.floor(random() * 60); i > 0; i--) lines.push(LINES[Math.floor(random() * LINES.length)]);
        const eol = random() < 0.1 ? '\r\n' : '\n';
        const text = lines.join(eol) + (random() < 0.8 ? eol : '');
        if (n % 300 === 0) clearChunkCache();
        assertSame(text, `list document #${n}`);
      }
    });

    it('parses a long list in chunks, each chunk a few items', () => {
      setListCutEvery();
      const remark = unified().use(remarkParse);
      const parsed: string[] = [];
      const text = Array.from({ length: 400 }, (_, i) => `- item ${i}\n  - detail ${i}\n`).join('');
      clearChunkCache();
      const tree = parseInChunks(text, 0, (chunk) => {
        parsed.push(chunk);
        return remark.parse(chunk);
      });
      assert.equal(parsed.length, 50, 'a chunk every 8 items');
      assert.equal(tree.children.length, 1, 'one list');
      assert.deepEqual(tree, blocks(text, false).tree);
    });
  });

  describe('checks in slices (the language server, see runParseSlice)', () => {
    const sections = (n: number) =>
      Array.from({ length: n }, (_, i) => `### Sprint demos ${i}\n\nSee [the guide][g].\n\n- Accountable: PM\n- Responsible: EM\n\n- a ${i}\n- b\n`).join('\n');
    const text = `# T\n\n${sections(300)}\n- ${'x\n- '.repeat(40)}y\n\n[g]: /guide\n`;

    /** Runs the check in slices of `budgetMs` until it ends; `between` runs after each stopped slice. */
    function sliced(budgetMs: number, between = () => {}): { result: ReturnType<typeof checkText>; stops: number } {
      const slices = new ParseSlices(budgetMs);
      for (let stops = 0; ; stops++) {
        try {
          return { result: runParseSlice(slices, () => checkText(text, { path: 'x.charter.md' })), stops };
        } catch (error) {
          if (!(error instanceof ParseInterrupted)) throw error;
          between();
        }
      }
    }

    const plain = (result: ReturnType<typeof checkText>) => JSON.parse(JSON.stringify({ findings: result.findings, charter: result.charter }));

    it('gives what one piece gives, stopping many times', () => {
      const whole = plain(checkText(text, { path: 'x.charter.md' }));
      assert.ok(JSON.stringify(parseMarkdownBlocks(text)).includes('linkReference'), 'the references are links');
      clearChunkCache();
      const { result, stops } = sliced(0);
      assert.ok(stops > 1, `${stops} slices stopped`);
      assert.deepEqual(plain(result), whole);
      assert.equal(result.charter.responsibilities.length, 300);
    });

    it('runs to the end once the cache lets slices lose work (other documents checked in between)', () => {
      const whole = plain(checkText(text, { path: 'x.charter.md' }));
      clearChunkCache();
      const { result, stops } = sliced(0, clearChunkCache);
      assert.equal(stops, 1, 'after the first slice lost its chunks, the check ran to its end');
      assert.deepEqual(plain(result), whole);
    });
  });

  it('reuses cached chunks without sharing nodes with the caller', () => {
    const text = '# T\n\n## Responsibilities\n\n### Roadmap\n\n- Accountable: PM\n\n### Hiring\n\n- Accountable: EM\n';
    const first = parseMarkdownBlocks(text);
    (first.children[2] as { depth: number }).depth = 6;
    first.children[2].position!.start.offset = 999;
    const second = parseMarkdownBlocks(text);
    assert.deepEqual(second, blocks(text, false).tree);
    // An edit in the last chunk: the earlier ones come from the cache, at the same positions.
    const edited = text.replace('EM\n', 'EM, PM\n');
    assert.deepEqual(parseMarkdownBlocks(edited), blocks(edited, false).tree);
  });
});
