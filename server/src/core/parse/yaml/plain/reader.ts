// A reader for the plain subset of YAML that charters are written in: block mappings and sequences,
// plain and one-line quoted scalars (no escapes), one-line flow sequences of such scalars, comments,
// blank lines, CRLF and one leading "---". It gives the same tree as the `yaml` package (../tree.ts)
// and gives up, returning undefined, the moment it meets anything else (anchors, aliases, tags, block
// scalars, multi-line scalars, flow mappings, "?" keys, directives, tabs, duplicate keys, numbers or
// booleans, a doubtful indentation, ...); the caller then reads the whole text with `yaml`.
//
// Why hand-written: `yaml` reads exactly but too slowly for a keystroke (BENCHMARKS.md). On large
// charters young-generation GC copying the live tree is most of what is left; hence the exact-size
// arrays below.
import type { YMap, YNode, YPair, YScalar, YSeq } from '../tree';
import { significantLines, type Lines } from './lines';
import { NOT_PLAIN, PlainValues } from './values';

/** Characters that make the whole text fall back: tabs, a lone CR, control and special line characters. */
const UNSUPPORTED = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;

/** Deeper than this, fall back (charters nest 4 or 5 levels; `yaml` has its own depth guard). */
const MAX_DEPTH = 32;

// Local, not imported: read for every character of an indentation (see values.ts).
const SPACE = 32;
const HASH = 35;
const DASH = 45;

/** The tree of a text in the plain subset, or undefined when the text must be read by `yaml`. */
export function readPlainYaml(source: string): { root: YNode | null } | undefined {
  if (UNSUPPORTED.test(source)) return undefined;
  const lines = significantLines(source);
  if (!lines) return undefined;
  try {
    return { root: new PlainReader(source, lines).document() };
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

class PlainReader extends PlainValues {
  /** The next significant line to read. */
  private at = 0;
  private depth = 0;
  private readonly buffers: unknown[][] = [];

  constructor(
    source: string,
    private readonly lines: Lines,
  ) {
    super(source);
  }

  document(): YNode | null {
    if (this.lines.count === 0) return null;
    const root = this.block(this.lines.indent[0]);
    if (this.at !== this.lines.count) throw NOT_PLAIN;
    return root;
  }

  /** A block mapping or sequence whose lines start at column `indent`. */
  private block(indent: number): YNode {
    if (++this.depth > MAX_DEPTH) throw NOT_PLAIN;
    const node = this.isDash(this.at) ? this.sequence(indent) : this.mapping(indent);
    this.depth--;
    return node;
  }

  /** Whether line `l` holds a "- " entry at its indentation. */
  private isDash(l: number): boolean {
    const at = this.lines.start[l] + this.lines.indent[l];
    return this.source.charCodeAt(at) === DASH && (at + 1 === this.lines.end[l] || this.source.charCodeAt(at + 1) === SPACE);
  }

  private sequence(indent: number): YSeq {
    const { source, lines } = this;
    const start = lines.start[this.at] + indent;
    const items = this.buffer<YNode>();
    let count = 0;
    while (this.at < lines.count) {
      const l = this.at;
      if (lines.indent[l] !== indent || !this.isDash(l)) break;
      const end = lines.end[l];
      let p = lines.start[l] + indent + 1;
      while (p < end && source.charCodeAt(p) === SPACE) p++;
      // `-` alone (a nested block or an empty entry) and `- - x` are left to `yaml`.
      if (p === end || source.charCodeAt(p) === HASH || source.charCodeAt(p) === DASH) throw NOT_PLAIN;
      if (this.keyAt(p, end)) {
        lines.indent[l] = p - lines.start[l]; // a compact mapping: its keys stand at this column
        items[count++] = this.block(lines.indent[l]);
      } else {
        items[count++] = this.inlineValue(p, end);
        this.endOfValue(indent);
      }
    }
    return { kind: 'seq', start, end: this.trimmedEnd(start, items[count - 1].end), flow: false, items: items.slice(0, count) };
  }

  private mapping(indent: number): YMap {
    const { source, lines } = this;
    const start = lines.start[this.at] + indent;
    const items = this.buffer<YPair>();
    let count = 0;
    let seen: Set<string> | undefined;
    while (this.at < lines.count) {
      const l = this.at;
      if (lines.indent[l] < indent) break;
      if (lines.indent[l] > indent || this.isDash(l)) throw NOT_PLAIN;
      const end = lines.end[l];
      const key = this.keyAt(lines.start[l] + indent, end);
      if (!key) throw NOT_PLAIN;
      // Duplicate keys are reported by `yaml`, with its positions. A linear look while a mapping is small
      // (a Set for each of 1,000 responsibilities cost more than all their comparisons), a Set after.
      const text = key.node.value as string;
      if (seen) {
        if (seen.has(text)) throw NOT_PLAIN;
        seen.add(text);
      } else {
        for (let i = 0; i < count; i++) if ((items[i].key as YScalar).value === text) throw NOT_PLAIN;
        if (count >= 16) seen = new Set(items.slice(0, count).map((pair) => (pair.key as YScalar).value as string).concat(text));
      }
      let p = key.colon + 1;
      while (p < end && source.charCodeAt(p) === SPACE) p++;
      let value: YNode;
      if (p === end || source.charCodeAt(p) === HASH) {
        const next = ++this.at;
        if (next < lines.count && lines.indent[next] > indent) value = this.block(lines.indent[next]);
        else if (next < lines.count && lines.indent[next] === indent && this.isDash(next)) value = this.block(indent);
        else value = { kind: 'scalar', start: p, end: p, value: null, style: 'PLAIN' };
      } else {
        value = this.inlineValue(p, end);
        this.endOfValue(indent);
      }
      items[count++] = { key: key.node, value };
    }
    const last = items[count - 1];
    return { kind: 'map', start, end: this.trimmedEnd(start, last.value ? last.value.end : last.key!.end), flow: false, items: items.slice(0, count) };
  }

  /**
   * A reused array for the entries of the collection being read at the current depth. Collections are
   * then copied out at their exact size: an array grown by push keeps spare room, which lives as long as
   * the charter (every young-generation GC copies it), and growing arrays fill the young generation
   * faster.
   */
  private buffer<T>(): T[] {
    return (this.buffers[this.depth] ??= []) as T[];
  }

  /** After a one-line value: the next line must not be more indented (that would continue it). */
  private endOfValue(indent: number): void {
    const next = ++this.at;
    if (next < this.lines.count && this.lines.indent[next] > indent) throw NOT_PLAIN;
  }
}
