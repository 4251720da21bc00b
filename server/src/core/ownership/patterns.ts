// CODEOWNERS patterns matched as GitHub matches them (patternIndex.ts files many of them so that a path
// is not tried against each, codeownersIndex.ts finds a path's deciding rule). All of the glob matching
// of code ownership is in these three files, so it can move with the project's other matchers; the
// wildcards themselves are matched by core/globs/glob.ts (linear, no regular expression a repository's
// CODEOWNERS could make backtrack).
//
// GitHub's reading, gitignore-like with its documented exceptions:
// - a pattern with a `/` at its start or in its middle is anchored at the repository root; otherwise it
//   matches at any depth (`*.js`, `docs/`, `Makefile`);
// - a pattern matches a path and everything below it (`/apps/github` owns `apps/github/x.rb`), except
//   when its last segment is `*`: `docs/*` owns `docs/a.md`, not `docs/build/b.md`; a trailing `/`
//   matches folders only;
// - `[ ]`, `{ }` and a leading `!` are literal characters (GitHub reads no ranges, braces or negation);
// - the last matching rule wins (in GitLab, in each section).
import { compileGlobs } from '../globs/glob';

export type PathMatcher = (segments: readonly string[]) => boolean;

/** A pattern's segments, whether it is anchored at the root, and whether it matches folders only. */
export interface PatternShape {
  segments: string[];
  anchored: boolean;
  folderOnly: boolean;
}

const WILDCARD = /[*?]/;

/** The pattern's segments and how it is anchored; undefined for a pattern that matches nothing (`/`, ``). */
function shapeOf(pattern: string): PatternShape | undefined {
  const folderOnly = /[^\\]\/$/.test(pattern) || pattern === '/';
  const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  if (body === '') return undefined;
  const segments = body.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0) return undefined;
  const anchored = pattern.startsWith('/') || segments.length > 1;
  return { segments, anchored, folderOnly };
}

/** Whether a segment is plain text (no wildcard, no escape). */
export function isLiteral(segment: string): boolean {
  return !WILDCARD.test(segment) && !segment.includes('\\');
}

/** The CODEOWNERS pattern as core/globs/glob.ts patterns: brackets, braces and `!` made literal. */
function toGlob(segments: readonly string[], anchored: boolean): string {
  const escaped = segments.map((segment) => segment.replace(/\\(.)|([[\]{}!])/g, (_all, kept: string | undefined, literal: string | undefined) => (kept !== undefined ? `\\${kept}` : `\\${literal}`)));
  return (anchored ? '' : '**/') + escaped.join('/');
}

/** A pattern written as CODEOWNERS writes them, as a matcher of a path's segments; undefined when it matches nothing. */
export function compilePattern(pattern: string): { matches: PathMatcher; shape: PatternShape } | undefined {
  const shape = shapeOf(pattern);
  if (!shape) return undefined;
  const { segments, anchored, folderOnly } = shape;
  const last = segments[segments.length - 1];
  // Below the matched path too, unless the last segment is `*` (direct children) or `**` (everything).
  const descendants = last !== '*' && last !== '**';
  const minimum = folderOnly ? 1 : 0;
  let matches: PathMatcher;
  if (segments.every(isLiteral) && anchored) {
    matches = (path) => path.length >= segments.length + minimum && segments.every((segment, at) => path[at] === segment) && (descendants || path.length === segments.length);
  } else if (segments.length === 1 && last === '*') {
    // `*`, the default owner: every path (every folder's contents for `*/`).
    matches = (path) => path.length > minimum;
  } else if (segments.length === 1 && isLiteral(last)) {
    // `docs/`, `Makefile`: any segment of that name (a folder one for `docs/`).
    matches = (path) => {
      for (let at = 0; at < path.length - minimum; at++) if (path[at] === last) return true;
      return false;
    };
  } else if (segments.length === 1 && /^\*[^*?\\/]+$/.test(last)) {
    // `*.js`, the most common pattern at any depth: a segment that ends so (a folder one for `*.d/`).
    const suffix = last.slice(1);
    matches = (path) => {
      for (let at = 0; at < path.length - minimum; at++) if (path[at].endsWith(suffix)) return true;
      return false;
    };
  } else {
    const glob = compileGlobs([toGlob(segments, anchored) + (descendants ? (folderOnly ? '/*/**' : '/**') : '')]);
    if (glob.included === 0) return undefined; // too long or too complex for the matcher: read as no rule
    // The pattern's longest run of plain text must be in the path: most paths are told apart by that alone.
    const needed = segments
      .join('/')
      .split(/[*?\\]/)
      .reduce((longest, run) => (run.length > longest.length ? run : longest), '');
    matches = (path) => {
      const joined = path.join('/');
      return (needed === '' || joined.includes(needed)) && glob.matches(joined);
    };
  }
  return { matches, shape };
}

/** A matcher of one pattern written as CODEOWNERS writes them (a covered path), for a path's segments. */
export function patternMatcher(pattern: string): PathMatcher {
  return compilePattern(pattern.trim())?.matches ?? (() => false);
}

/** A `/`-separated path's segments, as the matchers take them. */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '' && segment !== '.');
}

/** Stands for "any name" in the sample paths of a covered pattern: no literal CODEOWNERS text is it. */
const ANY = '\u{E000}';

/**
 * The paths a covered pattern (written as CODEOWNERS writes one) stands for, as samples to look up: a
 * folder by a file inside it, a pattern with wildcards by one path it matches, a path that may be a
 * file or a folder by both. `folder` is the literal folder it names (undefined when it has wildcards).
 */
export function samplePaths(pattern: string): { samples: string[]; folder?: string } {
  const shape = shapeOf(pattern.trim());
  if (!shape) return { samples: [] };
  const segments = shape.segments.filter((segment) => segment !== '**');
  const sampled = segments.map((segment) => segment.replace(/\\(.)|[*?]/g, (all, kept: string | undefined) => kept ?? ANY));
  const literal = shape.segments.every(isLiteral);
  const last = shape.segments[shape.segments.length - 1];
  const joined = sampled.join('/');
  const inside = (sampled.length > 0 ? `${joined}/` : '') + ANY;
  const literalFolder = shape.segments.every((segment, at) => isLiteral(segment) || (segment === '**' && at === shape.segments.length - 1));
  if (shape.folderOnly || last === '**') return { samples: [inside], folder: literalFolder ? joined : undefined };
  if (literal) return { samples: [joined, inside], folder: joined };
  return { samples: [joined] };
}
