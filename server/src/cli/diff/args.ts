// Arguments of `team-charter diff`: which versions to compare (the working tree with a git ref, or two
// files or folders), how to say it, and when to fail.
import type { RuleSeverities } from '../../core/config/settings';
import { readOutput } from '../sourceArgs';
import { parseOptions, UsageError } from '../usage';

export const DIFF_FORMATS = ['stylish', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
export const FAIL_ON = ['introduced-errors'] as const;

export interface DiffRequest {
  kind: 'diff';
  paths: string[];
  /** `--base`: the git ref the working tree is compared with (HEAD when not given). */
  base?: string;
  /** `--no-index`: compare the two paths given, not git versions. */
  noIndex: boolean;
  format: DiffFormat;
  outputFile?: string;
  failOn?: (typeof FAIL_ON)[number];
  noIgnore: boolean;
  extendsRoots: string[];
  severities: RuleSeverities;
  /** `--color` / `--no-color`; undefined: decided by the terminal and the environment. */
  color?: boolean;
}

export const DIFF_USAGE = `diff: what a change does to ownership: per responsibility who is accountable
(from -> to), R/C/I added and removed, responsibilities and roles added, removed
and renamed, holders changed, findings introduced and resolved. Compares the
working tree's charters (paths as for check) with a git ref, or two files or two
folders (--no-index; implied outside a git repository). Exit 0, or 1 with
--fail-on introduced-errors when the change introduces an error; 2 bad usage.
      --base <ref>          the git ref to compare with (default HEAD; in CI the
                            pull request's base, such as origin/main)
      --no-index            compare two files or two folders: diff OLD NEW
  -f, --format <name>       stylish (default), markdown (a pull request comment or
                            job summary) or json
  -o, --output-file <file>  write to this file instead of stdout (also --output)
      --fail-on <what>      introduced-errors: exit 1 when the change introduces
                            an error finding
  Also --rule, --no-ignore and --extends-root, as check takes them.
`;

/** `ruleSetting` is check's reading of `--rule id=severity` (args.ts), passed in to keep one reader. */
export function parseDiffArgs(argv: readonly string[], ruleSettings: (values: readonly string[]) => RuleSeverities): DiffRequest | { kind: 'help' } | { kind: 'version' } {
  const { values, positionals } = parseOptions(argv, {
    base: { type: 'string' },
    'no-index': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    'output-file': { type: 'string', short: 'o' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    'no-ignore': { type: 'boolean' },
    'extends-root': { type: 'string', multiple: true },
    rule: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [, ...paths] = positionals;
  const format = values.format ?? 'stylish';
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}' for diff: use ${DIFF_FORMATS.join(', ')}`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`unknown --fail-on '${failOn}': use ${FAIL_ON.join(', ')}`);
  const base = values.base;
  if (base !== undefined && (base === '' || base.startsWith('-'))) throw new UsageError(`--base needs a git ref such as HEAD or origin/main, not '${base}'`);
  const noIndex = values['no-index'] === true;
  if (noIndex && base !== undefined) throw new UsageError('--no-index compares two paths, not git versions: give --base or --no-index, not both');
  if (noIndex && paths.length !== 2) throw new UsageError(`--no-index compares two files or two folders: diff --no-index OLD NEW (${paths.length} ${paths.length === 1 ? 'path' : 'paths'} given)`);
  const outputFile = readOutput(values);
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color cannot be used together');
  const extendsRoots = values['extends-root'] ?? [];
  if (extendsRoots.includes('')) throw new UsageError('--extends-root needs a folder');
  return {
    kind: 'diff',
    paths: paths.length > 0 ? paths : ['.'],
    ...(base !== undefined ? { base } : {}),
    noIndex,
    format: format as DiffFormat,
    ...(outputFile !== undefined ? { outputFile } : {}),
    ...(failOn !== undefined ? { failOn: failOn as DiffRequest['failOn'] } : {}),
    noIgnore: values['no-ignore'] === true,
    extendsRoots,
    severities: ruleSettings(values.rule ?? []),
    ...(values.color ? { color: true } : values['no-color'] ? { color: false } : {}),
  };
}
