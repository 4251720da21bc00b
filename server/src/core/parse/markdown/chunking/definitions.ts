// Link reference definitions across chunks: `[x]: /url` makes `[x]` anywhere in the text a link. A text
// holding `]:` is parsed in chunks, the labels of the definitions found are collected, and the chunks
// that hold a `[` are parsed again with those labels defined.
//
// micromark makes `[x]` a link when its parser's list of defined labels holds `X`, filled as it reads
// `[x]: /url` anywhere in the text and read only once the whole text is tokenized. A chunk parsed on its
// own has only its own definitions, so definitionsExtension adds the other chunks' ones: a construct
// tried first at every `[` and `!` (before any label can end) that puts them into the parser's list once,
// and then never matches.
import type { Nodes, Root } from 'mdast';

/** A label as micromark keeps it in its list of defined labels (micromark-util-normalize-identifier). */
export function definitionLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

/** Adds the labels of every link reference definition in a tree (in lists and quotes too) to `labels`. */
export function collectDefinitions(node: Nodes, labels: Set<string>): Set<string> {
  if (node.type === 'definition') labels.add(definitionLabel(node.label ?? node.identifier));
  else if ('children' in node) for (const child of node.children) collectDefinitions(child, labels);
  return labels;
}

/** The labels of every link reference definition in a tree, sorted, once each. */
export function definitionLabels(tree: Root): string[] {
  return [...collectDefinitions(tree, new Set())].sort();
}

/** The part of micromark's tokenizer context the construct uses. */
interface TokenizeContext {
  parser: { defined: string[] };
}

/**
 * A micromark extension (for a processor's micromarkExtensions) that takes the labels `defined` as
 * defined in every text the processor parses. `add: 'before'` is micromark's default.
 */
export function definitionsExtension(defined: readonly string[]): object {
  /** The parser the labels were last added to: each parse makes its own. */
  let given: object | undefined;
  const addDefinitions = {
    name: 'teamCharterChunkDefinitions',
    tokenize(this: TokenizeContext, _effects: unknown, _ok: unknown, nok: (code: number | null) => unknown) {
      if (given !== this.parser) {
        given = this.parser;
        this.parser.defined.push(...defined);
      }
      return nok;
    },
  };
  return { text: { 33: addDefinitions, 91: addDefinitions } };
}
