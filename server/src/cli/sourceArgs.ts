// The options every command that reads charters shares with `check`: which files (ignore settings,
// `--config`, `--ignore-pattern`), what `extends` may read, colour, and where the output goes (`--output`
// and `--output-file` are one option under two names, `-o` for both, `-` for stdout).
import { UsageError } from './usage';

export const SOURCE_OPTIONS = {
  'no-ignore': { type: 'boolean' },
  'extends-root': { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  'no-warn-ignored': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'output-file': { type: 'string', short: 'o' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Which files a command reads, and how, as the command line says. */
export interface ReportSource {
  paths: string[];
  noIgnore: boolean;
  /** `--extends-root` folders, as given: `extends` may read there too. */
  extendsRoots: string[];
  /** `--config FILE` (`-c`): this config file for every charter, instead of the ones found beside them. */
  config?: string;
  /** `--ignore-pattern`: more ignores, relative to the current directory. */
  ignorePatterns: string[];
  /** False with `--no-error-on-unmatched-pattern`: a path or glob that finds nothing is not an error. */
  errorOnUnmatchedPattern: boolean;
  /** False with `--no-warn-ignored`: a named file that is ignored is skipped without a warning. */
  warnIgnored: boolean;
  /** `--color` / `--no-color`; undefined: decided by the terminal and the environment. */
  color?: boolean;
}

interface SourceValues {
  'no-ignore'?: boolean;
  'extends-root'?: string[];
  config?: string;
  'ignore-pattern'?: string[];
  'no-error-on-unmatched-pattern'?: boolean;
  'no-warn-ignored'?: boolean;
  color?: boolean;
  'no-color'?: boolean;
}

export function readSource(values: SourceValues, paths: readonly string[]): ReportSource {
  const extendsRoots = values['extends-root'] ?? [];
  if (extendsRoots.includes('')) throw new UsageError('--extends-root needs a folder');
  const config = values.config;
  if (config === '') throw new UsageError('--config needs the path of a config file');
  const ignorePatterns = values['ignore-pattern'] ?? [];
  if (ignorePatterns.includes('')) throw new UsageError('--ignore-pattern needs a glob, such as --ignore-pattern "archive/**"');
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color cannot be used together');
  const color = values.color ? true : values['no-color'] ? false : undefined;
  return {
    paths: paths.length > 0 ? [...paths] : ['.'],
    noIgnore: values['no-ignore'] === true,
    extendsRoots,
    ...(config !== undefined ? { config } : {}),
    ignorePatterns,
    errorOnUnmatchedPattern: values['no-error-on-unmatched-pattern'] !== true,
    warnIgnored: values['no-warn-ignored'] !== true,
    ...(color !== undefined ? { color } : {}),
  };
}

/** `--output FILE`, `--output-file FILE` or `-o FILE`: where the output goes; undefined for stdout (`-` too). */
export function readOutput(values: { output?: string; 'output-file'?: string }): string | undefined {
  if (values.output !== undefined && values['output-file'] !== undefined) {
    throw new UsageError('--output and --output-file are the same option: give it once');
  }
  const output = values.output ?? values['output-file'];
  if (output === '') throw new UsageError("--output needs a file name ('-' for stdout)");
  return output === '-' ? undefined : output;
}
