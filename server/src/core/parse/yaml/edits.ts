// Text edits on YAML charters: rewriting a responsibility's RACI keys and adding a role definition.
// Edits replace only the values they change and keep the file's indentation and line breaks.
import { stringify } from 'yaml';
import type { Involvement, RaciLetter, Range, TextEdit } from '../../model';
import { normalizeReference } from '../../normalize';
import { RACI_KEYS, type RaciKey } from './keys';
import type { KeyedPair, YamlReader } from './values';
import type { YMap, YNode, YScalar } from './tree';

export interface SlotReference {
  text: string;
  range: Range;
  /** Offsets of the value's text in the whole file. */
  start: number;
  end: number;
  /** The node written there; its text (quotes included) is reused when the reference is kept. */
  node?: YNode;
  /** An entry of an aliased list: its range is the alias. */
  viaAlias?: boolean;
}

/** One RACI key of a responsibility as written. */
export interface RaciSlot {
  key: RaciKey;
  letter: RaciLetter;
  keyNode: YScalar;
  value: YNode | null;
  /** `alias`: an alias of a shared list, replaced by an explicit list when the slot changes. */
  style: 'empty' | 'scalar' | 'flow' | 'block' | 'alias' | 'invalid';
  references: SlotReference[];
}

const FLOW_OPTIONS = { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 } as const;

/** A string as a YAML value in block context, quoted only when needed. */
export function formatScalar(text: string): string {
  const written = stringify(text, { lineWidth: 0 }).trimEnd();
  return written.includes('\n') ? JSON.stringify(text) : written;
}

/** A string as an entry of a flow sequence (where commas and brackets need quotes too). */
function formatFlowItem(text: string): string {
  const written = stringify([text], FLOW_OPTIONS).trim();
  return written.includes('\n') ? JSON.stringify(text) : written.slice(1, -1);
}

interface Entry {
  text: string;
  /** Source of a kept reference; undefined for a new one. */
  source?: string;
}

function formatValue(entries: Entry[]): string {
  if (entries.length === 0) return '[]';
  if (entries.length === 1) return entries[0].source ?? formatScalar(entries[0].text);
  return `[${entries.map((entry) => entry.source ?? formatFlowItem(entry.text)).join(', ')}]`;
}

export function rewriteYamlResponsibility(reader: YamlReader, item: YMap, slots: RaciSlot[], next: Involvement[]): TextEdit[] {
  const wanted = new Map<string, { ref: string; letters: Set<RaciLetter> }>();
  for (const involvement of next) {
    const key = normalizeReference(involvement.ref);
    const entry = wanted.get(key) ?? { ref: involvement.ref, letters: new Set<RaciLetter>() };
    for (const letter of involvement.letters) entry.letters.add(letter);
    wanted.set(key, entry);
  }
  const edits: TextEdit[] = [];
  const missingKeys: string[] = [];
  for (const { key, letter } of RACI_KEYS) {
    const slot = slots.find((candidate) => candidate.key === key);
    const current = slot?.references ?? [];
    const kept = current.filter((reference) => {
      const role = wanted.get(normalizeReference(reference.text));
      return !role || role.letters.has(letter);
    });
    const added = [...wanted.entries()]
      .filter(([normalized, role]) => role.letters.has(letter) && !current.some((reference) => normalizeReference(reference.text) === normalized))
      .map(([, role]) => role.ref);
    if (kept.length === current.length && added.length === 0) continue;
    const entries: Entry[] = [...kept.map((reference) => entryOf(reader, reference)), ...added.map((text) => ({ text }))];
    if (!slot) missingKeys.push(`${key}: ${formatValue(entries)}`);
    else edits.push(rewriteSlot(reader, slot, kept, added));
  }
  if (missingKeys.length > 0) edits.push(insertKeys(reader, item, missingKeys));
  return edits;
}

/** A kept reference, written as it was (an entry of an aliased list is written anew from its text). */
function entryOf(reader: YamlReader, reference: SlotReference): Entry {
  return { text: reference.text, source: reference.node ? reader.source.slice(reference.node.start, reference.node.end) : undefined };
}

function rewriteSlot(reader: YamlReader, slot: RaciSlot, kept: SlotReference[], added: string[]): TextEdit {
  const index = reader.index;
  const entries: Entry[] = [...kept.map((reference) => entryOf(reader, reference)), ...added.map((text) => ({ text }))];
  const value = slot.value;
  if (slot.style === 'block' && value && value.kind === 'seq') {
    const block = rewriteBlockSequence(reader, slot, kept, added);
    if (block) return block;
  }
  if (!value || slot.style === 'empty') {
    // `informed:` with nothing (or only a comment) after the colon.
    const colon = reader.colonAfter(slot.keyNode);
    return { range: index.rangeAt(colon, colon), newText: ` ${formatValue(entries)}` };
  }
  if (slot.style === 'block') {
    const colon = reader.colonAfter(slot.keyNode);
    return { range: index.rangeAt(colon, reader.contentEnd(value)), newText: ` ${formatValue(entries)}` };
  }
  // A scalar, a flow list, or an alias (replaced for this responsibility only; the anchor stays).
  return { range: reader.range(value.start, value.end), newText: formatValue(entries) };
}

/**
 * Keeps a block sequence in block style: kept items keep their lines as written (comments included),
 * removed items lose their lines, new items follow the last one. Undefined when the items do not sit one
 * per line (then the caller writes a flow sequence instead).
 */
function rewriteBlockSequence(reader: YamlReader, slot: RaciSlot, kept: SlotReference[], added: string[]): TextEdit | undefined {
  const index = reader.index;
  const seq = slot.value;
  if (!seq || seq.kind !== 'seq' || seq.items.length === 0) return undefined;
  const itemLines: number[] = [];
  for (const item of seq.items) {
    if (!item) return undefined;
    const first = index.positionAt(reader.base + item.start).line;
    const last = index.positionAt(reader.contentEnd(item)).line;
    if (first !== last || itemLines.includes(first)) return undefined;
    itemLines.push(first);
  }
  const firstLine = itemLines[0];
  const lastLine = itemLines[itemLines.length - 1];
  const lines: string[] = [];
  for (let line = firstLine; line <= lastLine; line++) {
    const isItem = itemLines.includes(line);
    const reference = slot.references.find((candidate) => candidate.range.start.line === line);
    if (isItem && reference && !kept.includes(reference)) continue;
    lines.push(index.lineText(line));
  }
  const firstText = index.lineText(firstLine);
  const indent = firstText.slice(0, firstText.indexOf('-'));
  for (const text of added) lines.push(`${indent}- ${formatScalar(text)}`);
  const lineEnd = index.lineEnd(lastLine);
  if (lines.length === 0) {
    return { range: index.rangeAt(reader.colonAfter(slot.keyNode), lineEnd), newText: ' []' };
  }
  return { range: index.rangeAt(index.lineStarts[firstLine], lineEnd), newText: lines.join(index.eol) };
}

/** New `key: value` lines after the item's last line, indented like its other keys. */
function insertKeys(reader: YamlReader, item: YMap, lines: string[]): TextEdit {
  const index = reader.index;
  if (item.flow) {
    const end = reader.contentEnd(item) - 1; // before the closing brace
    return { range: index.rangeAt(end, end), newText: lines.map((line) => `, ${line}`).join('') };
  }
  const firstKey = item.items[0]?.key;
  const column = firstKey ? index.positionAt(reader.base + firstKey.start).character : 0;
  const indent = ' '.repeat(column);
  const lastLine = index.positionAt(reader.contentEnd(item)).line;
  const at = index.lineEnd(lastLine);
  return { range: index.rangeAt(at, at), newText: lines.map((line) => `${index.eol}${indent}${line}`).join('') };
}

interface CharterKeys {
  root?: YMap;
  roles?: KeyedPair;
  responsibilities?: KeyedPair;
}

export function defineYamlRole(
  reader: YamlReader,
  keys: CharterKeys,
  role: { id: string; title: string; description?: string },
): TextEdit | undefined {
  const index = reader.index;
  const eol = index.eol;
  // Columns of indentation: on line 0 a byte order mark is not one.
  const column = (node: YNode) => {
    const offset = reader.base + node.start;
    return offset - Math.max(index.lineStarts[index.positionAt(offset).line], index.contentStart);
  };
  const entryLines = (entryIndent: string, innerIndent: string): string[] => {
    const lines = [`${entryIndent}${formatScalar(role.id)}:`, `${entryIndent}${innerIndent}title: ${formatScalar(role.title)}`];
    if (role.description) lines.push(`${entryIndent}${innerIndent}description: ${formatScalar(role.description)}`);
    return lines;
  };

  if (keys.roles) {
    const rolesKey = keys.roles.keyNode;
    const value = keys.roles.value;
    if (value && value.kind === 'map' && !value.flow && value.items.length > 0 && value.items.every((pair) => pair.key)) {
      const firstEntry = value.items[0];
      const entryColumn = column(firstEntry.key!);
      const firstPair = value.items.find((pair) => pair.value?.kind === 'map' && !pair.value.flow && pair.value.items.length > 0 && pair.value.items[0].key);
      const firstDefinition = firstPair?.value as YMap | undefined;
      const inner = firstPair && firstDefinition ? column(firstDefinition.items[0].key!) - column(firstPair.key!) : 2;
      const lines = entryLines(' '.repeat(entryColumn), ' '.repeat(inner > 0 ? inner : 2));
      const at = index.lineEnd(index.positionAt(reader.contentEnd(value)).line);
      return { range: index.rangeAt(at, at), newText: lines.map((line) => eol + line).join('') };
    }
    const lines = entryLines(' '.repeat(column(rolesKey) + 2), '  ');
    if (!value || reader.isEmpty(value)) {
      const at = index.lineEnd(index.positionAt(reader.colonAfter(rolesKey)).line);
      return { range: index.rangeAt(at, at), newText: lines.map((line) => eol + line).join('') };
    }
    if (value.kind === 'map' && value.items.length === 0) {
      // `roles: {}` becomes a block mapping.
      return { range: index.rangeAt(reader.colonAfter(rolesKey), reader.contentEnd(value)), newText: lines.map((line) => eol + line).join('') };
    }
    return undefined;
  }

  if (reader.root && !keys.root && !reader.isEmpty(reader.root)) return undefined;
  const firstRootKey = keys.root?.items[0]?.key;
  const rootColumn = firstRootKey ? column(firstRootKey) : 0;
  const rootIndent = ' '.repeat(rootColumn);
  const block = [`${rootIndent}roles:`, ...entryLines(`${rootIndent}  `, '  ')];
  if (keys.responsibilities) {
    const line = index.positionAt(reader.base + keys.responsibilities.keyNode.start).line;
    const at = index.lineStarts[line];
    return { range: index.rangeAt(at, at), newText: block.map((text) => text + eol).join('') };
  }
  const end = index.text.length;
  const needsBreak = end > 0 && !/[\r\n]$/.test(index.text);
  return { range: index.rangeAt(end, end), newText: (needsBreak ? eol : '') + block.map((text) => text + eol).join('') };
}
