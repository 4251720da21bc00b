// docs/cli.md shows `owners`, `export` and `diff` on example charters: what it shows must be what the CLI prints.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, makeFolder, REPO_ROOT } from '../helpers/cli';

const PAGE = fs.readFileSync(path.join(REPO_ROOT, 'docs/cli.md'), 'utf8');

/** The example charters: each code block after `<!-- example: path -->`. */
function examples(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const match of PAGE.matchAll(/<!-- example: (\S+) -->\n```\w+\n([\s\S]*?)^```$/gm)) files[match[1]] = match[2];
  return files;
}

/** Each `$ team-charter …` line of the console blocks, with the lines shown after it. */
function sessions(): { argv: string[]; shown: string }[] {
  const found: { argv: string[]; shown: string }[] = [];
  for (const block of PAGE.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    for (const part of block[1].split(/^(?=\$ )/m)) {
      const [command, ...output] = part.split('\n');
      if (command.includes('|')) continue; // piped to another program
      found.push({ argv: command.replace(/^\$ team-charter /, '').split(' ').map((word) => word.replace(/^'|'$/g, '')), shown: output.join('\n') });
    }
  }
  return found;
}

describe('docs/cli.md', () => {
  const files = examples();
  const cwd = makeFolder(files);

  it('has the example charters and commands', () => {
    assert.deepEqual(Object.keys(files), ['teams/catalog.charter.yaml', 'teams/payments.charter.md', 'teams/checkout.charter.yaml', 'next/payments.charter.md']);
    assert.ok(sessions().length >= 5);
  });

  it('shows what each command prints', () => {
    for (const { argv, shown } of sessions()) {
      const { stdout, stderr } = cli(argv, { cwd });
      assert.equal(stdout + stderr, shown, argv.join(' '));
    }
    assert.ok(fs.readFileSync(path.join(cwd, 'raci.html'), 'utf8').startsWith('<!DOCTYPE html>'));
  });

  it("shows the first row of owners' JSON as printed", () => {
    const shown = /--format json`\*\* prints[^`]*```json\n([\s\S]*?)```/.exec(PAGE)?.[1];
    assert.ok(shown);
    const printed = JSON.parse(cli(['owners', '--format', 'json', 'teams'], { cwd }).stdout);
    assert.deepEqual(JSON.parse(shown), [printed[0]]);
  });
});
