// A reader for the plain subset of YAML that charters are written in: block mappings and sequences,
// plain and one-line quoted scalars (no escapes), one-line flow sequences of such scalars, comments,
// blank lines, CRLF and one leading "---". It gives the same tree as the `yaml` package (../tree.ts)
// and gives up, returning undefined, the moment it meets anything else (anchors, aliases, tags, block
// scalars, multi-line scalars, flow mappings, "?" keys, directives, tabs, duplicate keys, numbers or
// booleans, a doubtful indentation, ...); the caller then reads the whole text with `yaml`.
//
// Why hand-written: `yaml` reads exactly but slowly for a keystroke. Generated charter with 8 roles,
// medians of 21 runs interleaved in one process (a scratch script, Node 20, 2 shared CPUs
// under load ~5, so every figure is inflated alike):
//   1,000 responsibilities (113 KB):  this reader 2.5 ms | yaml Lexer alone 41 ms | parseDocument 119 ms
//                                     model via this reader 9.4 ms | via yaml 152 ms | checkText 19.8 ms
//   10,000 (1.1 MB):                  this reader 27 ms | parseDocument 1.0 s
//                                     model via this reader 111 ms | via yaml 1.17 s | checkText 202 ms
// (Before: checkText 140-150 ms at 1,000 and 1.6 s at 10,000.) At 10,000 young-generation GC copying
// the live tree is most of what is left; hence the exact-size arrays below.
import type { YMap, YNode, YPair, YScalar, YSeq } from '../tree';

/** Thrown (never outside this file) when the text leaves the subset. */
const NOT_PLAIN = Symbol('not plain YAML');

/** Characters that make the whole text fall back: tabs, a lone CR, control and special line characters. */
const UNSUPPORTED = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;

/** Deeper than this, fall back (charters nest 4 or 5 levels; `yaml` has its own depth guard). */
const MAX_DEPTH = 32;

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const QUOTE = 39;
const DOUBLE_QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

/** Cannot start a plain scalar (or do so only in ways this reader does not follow): YAML's indicators. */
const INDICATOR = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
/** Cannot appear in a plain scalar inside a flow sequence (here). */
const FLOW_STOP = new Set([...':,[]{}#'].map((c) => c.charCodeAt(0)));

/** The lines with content, as columns of numbers (objects for 60,000 lines were a good part of the GC). */
interface Lines {
  count: number;
  /** Offset of each line's first character. */
  start: Int32Array;
  /** Column of the first character of the node the line holds (moved past "- " for a compact mapping). */
  indent: Int32Array;
  /** Offset of the end of the line's content (before \r\n or \n). */
  end: Int32Array;
}

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

/** Lines with content (not blank, not only a comment); undefined on a directive or a document marker. */
function significantLines(source: string): Lines | undefined {
  const length = source.length;
  let breaks = 0;
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) breaks++;
  const lines: Lines = { count: 0, start: new Int32Array(breaks + 1), indent: new Int32Array(breaks + 1), end: new Int32Array(breaks + 1) };
  let start = 0;
  let leadingMarker = false;
  for (;;) {
    let next = source.indexOf('\n', start);
    if (next < 0) next = length;
    let end = next;
    if (end > start && source.charCodeAt(end - 1) === 13) end--;
    let i = start;
    while (i < end && source.charCodeAt(i) === SPACE) i++;
    if (i < end && source.charCodeAt(i) !== HASH) {
      if (i === start && (source.startsWith('---', i) || source.startsWith('...', i)) && (i + 3 === end || source.charCodeAt(i + 3) === SPACE)) {
        // One "---" before any content starts the document; any other marker is for `yaml` to judge.
        if (lines.count > 0 || leadingMarker || source.charCodeAt(i) !== DASH || !restIsComment(source, i + 3, end)) return undefined;
        leadingMarker = true;
      } else if (i === start && source.charCodeAt(i) === 37 /* % */) {
        return undefined;
      } else {
        lines.start[lines.count] = start;
        lines.indent[lines.count] = i - start;
        lines.end[lines.count++] = end;
      }
    }
    if (next >= length) return lines;
    start = next + 1;
  }
}

/** Only spaces, then the end of the line or a comment. */
function restIsComment(source: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && source.charCodeAt(i) === SPACE) i++;
  return i === end || (i > from && source.charCodeAt(i) === HASH);
}

/** How the YAML 1.2 core schema reads a plain scalar: null, or a string; numbers and booleans give up. */
function resolvePlain(text: string): string | null {
  const first = text.charCodeAt(0);
  // Only these can start a null, a boolean or a number (`-` never starts a plain scalar here).
  if (first === 126 /* ~ */ || first === 110 || first === 78 /* n N */) {
    if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
  } else if (first === 116 || first === 84 || first === 102 || first === 70 /* t T f F */) {
    if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) throw NOT_PLAIN;
  } else if ((first >= 48 && first <= 57) || first === 43 || first === 46 /* 0-9 + . */) {
    if (
      /^0o[0-7]+$/.test(text) ||
      /^[-+]?[0-9]+$/.test(text) ||
      /^0x[0-9a-fA-F]+$/.test(text) ||
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)
    ) {
      throw NOT_PLAIN;
    }
  }
  return text;
}

/** The keys of a charter, shared rather than cut out of the text again for every responsibility. */
const KNOWN_KEYS = ['name', 'description', 'accountable', 'responsible', 'consulted', 'informed', 'title', 'aliases', 'holder', 'team', 'mission', 'extends', 'roles', 'responsibilities'];

function knownKey(source: string, start: number, end: number): string | undefined {
  const length = end - start;
  for (const key of KNOWN_KEYS) if (key.length === length && source.startsWith(key, start)) return key;
  return undefined;
}

class PlainReader {
  /** The next significant line to read. */
  private at = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly lines: Lines,
  ) {}

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
   * then copied out at their exact size: an array grown by push keeps room for 17 entries, and at
   * 10,000 responsibilities that room was a fifth of the tree's 19 MB (which lives as long as the
   * charter, so every young-generation GC copied it) and the growing arrays filled the young
   * generation twice as fast.
   */
  private buffer<T>(): T[] {
    return (this.buffers[this.depth] ??= []) as T[];
  }

  private readonly buffers: unknown[][] = [];
  private readonly flowBuffer: YScalar[] = [];

  /** After a one-line value: the next line must not be more indented (that would continue it). */
  private endOfValue(indent: number): void {
    const next = ++this.at;
    if (next < this.lines.count && this.lines.indent[next] > indent) throw NOT_PLAIN;
  }

  /** End of content before `end`, blanks trimmed (an empty value's position is after its spaces). */
  private trimmedEnd(start: number, end: number): number {
    while (end > start && this.source.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  /** A key at `p` followed by ": " or ":" at the end of the line, or undefined when the line holds none. */
  private keyAt(p: number, end: number): { node: YScalar; colon: number } | undefined {
    const source = this.source;
    const first = source.charCodeAt(p);
    let node: YScalar;
    let after: number;
    if (first === QUOTE || first === DOUBLE_QUOTE) {
      const quoted = this.quoted(p, end);
      if (!quoted) return undefined;
      node = quoted;
      after = quoted.end;
      while (after < end && source.charCodeAt(after) === SPACE) after++;
      if (source.charCodeAt(after) !== COLON || !(after + 1 === end || source.charCodeAt(after + 1) === SPACE)) return undefined;
    } else {
      if (INDICATOR.has(first)) return undefined;
      let i = p;
      for (;;) {
        if (i >= end) return undefined;
        const c = source.charCodeAt(i);
        if (c === COLON && (i + 1 === end || source.charCodeAt(i + 1) === SPACE)) break;
        if (c === HASH && source.charCodeAt(i - 1) === SPACE) return undefined;
        i++;
      }
      after = i;
      const keyEnd = this.trimmedEnd(p, i);
      // `yaml` reports implicit keys longer than 1024 characters.
      if (keyEnd - p > 1000) throw NOT_PLAIN;
      const value = knownKey(source, p, keyEnd) ?? resolvePlain(source.slice(p, keyEnd));
      if (value === null) throw NOT_PLAIN;
      node = { kind: 'scalar', start: p, end: keyEnd, value, style: 'PLAIN' };
    }
    return { node, colon: after };
  }

  /** A one-line quoted scalar at `p`; undefined when it does not close on the line or has an escape. */
  private quoted(p: number, end: number): YScalar | undefined {
    const source = this.source;
    const quote = source.charCodeAt(p);
    let i = p + 1;
    let doubled = false;
    for (;;) {
      if (i >= end) return undefined;
      const c = source.charCodeAt(i);
      if (quote === DOUBLE_QUOTE && c === BACKSLASH) throw NOT_PLAIN;
      if (c === quote) {
        if (quote === QUOTE && source.charCodeAt(i + 1) === QUOTE && i + 1 < end) {
          doubled = true;
          i += 2;
          continue;
        }
        break;
      }
      i++;
    }
    let value = source.slice(p + 1, i);
    if (doubled) value = value.replace(/''/g, "'");
    return { kind: 'scalar', start: p, end: i + 1, value, style: quote === QUOTE ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE' };
  }

  /** A value that fits on its line (from `p`): a scalar or a flow sequence, then nothing but a comment. */
  private inlineValue(p: number, end: number): YNode {
    const source = this.source;
    const first = source.charCodeAt(p);
    let node: YNode;
    if (first === QUOTE || first === DOUBLE_QUOTE) {
      const quoted = this.quoted(p, end);
      if (!quoted) throw NOT_PLAIN;
      node = quoted;
    } else if (first === OPEN_BRACKET) {
      node = this.flowSequence(p, end);
    } else {
      if (INDICATOR.has(first)) throw NOT_PLAIN;
      let i = p;
      while (i < end) {
        const c = source.charCodeAt(i);
        if (c === HASH && source.charCodeAt(i - 1) === SPACE) break;
        // "a: b" here would be a nested mapping, which YAML does not allow on one line.
        if (c === COLON && (i + 1 === end || source.charCodeAt(i + 1) === SPACE)) throw NOT_PLAIN;
        i++;
      }
      const valueEnd = this.trimmedEnd(p, i);
      node = { kind: 'scalar', start: p, end: valueEnd, value: resolvePlain(source.slice(p, valueEnd)), style: 'PLAIN' };
      return node;
    }
    if (!restIsComment(source, node.end, end)) throw NOT_PLAIN;
    return node;
  }

  /** `[a, "b", 'c']` closed on the same line, of non-empty scalars only. */
  private flowSequence(p: number, end: number): YSeq {
    const source = this.source;

    const items = this.flowBuffer;
    let count = 0;
    let i = p + 1;
    for (;;) {
      while (i < end && source.charCodeAt(i) === SPACE) i++;
      if (i >= end) throw NOT_PLAIN;
      const c = source.charCodeAt(i);
      if (c === CLOSE_BRACKET && count === 0) break;
      let item: YScalar;
      if (c === QUOTE || c === DOUBLE_QUOTE) {
        const quoted = this.quoted(i, end);
        if (!quoted) throw NOT_PLAIN;
        item = quoted;
        i = quoted.end;
      } else {
        if (INDICATOR.has(c)) throw NOT_PLAIN;
        const start = i;
        while (i < end && !FLOW_STOP.has(source.charCodeAt(i))) i++;
        if (i < end) {
          const stop = source.charCodeAt(i);
          if (stop !== COMMA && stop !== CLOSE_BRACKET) throw NOT_PLAIN;
        }
        const itemEnd = this.trimmedEnd(start, i);
        const value = resolvePlain(source.slice(start, itemEnd));
        if (value === null) throw NOT_PLAIN;
        item = { kind: 'scalar', start, end: itemEnd, value, style: 'PLAIN' };
      }
      items[count++] = item;
      while (i < end && source.charCodeAt(i) === SPACE) i++;
      const next = source.charCodeAt(i);
      if (next === COMMA) {
        i++;
        continue;
      }
      if (next === CLOSE_BRACKET) break;
      throw NOT_PLAIN;
    }
    return { kind: 'seq', start: p, end: i + 1, flow: true, items: items.slice(0, count) };
  }
}
