// YamlReader: one YAML text read into a tree (syntax.ts), with what every step needs to read it:
// ranges in the whole file, values of the type each key wants, keys checked against the key table.
import { distance } from 'fastest-levenshtein';
import type { ParseProblem, Range, Span } from '../../model';
import type { LineIndex } from '../../text';
import type { KeySpec } from './keys';
import type { RaciSlot } from './edits';
import { LineCursor } from './line-cursor';
import { readYamlTree, type YamlPath, type YamlReadOptions } from './syntax';
import type { YAlias, YMap, YNode, YPair, YScalar } from './tree';
import { clip } from '../../quote';

/** A string value and where its text stands (offsets in the whole file). */
export interface TextValue {
  text: string;
  start: number;
  end: number;
  /** The node written there (its text, quotes included, is kept by edits); undefined: write it anew. */
  node?: YNode;
  /** Read through an alias of a list: the range is the alias's, and the text is not there to edit. */
  viaAlias?: boolean;
  /** Set by the caller that needs it (a RACI value's reference range). */
  range?: Range;
}

/** A key of a mapping, read as text. */
export interface KeyedPair {
  key: string;
  keyNode: YScalar;
  value: YNode | null;
  spec?: KeySpec;
}

/** Reads one YAML text that starts at `base` in a file indexed by `index`. */
export class YamlReader {
  readonly problems: ParseProblem[] = [];
  readonly root: YNode | null;
  readonly path: YamlPath;
  /** Another YAML document follows the one read. */
  readonly moreDocuments: boolean;
  /** Aliases that may be read in place (of a scalar; of a flat list, as a whole value). */
  private readonly accepted: Set<YAlias>;
  private readonly cursor: LineCursor;

  constructor(
    readonly source: string,
    readonly base: number,
    readonly index: LineIndex,
    options: YamlReadOptions = {},
  ) {
    this.cursor = new LineCursor(index);
    const tree = readYamlTree(source, options);
    this.root = tree.root;
    this.path = tree.path;
    this.moreDocuments = tree.moreDocuments;
    this.accepted = tree.accepted;
    for (const { message, start, end, fatal } of tree.problems) {
      this.problems.push({ rule: 'syntax', severity: 'error', message, range: this.range(start, end), ...(fatal ? { fatal } : {}) });
    }
  }

  range(start: number, end: number): Range {
    return this.rangeAt(this.base + start, this.base + end);
  }

  /** `index.rangeAt` for whole-file offsets. */
  rangeAt(start: number, end: number): Range {
    const text = this.index.text;
    if (splitsPair(text, start)) start--;
    if (splitsPair(text, end)) end++;
    return { start: this.cursor.positionAt(start), end: this.cursor.positionAt(end) };
  }

  nodeRange(node: YNode): Range {
    return this.range(node.start, node.end);
  }

  error(message: string, node: YNode | Range, rule: 'schema' | 'syntax' = 'schema'): void {
    const range = 'kind' in node ? this.nodeRange(node) : node;
    this.problems.push({ rule, severity: 'error', message, range });
  }

  /** What a node stands for: an accepted alias's target, the node itself, or undefined (reported alias). */
  deref(node: YNode): YNode | undefined {
    if (node.kind !== 'alias') return node;
    return this.accepted.has(node) ? node.target : undefined;
  }

  /**
   * Whether an alias outside the whole-file offsets [start, end) stands for a node inside them: deleting
   * that text would leave the alias without its anchor.
   */
  anchorsUsedOutside(start: number, end: number): boolean {
    const inside = (offset: number) => offset >= start && offset < end;
    for (const alias of this.accepted) {
      if (alias.target && inside(this.base + alias.target.start) && !inside(this.base + alias.start)) return true;
    }
    return false;
  }

  /** An alias whose problem was already reported (of a mapping or nested list, or of no anchor). */
  isReportedAlias(node: YNode): boolean {
    return node.kind === 'alias' && !this.accepted.has(node);
  }

  /** Null, `~` or nothing at all after the colon. */
  isEmpty(node: YNode | null | undefined): boolean {
    if (!node) return true;
    const value = this.deref(node);
    return value !== undefined && value.kind === 'scalar' && value.value === null;
  }

  /**
   * The text value of key `key` (or of an entry of its list); reports a wrong type. `node` may be an
   * alias of a scalar (its range is the alias's). Messages are built only when needed: this runs for
   * every value of a charter.
   */
  text(node: YNode, key: string, entry = false): TextValue | undefined {
    const value = this.deref(node);
    if (!value) return undefined; // an alias problem, already reported
    if (value.kind === 'scalar' && typeof value.value === 'string') {
      const start = this.base + node.start;
      const end = this.base + node.end;
      if (node.kind === 'alias' || value.style === 'PLAIN') return { text: value.value, start, end, node, viaAlias: undefined, range: undefined };
      // Quoted: point inside the quotes when the source reads as the value (no escapes), so a
      // replacement keeps the quotes.
      if (
        (value.style === 'QUOTE_DOUBLE' || value.style === 'QUOTE_SINGLE') &&
        node.end - node.start === value.value.length + 2 &&
        this.source.startsWith(value.value, node.start + 1)
      ) {
        return { text: value.value, start: start + 1, end: end - 1, node, viaAlias: undefined, range: undefined };
      }
      return { text: value.value, start, end, node, viaAlias: undefined, range: undefined };
    }
    this.error(`${entry ? 'Each entry of ' : ''}'${key}' should be text, not ${describe(value)}.`, node);
    return undefined;
  }

  /** A string or a list of strings (of key `key`); reports wrong types. Empty values give []. */
  texts(node: YNode | null | undefined, key: string): { values: TextValue[]; style: RaciSlot['style'] } {
    const values: TextValue[] = [];
    const style = this.textsInto(node, key, values);
    return { values, style };
  }

  /** The same, adding the values to `values` (the hot path: one array less per RACI key). */
  textsInto(node: YNode | null | undefined, key: string, values: TextValue[]): RaciSlot['style'] {
    if (!node || this.isEmpty(node)) return 'empty';
    if (node.kind === 'seq') {
      for (const item of node.items) {
        if (!item) continue;
        const value = this.text(item, key, true);
        if (value) values.push(value);
      }
      return node.flow ? 'flow' : 'block';
    }
    if (node.kind === 'map') {
      this.error(`'${key}' should be text or a list, not a mapping.`, node);
      return 'invalid';
    }
    const target = this.deref(node);
    if (node.kind === 'alias' && target?.kind === 'seq') {
      // A shared list (`informed: *everyone`): its entries, each at the alias, since that is where the
      // reader of this responsibility looks; edits replace the alias, never the anchored list.
      for (const item of target.items) {
        if (item?.kind !== 'scalar' || typeof item.value !== 'string') continue;
        values.push({ text: item.value, start: this.base + node.start, end: this.base + node.end, node: undefined, viaAlias: true, range: undefined });
      }
      return 'alias';
    }
    const value = this.text(node, key);
    if (value) values.push(value);
    return value ? 'scalar' : 'invalid';
  }

  span(value: TextValue): Span {
    return { text: value.text, range: this.rangeAt(value.start, value.end) };
  }

  /**
   * The pairs of a mapping with their key text. Unknown keys are reported (with a did-you-mean and a
   * rename fix) unless `allowUnknown`; keys that are not plain text are reported.
   */
  pairs(map: YMap, specs: readonly KeySpec[], allowUnknown = false): KeyedPair[] {
    const result: KeyedPair[] = [];
    for (const pair of map.items) {
      const key = this.keyOf(pair, specs, allowUnknown, map);
      if (key !== undefined) result.push({ key, keyNode: pair.key as YScalar, value: pair.value, spec: specs.find((candidate) => candidate.key === key) });
    }
    return result;
  }

  /** Runs `read` and forgets the problems it reports (reading again what was read and reported before). */
  quietly<T>(read: () => T): T {
    const before = this.problems.length;
    try {
      return read();
    } finally {
      this.problems.length = before;
    }
  }

  /** A pair's key as text, checked as `pairs` does; undefined when the key is not text (reported). */
  keyOf(pair: YPair, specs: readonly KeySpec[], allowUnknown = false, map?: YMap): string | undefined {
    const keyNode = pair.key;
    // A missing key only comes with a syntax error, already reported.
    if (!keyNode) return undefined;
    if (keyNode.kind !== 'scalar' || keyNode.value === null || typeof keyNode.value === 'object') {
      this.error('Keys should be plain words.', keyNode);
      return undefined;
    }
    const key = typeof keyNode.value === 'string' ? keyNode.value : String(keyNode.value);
    if (!allowUnknown) {
      let known = false;
      for (const spec of specs) if (spec.key === key) known = true;
      if (!known) this.unknownKey(key, keyNode, specs, map);
    }
    return key;
  }

  /** `map`: the mapping the key is in; a key it already has is not offered as a rename (it would be a duplicate). */
  private unknownKey(key: string, keyNode: YScalar, specs: readonly KeySpec[], map?: YMap): void {
    const range = this.nodeRange(keyNode);
    const distances = specs.map((spec) => ({ key: spec.key, d: Math.min(distance(key, spec.key), distance(key.toLowerCase(), spec.key) + 1) }));
    const bestDistance = Math.min(...distances.map((entry) => entry.d));
    const nearest = [...new Set(distances.filter((entry) => entry.d === bestDistance).map((entry) => entry.key))];
    const best = nearest[0] as string | undefined;
    const close = best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3));
    const known = specs.map((spec) => `"${spec.key}"`).join(', ');
    const taken = close && map !== undefined && map.items.some((pair) => pair.key?.kind === 'scalar' && pair.key.value === best);
    // Two keys as close as each other: which one was meant is for the author to say, not a fix.
    const clear = close && nearest.length === 1;
    const message = !close
      ? `Unknown key "${clip(key)}"; expected one of ${known}.`
      : !clear
        ? `Unknown key "${clip(key)}"; did you mean ${nearest.map((candidate) => `"${candidate}"`).join(' or ')}?`
        : taken
          ? `Unknown key "${clip(key)}"; did you mean "${best}"? This mapping already has "${best}": keep one of the two.`
          : `Unknown key "${clip(key)}"; did you mean "${best}"?`;
    // The renamed key is read: what its mapping then says (two accountable roles) was hidden, not made.
    const fix = { title: `Rename to '${best}'`, edits: [{ range, newText: best! }], isPreferred: true, safe: true, ...(map ? { reveals: this.nodeRange(map) } : {}) };
    this.problems.push({ rule: 'schema', severity: 'warning', message, range, fixes: clear && !taken ? [fix] : undefined });
  }

  /** Offset (whole file) just after the colon that follows a key. */
  colonAfter(keyNode: YNode): number {
    const keyEnd = this.base + keyNode.end;
    const colon = this.index.text.indexOf(':', keyEnd);
    return colon < 0 ? keyEnd : colon + 1;
  }

  /** Offset (whole file) of the end of a node's last non-blank character. */
  contentEnd(node: YNode): number {
    let offset = this.base + node.end;
    while (offset > this.base + node.start && /\s/.test(this.index.text[offset - 1])) offset--;
    return offset;
  }
}

/** Whether an offset falls between the two halves of a surrogate pair (as LineIndex.rangeAt checks). */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function describe(node: YNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'scalar') {
    if (node.value === null) return 'empty';
    if (typeof node.value === 'number' || typeof node.value === 'bigint') return `a number (quote it to make it text)`;
    if (typeof node.value === 'boolean') return `true/false (quote it to make it text)`;
  }
  return 'this value';
}
