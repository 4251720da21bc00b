// The browser build's `node:path` (server/src/browser/posixPath.ts) answers as Node's path.posix does,
// for the functions the server's code calls.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as posixPath from '../../server/src/browser/posixPath';

const PATHS = ['', '.', '..', '/', '//', 'a', 'a/', '/a', '/a/', '/a/b', '/a/b/', 'a/b/../c', '/a/./b//c', '../a', '../../a/b', '/..', '/../a', '/a/b/c.charter.md', 'x.', '.hidden', 'a/..', 'a/../..', '/a/b/../../..', 'dir/file.yaml', '...'];

describe('browser build: posixPath', () => {
  for (const name of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute'] as const) {
    it(`${name} as path.posix.${name}`, () => {
      for (const input of PATHS) assert.equal(posixPath[name](input), path.posix[name](input), `${name}(${JSON.stringify(input)})`);
    });
  }

  it('resolve, relative and join as path.posix, with / as the working directory', () => {
    const absolute = (input: string) => path.posix.resolve('/', input);
    for (const a of PATHS) {
      assert.equal(posixPath.resolve(a), absolute(a), `resolve(${JSON.stringify(a)})`);
      assert.equal(posixPath.basename(a, '.md'), path.posix.basename(a, '.md'), `basename(${JSON.stringify(a)}, '.md')`);
      for (const b of PATHS) {
        assert.equal(posixPath.resolve(a, b), path.posix.resolve('/', a, b), `resolve(${JSON.stringify(a)}, ${JSON.stringify(b)})`);
        assert.equal(posixPath.relative(absolute(a), absolute(b)), path.posix.relative(absolute(a), absolute(b)), `relative(${a}, ${b})`);
        assert.equal(posixPath.join(a, b), path.posix.join(a, b), `join(${JSON.stringify(a)}, ${JSON.stringify(b)})`);
      }
    }
    assert.equal(posixPath.sep, path.posix.sep);
  });
});
