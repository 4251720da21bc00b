// CODEOWNERS patterns matched as GitHub matches them, and the index that finds a path's deciding rule
// without trying every rule. All of the glob matching of code ownership is here, so it can move with the
// project's other matchers; the wildcards themselves are matched by files/glob.ts (linear, no regular
// expression a repository's CODEOWNERS could make backtrack).
//
// GitHub's reading, gitignore-like with its documented exceptions:
// - a pattern with a `/` at its start or in its middle is anchored at the repository root; otherwise it
//   matches at any depth (`*.js`, `docs/`, `Makefile`);
// - a pattern matches a path and everything below it (`/apps/github` owns `apps/github/x.rb`), except
//   when its last segment is `*`: `docs/*` owns `docs/a.md`, not `docs/build/b.md`; a trailing `/`
//   matches folders only;
// - `[ ]`, `{ }` and a leading `!` are literal characters (GitHub reads no ranges, braces or negation);
// - the last matching rule wins (in GitLab, in each section).
import { compileGlobs } from '../../files/glob';
import type { CodeownersFile, CodeownersRule } from './codeowners';

type PathMatcher = (segments: readonly string[]) => boolean;

interface CompiledRule {
  rule: CodeownersRule;
  matches: PathMatcher;
}

/** A folder of the anchored rules' literal prefixes: the rules whose prefix ends here, and deeper ones. */
interface TrieNode {
  rules: CompiledRule[];
  children: Map<string, TrieNode>;
}

const WILDCARD = /[*?]/;

/** The pattern's segments and how it is anchored; undefined for a pattern that matches nothing (`/`, ``). */
function shapeOf(pattern: string): { segments: string[]; anchored: boolean; folderOnly: boolean } | undefined {
  const folderOnly = /[^\\]\/$/.test(pattern) || pattern === '/';
  const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  if (body === '') return undefined;
  const segments = body.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0) return undefined;
  const anchored = pattern.startsWith('/') || segments.length > 1;
  return { segments, anchored, folderOnly };
}

/** Whether a segment is plain text (no wildcard, no escape). */
function isLiteral(segment: string): boolean {
  return !WILDCARD.test(segment) && !segment.includes('\\');
}

/** The CODEOWNERS pattern as files/glob.ts patterns: brackets, braces and `!` made literal. */
function toGlob(segments: readonly string[], anchored: boolean): string {
  const escaped = segments.map((segment) => segment.replace(/\\(.)|([[\]{}!])/g, (_all, kept: string | undefined, literal: string | undefined) => (kept !== undefined ? `\\${kept}` : `\\${literal}`)));
  return (anchored ? '' : '**/') + escaped.join('/');
}

function compile(rule: CodeownersRule): { compiled: CompiledRule; shape: NonNullable<ReturnType<typeof shapeOf>> } | undefined {
  const shape = shapeOf(rule.pattern);
  if (!shape) return undefined;
  const { segments, anchored, folderOnly } = shape;
  const last = segments[segments.length - 1];
  // Below the matched path too, unless the last segment is `*` (direct children) or `**` (everything).
  const descendants = last !== '*' && last !== '**';
  const minimum = folderOnly ? 1 : 0;
  let matches: PathMatcher;
  if (segments.every(isLiteral) && anchored) {
    matches = (path) => path.length >= segments.length + minimum && segments.every((segment, at) => path[at] === segment) && (descendants || path.length === segments.length);
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
  return { compiled: { rule, matches }, shape };
}

/** A matcher of one pattern written as CODEOWNERS writes them (a covered path), for a path's segments. */
export function patternMatcher(pattern: string): (segments: readonly string[]) => boolean {
  const compiled = compile({ index: 0, pattern: pattern.trim(), patternRange: NO_RANGE, owners: [], range: NO_RANGE, section: 0 });
  return compiled ? compiled.compiled.matches : () => false;
}

/** A `/`-separated path's segments, as the matchers take them. */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '' && segment !== '.');
}

const NO_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A CODEOWNERS file ready to answer "which rule decides this path?" for many paths. */
export class CodeownersIndex {
  private readonly root: TrieNode = { rules: [], children: new Map() };
  /** Single-segment literal patterns that match at any depth (`docs/`, `Makefile`), by that segment. */
  private readonly named = new Map<string, CompiledRule[]>();
  /** Every other pattern that is not anchored (`*.js`, `**\/logs`): tried for every path. */
  private readonly floating: CompiledRule[] = [];

  constructor(readonly file: CodeownersFile) {
    for (const rule of file.rules) {
      const compiledRule = compile(rule);
      if (!compiledRule) continue;
      const { compiled, shape } = compiledRule;
      if (!shape.anchored) {
        if (shape.segments.length === 1 && isLiteral(shape.segments[0])) push(this.named, shape.segments[0], compiled);
        else this.floating.push(compiled);
        continue;
      }
      let node = this.root;
      for (const segment of shape.segments) {
        if (!isLiteral(segment)) break;
        let child = node.children.get(segment);
        if (!child) node.children.set(segment, (child = { rules: [], children: new Map() }));
        node = child;
      }
      node.rules.push(compiled);
    }
  }

  get sectionCount(): number {
    return this.file.sections.length;
  }

  /**
   * The rule that decides a path (relative to the repository root, `/`-separated), per section:
   * the last rule of the section that matches it, or undefined when none does.
   */
  decide(path: string): (CodeownersRule | undefined)[] {
    const segments = segmentsOf(path);
    const candidates: CompiledRule[] = [...this.root.rules, ...this.floating];
    let node: TrieNode | undefined = this.root;
    for (const segment of segments) {
      node = node.children.get(segment);
      if (!node) break;
      candidates.push(...node.rules);
    }
    for (const segment of new Set(segments)) candidates.push(...(this.named.get(segment) ?? []));
    candidates.sort((a, b) => b.rule.index - a.rule.index);
    const decided: (CodeownersRule | undefined)[] = new Array(this.sectionCount).fill(undefined);
    let open = this.sectionCount;
    for (const candidate of candidates) {
      if (decided[candidate.rule.section] || !candidate.matches(segments)) continue;
      decided[candidate.rule.section] = candidate.rule;
      if (--open === 0) break;
    }
    return decided;
  }

  /** The anchored rules whose literal prefix is inside the folder `path` (not at it): what may carve part of it out. */
  rulesInside(path: string): CodeownersRule[] {
    let node: TrieNode | undefined = this.root;
    const folder = path.split('/').filter((part) => part !== '');
    for (const segment of folder) {
      node = node.children.get(segment);
      if (!node) return [];
    }
    // At the folder's own node: the rules that go on below it (`/web/**/*.css`), not the folder's own.
    const found: CodeownersRule[] = node.rules.filter((compiled) => (shapeOf(compiled.rule.pattern)?.segments.length ?? 0) > folder.length).map((compiled) => compiled.rule);
    const pending = [...node.children.values()];
    while (pending.length > 0) {
      const next = pending.pop()!;
      found.push(...next.rules.map((compiled) => compiled.rule));
      pending.push(...next.children.values());
    }
    return found.sort((a, b) => a.index - b.index);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
