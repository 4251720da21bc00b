// `.gitignore` as git reads it (gitignore(5)), on the one glob matcher: the answers git gives for
// each kind of line.
import * as assert from 'node:assert/strict';
import { parseGitignore, verdictOf } from '../../server/src/files/gitignore';

const ignored = (text: string, path: string, folder = false) => verdictOf(parseGitignore(text), path, folder) === true;

describe('.gitignore lines', () => {
  it('reads names at any depth, and paths with a slash from the file’s folder', () => {
    assert.equal(ignored('*.log', 'a/b/x.log'), true);
    assert.equal(ignored('build', 'src/build', true), true);
    assert.equal(ignored('doc/frotz', 'doc/frotz', true), true);
    assert.equal(ignored('doc/frotz', 'a/doc/frotz', true), false);
    assert.equal(ignored('/todo.md', 'todo.md'), true);
    assert.equal(ignored('/todo.md', 'sub/todo.md'), false);
  });

  it('keeps a trailing / for folders only', () => {
    assert.equal(ignored('build/', 'build', true), true);
    assert.equal(ignored('build/', 'build'), false);
  });

  it('reads ** as git does: leading, trailing and in the middle', () => {
    assert.equal(ignored('**/foo', 'a/b/foo'), true);
    assert.equal(ignored('**/foo/bar', 'x/foo/bar'), true);
    assert.equal(ignored('abc/**', 'abc/x/y'), true);
    assert.equal(ignored('abc/**', 'abc', true), false, 'what is inside, not the folder itself');
    assert.equal(ignored('a/**/b', 'a/b'), true);
    assert.equal(ignored('a/**/b', 'a/x/y/b'), true);
    assert.equal(ignored('a**b', 'axyb'), true, 'other consecutive stars are one star');
  });

  it('lets the last matching line decide; ! re-includes', () => {
    assert.equal(ignored('*.md\n!keep.md', 'keep.md'), false);
    assert.equal(verdictOf(parseGitignore('*.md\n!keep.md'), 'keep.md', false), false);
    assert.equal(verdictOf(parseGitignore('*.md'), 'x.txt', false), undefined);
  });

  it('skips comments and blank lines; reads \\#, \\! and an escaped trailing space as themselves', () => {
    assert.equal(ignored('# x.md\n\n', 'x.md'), false);
    assert.equal(ignored('\\#x.md', '#x.md'), true);
    assert.equal(ignored('\\!x.md', '!x.md'), true);
    assert.equal(ignored('x.md   ', 'x.md'), true);
    assert.equal(ignored('x\\ ', 'x '), true);
    assert.equal(ignored('x.md\r\ny.md\r\n', 'y.md'), true);
  });

  it('reads braces as themselves, and POSIX classes as git does', () => {
    assert.equal(ignored('{a,b}.md', 'a.md'), false);
    assert.equal(ignored('{a,b}.md', '{a,b}.md'), true);
    assert.equal(ignored('[[:digit:]]*.md', '1x.md'), true);
    assert.equal(ignored('[[:nope:]].md', 'n.md'), false, 'a malformed class matches nothing');
  });
});
