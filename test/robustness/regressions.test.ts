// Bugs the fuzz test (./fuzz.test.ts) and the pathological inputs found, each pinned by a small case.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../server/src/core/check';
import { LineIndex } from '../../server/src/core/text';
import { checkSound } from './invariants';
import { temporaryFolder } from '../helpers/folders';

describe('robustness: regressions', () => {
  it('a duplicate key after a key with no value is reported at the second key, also with CRLF', () => {
    // yaml reports this duplicate at the line break before the key; between \r and \n that offset
    // was turned into a character past the end of the line.
    for (const eol of ['\n', '\r\n']) {
      const text = ['team: T', 'roles:', '  pm:', '  pm:', '    title: Product Manager', ''].join(eol);
      const result = checkSound(text, 'yaml');
      const duplicate = result.findings.filter((finding) => finding.message.startsWith('Duplicate key'));
      assert.equal(duplicate.length, 1, JSON.stringify(result.findings.map((f) => f.message)));
      assert.equal(duplicate[0].message, "Duplicate key 'pm'.");
      assert.deepEqual(duplicate[0].range, { start: { line: 3, character: 2 }, end: { line: 3, character: 4 } });
    }
  });

  it('LineIndex.positionAt never puts an offset inside a CRLF past the end of its line', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.deepEqual(index.positionAt(3), { line: 0, character: 2 });
  });

  it('a YAML error on an emoji covers the whole character, not half a surrogate pair', () => {
    const text = 'team: T\nresponsibilities:\n  - name: R\n    responsible: [pm, em\n😀    consulted: em\n';
    const result = checkSound(text, 'yaml');
    assert.ok(result.findings.some((finding) => finding.rule === 'syntax'));
  });

  it('LineIndex.rangeAt widens a span that would split a surrogate pair', () => {
    const index = new LineIndex('a😀b');
    assert.deepEqual(index.rangeAt(1, 2), { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } });
    assert.deepEqual(index.rangeAt(2, 4), { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } });
  });

  describe('YAML nested deeper than any charter', () => {
    const deep = {
      flow: '['.repeat(10_000),
      'closed flow': '['.repeat(5_000) + ']'.repeat(5_000),
      'block sequence': Array.from({ length: 3_000 }, (_, i) => ' '.repeat(i) + '- ').join('\n'),
      'compact sequence': '- '.repeat(5_000) + 'x',
      'flow mapping under a key': 'team: ' + '{a: '.repeat(5_000) + '}'.repeat(5_000),
    };
    for (const [name, text] of Object.entries(deep)) {
      it(`${name}: one clear syntax finding, no stack overflow message`, function () {
        const result = checkSound(text, 'yaml');
        const syntax = result.findings.filter((finding) => finding.rule === 'syntax');
        assert.equal(syntax.length, 1, JSON.stringify(syntax.map((finding) => finding.message)));
        assert.match(syntax[0].message, /nested more than \d+ levels/);
        assert.ok(!result.findings.some((finding) => /call stack/i.test(finding.message)));
      });
    }

    it('in Markdown front matter too', () => {
      const result = checkSound('---\nteam: ' + '['.repeat(5_000) + '\n---\n# T\n', 'markdown');
      assert.ok(result.findings.some((finding) => finding.rule === 'syntax' && /nested more than/.test(finding.message)));
    });

    it('checking several in one process does not crash it (V8 died compiling a regex near the stack limit)', function () {
      // Run as a file: `node -e` runs on a different stack depth, where the crash did not show.
      const root = path.resolve(__dirname, '../..');
      const folder = temporaryFolder('charter-deep-');
      after(() => fs.rmSync(folder, { recursive: true, force: true }));
      const file = path.join(folder, 'deep.js');
      fs.writeFileSync(
        file,
        [
          `const { checkText } = require(${JSON.stringify(path.join(root, 'server/src/core/check'))});`,
          'for (let i = 0; i < 3; i++) {',
          "  checkText('['.repeat(10000), { format: 'yaml' });",
          "  checkText('['.repeat(5000) + ']'.repeat(5000), { format: 'yaml' });",
          '}',
          "console.log('alive');",
        ].join('\n'),
      );
      const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', file], { cwd: root, encoding: 'utf8' });
      assert.equal(run.stdout.trim(), 'alive', run.stderr.slice(0, 500));
      assert.equal(run.status, 0);
    });

    it('a real charter with a long but shallow flow list still parses', () => {
      const text = 'team: T\nroles:\n  pm: {title: Product Manager, aliases: [a, b, [c]]}\nresponsibilities:\n  - {name: R, accountable: pm, responsible: [pm]}\n';
      const result = checkSound(text, 'yaml');
      assert.equal(result.findings.filter((finding) => finding.rule === 'syntax').length, 0);
      assert.equal(result.charter.responsibilities.length, 1);
    });
  });

  it('checkText does not throw on an empty text in either format', () => {
    for (const format of ['yaml', 'markdown'] as const) checkText('', { format });
  });
});
