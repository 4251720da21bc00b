// YAML charters (contract §2) and the YAML front matter of Markdown charters.
// The document is read through the `yaml` package's AST and never converted with `toJS`: aliases are
// never expanded (a scalar alias is read in place; an alias of a collection is reported), so hostile
// input such as a "billion laughs" document costs no more than its own length.
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { distance } from 'fastest-levenshtein';
import type {
  Assignment,
  Charter,
  CharterSection,
  ParseProblem,
  Range,
  Responsibility,
  RoleDefinition,
  RoleReference,
  Span,
} from '../model';
import { LineIndex } from '../text';
import { emptyCharter } from './empty';
import { CHARTER_KEYS, FRONT_MATTER_KEYS, RACI_KEYS, RESPONSIBILITY_KEYS, ROLE_KEYS, type KeySpec, type RaciKey } from './yaml-keys';
import { defineYamlRole, rewriteYamlResponsibility, type RaciSlot, type SlotReference } from './yaml-edit';

/** How many alias findings one document may produce; a hostile document could otherwise flood the list. */
const MAX_ALIAS_PROBLEMS = 20;

/** A string value and where its text stands (offsets in the whole file). */
interface TextValue {
  text: string;
  start: number;
  end: number;
  /** The value as written (quotes included), for edits that keep it. */
  source: string;
}

/** Reads one YAML text that starts at `base` in a file indexed by `index`. */
export class YamlReader {
  readonly problems: ParseProblem[] = [];
  readonly doc: Document.Parsed;
  /** What each alias stands for (undefined: no such anchor before it). */
  private readonly aliasTargets = new Map<YamlNode, YamlNode | undefined>();

  constructor(
    source: string,
    readonly base: number,
    readonly index: LineIndex,
  ) {
    const tooDeep = tooDeepAt(source);
    if (tooDeep !== undefined) {
      // The yaml package recurses once per level; near a thousand levels it overflows the stack, and a
      // later parse that nears the limit again can crash V8 outright (it compiles regular expressions
      // there). No charter is nested this deep, so such a text is reported and not parsed at all.
      this.doc = parseDocument('', { uniqueKeys: true, prettyErrors: false });
      this.problems.push({
        rule: 'syntax',
        severity: 'error',
        message: `This YAML is nested more than ${MAX_YAML_DEPTH} levels deep; a charter is never this deep, so it was not read.`,
        range: this.range(tooDeep, Math.min(tooDeep + 1, source.length)),
      });
      return;
    }
    this.doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
    for (const error of this.doc.errors) {
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
    // Without a `*` there is no alias to resolve; skipping the pass saves a walk of every node.
    if (source.includes('*')) this.collectAliases();
  }

  range(start: number, end: number): Range {
    return this.index.rangeAt(this.base + start, this.base + end);
  }

  /** [start, end] of a node's value, in the YAML text's own offsets. */
  bounds(node: YamlNode): [number, number] {
    const range = node.range;
    return range ? [range[0], range[1]] : [0, 0];
  }

  nodeRange(node: YamlNode): Range {
    const [start, end] = this.bounds(node);
    return this.range(start, end);
  }

  error(message: string, node: YamlNode | Range, rule: 'schema' | 'syntax' = 'schema'): void {
    const range = 'start' in node ? node : this.nodeRange(node);
    this.problems.push({ rule, severity: 'error', message, range });
  }

  /** One pass in document order: each alias points at the latest anchor of its name defined before it. */
  private collectAliases(): void {
    const anchors = new Map<string, YamlNode>();
    let reported = 0;
    const report = (message: string, node: YamlNode) => {
      if (reported++ < MAX_ALIAS_PROBLEMS) this.error(message, node, 'syntax');
    };
    visit(this.doc, {
      Node: (_key, node) => {
        if (isAlias(node)) {
          const target = anchors.get(node.source);
          this.aliasTargets.set(node, target);
          if (!target) report(`Unknown anchor '${node.source}'.`, node);
          else if (!isScalar(target)) report(`Alias '*${node.source}' stands for a list or mapping; a charter only allows aliases of single values.`, node);
          return;
        }
        if (node.anchor) anchors.set(node.anchor, node);
      },
    });
  }

  /** The node an alias stands for, when it is a scalar; the node itself otherwise. Never expands collections. */
  private deref(node: YamlNode): YamlNode | undefined {
    if (!isAlias(node)) return node;
    const target = this.aliasTargets.get(node);
    return target && isScalar(target) ? target : undefined;
  }

  /** An alias whose problem was already reported (of a collection, or of no anchor). */
  isReportedAlias(node: YamlNode): boolean {
    return isAlias(node) && !this.deref(node);
  }

  /** Null, `~` or nothing at all after the colon. */
  isEmpty(node: YamlNode | null | undefined): boolean {
    if (!node) return true;
    const value = this.deref(node);
    return isScalar(value) && value.value === null;
  }

  /** A text value; reports a wrong type. `node` may be an alias of a scalar (its range is the alias's). */
  text(node: YamlNode, what: string): TextValue | undefined {
    const value = this.deref(node);
    if (!value) return undefined; // an alias problem, already reported
    if (isScalar(value) && typeof value.value === 'string') {
      const [start, end] = this.bounds(node);
      const source = this.index.text.slice(this.base + start, this.base + end);
      if (isAlias(node) || value.type === 'PLAIN' || !value.type) return { text: value.value, start: this.base + start, end: this.base + end, source };
      // Quoted: point inside the quotes when the source reads as the value (no escapes), so a
      // replacement keeps the quotes.
      const inner = this.index.text.slice(this.base + start + 1, this.base + end - 1);
      if (inner === value.value && (value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE')) {
        return { text: value.value, start: this.base + start + 1, end: this.base + end - 1, source };
      }
      return { text: value.value, start: this.base + start, end: this.base + end, source };
    }
    this.error(`${what} should be text, not ${describe(value)}.`, node);
    return undefined;
  }

  /** A string or a list of strings; reports wrong types. Empty values give []. */
  texts(node: YamlNode | null | undefined, what: string): { values: TextValue[]; style: RaciSlot['style'] } {
    if (!node || this.isEmpty(node)) return { values: [], style: 'empty' };
    if (isSeq(node)) {
      const values: TextValue[] = [];
      for (const item of node.items) {
        if (!item || !isNodeLike(item)) continue;
        const value = this.text(item as YamlNode, `Each entry of ${what}`);
        if (value) values.push(value);
      }
      return { values, style: node.flow ? 'flow' : 'block' };
    }
    if (isMap(node)) {
      this.error(`${capitalize(what)} should be text or a list, not a mapping.`, node);
      return { values: [], style: 'invalid' };
    }
    const value = this.text(node, capitalize(what));
    return { values: value ? [value] : [], style: value ? 'scalar' : 'invalid' };
  }

  span(value: TextValue): Span {
    return { text: value.text, range: this.index.rangeAt(value.start, value.end) };
  }

  /**
   * The pairs of a mapping with their key text. Unknown keys are reported (with a did-you-mean and a
   * rename fix) unless `allowUnknown`; keys that are not plain text are reported.
   */
  pairs(map: YAMLMap, specs: readonly KeySpec[], allowUnknown = false): { key: string; keyNode: Scalar; pair: Pair; spec?: KeySpec }[] {
    const result: { key: string; keyNode: Scalar; pair: Pair; spec?: KeySpec }[] = [];
    for (const pair of map.items) {
      const keyNode = pair.key;
      // A missing key only comes with a syntax error, already reported.
      if (!isNodeLike(keyNode)) continue;
      if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
        const at = isNodeLike(keyNode) ? (keyNode as YamlNode) : map;
        this.error('Keys should be plain words.', at);
        continue;
      }
      const key = String(keyNode.value);
      const spec = specs.find((candidate) => candidate.key === key);
      if (!spec && !allowUnknown) this.unknownKey(key, keyNode, specs);
      result.push({ key, keyNode, pair, spec });
    }
    return result;
  }

  private unknownKey(key: string, keyNode: Scalar, specs: readonly KeySpec[]): void {
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
  colonAfter(keyNode: YamlNode): number {
    const keyEnd = this.base + this.bounds(keyNode)[1];
    const colon = this.index.text.indexOf(':', keyEnd);
    return colon < 0 ? keyEnd : colon + 1;
  }

  /** Offset (whole file) of the end of a node's last non-blank character. */
  contentEnd(node: YamlNode): number {
    const [start, end] = this.bounds(node);
    let offset = this.base + end;
    while (offset > this.base + start && /\s/.test(this.index.text[offset - 1])) offset--;
    return offset;
  }

  /** Reads team, mission and extends from a root mapping's pairs. */
  readHeader(pairs: ReturnType<YamlReader['pairs']>): { team?: Span; mission?: Span; extends: Span[] } {
    const header: { team?: Span; mission?: Span; extends: Span[] } = { extends: [] };
    for (const { key, keyNode, pair } of pairs) {
      const value = pair.value as YamlNode | null;
      if (key === 'team' || key === 'mission') {
        if (this.isEmpty(value)) {
          if (key === 'team') this.error("'team' should name the team.", keyNode);
          continue;
        }
        const text = this.text(value!, `'${key}'`);
        if (text) header[key] = this.span(text);
      } else if (key === 'extends') {
        header.extends = this.texts(value, "'extends'").values.map((text) => this.span(text));
      }
    }
    return header;
  }
}

/** Length of the key written at `start` (the parser reports only where a duplicate key begins). */
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

function keyLength(source: string, start: number): number {
  const match = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\r\n]*?)[ \t]*:(?:[ \t\r\n]|$)/.exec(source.slice(start, start + 1024));
  return match ? match[1].length : 1;
}

function isNodeLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describe(node: YamlNode): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
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
): { team?: Span; mission?: Span; extends: Span[]; problems: ParseProblem[] } {
  const reader = new YamlReader(yamlText, startOffset, index);
  const root = reader.doc.contents;
  if (!root || reader.isEmpty(root)) return { extends: [], problems: reader.problems };
  if (!isMap(root)) {
    reader.error('Front matter should be a mapping of keys (team, mission, extends).', root);
    return { extends: [], problems: reader.problems };
  }
  const header = reader.readHeader(reader.pairs(root, FRONT_MATTER_KEYS, true));
  return { ...header, problems: reader.problems };
}

export function parseYamlCharter(text: string): Charter {
  const index = new LineIndex(text);
  const reader = new YamlReader(text, 0, index);
  const charter = emptyCharter('yaml', text);
  charter.problems = reader.problems;
  const root = reader.doc.contents;
  let rolesPair: Pair | undefined;
  let responsibilitiesPair: Pair | undefined;

  if (!root || reader.isEmpty(root)) {
    reader.error("A charter needs at least 'team: <name>'.", index.rangeAt(0, 0));
  } else if (!isMap(root)) {
    reader.error(`A charter should be a mapping of keys (team, roles, responsibilities), not ${describeRoot(root)}.`, root);
  } else {
    const pairs = reader.pairs(root, CHARTER_KEYS);
    Object.assign(charter, reader.readHeader(pairs));
    if (!pairs.some((entry) => entry.key === 'team')) {
      reader.error("Missing 'team': a charter names its team ('team: <name>').", pairs[0] ? pairs[0].keyNode : index.rangeAt(0, 0));
    }
    for (const { key, keyNode, pair } of pairs) {
      const value = pair.value as YamlNode | null;
      if (key === 'roles') {
        rolesPair = pair;
        charter.hasRolesSection = true;
        charter.roles = readRoles(reader, value);
        charter.sections.push(section(reader, 'roles', keyNode, value));
      } else if (key === 'responsibilities') {
        responsibilitiesPair = pair;
        charter.responsibilities = readResponsibilities(reader, value);
        charter.sections.push(section(reader, 'responsibilities', keyNode, value));
      }
    }
  }
  const rootMap = root && isMap(root) ? root : undefined;
  charter.defineRole = (role) => defineYamlRole(reader, { root: rootMap, roles: rolesPair, responsibilities: responsibilitiesPair }, role);
  return charter;
}

function describeRoot(node: YamlNode): string {
  if (isSeq(node)) return 'a list';
  return 'a single value';
}

function section(reader: YamlReader, kind: 'roles' | 'responsibilities', keyNode: Scalar, value: YamlNode | null): CharterSection {
  const [keyStart, keyEnd] = reader.bounds(keyNode);
  const end = value && !reader.isEmpty(value) ? reader.contentEnd(value) : reader.base + keyEnd;
  return {
    kind,
    title: String(keyNode.value),
    titleRange: reader.range(keyStart, keyEnd),
    range: reader.index.rangeAt(reader.base + keyStart, end),
  };
}

function readRoles(reader: YamlReader, value: YamlNode | null): RoleDefinition[] {
  const roles: RoleDefinition[] = [];
  if (!value || reader.isEmpty(value)) return roles;
  if (!isMap(value)) {
    if (!reader.isReportedAlias(value)) reader.error("'roles' should be a mapping of role ids to definitions (pm:\\n  title: Product Manager).", value);
    return roles;
  }
  const index = reader.index;
  for (const { key: id, keyNode, pair } of reader.pairs(value, [], true)) {
    const idRange = reader.nodeRange(keyNode);
    const definition = pair.value as YamlNode | null;
    const lastLine = index.positionAt(definition && !reader.isEmpty(definition) ? reader.contentEnd(definition) : reader.base + reader.bounds(keyNode)[1]).line;
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
    if (!isMap(definition)) {
      if (!reader.isReportedAlias(definition)) reader.error(`Role '${id}' should be a mapping with at least a title ('title: <name>').`, definition);
      continue;
    }
    const pairs = reader.pairs(definition, ROLE_KEYS);
    if (!pairs.some((entry) => entry.key === 'title')) reader.error(`Role '${id}' has no title ('title: <name>').`, keyNode);
    for (const { key, keyNode: fieldKey, pair: field } of pairs) {
      const fieldValue = field.value as YamlNode | null;
      if (key === 'title') {
        if (reader.isEmpty(fieldValue)) {
          reader.error(`Role '${id}' has an empty title.`, fieldKey);
          continue;
        }
        const title = reader.text(fieldValue!, "'title'");
        if (title) {
          role.title = title.text;
          role.titleRange = index.rangeAt(title.start, title.end);
        }
      } else if (key === 'description') {
        if (reader.isEmpty(fieldValue)) continue;
        const description = reader.text(fieldValue!, "'description'");
        if (description) role.description = description.text;
      } else if (key === 'aliases') {
        role.aliases = reader.texts(fieldValue, "'aliases'").values.map((alias) => reader.span(alias));
      } else if (key === 'holder') {
        role.holders = reader.texts(fieldValue, "'holder'").values.map((holder) => holder.text);
      }
    }
  }
  return roles;
}

function readResponsibilities(reader: YamlReader, value: YamlNode | null): Responsibility[] {
  const responsibilities: Responsibility[] = [];
  if (!value || reader.isEmpty(value)) return responsibilities;
  if (!isSeq(value)) {
    if (!reader.isReportedAlias(value)) reader.error("'responsibilities' should be a list (each item starting with '- name: …').", value);
    return responsibilities;
  }
  for (const item of value.items) {
    if (!isNodeLike(item)) continue;
    const node = item as YamlNode;
    if (!isMap(node)) {
      if (!reader.isReportedAlias(node)) reader.error("Each responsibility should be a mapping with at least a name ('- name: …').", node);
      continue;
    }
    const responsibility = readResponsibility(reader, node);
    if (responsibility) responsibilities.push(responsibility);
  }
  return responsibilities;
}

function readResponsibility(reader: YamlReader, item: YAMLMap): Responsibility | undefined {
  const index = reader.index;
  const pairs = reader.pairs(item, RESPONSIBILITY_KEYS);
  let name: TextValue | undefined;
  let description: string | undefined;
  const slots: RaciSlot[] = [];
  for (const { key, keyNode, pair } of pairs) {
    const value = pair.value as YamlNode | null;
    if (key === 'name') {
      if (reader.isEmpty(value)) reader.error('A responsibility needs a name.', keyNode);
      else name = reader.text(value!, "'name'");
    } else if (key === 'description') {
      if (!reader.isEmpty(value)) description = reader.text(value!, "'description'")?.text;
    } else {
      const raci = RACI_KEYS.find((entry) => entry.key === key);
      if (!raci) continue;
      const { values, style } = reader.texts(value, `'${key}'`);
      const references: SlotReference[] = values
        .filter((entry) => entry.text.trim().length > 0)
        .map((entry) => ({ ...entry, range: index.rangeAt(entry.start, entry.end) }));
      slots.push({ key: key as RaciKey, letter: raci.letter, keyNode, value, style, references });
    }
  }
  if (!name) {
    if (!pairs.some((entry) => entry.key === 'name')) {
      reader.error("A responsibility needs a name ('name: …').", pairs[0] ? pairs[0].keyNode : item);
    }
    return undefined;
  }
  const references: RoleReference[] = [];
  const assignments: Assignment[] = [];
  // Source order: the keys as they are written, each key's references in order.
  for (const slot of slots) {
    for (const reference of slot.references) {
      const ref: RoleReference = { text: reference.text, range: reference.range };
      references.push(ref);
      assignments.push({ ref, letter: slot.letter, range: reference.range });
    }
  }
  const [start] = reader.bounds(item);
  return {
    name: name.text,
    nameRange: index.rangeAt(name.start, name.end),
    description,
    form: 'yaml',
    assignments,
    references,
    cells: [],
    range: index.rangeAt(reader.base + start, reader.contentEnd(item)),
    rewrite: (next) => rewriteYamlResponsibility(reader, item, slots, next),
  };
}
