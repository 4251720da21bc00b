// The README's command-line section and `team-charter --help` describe the same options: every option
// one names, the other names too.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { helpText } from '../../server/src/cli/args';
import { REPO_ROOT } from '../helpers/cli';

describe('README and --help', () => {
  it("the README's command-line section and --help agree: every option of one is in the other", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Command line\n'), readme.indexOf('\n## CI\n'));
    const help = helpText();
    const helpOptions = new Set([...help.matchAll(/^ {2}(?:(-\w), )?(?:(-\w), )? *(--[a-z-]+)(?:, (--[a-z-]+))?/gm)].flatMap((match) => match.slice(1).filter(Boolean)));
    assert.ok(helpOptions.size > 30, [...helpOptions].join(' '));
    for (const option of helpOptions) assert.match(section, new RegExp(`(^|[\\s\`(\\[|])${option}(?![\\w-])`, 'm'), `${option} is in --help, not in the README`);
    // An option in single quotes is one a message quotes as mistyped ('--formt').
    const readmeOptions = new Set(section.match(/(?<![\w'-])--[a-z][a-z-]*/g) ?? []);
    assert.ok(readmeOptions.size > 25);
    for (const option of readmeOptions) assert.ok(new RegExp(`(?<![\\w-])${option}(?![\\w-])`).test(help), `${option} is in the README, not in --help`);
  });
});
