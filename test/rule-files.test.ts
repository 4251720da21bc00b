// One rule = three files (like ESLint's build check): the module registered in rules/index.ts, its docs
// page and its test file; and nothing orphaned on either side.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/core/rules';
import { SEVERITY_SETTINGS } from '../server/src/core/config/settings';

const ROOT = path.resolve(__dirname, '..');
const names = (folder: string, suffix: string) =>
  readdirSync(path.join(ROOT, folder))
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length));

describe('rule files', () => {
  const ids = RULES.map((rule) => rule.id);

  it('registers each rule once, with a description and a default severity', () => {
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of RULES) {
      assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(rule.description.length > 10 && !rule.description.includes('\n'), rule.id);
      assert.ok(SEVERITY_SETTINGS.includes(rule.defaultSeverity) && rule.defaultSeverity !== ('off' as string), rule.id);
    }
  });

  it('has every rule of the contract', () => {
    const contract = [
      'accountable-missing',
      'accountable-multiple',
      'responsible-missing',
      'role-undefined',
      'role-unused',
      'role-duplicate',
      'role-ambiguous',
      'raci-invalid',
      'responsibility-duplicate',
      'syntax',
      'schema',
    ];
    for (const id of contract) assert.ok(ids.includes(id), `${id} is not registered`);
  });

  it('has a module named after each rule', () => {
    const modules = names('server/src/core/rules', '.ts');
    for (const id of ids) assert.ok(modules.includes(id), `server/src/core/rules/${id}.ts is missing`);
  });

  it('has a docs page for every rule, and a rule for every docs page', () => {
    const pages = names('docs/rules', '.md');
    assert.deepEqual(ids.filter((id) => !pages.includes(id)), [], 'rules without a docs page');
    assert.deepEqual(pages.filter((page) => !ids.includes(page)), [], 'docs pages without a rule');
  });

  it('has a test file for every rule, and a rule for every rule test file', () => {
    const tests = names('test/rules', '.test.ts');
    assert.deepEqual(ids.filter((id) => !tests.includes(id)), [], 'rules without a test file');
    assert.deepEqual(tests.filter((test) => !ids.includes(test)), [], 'test files without a rule');
  });

  it("states each rule's default severity on its docs page", () => {
    for (const rule of RULES) {
      const page = readFileSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${rule.id}\n`), `${rule.id}.md starts with its id`);
      assert.ok(page.includes(`Default severity: \`${rule.defaultSeverity}\``), `${rule.id}.md states its default severity`);
    }
  });
});
