import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderRolesGlossary } from '../../server/src/core/roles/glossary';
import { LIBRARY_ROLES } from '../../server/src/core/roles';

const checkedIn = readFileSync(path.join(__dirname, '../../docs/roles.md'), 'utf8');

describe('docs/roles.md', () => {
  it('is checked in exactly as generated from the library (run npm run docs)', () => {
    assert.equal(checkedIn, renderRolesGlossary());
  });

  it('has a section and a contents link for every library role', () => {
    for (const role of LIBRARY_ROLES) {
      assert.ok(checkedIn.includes(`\n## ${role.title}\n`), role.title);
      assert.ok(checkedIn.includes(`- [${role.title}](#`), role.title);
    }
  });
});
