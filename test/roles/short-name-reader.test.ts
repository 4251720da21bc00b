// The short-name reader alone: which defined roles a reference may be a short name of.
import * as assert from 'node:assert/strict';
import type { RoleDefinition } from '../../server/src/core/model';
import { shortNameReader } from '../../server/src/core/shortNames/reader';

const nowhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
function role(title: string, aliases: string[] = []): RoleDefinition {
  return { id: title, title, titleRange: nowhere, aliases: aliases.map((text) => ({ text, range: nowhere })), holders: [], form: 'list' };
}

describe('short-name reader', () => {
  it('reads an abbreviation that is the first word of one title as that role', () => {
    const read = shortNameReader([role('OpsQ Steward'), role('Potter')]);
    assert.deepEqual(read('OpsQ').map((match) => match.role.title), ['OpsQ Steward']);
    // One capital is a word, not an abbreviation: "Ops" for the OpsQ Steward would be a guess.
    assert.deepEqual(read('Opsq').map((match) => match.role.title), []);
  });

  it('does not read the first part of codes (HX of HX-N and HX-S) as either role', () => {
    const read = shortNameReader([role('Harbour master North', ['HX-N']), role('Harbour master South', ['HX-S'])]);
    assert.deepEqual(read('HX'), []);
  });
});
