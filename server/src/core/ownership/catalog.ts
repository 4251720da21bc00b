// Backstage catalog files (`catalog-info.yaml`): every document of the file (they are often several,
// separated by `---`), of the kinds a charter's responsibility can cover: Component, API, System and
// Resource. Entity references are compared as Backstage compares them: `[kind:][namespace/]name`, case
// not counting, the namespace `default` when none is written. Pure: the caller reads the files.
import { parseAllDocuments, isMap, isScalar, type Node } from 'yaml';
import type { Range } from '../model';
import { LineIndex } from '../text';

export const COVERED_KINDS = ['component', 'api', 'system', 'resource'] as const;

export interface CatalogEntity {
  /** Lower case: `component`, `api`, `system`, `resource`. */
  kind: string;
  /** As written (`API`, `Component`). */
  kindText: string;
  namespace: string;
  name: string;
  nameRange: Range;
  /** `spec.owner` as written, and where; undefined when the entity names no owner. */
  owner?: { text: string; range: Range };
  /** Absolute path of its catalog file. */
  path: string;
}

/** The entities of one catalog file that a charter can cover; documents of other kinds, or broken ones, are skipped. */
export function parseCatalog(text: string, path: string): CatalogEntity[] {
  const index = new LineIndex(text);
  const entities: CatalogEntity[] = [];
  let documents;
  try {
    documents = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  } catch {
    return entities;
  }
  // A file that is not YAML at all comes back as one empty result rather than a list.
  if (!Array.isArray(documents)) return entities;
  for (const document of documents) {
    if (document.errors.length > 0) continue;
    const root = document.contents;
    if (!isMap(root)) continue;
    const kindText = scalarText(root.get('kind', true) as Node | undefined);
    const kind = kindText?.toLowerCase();
    if (!kindText || !kind || !(COVERED_KINDS as readonly string[]).includes(kind)) continue;
    const metadata = root.get('metadata', true);
    if (!isMap(metadata)) continue;
    const nameNode = metadata.get('name', true) as Node | undefined;
    const name = scalarText(nameNode);
    if (!name) continue;
    const namespace = scalarText(metadata.get('namespace', true) as Node | undefined) ?? 'default';
    const spec = root.get('spec', true);
    const ownerNode = isMap(spec) ? (spec.get('owner', true) as Node | undefined) : undefined;
    const owner = scalarText(ownerNode);
    entities.push({
      kind,
      kindText,
      namespace,
      name,
      nameRange: rangeOf(index, nameNode!),
      ...(owner && ownerNode ? { owner: { text: owner, range: rangeOf(index, ownerNode) } } : {}),
      path,
    });
  }
  return entities;
}

function scalarText(node: Node | undefined | null): string | undefined {
  if (!node || !isScalar(node)) return undefined;
  const value = node.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

function rangeOf(index: LineIndex, node: Node): Range {
  const [start, end] = node.range ?? [0, 0];
  return index.rangeAt(start, end);
}

export interface EntityRef {
  /** Lower case, undefined when not written. */
  kind?: string;
  namespace: string;
  name: string;
}

/** `[kind:][namespace/]name`, lower case; `defaultKind` when no kind is written (undefined: any). */
export function parseEntityRef(text: string, defaultKind?: string): EntityRef {
  const trimmed = text.trim().toLowerCase();
  const colon = trimmed.indexOf(':');
  const kind = colon > 0 ? trimmed.slice(0, colon) : defaultKind;
  const rest = colon > 0 ? trimmed.slice(colon + 1) : trimmed;
  const slash = rest.indexOf('/');
  return slash > 0 ? { kind, namespace: rest.slice(0, slash), name: rest.slice(slash + 1) } : { kind, namespace: 'default', name: rest };
}

/** Whether two owner references name the same entity (`checkout`, `group:checkout`, `group:default/checkout`). */
export function sameEntity(a: string, b: string): boolean {
  const left = parseEntityRef(a, 'group');
  const right = parseEntityRef(b, 'group');
  return left.kind === right.kind && left.namespace === right.namespace && left.name === right.name;
}

/** The entities a covered component reference names: by name and namespace, of its kind when it writes one. */
export function entitiesNamed(entities: readonly CatalogEntity[], reference: string): CatalogEntity[] {
  const ref = parseEntityRef(reference);
  return entities.filter((entity) => entity.name.toLowerCase() === ref.name && entity.namespace.toLowerCase() === ref.namespace && (!ref.kind || ref.kind === entity.kind));
}
