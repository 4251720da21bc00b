// Glob matching for `teamCharter.files` without regular expressions. The setting has resource scope, so
// a workspace (a cloned repository) can set it: a regex-compiling matcher such as picomatch turns
// `*a*a*a…` into nested lazy quantifiers that backtrack exponentially (14 `*a` segments took 23 s per
// path). Here `*` within a segment and `**` across segments are matched with the classic two-pointer
// wildcard algorithm, each token consuming exactly one character (or one segment), so one match costs
// at most (pattern length × path length) steps; the patterns are also capped in length and number.
//
// Supported: `*`, `**` (a whole segment: any number of folders), `?`, `[abc]`, `[a-z]`, `[!abc]`/`[^abc]`,
// `{a,b}` (nested too), `\` escapes, and a leading `!` that excludes what it matches. Not supported
// (the pattern is rejected with a reason): extended globs such as `@(a|b)`, `!(a)`, `+(a)`.

/** Longest pattern accepted, in characters. */
export const MAX_GLOB_LENGTH = 256;
/** Most patterns accepted, counted after `{a,b}` expansion. */
export const MAX_GLOBS = 64;

type CharToken = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'class'; negated: boolean; items: ClassItem[] };
type Token = CharToken | { kind: 'star' };
type ClassItem = { from: string; to: string };
type Segment = { kind: 'globstar' } | { kind: 'segment'; tokens: Token[] };

export interface RejectedGlob {
  pattern: string;
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
  for (const pattern of patterns) {
    const reject = (reason: string) => rejected.push({ pattern, reason });
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
      reject(`more than ${MAX_GLOBS} patterns in all once {a,b} is expanded`);
      continue;
    }
    total += expanded.length;
    for (const one of expanded) (negated ? exclude : include).push(parsePattern(one));
  }
  return {
    rejected,
    included: include.length,
    matches: (file) => {
      const parts = file.split('/').filter((part) => part.length > 0);
      return include.some((segments) => matchPath(segments, parts)) && !exclude.some((segments) => matchPath(segments, parts));
    },
  };
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

function parsePattern(pattern: string): Segment[] {
  const body = pattern.replace(/^(?:\.\/)+/, '');
  return splitSegments(body)
    .filter((segment) => segment.length > 0)
    .map((segment): Segment => (segment === '**' ? { kind: 'globstar' } : { kind: 'segment', tokens: parseSegment(segment) }));
}

/** Splits on `/` outside escapes and character classes. */
function splitSegments(pattern: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let at = 0; at < pattern.length; at++) {
    const char = pattern[at];
    if (char === '\\' && at + 1 < pattern.length) {
      current += char + pattern[++at];
    } else if (char === '/') {
      segments.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  segments.push(current);
  return segments;
}

function parseSegment(segment: string): Token[] {
  const tokens: Token[] = [];
  const chars = Array.from(segment);
  for (let at = 0; at < chars.length; at++) {
    const char = chars[at];
    if (char === '\\' && at + 1 < chars.length) {
      tokens.push({ kind: 'char', char: chars[++at] });
    } else if (char === '*') {
      // `a**b` inside a segment is a plain `*`; consecutive stars are one.
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') {
      tokens.push({ kind: 'any' });
    } else if (char === '[') {
      const parsed = parseClass(chars, at);
      if (parsed) {
        tokens.push(parsed.token);
        at = parsed.end;
      } else {
        tokens.push({ kind: 'char', char });
      }
    } else {
      tokens.push({ kind: 'char', char });
    }
  }
  return tokens;
}

/** `[…]` starting at `start`, or undefined when it is not closed (then `[` is literal). */
function parseClass(chars: string[], start: number): { token: CharToken; end: number } | undefined {
  let at = start + 1;
  const negated = chars[at] === '!' || chars[at] === '^';
  if (negated) at++;
  const items: ClassItem[] = [];
  let first = true;
  for (; at < chars.length; at++) {
    let char = chars[at];
    if (char === ']' && !first) return { token: { kind: 'class', negated, items }, end: at };
    first = false;
    if (char === '\\' && at + 1 < chars.length) char = chars[++at];
    if (chars[at + 1] === '-' && at + 2 < chars.length && chars[at + 2] !== ']') {
      let to = chars[at + 2];
      at += 2;
      if (to === '\\' && at + 1 < chars.length) to = chars[++at];
      items.push({ from: char, to });
    } else {
      items.push({ from: char, to: char });
    }
  }
  return undefined;
}

function matchesChar(token: CharToken, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'any':
      return true;
    case 'class': {
      const point = char.codePointAt(0)!;
      const inside = token.items.some((item) => point >= item.from.codePointAt(0)! && point <= item.to.codePointAt(0)!);
      return inside !== token.negated;
    }
  }
}

/**
 * The two-pointer wildcard match: on a mismatch, only the most recent `*` gives up one more item. Each
 * other token matches exactly one item, so this is exact, and it takes at most items × tokens steps.
 */
function wildcardMatch<T, I>(tokens: readonly T[], items: readonly I[], isStar: (token: T) => boolean, matchOne: (token: T, item: I) => boolean): boolean {
  let token = 0;
  let item = 0;
  let star = -1;
  let starItem = 0;
  while (item < items.length) {
    if (token < tokens.length && isStar(tokens[token])) {
      star = token++;
      starItem = item;
    } else if (token < tokens.length && matchOne(tokens[token], items[item])) {
      token++;
      item++;
    } else if (star >= 0) {
      token = star + 1;
      item = ++starItem;
    } else {
      return false;
    }
  }
  while (token < tokens.length && isStar(tokens[token])) token++;
  return token === tokens.length;
}

function matchSegment(tokens: readonly Token[], text: string): boolean {
  return wildcardMatch(tokens, Array.from(text), (token) => token.kind === 'star', (token, char) => matchesChar(token as CharToken, char));
}

function matchPath(segments: readonly Segment[], parts: readonly string[]): boolean {
  return wildcardMatch(
    segments,
    parts,
    (segment) => segment.kind === 'globstar',
    (segment, part) => segment.kind === 'segment' && matchSegment(segment.tokens, part),
  );
}
