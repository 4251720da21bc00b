import * as assert from 'node:assert/strict';
import { cli, makeFolder, CLEAN_YAML, ERROR_YAML } from '../helpers/cli';

function checkedFiles(argv: string[], cwd: string): string[] {
  const { stdout } = cli(['check', '--format', 'json', ...argv], { cwd });
  return (JSON.parse(stdout) as { file: string }[]).map((report) => report.file);
}

describe('CLI file selection', () => {
  const cwd = makeFolder({
    'team.charter.md': '# Team\n',
    'CHARTER.md': '# Team\n',
    'ops/charter.yaml': CLEAN_YAML,
    'ops/platform.charter.yml': CLEAN_YAML,
    'docs/team-charter.md': '# Team\n',
    'docs/TEAM-CHARTER.md': '# Team\n',
    '.github/charter.md': '# Team\n',
    'README.md': '# Not a charter\n',
    'notes/roles.yaml': ERROR_YAML,
    'node_modules/some-package/charter.md': '# Not ours\n',
    '.git/charter.md': '# Not ours\n',
  });

  it('walks the current directory with the default globs when given no path', () => {
    assert.deepEqual(checkedFiles([], cwd).sort(), [
      '.github/charter.md',
      'CHARTER.md',
      'docs/TEAM-CHARTER.md',
      'docs/team-charter.md',
      'ops/charter.yaml',
      'ops/platform.charter.yml',
      'team.charter.md',
    ]);
  });

  it('shows found files under the directory as it was given', () => {
    assert.deepEqual(checkedFiles(['ops'], cwd), ['ops/charter.yaml', 'ops/platform.charter.yml']);
    assert.deepEqual(checkedFiles(['./ops/'], cwd), ['ops/charter.yaml', 'ops/platform.charter.yml']);
  });

  it('never walks node_modules or .git, even when asked for their parent', () => {
    const files = checkedFiles(['.'], cwd);
    assert.ok(!files.some((file) => file.includes('node_modules') || file.startsWith('.git/')), files.join(', '));
  });

  it('checks a file named on the command line whatever its name', () => {
    const { code, stdout } = cli(['check', '-f', 'json', 'notes/roles.yaml'], { cwd });
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout)[0].file, 'notes/roles.yaml');
    assert.equal(JSON.parse(stdout)[0].diagnostics[0].rule, 'role-undefined');
  });

  it('checks a file once when it is named twice or also found in a directory', () => {
    assert.deepEqual(checkedFiles(['ops/charter.yaml', 'ops', 'ops/charter.yaml'], cwd), [
      'ops/charter.yaml',
      'ops/platform.charter.yml',
    ]);
  });

  it('reads extended role catalogs from disk', () => {
    const folder = makeFolder({
      'org/roles.charter.yaml': 'team: Org\nroles:\n  designer:\n    title: Product Designer\n',
      'team/app.charter.yaml': ERROR_YAML.replace('roles:', 'extends: ../org/roles.charter.yaml\nroles:'),
      'team/broken.charter.yaml': CLEAN_YAML.replace('roles:', 'extends: ../org/missing.charter.yaml\nroles:'),
    });
    const [app, broken] = JSON.parse(cli(['check', '-f', 'json', 'team'], { cwd: folder }).stdout);
    assert.deepEqual(app.diagnostics, [], 'designer comes from the extended catalog');
    assert.deepEqual(
      broken.diagnostics.map((diagnostic: { rule: string }) => diagnostic.rule),
      ['schema'],
      'an extends target that cannot be read is reported',
    );
  });

  it('strips a byte order mark before checking', () => {
    const folder = makeFolder({ 'bom.charter.yaml': `\uFEFF${ERROR_YAML}` });
    const [report] = JSON.parse(cli(['check', '-f', 'json', '.'], { cwd: folder }).stdout);
    const errorLine = ERROR_YAML.split('\n').findIndex((line) => line.includes('designer'));
    assert.equal(report.diagnostics[0].range.start.line, errorLine);
    assert.equal(report.diagnostics[0].range.start.character, ERROR_YAML.split('\n')[errorLine].indexOf('designer'));
  });
});
