// One glob pattern (no `{a,b}`, no leading `!`: glob.ts handles those) read into segments, and matched
// against a `/`-separated path without regular expressions. A regex-compiling matcher (picomatch, the
// `ignore` package) turns `*a*a*a…` or `a/**/a/**/…` into nested quantifiers that backtrack
// exponentially in the number of `*a`. Here `*` within a segment and `**` across segments
// are matched with the classic two-pointer wildcard algorithm, every other token consuming exactly one
// character (or one segment), so a match costs at most (pattern length × path length) steps.
//
// `*` any characters but `/`; `**` as a whole segment, any number of folders (none too); `?` one
// character; `[abc]`, `[a-z]`, `[!abc]` and `[^abc]`; the POSIX classes inside brackets as git and the
// shells read them, in their ASCII meaning (`[[:alpha:]]`, `[[:digit:]_]`); `\` escapes the next
// character. A `[` without its `]` is a literal `[`.

export type CharToken = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'class'; negated: boolean; items: ClassItem[] };
export type Token = CharToken | { kind: 'star' };
type ClassItem = { from: string; to: string } | { posix: (code: number) => boolean };
export type Segment = { kind: 'globstar' } | { kind: 'segment'; tokens: Token[] };

/** The POSIX character classes, ASCII only (the C locale, as git's wildmatch). */
const POSIX_CLASSES: Record<string, (code: number) => boolean> = {
  alnum: (c) => isAlpha(c) || isDigit(c),
  alpha: (c) => isAlpha(c),
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c < 32 || c === 127,
  digit: (c) => isDigit(c),
  graph: (c) => c > 32 && c < 127,
  lower: (c) => c >= 97 && c <= 122,
  print: (c) => c >= 32 && c < 127,
  punct: (c) => c > 32 && c < 127 && !isAlpha(c) && !isDigit(c),
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  upper: (c) => c >= 65 && c <= 90,
  xdigit: (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

function isAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Thrown for a pattern that cannot be read (an unknown `[:class:]`); the message ends a sentence. */
export class GlobSyntaxError extends Error {}

/** The segments of one pattern; a leading `./` and empty segments are dropped. */
export function parseSegments(pattern: string): Segment[] {
  const body = pattern.replace(/^(?:\.\/)+/, '');
  return splitSegments(body)
    .filter((segment) => segment.length > 0)
    .map((segment): Segment => (segment === '**' ? { kind: 'globstar' } : { kind: 'segment', tokens: parseSegment(segment) }));
}

/** Splits on `/` outside escapes. */
export function splitSegments(pattern: string): string[] {
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

export function parseSegment(segment: string): Token[] {
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
    if (char === '[' && chars[at + 1] === ':') {
      const close = chars.indexOf(':', at + 2);
      if (close > 0 && chars[close + 1] === ']') {
        const name = chars.slice(at + 2, close).join('');
        const posix = POSIX_CLASSES[name];
        if (!posix) throw new GlobSyntaxError(`[:${name}:] is not a character class (alnum, alpha, digit, lower, upper, space, punct, xdigit…)`);
        items.push({ posix });
        at = close + 1;
        continue;
      }
    }
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
      const inside = token.items.some((item) => ('posix' in item ? item.posix(point) : point >= item.from.codePointAt(0)! && point <= item.to.codePointAt(0)!));
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

export function matchSegment(tokens: readonly Token[], text: string): boolean {
  return wildcardMatch(tokens, Array.from(text), (token) => token.kind === 'star', (token, char) => matchesChar(token as CharToken, char));
}

/** Whether the path's parts (its `/`-separated names) match the segments. */
export function matchPath(segments: readonly Segment[], parts: readonly string[]): boolean {
  return wildcardMatch(
    segments,
    parts,
    (segment) => segment.kind === 'globstar',
    (segment, part) => segment.kind === 'segment' && matchSegment(segment.tokens, part),
  );
}

/** The `/`-separated names of a relative path. */
export function pathParts(file: string): string[] {
  return file.split('/').filter((part) => part.length > 0);
}
