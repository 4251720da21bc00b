// YAML charters (contract §2) and the YAML front matter of Markdown charters.
// A text is read into a small tree (yaml/tree.ts), by the fast reader when it is written in the plain
// subset charters use (yaml/speed/plain-reader.ts), otherwise by the `yaml` package; one builder below
// turns the tree into the model. Aliases are never expanded: an alias of a single value or of a flat
// list of values is read in place (its references land on the alias), any other alias is reported, so
// hostile input such as a "billion laughs" document costs no more than its own length.
import { parseDocument } from 'yaml';
import { distance } from 'fastest-levenshtein';
import type {
  Assignment,
  Charter,
  CharterSection,
  ParseProblem,
  Position,
  Range,
  Responsibility,
  RoleDefinition,
  RoleReference,
  Span,
} from '../model';
import { LineIndex } from '../text';
import { emptyCharter } from './empty';
import { CHARTER_KEYS, FRONT_MATTER_KEYS, RACI_KEYS, RESPONSIBILITY_KEYS, ROLE_KEYS, type KeySpec, type RaciKey } from './yaml/keys';
import { defineYamlRole, rewriteYamlResponsibility, type RaciSlot, type SlotReference } from './yaml/edits';
import { fromYamlDocument, isShareable, type AliasPlace, type YAlias, type YMap, type YNode, type YPair, type YScalar } from './yaml/tree';
import { readPlainYaml } from './yaml/speed/plain-reader';

/** How many alias findings one document may produce; a hostile document could otherwise flood the list. */
const MAX_ALIAS_PROBLEMS = 20;

/** Which reader produced the tree: the fast reader of the plain subset, or the `yaml` package. */
export type YamlPath = 'fast' | 'yaml';

export interface YamlReadOptions {
  /** false: always use the `yaml` package (the differential test compares the two). */
  fast?: boolean;
}

/** A string value and where its text stands (offsets in the whole file). */
interface TextValue {
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
  readonly root: YNode | null = null;
  readonly path: YamlPath = 'yaml';
  /** Aliases that may be read in place (of a scalar; of a flat list, as a whole value). */
  private readonly accepted = new Set<YAlias>();

  constructor(
    readonly source: string,
    readonly base: number,
    readonly index: LineIndex,
    options: YamlReadOptions = {},
  ) {
    if (options.fast !== false) {
      // The fast reader has its own depth limit, far below MAX_YAML_DEPTH.
      const fast = readPlainYaml(source);
      if (fast) {
        this.root = fast.root;
        this.path = 'fast';
        return;
      }
    }
    const tooDeep = tooDeepAt(source);
    if (tooDeep !== undefined) {
      // The yaml package recurses once per level; near a thousand levels it overflows the stack, and a
      // later parse that nears the limit again can crash V8 outright (it compiles regular expressions
      // there). No charter is nested this deep, so such a text is reported and not parsed at all.
      this.problems.push({
        rule: 'syntax',
        severity: 'error',
        message: `This YAML is nested more than ${MAX_YAML_DEPTH} levels deep; a charter is never this deep, so it was not read.`,
        range: this.range(tooDeep, Math.min(tooDeep + 1, source.length)),
      });
      return;
    }
    const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
    for (const error of doc.errors) {
      let [start, end] = error.pos;
      if (error.code === 'DUPLICATE_KEY') {
        // After a key with no value, yaml puts the error on the line break before the duplicate key;
        // move to the key itself so the message names it and the range is on it.
        while (start < source.length && /[ \t\r\n]/.test(source[start])) start++;
        end = start + keyLength(source, start);
      }
      // yaml's own wording names its API; a user needs to know the rest of the file is not read.
      if (error.code === 'MULTIPLE_DOCS' && source.startsWith('---', start)) end = start + 3;
      const message =
        error.code === 'DUPLICATE_KEY'
          ? `Duplicate key '${source.slice(start, end)}'.`
          : error.code === 'TAB_AS_INDENT'
            ? 'Tabs are not allowed as indentation in YAML; indent with spaces.'
            : error.code === 'MULTIPLE_DOCS'
              ? 'A charter is a single YAML document: this second "---" starts another, which is not checked. Move its content into the first document or into a file of its own.'
              : `${error.message.replace(/\.?$/, '.')}`;
      this.problems.push({ rule: 'syntax', severity: 'error', message, range: this.range(start, end) });
    }
    let reported = 0;
    this.root = fromYamlDocument(doc, source, (alias, place) => {
      const problem = aliasProblem(alias, place);
      if (!problem) this.accepted.add(alias);
      else if (reported++ < MAX_ALIAS_PROBLEMS) this.error(problem, alias, 'syntax');
    });
  }

  range(start: number, end: number): Range {
    return this.rangeAt(this.base + start, this.base + end);
  }

  /**
   * `index.rangeAt` for whole-file offsets, looking first at the line of the previous position: the
   * builder asks in file order, and the binary search of every position was 7% of a check at 10,000.
   */
  rangeAt(start: number, end: number): Range {
    const text = this.index.text;
    if (splitsPair(text, start)) start--;
    if (splitsPair(text, end)) end++;
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  private lastLine = 0;

  private positionAt(offset: number): Position {
    const index = this.index;
    const starts = index.lineStarts;
    const clamped = Math.max(0, Math.min(offset, index.text.length));
    let line = this.lastLine;
    if (!(starts[line] <= clamped && (line + 1 === starts.length || clamped < starts[line + 1]))) {
      line++;
      if (!(line < starts.length && starts[line] <= clamped && (line + 1 === starts.length || clamped < starts[line + 1]))) {
        line = index.positionAt(clamped).line;
      }
    }
    this.lastLine = line;
    return { line, character: Math.min(clamped, index.lineEnd(line)) - starts[line] };
  }

  /** [start, end] of a node's content, in the YAML text's own offsets. */
  bounds(node: YNode): [number, number] {
    return [node.start, node.end];
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
      const key = this.keyOf(pair, specs, allowUnknown);
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
  keyOf(pair: YPair, specs: readonly KeySpec[], allowUnknown = false): string | undefined {
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
      if (!known) this.unknownKey(key, keyNode, specs);
    }
    return key;
  }

  private unknownKey(key: string, keyNode: YScalar, specs: readonly KeySpec[]): void {
    const range = this.nodeRange(keyNode);
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const spec of specs) {
      const d = Math.min(distance(key, spec.key), distance(key.toLowerCase(), spec.key) + 1);
      if (d < bestDistance) {
        best = spec.key;
        bestDistance = d;
      }
    }
    const close = best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3));
    const known = specs.map((spec) => `"${spec.key}"`).join(', ');
    this.problems.push({
      rule: 'schema',
      severity: 'warning',
      message: close ? `Unknown key "${key}"; did you mean "${best}"?` : `Unknown key "${key}"; expected one of ${known}.`,
      range,
      fixes: close ? [{ title: `Rename to '${best}'`, edits: [{ range, newText: best! }], isPreferred: true, safe: true }] : undefined,
    });
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

  /** Reads team, mission and extends from a root mapping's pairs. */
  readHeader(pairs: readonly KeyedPair[]): { team?: Span; mission?: Span; extends: Span[] } {
    const header: { team?: Span; mission?: Span; extends: Span[] } = { extends: [] };
    for (const { key, keyNode, value } of pairs) {
      if (key === 'team' || key === 'mission') {
        if (this.isEmpty(value)) {
          if (key === 'team') this.error("'team' should name the team.", keyNode);
          continue;
        }
        const text = this.text(value!, key);
        if (text) header[key] = this.span(text);
      } else if (key === 'extends') {
        header.extends = this.texts(value, 'extends').values.map((text) => this.span(text));
      }
    }
    return header;
  }
}

/** Why an alias cannot be read in place, or undefined when it can. */
function aliasProblem(alias: YAlias, place: AliasPlace): string | undefined {
  const target = alias.target;
  if (!target) return `Unknown anchor '${alias.name}'.`;
  if (target.kind === 'scalar') return undefined;
  const allowed = 'a charter only allows aliases of single values and of flat lists of values';
  if (target.kind === 'map') return `Alias '*${alias.name}' stands for a mapping; ${allowed}.`;
  if (!isShareable(target)) return `Alias '*${alias.name}' stands for a list of lists, mappings or aliases; ${allowed}.`;
  if (place !== 'value') return `Alias '*${alias.name}' stands for a list, which cannot stand inside another list or as a key; use it as a whole value ('informed: *${alias.name}').`;
  return undefined;
}

/** Deeper than this, a YAML text is not parsed (see YamlReader); real charters nest 4 or 5 levels. */
export const MAX_YAML_DEPTH = 200;

/**
 * Offset of the first place where the nesting may exceed MAX_YAML_DEPTH, or undefined. An upper bound,
 * cheap and linear: a line's indentation plus its leading `- ` / `? ` markers (block nesting), plus open
 * `[` and `{` (flow nesting; brackets inside quotes count too, which only errs on the safe side).
 */
function tooDeepAt(source: string): number | undefined {
  let flow = 0;
  let lineStart = true;
  let block = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n' || c === '\r') {
      lineStart = true;
      block = 0;
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '\t') block++;
      else if ((c === '-' || c === '?' || c === ':') && /[ \t]/.test(source[i + 1] ?? '')) block++;
      else lineStart = false;
    }
    if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    if (flow + block > MAX_YAML_DEPTH) return i;
  }
  return undefined;
}

/** Length of the key written at `start` (the parser reports only where a duplicate key begins). */
function keyLength(source: string, start: number): number {
  const match = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\r\n]*?)[ \t]*:(?:[ \t\r\n]|$)/.exec(source.slice(start, start + 1024));
  return match ? match[1].length : 1;
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

/**
 * Reads a Markdown charter's YAML front matter. `startOffset` is where `yamlText` starts in the file
 * that `index` indexes; ranges are in that file. Keys other than team, mission and extends are left alone.
 */
export function readFrontMatter(
  yamlText: string,
  startOffset: number,
  index: LineIndex,
  options: YamlReadOptions = {},
): { team?: Span; mission?: Span; extends: Span[]; problems: ParseProblem[] } {
  const reader = new YamlReader(yamlText, startOffset, index, options);
  const root = reader.root;
  if (!root || reader.isEmpty(root)) return { extends: [], problems: reader.problems };
  if (root.kind !== 'map') {
    reader.error('Front matter should be a mapping of keys (team, mission, extends).', root);
    return { extends: [], problems: reader.problems };
  }
  const header = reader.readHeader(reader.pairs(root, FRONT_MATTER_KEYS, true));
  // Front matter that does not parse is one mistake: its syntax finding, not also the schema of the
  // half-read value.
  const broken = reader.problems.some((problem) => problem.rule === 'syntax');
  return { ...header, problems: broken ? reader.problems.filter((problem) => problem.rule === 'syntax') : reader.problems };
}

const pathOfCharter = new WeakMap<Charter, YamlPath>();

/** Which reader read a YAML charter (for tests and measurements). */
export function yamlPathOf(charter: Charter): YamlPath | undefined {
  return pathOfCharter.get(charter);
}

export function parseYamlCharter(text: string, options: YamlReadOptions = {}): Charter {
  const index = new LineIndex(text);
  const reader = new YamlReader(text, 0, index, options);
  const charter = emptyCharter('yaml', text);
  pathOfCharter.set(charter, reader.path);
  charter.problems = reader.problems;
  const root = reader.root;
  let rolesPair: KeyedPair | undefined;
  let responsibilitiesPair: KeyedPair | undefined;

  if (!root || reader.isEmpty(root)) {
    reader.error("A charter needs at least 'team: <name>'.", index.rangeAt(0, 0));
  } else if (root.kind !== 'map') {
    reader.error(`A charter should be a mapping of keys (team, roles, responsibilities), not ${describeRoot(root)}.`, root);
  } else {
    const pairs = reader.pairs(root, CHARTER_KEYS);
    Object.assign(charter, reader.readHeader(pairs));
    if (!pairs.some((entry) => entry.key === 'team')) {
      reader.error("Missing 'team': a charter names its team ('team: <name>').", pairs[0] ? pairs[0].keyNode : index.rangeAt(0, 0));
    }
    for (const pair of pairs) {
      if (pair.key === 'roles') {
        rolesPair = pair;
        charter.hasRolesSection = true;
        charter.roles = readRoles(reader, pair.value);
        charter.sections.push(section(reader, 'roles', pair.keyNode, pair.value));
      } else if (pair.key === 'responsibilities') {
        responsibilitiesPair = pair;
        charter.responsibilities = readResponsibilities(reader, pair.value);
        charter.sections.push(section(reader, 'responsibilities', pair.keyNode, pair.value));
      }
    }
  }
  const rootMap = root && root.kind === 'map' ? root : undefined;
  charter.defineRole = (role) => defineYamlRole(reader, { root: rootMap, roles: rolesPair, responsibilities: responsibilitiesPair }, role);
  return charter;
}

function describeRoot(node: YNode): string {
  if (node.kind === 'seq') return 'a list';
  return 'a single value';
}

function section(reader: YamlReader, kind: 'roles' | 'responsibilities', keyNode: YScalar, value: YNode | null): CharterSection {
  const end = value && !reader.isEmpty(value) ? reader.contentEnd(value) : reader.base + keyNode.end;
  return {
    kind,
    title: String(keyNode.value),
    titleRange: reader.range(keyNode.start, keyNode.end),
    range: reader.index.rangeAt(reader.base + keyNode.start, end),
  };
}

function readRoles(reader: YamlReader, value: YNode | null): RoleDefinition[] {
  const roles: RoleDefinition[] = [];
  if (!value || reader.isEmpty(value)) return roles;
  if (value.kind !== 'map') {
    if (!reader.isReportedAlias(value)) reader.error("'roles' should be a mapping of role ids to definitions (pm:\\n  title: Product Manager).", value);
    return roles;
  }
  const index = reader.index;
  for (const { key: id, keyNode, value: definition } of reader.pairs(value, [], true)) {
    const idRange = reader.nodeRange(keyNode);
    const lastLine = index.positionAt(definition && !reader.isEmpty(definition) ? reader.contentEnd(definition) : reader.base + keyNode.end).line;
    const firstLine = idRange.start.line;
    const removeEnd = lastLine + 1 < index.lineCount ? index.lineStarts[lastLine + 1] : index.text.length;
    const role: RoleDefinition = {
      id,
      idRange,
      title: id,
      titleRange: idRange,
      aliases: [],
      holders: [],
      form: 'yaml',
      removeRange: index.rangeAt(index.lineStarts[firstLine], removeEnd),
    };
    roles.push(role);
    if (!definition || reader.isEmpty(definition)) {
      reader.error(`Role '${id}' has no title ('title: <name>').`, keyNode);
      continue;
    }
    if (definition.kind !== 'map') {
      if (!reader.isReportedAlias(definition)) reader.error(`Role '${id}' should be a mapping with at least a title ('title: <name>').`, definition);
      continue;
    }
    const pairs = reader.pairs(definition, ROLE_KEYS);
    if (!pairs.some((entry) => entry.key === 'title')) reader.error(`Role '${id}' has no title ('title: <name>').`, keyNode);
    for (const { key, keyNode: fieldKey, value: fieldValue } of pairs) {
      if (key === 'title') {
        if (reader.isEmpty(fieldValue)) {
          reader.error(`Role '${id}' has an empty title.`, fieldKey);
          continue;
        }
        const title = reader.text(fieldValue!, 'title');
        if (title) {
          role.title = title.text;
          role.titleRange = reader.rangeAt(title.start, title.end);
        }
      } else if (key === 'description') {
        if (reader.isEmpty(fieldValue)) continue;
        const description = reader.text(fieldValue!, 'description');
        if (description) role.description = description.text;
      } else if (key === 'aliases') {
        role.aliases = reader.texts(fieldValue, 'aliases').values.map((alias) => reader.span(alias));
      } else if (key === 'holder') {
        role.holders = reader.texts(fieldValue, 'holder').values.map((holder) => holder.text);
      }
    }
  }
  return roles;
}

function readResponsibilities(reader: YamlReader, value: YNode | null): Responsibility[] {
  const responsibilities: Responsibility[] = [];
  if (!value || reader.isEmpty(value)) return responsibilities;
  if (value.kind !== 'seq') {
    if (!reader.isReportedAlias(value)) reader.error("'responsibilities' should be a list (each item starting with '- name: …').", value);
    return responsibilities;
  }
  for (const node of value.items) {
    if (!node) continue;
    if (node.kind !== 'map') {
      if (!reader.isReportedAlias(node)) reader.error("Each responsibility should be a mapping with at least a name ('- name: …').", node);
      continue;
    }
    const responsibility = readResponsibility(reader, node);
    if (responsibility) responsibilities.push(responsibility);
  }
  return responsibilities;
}

function readResponsibility(reader: YamlReader, item: YMap): Responsibility | undefined {
  const index = reader.index;
  let name: TextValue | undefined;
  let hasName = false;
  let firstKey: YScalar | undefined;
  let description: string | undefined;
  const slots: RaciSlot[] = [];
  // The pairs read in place (not through `pairs`): this runs for every responsibility, and the
  // intermediate objects showed in the garbage collector's share at 10,000. Keys are checked first, as
  // `pairs` does, so that problems keep their order.
  const keys = item.items.map((pair) => reader.keyOf(pair, RESPONSIBILITY_KEYS));
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === undefined) continue;
    const pair = item.items[i];
    const keyNode = pair.key as YScalar;
    const value = pair.value;
    firstKey ??= keyNode;
    if (key === 'name') hasName = true;
    if (key === 'name') {
      if (reader.isEmpty(value)) reader.error('A responsibility needs a name.', keyNode);
      else name = reader.text(value!, 'name');
    } else if (key === 'description') {
      if (!reader.isEmpty(value)) description = reader.text(value!, 'description')?.text;
    } else {
      const slot = raciSlot(reader, key, keyNode, value);
      if (slot) slots.push(slot);
    }
  }
  if (!name) {
    if (!hasName) reader.error("A responsibility needs a name ('name: …').", firstKey ?? item);
    return undefined;
  }
  let count = 0;
  for (const slot of slots) count += slot.references.length;
  const references: RoleReference[] = new Array(count);
  const assignments: Assignment[] = new Array(count);
  // Source order: the keys as they are written, each key's references in order.
  let at = 0;
  for (const slot of slots) {
    for (const reference of slot.references) {
      const ref: RoleReference = reference.viaAlias ? { text: reference.text, range: reference.range, viaAlias: true } : { text: reference.text, range: reference.range };
      references[at] = ref;
      assignments[at++] = { ref, letter: slot.letter, range: reference.range };
    }
  }
  return {
    name: name.text,
    nameRange: reader.rangeAt(name.start, name.end),
    description,
    form: 'yaml',
    assignments,
    references,
    cells: [],
    range: reader.rangeAt(reader.base + item.start, reader.contentEnd(item)),
    // The slots are read again when a fix asks (rarely): kept, they were a quarter of what a large
    // charter holds on to, and the garbage collector copies all of it.
    rewrite: (next) => rewriteYamlResponsibility(reader, item, reader.quietly(() => raciSlots(reader, item)), next),
  };
}

/** A RACI key's slot (its references with their ranges), or undefined for another key. */
function raciSlot(reader: YamlReader, key: string, keyNode: YScalar, value: YNode | null): RaciSlot | undefined {
  const raci = RACI_KEYS.find((entry) => entry.key === key);
  if (!raci) return undefined;
  const values: TextValue[] = [];
  const style = reader.textsInto(value, key, values);
  // The values become the slot's references in place: blank ones dropped, ranges added.
  let kept = 0;
  for (const entry of values) {
    if (entry.text.trim().length === 0) continue;
    entry.range = reader.rangeAt(entry.start, entry.end);
    values[kept++] = entry;
  }
  values.length = kept;
  return { key: key as RaciKey, letter: raci.letter, keyNode, value, style, references: values as SlotReference[] };
}

/** The RACI slots of a responsibility, in source order. */
function raciSlots(reader: YamlReader, item: YMap): RaciSlot[] {
  const slots: RaciSlot[] = [];
  for (const pair of item.items) {
    const keyNode = pair.key;
    if (keyNode?.kind !== 'scalar' || typeof keyNode.value !== 'string') continue;
    const slot = raciSlot(reader, keyNode.value, keyNode, pair.value);
    if (slot) slots.push(slot);
  }
  return slots;
}
