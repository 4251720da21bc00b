// The YAML tree the charter model is built from. Two readers produce it: the fast reader for the plain
// subset charters are written in (plain/reader.ts) and the `yaml` package for everything else
// (converted here). One builder (reader.ts) and one editor (edits.ts) work on it, so both paths give the
// same model by construction as long as they give the same tree (test/parse/yaml-fast.test.ts checks).
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';

/** Offsets are in the YAML text itself (the reader adds where that text starts in the file). */
interface Located {
  start: number;
  /**
   * End of the node's content: a scalar's text (quotes included), a flow collection's closing bracket,
   * and for a block collection the end of its last item's content, so trailing comments and blank lines
   * never belong to it.
   */
  end: number;
}

export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_FOLDED' | 'BLOCK_LITERAL';

export interface YScalar extends Located {
  kind: 'scalar';
  /** As the YAML 1.2 core schema resolves it: string, null, number, boolean (other tags: anything). */
  value: unknown;
  style: ScalarStyle;
}

export interface YPair {
  key: YNode | null;
  value: YNode | null;
}

export interface YMap extends Located {
  kind: 'map';
  flow: boolean;
  items: YPair[];
}

export interface YSeq extends Located {
  kind: 'seq';
  flow: boolean;
  items: (YNode | null)[];
}

export interface YAlias extends Located {
  kind: 'alias';
  name: string;
  /** The node of the latest anchor of that name before the alias; undefined when there is none. */
  target: YNode | undefined;
}

export type YNode = YScalar | YMap | YSeq | YAlias;

/** An anchored node an alias may stand for in a charter: a scalar, or a flat list of scalars. */
export function isShareable(node: YNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'scalar') return true;
  return node.kind === 'seq' && node.items.every((item) => item !== null && item.kind === 'scalar');
}

/** Where an alias stands: as the whole value of a key, or as an entry of a list. */
export type AliasPlace = 'value' | 'entry' | 'key';

/**
 * Converts the `yaml` package's document to the tree. Never expands an alias: each alias points at its
 * anchored node, so a "billion laughs" document costs its own length. `onAlias` sees every alias with
 * where it stands (for the alias checks).
 */
export function fromYamlDocument(doc: Document.Parsed, source: string, onAlias: (alias: YAlias, place: AliasPlace) => void): YNode | null {
  const anchors = new Map<string, YNode>();
  const contentEnd = (start: number, end: number) => {
    while (end > start && isBlank(source.charCodeAt(end - 1))) end--;
    return end;
  };
  const convert = (node: unknown, place: AliasPlace): YNode | null => {
    if (!node || typeof node !== 'object') return null;
    const yamlNode = node as YamlNode;
    const range = yamlNode.range ?? [0, 0, 0];
    if (isAlias(yamlNode)) {
      const alias: YAlias = { kind: 'alias', start: range[0], end: range[1], name: yamlNode.source, target: anchors.get(yamlNode.source) };
      onAlias(alias, place);
      return alias;
    }
    let result: YNode;
    if (isScalar(yamlNode)) {
      result = { kind: 'scalar', start: range[0], end: range[1], value: yamlNode.value, style: (yamlNode.type ?? 'PLAIN') as ScalarStyle };
      if (yamlNode.anchor) anchors.set(yamlNode.anchor, result);
      return result;
    }
    if (isMap(yamlNode)) {
      const map: YMap = { kind: 'map', start: range[0], end: range[1], flow: !!yamlNode.flow, items: [] };
      if (yamlNode.anchor) anchors.set(yamlNode.anchor, map);
      for (const pair of yamlNode.items) {
        if (!isPair(pair)) continue;
        map.items.push({ key: convert(pair.key, 'key'), value: convert(pair.value, 'value') });
      }
      if (!map.flow) {
        const last = map.items[map.items.length - 1];
        const lastNode = last ? (last.value ?? last.key) : null;
        if (lastNode) map.end = contentEnd(map.start, lastNode.end);
      }
      return map;
    }
    if (isSeq(yamlNode)) {
      const seq: YSeq = { kind: 'seq', start: range[0], end: range[1], flow: !!yamlNode.flow, items: [] };
      if (yamlNode.anchor) anchors.set(yamlNode.anchor, seq);
      for (const item of yamlNode.items) seq.items.push(convert(item, 'entry'));
      if (!seq.flow) {
        const last = seq.items[seq.items.length - 1];
        if (last) seq.end = contentEnd(seq.start, last.end);
      }
      return seq;
    }
    return null;
  };
  return convert(doc.contents, 'value');
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Moves every offset of a tree `by` characters on (each node once: aliases are not followed). */
export function moveNodes(root: YNode | null, by: number): void {
  const moved = new Set<YNode>();
  const move = (node: YNode | null) => {
    if (!node || moved.has(node)) return;
    moved.add(node);
    node.start += by;
    node.end += by;
    if (node.kind === 'map') {
      for (const pair of node.items) {
        move(pair.key);
        move(pair.value);
      }
    } else if (node.kind === 'seq') {
      for (const item of node.items) move(item);
    }
  };
  move(root);
}
