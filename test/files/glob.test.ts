// The one glob matcher (server/src/core/globs/glob.ts). A workspace or a pull request sets the patterns
// (`teamCharter.files` has resource scope, the config file is in the repository): they must never
// freeze the server or the CLI (picomatch compiled `*a*a…` to a regex that backtracked for 23 s per path).
import * as assert from 'node:assert/strict';
import { CharterFiles } from '../../server/src/lsp/charterFiles';
import { compileGlobs, isGlobPattern, MAX_GLOB_LENGTH, MAX_GLOBS, splitGlobBase } from '../../server/src/core/globs/glob';
import { GLOB_TABLE } from './glob-table';

const HOSTILE = '*a'.repeat(14);

describe('the glob matcher', function () {
  // A guard only: with a backtracking matcher one of these tests takes minutes.

  it('matches a pattern of 14 `*a` segments without backtracking, with the right answer', () => {
    const files = new CharterFiles();
    files.setWorkspaceFolders(['file:///ws']);
    files.setGlobs([HOSTILE]);
    assert.equal(files.isCharter(`file:///ws/${'a'.repeat(40)}b`), false);
    assert.equal(files.isCharter(`file:///ws/${'a'.repeat(40)}`), true);
    assert.equal(files.isCharter(`file:///ws/${'ba'.repeat(14)}`), true);
    assert.equal(files.isCharter(`file:///ws/${'ba'.repeat(13)}`), false);
  });

  it('matches hostile patterns across folders (`**/` repeated, `*a` in every folder) with the right answer', () => {
    const deep = `${'**/'.repeat(30)}*a*a*a*a*a*a*a*a*a*a*a*a*b`;
    const matcher = compileGlobs([deep, `${'*a*a*a/'.repeat(10)}x`]);
    assert.deepEqual(matcher.rejected, []);
    const path = Array.from({ length: 40 }, () => 'a'.repeat(60)).join('/');
    assert.equal(matcher.matches(path), false);
    assert.equal(matcher.matches(`${path}b`), true);
  });

  it('gives the answers of the shared table of patterns', () => {
    for (const { pattern, matches, misses } of GLOB_TABLE) {
      const matcher = compileGlobs([pattern]);
      assert.deepEqual(matcher.rejected, [], pattern);
      for (const path of matches) assert.equal(matcher.matches(path), true, `${pattern} on ${path}`);
      for (const path of misses) assert.equal(matcher.matches(path), false, `${pattern} on ${path}`);
    }
  });

  it('rejects a bracket expression naming no POSIX class, with a reason', () => {
    assert.deepEqual(compileGlobs(['[[:letter:]].md']).rejected.map((glob) => glob.reason), [
      '[:letter:] is not a character class (alnum, alpha, digit, lower, upper, space, punct, xdigit…)',
    ]);
  });

  it('tells a glob from a path, and splits a glob where its first wildcard is', () => {
    for (const glob of ['*.md', 'docs/**', 'a?.md', '[ab].md', '{a,b}.md', '@(a|b).md']) assert.equal(isGlobPattern(glob), true, glob);
    for (const plain of ['docs/team.md', 'a\\*.md', 'a[.md', 'a{b.md', 'x(y).md']) assert.equal(isGlobPattern(plain), false, plain);
    assert.deepEqual(splitGlobBase('docs/**/*.md'), { base: 'docs', pattern: '**/*.md' });
    assert.deepEqual(splitGlobBase('../teams/*/charter.yaml'), { base: '../teams', pattern: '*/charter.yaml' });
    assert.deepEqual(splitGlobBase('*.md'), { base: '', pattern: '*.md' });
    assert.deepEqual(splitGlobBase('/srv/x/*.md'), { base: '/srv/x', pattern: '*.md' });
    assert.deepEqual(splitGlobBase('a\\[b/*.md'), { base: 'a[b', pattern: '*.md' });
  });

  it('reads [!a-c] as a negated class, as shells and VS Code do', () => {
    const matcher = compileGlobs(['[!a-c]*.md']);
    assert.equal(matcher.matches('db.md'), true);
    assert.equal(matcher.matches('ab.md'), false);
  });

  it('treats a leading ! as an exclusion, falling back to the default patterns when nothing else includes', () => {
    const matcher = compileGlobs(['**/*.md', '!drafts/**']);
    assert.equal(matcher.matches('team.md'), true);
    assert.equal(matcher.matches('drafts/team.md'), false);
    const files = new CharterFiles();
    files.setWorkspaceFolders(['file:///ws']);
    files.setGlobs(['!drafts/**']);
    assert.equal(files.isCharter('file:///ws/team.charter.md'), true);
    assert.equal(files.isCharter('file:///ws/drafts/team.charter.md'), false);
    assert.equal(files.isCharter('file:///ws/README.md'), false);
  });

  it('rejects, with a reason, a pattern that is too long, expands to too many, or uses extended globs', () => {
    const long = `${'a'.repeat(MAX_GLOB_LENGTH)}.md`;
    const braces = '{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}.md'; // 128 patterns
    const files = new CharterFiles();
    files.setWorkspaceFolders(['file:///ws']);
    const rejected = files.setGlobs([long, braces, '@(a|b).md', 'teams/*.md']);
    assert.deepEqual(
      rejected.map((glob) => [glob.pattern, glob.reason]),
      [
        [long, `it is longer than ${MAX_GLOB_LENGTH} characters`],
        [braces, `more than ${MAX_GLOBS} patterns in all once {a,b} is expanded`],
        ['@(a|b).md', 'extended globs such as @(a|b) are not supported'],
      ],
    );
    assert.equal(files.isCharter('file:///ws/teams/x.md'), true, 'the accepted pattern still applies');
    assert.equal(files.isCharter('file:///ws/a.md'), false);
  });

  it('uses the default patterns when every pattern was rejected', () => {
    const files = new CharterFiles();
    files.setWorkspaceFolders(['file:///ws']);
    assert.equal(files.setGlobs(['+(x).md']).length, 1);
    assert.equal(files.isCharter('file:///ws/ops/charter.yaml'), true);
  });
});
