// The documents of a multi-document YAML text (a Backstage catalog, a set of Kubernetes manifests), each
// as a tree, so that reader.ts can tell whether any of them is a charter before one is read as such.
import { parseAllDocuments } from 'yaml';
import { loneCrAsLf } from '../../lines';
import { PARSE_OPTIONS, tooDeepAt } from './syntax';
import { fromYamlDocument, type YNode } from './tree';

/** The root of each document of `text`, in order; none for a text too deep to parse (syntax.ts). */
export function documentRoots(text: string): (YNode | null)[] {
  // Offsets do not matter here (only shapes are judged): a byte order mark is dropped, not counted.
  const source = loneCrAsLf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (tooDeepAt(source) !== undefined) return [];
  const docs = parseAllDocuments(source, PARSE_OPTIONS);
  if (!Array.isArray(docs)) return [];
  // Aliases are not expanded (tree.ts), and none is reported: these trees are only looked at.
  return docs.map((doc) => fromYamlDocument(doc, source, () => undefined));
}
