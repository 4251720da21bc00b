// The `responsibilities` list of a YAML charter: each item's name, description and RACI keys.
import type { Assignment, Covers, Responsibility, RoleReference } from '../../model';
import { COVERS_KEYS, RACI_KEYS, RESPONSIBILITY_KEYS, type RaciKey } from './keys';
import { rewriteYamlResponsibility, type RaciSlot, type SlotReference } from './edits';
import type { YMap, YNode, YScalar } from './tree';
import type { TextValue, YamlReader } from './values';

/**
 * Where each responsibility came from, for reading one entry again (entries.ts): the index of the item
 * each was read from, and for each item the number of problems reported before it (then the number after
 * the last).
 */
export interface ListTrace {
  itemOf: number[];
  problemsAt: number[];
}

export function readResponsibilities(reader: YamlReader, value: YNode | null, trace?: ListTrace): Responsibility[] {
  const responsibilities: Responsibility[] = [];
  if (!value || reader.isEmpty(value)) return responsibilities;
  if (value.kind !== 'seq') {
    if (!reader.isReportedAlias(value)) reader.error("'responsibilities' should be a list (each item starting with '- name: …').", value);
    return responsibilities;
  }
  value.items.forEach((node, item) => {
    trace?.problemsAt.push(reader.problems.length);
    if (!node) return;
    if (node.kind !== 'map') {
      if (!reader.isReportedAlias(node)) reader.error("Each responsibility should be a mapping with at least a name ('- name: …').", node);
      return;
    }
    const responsibility = readResponsibility(reader, node);
    if (!responsibility) return;
    responsibilities.push(responsibility);
    trace?.itemOf.push(item);
  });
  trace?.problemsAt.push(reader.problems.length);
  return responsibilities;
}

function readResponsibility(reader: YamlReader, item: YMap): Responsibility | undefined {
  const index = reader.index;
  let name: TextValue | undefined;
  let hasName = false;
  let firstKey: YScalar | undefined;
  let description: string | undefined;
  let covers: Covers | undefined;
  const slots: RaciSlot[] = [];
  // The pairs read in place (not through `pairs`): this runs for every responsibility, and the
  // intermediate objects showed in the garbage collector's share at 10,000. Keys are checked first, as
  // `pairs` does, so that problems keep their order.
  const keys = item.items.map((pair) => reader.keyOf(pair, RESPONSIBILITY_KEYS, false, item));
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
    } else if (key === 'covers') {
      covers = readCovers(reader, value);
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
    ...(covers ? { covers } : {}),
    // The slots are read again when a fix asks (rarely): kept, they were a quarter of what a large
    // charter holds on to, and the garbage collector copies all of it.
    rewrite: (next) => rewriteYamlResponsibility(reader, item, reader.quietly(() => raciSlots(reader, item)), next),
  };
}

/** `covers: { paths: [...], components: [...] }`; undefined when it names nothing. */
function readCovers(reader: YamlReader, value: YNode | null): Covers | undefined {
  if (!value || reader.isEmpty(value)) return undefined;
  const map = reader.deref(value);
  if (map?.kind !== 'map') {
    if (!reader.isReportedAlias(value)) reader.error("'covers' should be a mapping of paths and components ('covers: { paths: [services/payments/] }').", value);
    return undefined;
  }
  const covers: Covers = { paths: [], components: [] };
  for (const pair of reader.pairs(map, COVERS_KEYS)) {
    if (pair.key !== 'paths' && pair.key !== 'components') continue;
    for (const entry of reader.texts(pair.value, pair.key).values) if (entry.text.trim()) covers[pair.key].push(reader.span(entry));
  }
  return covers.paths.length + covers.components.length > 0 ? covers : undefined;
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
