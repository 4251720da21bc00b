// The tests' temporary folders are removed when what made them ends, so a run leaves none behind.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeFolder, temporaryFolder } from './helpers/folders';

let madeInBlock = '';
let madeInTest = '';

describe('temporary folders of the tests', () => {
  madeInBlock = makeFolder({ 'a/b.txt': 'x' });

  it('writes the files asked for into a fresh folder', () => {
    assert.equal(fs.readFileSync(path.join(madeInBlock, 'a/b.txt'), 'utf8'), 'x');
    madeInTest = temporaryFolder();
    assert.ok(fs.statSync(madeInTest).isDirectory());
  });

  it('removes a folder made in a test once that test ends, and keeps the block’s folder for its tests', () => {
    assert.ok(madeInTest !== '' && !fs.existsSync(madeInTest), `${madeInTest} is still there`);
    assert.ok(fs.existsSync(madeInBlock));
  });
});

describe('temporary folders of the tests, once their block has ended', () => {
  it('finds the folder made in the block removed', () => {
    assert.ok(madeInBlock !== '' && !fs.existsSync(madeInBlock), `${madeInBlock} is still there`);
  });
});
