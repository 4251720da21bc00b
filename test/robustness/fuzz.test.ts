// Seeded fuzzing of the core: realistic charters (the samples and fixtures, every form), mutated at the
// character and line level with the kinds of text that break parsers (pipes, escapes, fences, CR, BOM,
// NUL, emoji, unpaired surrogates). Every case must keep the invariants of ./invariants.ts, among them
// that fix-all, as the editor gets it, adds no error. The seed is fixed so a failure replays; FUZZ_SEED
// changes it, and FUZZ_SCALE multiplies the case count for a deep run (helpers/random.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CharterFormat } from '../../server/src/core/model';
import { LineIndex } from '../../server/src/core/text';
import { CHARTER_FORMS, formatOf, renderCharter, type CharterSpec } from '../helpers/forms';
import { fuzzCases, fuzzSeed, rng } from '../helpers/random';
import { checkSound, featuresSound } from './invariants';

const ROOT = path.resolve(__dirname, '../..');

function seeds(): { text: string; format: CharterFormat; name: string }[] {
  const files = [
    ...fs.readdirSync(path.join(ROOT, 'samples')).map((name) => path.join('samples', name)),
    ...fs.readdirSync(path.join(ROOT, 'samples/problems')).map((name) => path.join('samples/problems', name)),
    ...fs.readdirSync(path.join(ROOT, 'test/fixtures/markdown')).map((name) => path.join('test/fixtures/markdown', name)),
    ...fs.readdirSync(path.join(ROOT, 'test/fixtures/yaml')).map((name) => path.join('test/fixtures/yaml', name)),
  ].filter((file) => /\.(md|ya?ml)$/.test(file));
  const result = files.map((file) => ({
    name: file,
    text: fs.readFileSync(path.join(ROOT, file), 'utf8'),
    format: (/\.ya?ml$/.test(file) ? 'yaml' : 'markdown') as CharterFormat,
  }));
  const spec: CharterSpec = {
    roles: ['Product Manager', 'Engineering Manager', 'PM'],
    responsibilities: [
      { name: 'Roadmap', letters: { 'Product Manager': 'A/R', 'Engineering Manager': 'C' } },
      { name: 'Hiring', letters: { 'Engineering Manager': 'A', PM: 'R' } },
    ],
  };
  for (const form of CHARTER_FORMS) result.push({ name: `form ${form}`, text: renderCharter(form, spec), format: formatOf(form) });
  return result;
}

/** Snippets that matter to Markdown and HTML tables, emphasis, front matter and YAML, and to UTF-16. */
const SNIPPETS = [
  '|', '|', '||', '\\', '\\|', '`', '``', '**', '__', '*', '---', '\n---\n', '- ', '> ', '#', '## Roles\n', '## RACI\n',
  '\t', '\r\n', '\r', '\n', '\n\n', ' ', ':', ': ', '- [', ']', '{', '}', '&a ', '*a', '!!str ', '"', "'", '%', '<!--',
  '-->', '```\n', '😀', '👩‍💻', '角色', '責任', '\u0000', '\ufeff', '\ud800', '\udc00', '\u2028', '\u00a0', 'A/R', 'R/A',
  'AR', 'X', '–', '—', '(aka ', ')', 'Accountable: ', 'Responsible: ', 'accountable: ', 'roles:', 'responsibilities:',
  '| Role | Id |\n| --- | --- |\n', '| --- |', ':-:', '<td>', '</td>', '<tr>', '</tr>', '<table>', '</table>', '&nbsp;',
  ' colspan="2"', '<b>', '<br>',
];

function mutate(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const at = () => Math.floor(random() * (text.length + 1));
  const count = 1 + Math.floor(random() * 6);
  for (let n = 0; n < count; n++) {
    const lines = text.split('\n');
    const line = Math.floor(random() * lines.length);
    switch (Math.floor(random() * 10)) {
      case 0: {
        const i = at();
        text = text.slice(0, i) + text.slice(i + 1 + Math.floor(random() * 4));
        break;
      }
      case 1:
      case 2: {
        const i = at();
        text = text.slice(0, i) + pick(SNIPPETS) + text.slice(i);
        break;
      }
      case 3: {
        const i = at();
        text = text.slice(0, i) + text.slice(i, i + 1).repeat(2 + Math.floor(random() * 3)) + text.slice(i + 1);
        break;
      }
      case 4:
        lines.splice(line, 1);
        text = lines.join('\n');
        break;
      case 5:
        lines.splice(line, 0, lines[line] ?? '');
        text = lines.join('\n');
        break;
      case 6: {
        // Swap two lines (moves table rows, headings and keys around).
        const other = Math.floor(random() * lines.length);
        [lines[line], lines[other]] = [lines[other], lines[line]];
        text = lines.join('\n');
        break;
      }
      case 7: {
        // Swap pipes in a line: drop one, or double one.
        const pipes = [...(lines[line] ?? '').matchAll(/\|/g)].map((m) => m.index ?? 0);
        if (pipes.length === 0) break;
        const p = pick(pipes);
        const l = lines[line];
        lines[line] = random() < 0.5 ? l.slice(0, p) + l.slice(p + 1) : l.slice(0, p) + '|' + l.slice(p);
        text = lines.join('\n');
        break;
      }
      case 8:
        // Change line endings somewhere: CRLF or lone CR for the whole file or one line.
        if (random() < 0.3) text = text.replace(/\n/g, random() < 0.5 ? '\r\n' : '\r');
        else {
          const i = text.indexOf('\n', at());
          if (i >= 0) text = text.slice(0, i) + pick(['\r\n', '\r', '\n\r', '\r\r\n']) + text.slice(i + 1);
        }
        break;
      case 9: {
        // Cut a character in half: split a surrogate pair or leave a lone half.
        const i = at();
        text = text.slice(0, i) + pick(['\ud83d', '\ude00', '😀'.slice(0, 1), '😀']) + text.slice(i);
        break;
      }
    }
  }
  return text;
}

describe('robustness: fuzzed charters', function () {
  const seed = fuzzSeed();
  const cases = fuzzCases(300);

  it(`keeps every invariant on ${cases} mutated charters, and fix-all adds no error to any (seed ${seed})`, () => {
    const base = seeds();
    const random = rng(seed);
    for (let n = 0; n < cases; n++) {
      const origin = base[n % base.length];
      const text = mutate(origin.text, random);
      // Most cases run in the seed's format; some in the other, so YAML is read as Markdown and back.
      const format: CharterFormat = random() < 0.15 ? (origin.format === 'yaml' ? 'markdown' : 'yaml') : origin.format;
      try {
        const result = checkSound(text, format, { applyFixes: n % 4 === 0 });
        const index = new LineIndex(result.charter.text);
        for (let k = 0; k < 3; k++) {
          const line = Math.floor(random() * (index.lineCount + 1)) - (random() < 0.05 ? 1 : 0);
          const width = line >= 0 && line < index.lineCount ? index.lineText(line).length : 3;
          featuresSound(result, { line, character: Math.floor(random() * (width + 2)) });
        }
      } catch (error) {
        assert.fail(`case ${n} (from ${origin.name}, ${format}): ${(error as Error).stack}\ntext: ${JSON.stringify(text)}`);
      }
    }
  });
});
