// What ESLint and markdownlint-cli2 users type by habit, run through the built dist/cli.js as they run
// it: `team-charter .`, `help`, `-V`, `-c`, `--color`/`--no-color`, `-` and `--stdin` (the form told from
// the text), ESLint's `--rule` forms, `--ignore-pattern`, `--print-config`,
// `--no-error-on-unmatched-pattern`, `--output`/`--output-file` for every command, and `--fix` with the
// count of what it would repair.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLEAN_YAML, ERROR_YAML, makeFolder, REPO_ROOT, runBuiltCli, WARNING_YAML } from '../helpers/cli';


/** The README's example charter: `RR` in a row with no A, two accountable roles, a row with none. */
const README_EXAMPLE = /```markdown\n([\s\S]*?)```/.exec(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'))![1];

describe('habits of ESLint and markdownlint-cli2 users, through dist/cli.js', () => {
  const cwd = makeFolder({ 'a.charter.yaml': ERROR_YAML, 'b.charter.yaml': WARNING_YAML, 'docs/c.charter.yaml': CLEAN_YAML });

  it('`team-charter .` and `team-charter docs` check, as `check` does; a close word gets "did you mean"', () => {
    const checked = runBuiltCli(['check', '.'], { cwd });
    assert.deepEqual(runBuiltCli(['.'], { cwd }), checked);
    assert.equal(runBuiltCli(['docs'], { cwd }).stdout, runBuiltCli(['check', 'docs'], { cwd }).stdout);
    assert.equal(runBuiltCli(['--format', 'json'], { cwd }).stdout, runBuiltCli(['check', '--format', 'json', '.'], { cwd }).stdout);
    const typo = runBuiltCli(['chekc', '.'], { cwd });
    assert.deepEqual([typo.code, typo.stdout], [2, '']);
    assert.equal(typo.stderr, "team-charter: unknown command 'chekc': did you mean 'check'? (see 'team-charter --help')\n");
  });

  it('`help`, `-V`: the help (naming the config files and their precedence) and the version', () => {
    const help = runBuiltCli(['help'], { cwd });
    assert.equal(help.code, 0);
    assert.equal(help.stdout, runBuiltCli(['--help'], { cwd }).stdout);
    assert.match(help.stdout, /Config files: \.team-charter\.json, \.team-charter\.jsonc, \.team-charter\.yaml, \.team-charter\.yml/);
    assert.match(help.stdout, /Precedence, lowest\s+first: each rule's default, the config files/);
    assert.equal(runBuiltCli(['-V'], { cwd }).stdout, `${JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('`-` reads standard input; without a name, a YAML charter is read as YAML (a broken one is not "no problems"), and it says so', () => {
    const broken = 'team: Payments\nroles:\n  pm:\n    title: Product Manager\n responsibilities:\n  - name: Roadmap\n';
    for (const args of [['-'], ['check', '--stdin']]) {
      const result = runBuiltCli(args, { cwd, input: broken });
      assert.equal(result.code, 1, args.join(' '));
      assert.match(result.stdout, /^<stdin>:5:1 {2}error {2}.* {2}syntax$/m);
      assert.equal(result.stderr, 'team-charter: standard input read as YAML (told from its text; --stdin-filename NAME.md says otherwise)\n');
    }
    const markdown = runBuiltCli(['-'], { cwd, input: README_EXAMPLE });
    assert.match(markdown.stdout, /^<stdin>:13:3 {2}error .* accountable-multiple$/m);
    assert.match(markdown.stderr, /standard input read as Markdown/);
    assert.equal(runBuiltCli(['-', '--stdin-filename', 'x.charter.yaml'], { cwd, input: broken }).stderr, '');
  });

  it("takes ESLint's --rule 'id: off' and --rule id=0", () => {
    assert.equal(runBuiltCli(['check', '--rule', 'role-undefined: off', 'a.charter.yaml'], { cwd }).code, 0);
    assert.equal(runBuiltCli(['check', '--rule', 'role-undefined=0', 'a.charter.yaml'], { cwd }).code, 0);
    assert.match(runBuiltCli(['check', '--rule', 'role-undefined=1', 'a.charter.yaml'], { cwd }).stdout, /warning .* role-undefined/);
  });

  it('--ignore-pattern leaves files out; --no-error-on-unmatched-pattern lets a glob or path that finds nothing pass', () => {
    assert.deepEqual(JSON.parse(runBuiltCli(['check', '-f', 'json', '--ignore-pattern', 'docs/**', '.'], { cwd }).stdout).map((file: { file: string }) => file.file), ['a.charter.yaml', 'b.charter.yaml']);
    assert.equal(runBuiltCli(['check', 'nothing/**/*.md'], { cwd }).code, 2);
    const quiet = runBuiltCli(['check', '--no-error-on-unmatched-pattern', 'nothing/**/*.md', 'missing.charter.md'], { cwd });
    assert.deepEqual([quiet.code, quiet.stderr], [0, '']);
  });

  it('-c/--config and --print-config: one config file for every charter, and the settings a file gets', () => {
    const folder = makeFolder({ 'strict.yaml': 'rules:\n  responsible-missing: 2\n', 'b.charter.yaml': WARNING_YAML });
    assert.equal(runBuiltCli(['check', 'b.charter.yaml'], { cwd: folder }).code, 0);
    assert.equal(runBuiltCli(['check', '-c', 'strict.yaml', 'b.charter.yaml'], { cwd: folder }).code, 1);
    const printed = JSON.parse(runBuiltCli(['--print-config', 'b.charter.yaml', '--config', 'strict.yaml'], { cwd: folder }).stdout);
    assert.equal(printed.rules['responsible-missing'], 'error');
    assert.deepEqual(printed.configFiles, ['strict.yaml']);
  });

  it('--color and --no-color decide over the terminal and the environment', () => {
    assert.ok(runBuiltCli(['check', '--color', 'a.charter.yaml'], { cwd }).stdout.includes('\u001b['), 'colour in a pipe');
    assert.ok(!runBuiltCli(['check', '--no-color', 'a.charter.yaml'], { cwd, env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b['), 'none though forced');
  });

  it('takes --output and --output-file (and -o) for check, export and diff alike', () => {
    const folder = makeFolder({ 'a.charter.yaml': CLEAN_YAML });
    assert.equal(runBuiltCli(['check', '--output', 'check.txt', '.'], { cwd: folder }).code, 0);
    assert.equal(fs.readFileSync(path.join(folder, 'check.txt'), 'utf8'), '✔ no problems (1 file checked)\n');
    assert.equal(runBuiltCli(['export', '-f', 'csv', '--output-file', 'export.csv', '.'], { cwd: folder }).code, 0);
    assert.match(fs.readFileSync(path.join(folder, 'export.csv'), 'utf8'), /^file,team,/);
    assert.equal(runBuiltCli(['diff', '--no-index', 'a.charter.yaml', 'a.charter.yaml', '--output', 'diff.txt'], { cwd: folder }).code, 0);
    assert.ok(fs.existsSync(path.join(folder, 'diff.txt')));
    const both = runBuiltCli(['check', '--output', 'x', '--output-file', 'y', '.'], { cwd: folder });
    assert.deepEqual([both.code, both.stderr], [2, 'team-charter: --output and --output-file are the same option: give it once\n']);
  });

  it('--fix repairs RR and a misspelt key whose entry then shows what the mistake hid, and the report says what --fix would repair', () => {
    const folder = makeFolder({
      'checkout.charter.md': README_EXAMPLE,
      'oncall.charter.yaml': 'team: SRE\nroles:\n  sre:\n    title: Site Reliability Engineer\n  em:\n    title: Engineering Manager\nresponsibilities:\n  - name: On-call\n    acountable: sre\n    responsible: [sre, em]\n',
    });
    const before = runBuiltCli(['.'], { cwd: folder });
    assert.match(before.stdout, /\n {2}1 error and 1 warning potentially fixable with the `--fix` option\.\n$/);
    const fixed = runBuiltCli(['--fix', '.'], { cwd: folder });
    assert.equal(fixed.stderr, 'team-charter: fixed 2 files: checkout.charter.md, oncall.charter.yaml\n');
    assert.match(fs.readFileSync(path.join(folder, 'checkout.charter.md'), 'utf8'), /\| Payment provider {4}\| C {15}\| R {19}\| R {19}\|/);
    assert.match(fs.readFileSync(path.join(folder, 'oncall.charter.yaml'), 'utf8'), /\n {4}accountable: sre\n/);
    // What the RR hid is reported now: the row has no accountable role.
    assert.match(fixed.stdout, /checkout\.charter\.md:15:3 {2}error {2}"Payment provider" has no accountable role/);
    assert.doesNotMatch(fixed.stdout, /potentially fixable/);
  });
});
