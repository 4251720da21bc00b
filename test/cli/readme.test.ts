// The README's example is the first output people see; it must be what the CLI really prints.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, makeFolder, REPO_ROOT } from '../helpers/cli';

describe('README example', () => {
  it('shows the output the CLI gives for the example charter', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const charter = /```markdown\n([\s\S]*?)```/.exec(readme)?.[1];
    const shown = /\$ team-charter check checkout\.charter\.md\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(charter && shown, 'the README has an example charter and its output');
    const cwd = makeFolder({ 'checkout.charter.md': charter });
    const { code, stdout } = cli(['check', 'checkout.charter.md'], { cwd });
    assert.equal(stdout, shown);
    assert.equal(code, 1);
  });
});
