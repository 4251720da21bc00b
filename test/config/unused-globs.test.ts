// A glob of the config file that the matcher cannot use (past the 64-pattern limit, an extended glob
// such as @(a|b), longer than 256 characters, a bracket naming no POSIX class) is said where it is
// written: one stderr line per unused pattern from the CLI, a warning on the config file in the editor.
// The rest of the config applies, and the exit status is unchanged. Before, such a pattern was dropped
// without a word: the file it was meant to ignore was checked.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, CLEAN_YAML, ERROR_YAML, makeFolder } from '../helpers/cli';
import { fileUri, LspClient } from '../helpers/lspClient';

/** 64 patterns that match nothing, then two the user needs: the 65th is past the limit. */
const CONFIG = [
  'ignores:',
  ...Array.from({ length: 64 }, (_, index) => `  - "unused-${index}/**"`),
  '  - "drafts/**"',
  '  - "@(old|older).charter.yaml"',
  'overrides:',
  '  - files: ["[[:letter:]]*.charter.yaml"]',
  '    rules: { role-undefined: off }',
  '',
].join('\n');

const WARNINGS = [
  "warning: .team-charter.yaml:66:5: The ignores pattern 'drafts/**' is not used: the list holds more than 64 patterns in all once {a,b} is expanded.",
  "warning: .team-charter.yaml:67:5: The ignores pattern '@(old|older).charter.yaml' is not used: extended globs such as @(a|b) are not supported.",
  "warning: .team-charter.yaml:69:13: The override files pattern '[[:letter:]]*.charter.yaml' is not used: [:letter:] is not a character class (alnum, alpha, digit, lower, upper, space, punct, xdigit…).",
];

describe('config file: globs that are not used are said where they are written', function () {
  this.timeout(60_000);
  const files = { '.git/HEAD': 'ref: refs/heads/main\n', '.team-charter.yaml': CONFIG, 'drafts/x.charter.yaml': CLEAN_YAML, 'team.charter.yaml': ERROR_YAML };

  it('CLI: one line per unused pattern on stderr, the rest of the config applied', () => {
    const cwd = makeFolder(files);
    try {
      for (const argv of [['check', '-f', 'json', '.'], ['owners', '.'], ['export', '-f', 'csv', '.']]) {
        const run = cli(argv, { cwd });
        assert.deepEqual(run.stderr.trimEnd().split('\n'), WARNINGS.map((line) => `team-charter: ${line}`), argv[0]);
      }
      const run = cli(['check', '-f', 'json', '.'], { cwd });
      // As the warning says: drafts/** does not ignore drafts/; the valid rest of the config still applies.
      assert.deepEqual(JSON.parse(run.stdout).map((report: { file: string }) => report.file), ['drafts/x.charter.yaml', 'team.charter.yaml']);
      assert.equal(run.code, 1, 'the error of team.charter.yaml: the exit status is the findings’ own');
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('server: warnings on the config file at the patterns', async () => {
    const root = makeFolder(files);
    const client = await LspClient.start({ rootDir: root });
    try {
      await client.open(fileUri(path.join(root, 'team.charter.yaml')), ERROR_YAML);
      const config = await client.diagnostics(fileUri(path.join(root, '.team-charter.yaml')), (params) => params.diagnostics.length > 0);
      assert.deepEqual(
        config.diagnostics.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.severity, d.message]),
        WARNINGS.map((line) => {
          const [, where, message] = /^warning: \.team-charter\.yaml:(\d+:\d+): (.*)$/.exec(line)!;
          const [row, column] = where.split(':').map(Number);
          return [row, column, 2, message];
        }),
      );
    } finally {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
