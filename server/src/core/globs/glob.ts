// The one glob matcher of Team Charter, for every pattern it matches: the config file's `files`,
// `ignores` and `overrides`, the editor's `teamCharter.files`, the command line's quoted globs, and
// (gitignore.ts) `.gitignore`. A repository, or a pull request, can set all of them, so matching must
// never backtrack (globSyntax.ts: at most pattern length × path length steps per pattern), and the
// patterns are capped in length and number.
//
// On top of globSyntax.ts: `{a,b}` alternatives (nested too), a leading `!` that excludes what it
// matches. Not supported (the pattern is rejected with a reason): extended globs such as `@(a|b)`,
// `!(a)`, `+(a)`, and a `[:name:]` that is no POSIX class.
import { GlobSyntaxError, matchPath, parseSegments, pathParts, splitSegments, type Segment } from './globSyntax';

/** Longest pattern accepted, in characters. */
export const MAX_GLOB_LENGTH = 256;
/** Most patterns accepted, counted after `{a,b}` expansion. */
export const MAX_GLOBS = 64;

export interface RejectedGlob {
  pattern: string;
  /** Its place in the list given. */
  index: number;
  /** Why, ending a sentence: "it is longer than 256 characters". */
  reason: string;
}

export interface GlobMatcher {
  /** Whether a `/`-separated relative path matches an included pattern and no `!` pattern. */
  matches(file: string): boolean;
  /** Patterns that were left out, and why. */
  rejected: RejectedGlob[];
  /** How many patterns (after `{a,b}` expansion) include files; 0 when every pattern was rejected. */
  included: number;
}

/** Compiles `patterns`; a pattern that is too long, too complex or unsupported is left out and listed. */
export function compileGlobs(patterns: readonly string[]): GlobMatcher {
  const include: Segment[][] = [];
  const exclude: Segment[][] = [];
  const rejected: RejectedGlob[] = [];
  let total = 0;
  for (const [index, pattern] of patterns.entries()) {
    const reject = (reason: string) => rejected.push({ pattern, index, reason });
    if (pattern.length > MAX_GLOB_LENGTH) {
      reject(`it is longer than ${MAX_GLOB_LENGTH} characters`);
      continue;
    }
    if (EXTGLOB.test(pattern)) {
      reject('extended globs such as @(a|b) are not supported');
      continue;
    }
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const expanded = expandBraces(body, MAX_GLOBS - total);
    if (!expanded) {
      reject(TOO_MANY);
      continue;
    }
    let parsed: Segment[][];
    try {
      parsed = expanded.map(parseSegments);
    } catch (error) {
      if (!(error instanceof GlobSyntaxError)) throw error;
      reject(error.message);
      continue;
    }
    total += expanded.length;
    (negated ? exclude : include).push(...parsed);
  }
  return {
    rejected,
    included: include.length,
    matches: (file) => {
      const parts = pathParts(file);
      return include.some((segments) => matchPath(segments, parts)) && !exclude.some((segments) => matchPath(segments, parts));
    },
  };
}

const TOO_MANY = `more than ${MAX_GLOBS} patterns in all once {a,b} is expanded`;

/**
 * What compileGlobs leaves out of `patterns`, said once per reason a user can act on: the patterns past
 * the MAX_GLOBS limit are one entry, on the first of them, counting the others.
 */
export function unusedGlobs(patterns: readonly string[]): { index: number; reason: string }[] {
  const rejected = compileGlobs(patterns).rejected;
  const overLimit = rejected.filter((glob) => glob.reason === TOO_MANY);
  const said = rejected.filter((glob) => glob.reason !== TOO_MANY || glob === overLimit[0]);
  return said.map(({ index, reason }) =>
    reason === TOO_MANY && overLimit.length > 1
      ? { index, reason: `the list holds ${reason}, and ${overLimit.length - 1} more after it are not used either` }
      : { index, reason: reason === TOO_MANY ? `the list holds ${reason}` : reason },
  );
}

/** An unescaped `@(`, `!(`, `+(`, `*(` or `?(`. */
const EXTGLOB = /(?:^|[^\\])(?:\\\\)*[@!+*?]\(/;

/**
 * `{a,b}` alternatives expanded, left to right and nested, or undefined past `limit` results. A `{`
 * without a matching `}` or without a top-level comma is literal.
 */
function expandBraces(pattern: string, limit: number): string[] | undefined {
  if (limit < 1) return undefined;
  for (let start = 0; start < pattern.length; start++) {
    const char = pattern[start];
    if (char === '\\') {
      start++;
      continue;
    }
    if (char !== '{') continue;
    let depth = 0;
    let end = -1;
    const commas: number[] = [];
    for (let at = start; at < pattern.length && end < 0; at++) {
      const inner = pattern[at];
      if (inner === '\\') at++;
      else if (inner === '{') depth++;
      else if (inner === '}' && --depth === 0) end = at;
      else if (inner === ',' && depth === 1) commas.push(at);
    }
    if (end < 0 || commas.length === 0) continue;
    const prefix = pattern.slice(0, start);
    const suffix = pattern.slice(end + 1);
    const bounds = [start, ...commas, end];
    const results: string[] = [];
    for (let index = 0; index + 1 < bounds.length; index++) {
      const alternative = pattern.slice(bounds[index] + 1, bounds[index + 1]);
      const expanded = expandBraces(prefix + alternative + suffix, limit - results.length);
      if (!expanded) return undefined;
      results.push(...expanded);
    }
    return results;
  }
  return [pattern];
}

/**
 * Whether a command-line argument is a glob rather than a path: an unescaped `*` or `?`, a `[` closed by
 * a `]`, a `{` closed by a `}`, or an extended glob (which compileGlobs then rejects with its reason).
 */
export function isGlobPattern(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '*' || char === '?') return true;
    else if ((char === '[' && text.indexOf(']', at + 2) > 0) || (char === '{' && text.indexOf('}', at + 1) > 0)) return true;
    else if ('@!+'.includes(char) && text[at + 1] === '(') return true;
  }
  return false;
}

/**
 * A command-line glob split where its first segment with a wildcard starts: the folder to walk (as
 * written, escapes removed; '' for the current one) and the pattern for the paths below it.
 * `docs/**\/*.md` → `docs` and `**\/*.md`; `../teams/*.yaml` → `../teams` and `*.yaml`.
 */
export function splitGlobBase(glob: string): { base: string; pattern: string } {
  const segments = splitSegments(glob);
  const dynamic = segments.findIndex((segment) => isGlobPattern(segment));
  if (dynamic < 0) return { base: glob, pattern: '' };
  const base = segments.slice(0, dynamic).map((segment) => segment.replace(/\\(.)/g, '$1'));
  return { base: base.length === 1 && base[0] === '' ? '/' : base.join('/'), pattern: segments.slice(dynamic).join('/') };
}
