import * as assert from 'node:assert/strict';
import { checkMarkdown, checkYaml, findingsOf, lines } from '../helpers/charter';

const RULE = 'syntax';

describe(RULE, () => {
  it('reports YAML that cannot be parsed at the offending position, and checks the rest', () => {
    const text = lines('team: Payments', 'roles:', '  pm:', '    title: Product Manager', '    title: Program Manager', 'responsibilities:', '  - name: Roadmap', '    accountable: pm');
    const found = findingsOf(checkYaml(text), RULE);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(found[0].range.start.line, 4);
    assert.match(found[0].message, /title/);
    // The rest of the document is still read: the responsibility has no responsible role.
    assert.equal(findingsOf(checkYaml(text), 'responsible-missing').length, 1);
  });

  it('reports broken front matter in a Markdown charter', () => {
    const text = lines('---', 'team: [Payments', '---', '# Payments');
    const found = findingsOf(checkMarkdown(text), RULE);
    assert.equal(found.length, 1);
    assert.ok(found[0].range.start.line >= 1 && found[0].range.start.line <= 2, JSON.stringify(found[0].range));
  });

  it('is silent for well-formed YAML', () => {
    assert.deepEqual(findingsOf(checkYaml(lines('team: Payments', 'roles: {}')), RULE), []);
  });

  it('follows severity overrides', () => {
    const text = lines('team: [Payments');
    assert.ok(findingsOf(checkYaml(text, { [RULE]: 'warning' }), RULE).every((f) => f.severity === 'warning'));
    assert.ok(findingsOf(checkYaml(text, { [RULE]: 'warning' }), RULE).length > 0);
    assert.deepEqual(findingsOf(checkYaml(text, { [RULE]: 'off' }), RULE), []);
  });
});
