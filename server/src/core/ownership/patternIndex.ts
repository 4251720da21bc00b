// Many patterns written as CODEOWNERS writes them (a CODEOWNERS file's rules, the paths the charters
// cover), ready to answer "which of them match this path?" for every file of a repository without
// trying each pattern on each file. A pattern is filed by what a path must have for it to match:
// - anchored: under its literal leading folders, in a trie walked along the path (`/services/a/`);
// - at any depth, one literal name (`docs/`, `Makefile`): by that name;
// - at any depth, `*` then a suffix starting with a dot (`*.js`, `*.generated.ts`): by that suffix,
//   looked up with each of a path segment's own dot-suffixes;
// - anything else (`**/logs`, `*-test`, `*`): tried for every path.
// Each list keeps the patterns in the order given, which CODEOWNERS' "last match wins" reads backwards.
import { compilePattern, isLiteral, segmentsOf, type PathMatcher, type PatternShape } from './patterns';

export interface IndexedPattern<T> {
  item: T;
  /** Its place among the patterns given: a later one wins. */
  order: number;
  matches: PathMatcher;
  shape: PatternShape;
}

interface TrieNode<T> {
  patterns: IndexedPattern<T>[];
  children: Map<string, TrieNode<T>>;
}

const DOT_SUFFIX = /^\*(\.[^*?\\/]*)$/;

export class PatternIndex<T> {
  private readonly root: TrieNode<T> = { patterns: [], children: new Map() };
  private readonly named = new Map<string, IndexedPattern<T>[]>();
  private readonly suffixed = new Map<string, IndexedPattern<T>[]>();
  private readonly floating: IndexedPattern<T>[] = [];

  /** `entries` in order; a pattern that matches nothing (`/`, too complex for the matcher) is left out. */
  constructor(entries: readonly { pattern: string; item: T }[]) {
    entries.forEach(({ pattern, item }, order) => {
      const compiled = compilePattern(pattern);
      if (!compiled) return;
      const indexed: IndexedPattern<T> = { item, order, ...compiled };
      const { segments, anchored } = compiled.shape;
      if (anchored) {
        let node = this.root;
        for (const segment of segments) {
          if (!isLiteral(segment)) break;
          let child = node.children.get(segment);
          if (!child) node.children.set(segment, (child = { patterns: [], children: new Map() }));
          node = child;
        }
        node.patterns.push(indexed);
      } else if (segments.length === 1 && isLiteral(segments[0])) {
        push(this.named, segments[0], indexed);
      } else if (segments.length === 1 && DOT_SUFFIX.test(segments[0])) {
        push(this.suffixed, DOT_SUFFIX.exec(segments[0])![1], indexed);
      } else {
        this.floating.push(indexed);
      }
    });
  }

  /**
   * Hands `visit` each list of patterns that may match the path (segments), each in the order given;
   * every pattern that matches is in one of them, and most that do not are in none. A list may come
   * twice (a name or suffix that repeats along the path).
   */
  candidates(segments: readonly string[], visit: (patterns: readonly IndexedPattern<T>[]) => void): void {
    // The deepest folders' patterns first: written for a narrower path, they are mostly written later
    // too, so a caller looking for the last match can pass over the broad ones (`*`) unmatched.
    const trie: TrieNode<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (const segment of segments) {
      node = node.children.get(segment);
      if (!node) break;
      trie.push(node);
    }
    for (let at = trie.length - 1; at >= 0; at--) visit(trie[at].patterns);
    this.visitByName(segments, visit);
    visit(this.floating);
    visit(this.root.patterns);
  }

  private visitByName(segments: readonly string[], visit: (patterns: readonly IndexedPattern<T>[]) => void): void {
    if (this.named.size === 0 && this.suffixed.size === 0) return;
    for (const segment of segments) {
      const named = this.named.get(segment);
      if (named) visit(named);
      if (this.suffixed.size === 0) continue;
      for (let dot = segment.indexOf('.'); dot >= 0; dot = segment.indexOf('.', dot + 1)) {
        const suffixed = this.suffixed.get(segment.slice(dot));
        if (suffixed) visit(suffixed);
      }
    }
  }

  /** Every pattern that matches a `/`-separated path, each once, in the order given. */
  matching(path: string): T[] {
    const segments = segmentsOf(path);
    const found = new Set<IndexedPattern<T>>();
    this.candidates(segments, (patterns) => {
      for (const pattern of patterns) if (!found.has(pattern) && pattern.matches(segments)) found.add(pattern);
    });
    return [...found].sort((a, b) => a.order - b.order).map((pattern) => pattern.item);
  }

  /** The anchored patterns whose literal prefix is inside the folder `path` (not at it), in the order given. */
  inside(path: string): T[] {
    let node: TrieNode<T> | undefined = this.root;
    const folder = segmentsOf(path);
    for (const segment of folder) {
      node = node.children.get(segment);
      if (!node) return [];
    }
    // At the folder's own node: the patterns that go on below it (`/web/**/*.css`), not the folder's own.
    const found = node.patterns.filter((pattern) => pattern.shape.segments.length > folder.length);
    const pending = [...node.children.values()];
    while (pending.length > 0) {
      const next = pending.pop()!;
      found.push(...next.patterns);
      pending.push(...next.children.values());
    }
    return found.sort((a, b) => a.order - b.order).map((pattern) => pattern.item);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
