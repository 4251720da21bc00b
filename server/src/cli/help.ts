// `team-charter --help`: every command and option, the config files and their precedence, and the
// rules. The README's command-line section lists the same options (a test compares them).
import { RULES } from '../core/rules';
import { CONFIG_FILE_NAMES } from '../core/config/file';
import { REPORT_USAGE } from './reportArgs';
import { DIFF_USAGE } from './diff/args';

const USAGE = `Usage: team-charter [check] [paths...] [options]
       team-charter owners [paths...] [--query <text>] [--format stylish|json]
       team-charter export [paths...] --format html|csv|json [--output <file>|-]
       team-charter diff [paths...] [--base <ref>] [--format stylish|markdown|json]
       team-charter help

check: checks team charters (Markdown or YAML) for RACI and role problems; it is
the command when the first word is a path, a glob or '-' (team-charter .). Paths
may be files, directories or quoted globs ('docs/**/*.md'); directories are
searched for charter files (*.charter.md, *.charter.yaml, CHARTER.md,
team-charter.md, ...), leaving out what .gitignore and the config files' ignores
match. No path means the current directory; '-' means standard input.

Options:
  -f, --format <name>       output format: stylish (default), json, eslint-json
                            (ESLint's JSON), sarif, github (workflow annotations),
                            markdown (a job summary), gitlab (Code Quality),
                            junit, checkstyle, compact or unix
  -o, --output-file <file>  write the report to this file instead of stdout
                            (also --output <file>; '-' is stdout)
      --report-file <format=file>
                            also write the report in this format to this file
                            (same run, same findings); may be repeated
      --quiet               show errors only
      --fix                 apply the safe fixes (as the editor's Fix All does),
                            write the files, then report what is left
      --fix-dry-run         print the safe fixes as a unified diff on stderr;
                            write nothing (the report goes to stdout as usual)
      --stdin               check the text on standard input (also: '-' as path)
      --stdin-filename <p>  the path to check standard input as (its format, config
                            file and extends); without it <stdin>, its form told
                            from the text (YAML charter keys, else Markdown)
  -c, --config <file>       use this config file for every charter instead of
                            the ones found beside them (globs relative to the
                            current directory)
      --print-config <file> print the settings the file would be checked with
                            (the config files merged, and --rule) and exit
      --ignore-pattern <glob>
                            also leave out what this glob matches (relative to the
                            current directory); may be repeated
      --no-ignore           also check what .gitignore and the config's ignores match
      --no-warn-ignored     skip a named file that is ignored without a warning
      --no-error-on-unmatched-pattern
                            a path or glob that finds nothing is not an error
      --max-warnings <n>    also fail when there are more than n warnings
      --rule <id=sev>       set a rule's severity (off, hint, info, warning, error,
                            or ESLint's 0, 1, 2 and warn), or its severity and
                            options: --rule 'role-overload=["warning", {"max": 8}]';
                            ESLint's form too: --rule 'role-unused: off'; may be
                            repeated
      --extends-root <dir>  let \`extends\` also read files in this folder (by default
                            only files in the checked file's git repository, or in
                            the current directory outside one); may be repeated
      --report-unused-disable-directives
                            report team-charter-disable comments that suppress
                            nothing, as errors
      --color, --no-color   force colour on or off (stylish, owners, diff)
  -h, --help                show this help (also: team-charter help)
  -v, -V, --version         show the version

Config files: ${CONFIG_FILE_NAMES.join(', ')} (the first of these names
in a folder). Every one from the repository's root down to a charter's folder
applies, nearer ones over farther ones; 'root: true' in one stops the search above
it, and 'extends: <file>' merges a shared config file under it. Precedence, lowest
first: each rule's default, the config files (farthest first, each with its
overrides), then --rule and --report-unused-disable-directives.

Exit status: 0 no errors, 1 errors (or too many warnings), 2 bad usage or unreadable path.
Colour: at a terminal only; NO_COLOR turns it off, FORCE_COLOR (not 0) turns it on.
`;

/** The usage text followed by every rule with its default severity, for `--help`. */
export function helpText(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  // A rule off by default shows as off: a severity given to it turns it on.
  const rules = RULES.map((rule) => `  ${rule.id.padEnd(width)}  ${(rule.offByDefault ? 'off' : rule.defaultSeverity).padEnd(7)}  ${rule.description}`);
  return `${USAGE}\n${REPORT_USAGE}\n${DIFF_USAGE}\nRules (id, default severity):\n${rules.join('\n')}\n`;
}
