// One-line values of the plain subset (for reader.ts): keys, plain and quoted scalars, flow
// sequences. A base class, not exported functions: these run for every line, and under tsx (tests, the
// in-process benchmark) each use of another module's export costs a getter call.
import type { YNode, YScalar, YSeq } from '../tree';

/** Thrown (never outside plain/) when the text leaves the subset; readPlainYaml catches it. */
export const NOT_PLAIN = Symbol('not plain YAML');

const SPACE = 32;
const HASH = 35;
const COLON = 58;
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

/** Only spaces, then the end of the line or a comment. */
export function restIsComment(source: string, from: number, end: number): boolean {
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

export class PlainValues {
  private readonly flowBuffer: YScalar[] = [];

  constructor(protected readonly source: string) {}

  /** End of content before `end`, blanks trimmed (an empty value's position is after its spaces). */
  protected trimmedEnd(start: number, end: number): number {
    while (end > start && this.source.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  /** A key at `p` followed by ": " or ":" at the end of the line, or undefined when the line holds none. */
  protected keyAt(p: number, end: number): { node: YScalar; colon: number } | undefined {
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
  protected inlineValue(p: number, end: number): YNode {
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
