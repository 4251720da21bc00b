// Which command a command line names, as ESLint and markdownlint-cli2 users type it: `check` when the
// first word is a path, a glob or `-` (standard input), or when there is no word at all
// (`team-charter .`, `team-charter --format json`); `help` as `--help`; `-V` as `--version`. A word that
// is neither a command nor a path gets "did you mean" when it is close to a command.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { distance } from 'fastest-levenshtein';
import { isGlobPattern } from '../core/globs/glob';
import { UsageError } from './usage';

export const COMMANDS = ['check', 'owners', 'export', 'diff'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Every option of any command that takes a value: what finding the command name must skip. */
export const VALUED_OPTIONS: readonly { name: string; short?: string }[] = [
  { name: 'format', short: 'f' },
  { name: 'output-file', short: 'o' },
  { name: 'output' },
  { name: 'report-file' },
  { name: 'stdin-filename' },
  { name: 'max-warnings' },
  { name: 'rule' },
  { name: 'extends-root' },
  { name: 'config', short: 'c' },
  { name: 'ignore-pattern' },
  { name: 'print-config' },
  { name: 'query', short: 'q' },
  { name: 'base' },
  { name: 'fail-on' },
];

export type Routed = { kind: 'help' } | { kind: 'command'; command: CommandName; argv: string[] };

/** The command and its arguments, the command first; a word that names no command nor path is a UsageError. */
export function routeCommand(argv: readonly string[], cwd: string): Routed {
  const words = [...argv];
  let first: { word: string; index: number } | undefined;
  for (const token of tokensOf(words)) {
    // `-V` (commander's and many tools' spelling) is `--version`.
    if (token.kind === 'option' && token.rawName === '-V' && token.value === undefined) words[token.index] = '--version';
    if (token.kind === 'positional' && first === undefined) first = { word: token.value, index: token.index };
  }
  if (first === undefined) return { kind: 'command', command: 'check', argv: ['check', ...words] };
  if (first.word === 'help') return { kind: 'help' };
  if ((COMMANDS as readonly string[]).includes(first.word)) return { kind: 'command', command: first.word as CommandName, argv: words };
  if (looksLikeAPath(first.word, cwd)) return { kind: 'command', command: 'check', argv: ['check', ...words] };
  const near = [...COMMANDS, 'help'].filter((command) => distance(command, first!.word.toLowerCase()) <= 2);
  if (near.length > 0) throw new UsageError(`unknown command '${first.word}': did you mean '${near[0]}'? (see 'team-charter --help')`);
  throw new UsageError(`unknown command '${first.word}', and there is no file or folder '${first.word}' to check: the commands are ${COMMANDS.map((command) => `'${command}'`).join(', ')} (see 'team-charter --help')`);
}

/** `-`, a glob, something on disk, or a word written as a path (a folder part, a file extension). */
function looksLikeAPath(word: string, cwd: string): boolean {
  if (word === '-' || isGlobPattern(word) || /[\\/]/.test(word) || /\.[A-Za-z0-9]+$/.test(word) || word.startsWith('.')) return true;
  return fs.existsSync(path.resolve(cwd, word));
}

function tokensOf(argv: readonly string[]) {
  const options: NonNullable<Parameters<typeof parseArgs>[0]>['options'] = {};
  for (const option of VALUED_OPTIONS) options[option.name] = { type: 'string', ...(option.short ? { short: option.short } : {}) };
  return parseArgs({ args: [...argv], allowPositionals: true, strict: false, options, tokens: true }).tokens ?? [];
}
