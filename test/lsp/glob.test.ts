// `teamCharter.files` is a resource-scope setting, so a workspace can set it: its globs must never
// freeze the server (picomatch compiled `*a*a…` to a regex that backtracked for 23 s per path).
import * as assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { CharterFiles } from '../../server/src/lsp/charterFiles';
import { compileGlobs, MAX_GLOB_LENGTH, MAX_GLOBS } from '../../server/src/lsp/glob';
import { DEFAULT_CHARTER_GLOBS } from '../../server/src/core/config';

const HOSTILE = '*a'.repeat(14);

describe('teamCharter.files globs', function () {
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

  it('agrees with picomatch on ordinary patterns', () => {
    const patterns = [
      ...DEFAULT_CHARTER_GLOBS,
      'teams/*.md',
      'docs/**/charter-*.yaml',
      '**/*.{md,yaml}',
      'a/{b,c/{d,e}}/*.md',
      '[abc]?.md',
      '[^a-c]*.md',
      '**/.github/*.md',
      'x\\*y.md',
      'a/**',
    ];
    const paths = [
      'team.charter.md',
      'CHARTER.md',
      'a/b/CHARTER.md',
      '.github/charter.md',
      'teams/a.md',
      'teams/sub/a.md',
      'docs/charter-x.yaml',
      'docs/a/b/charter-x.yaml',
      'notes.md',
      'notes.txt',
      'a/b/x.md',
      'a/c/d/x.md',
      'a/c/x.md',
      'ab.md',
      'db.md',
      'dx.md',
      'x*y.md',
      'xzy.md',
      'a/anything',
      'a.charter.yml',
      'charter.yaml.bak',
    ];
    for (const pattern of patterns) {
      const ours = compileGlobs([pattern]);
      const theirs = picomatch(pattern, { dot: true, windows: false });
      for (const path of paths) assert.equal(ours.matches(path), theirs(path), `${pattern} on ${path}`);
    }
  });

  it('reads [!a-c] as a negated class, as shells and VS Code do (picomatch reads the ! literally)', () => {
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
