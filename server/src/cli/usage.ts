// What every command's argument parsing shares: the usage error, and node:util's parseArgs with its
// messages cut to one line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { distance } from 'fastest-levenshtein';
import { printable } from '../core/printable';

/**
 * Thrown for bad usage; the message is the one line shown after `team-charter: `. It may quote a path
 * found in a walk, so it is made printable (core/printable.ts).
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(printable(message));
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs, strict, positionals allowed; its errors become a UsageError of one line. */
export function parseOptions<T extends Options>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    // parseArgs' messages go on to explain `--` for positionals; the first sentence is the reason.
    const reason = firstLine((error as Error).message).split(/\.\s/, 1)[0].replace(/\.$/, '');
    const unknown = /^Unknown option '--([^'=]+)'/.exec(reason)?.[1];
    const near = unknown === undefined ? undefined : Object.keys(options).find((name) => distance(name, unknown) <= 2);
    const hint = near ? `: did you mean '--${near}'?` : '';
    throw new UsageError(`${reason.charAt(0).toLowerCase()}${reason.slice(1)}${hint}; see 'team-charter --help'`);
  }
}

/**
 * The command a command line names: its first positional, options' values skipped (`-f json owners`).
 * `valued` lists every option of any command that takes a value, as parseArgs would read them.
 */
export function commandOf(argv: readonly string[], valued: readonly { name: string; short?: string }[]): string | undefined {
  const options: Options = {};
  for (const option of valued) options[option.name] = { type: 'string', ...(option.short ? { short: option.short } : {}) };
  const { positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: false, options });
  return positionals[0];
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0];
}
