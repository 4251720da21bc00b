// Text to tree: the fast reader when the text is in the plain subset charters use (plain/), otherwise
// the `yaml` package, its errors worded for a charter's author. Aliases are never expanded: an alias of
// a single value or of a flat list of values is read in place (its references land on the alias), any
// other alias is reported, so hostile input such as a "billion laughs" document costs no more than its
// own length.
import { parseAllDocuments, parseDocument, type Document } from 'yaml';
import { fromYamlDocument, isShareable, moveNodes, type AliasPlace, type YAlias, type YNode } from './tree';
import { readPlainYaml } from './plain/reader';
import { clip, MAX_QUOTE_LENGTH } from '../../quote';
import { loneCrAsLf } from '../../lines';

/** How many alias findings one document may produce; a hostile document could otherwise flood the list. */
const MAX_ALIAS_PROBLEMS = 20;

/** Which reader produced the tree: the fast reader of the plain subset, or the `yaml` package. */
export type YamlPath = 'fast' | 'yaml';

export interface YamlReadOptions {
  /** false: always use the `yaml` package (the differential test compares the two). */
  fast?: boolean;
  /**
   * Which document of a multi-document text to read (0 when absent): a charter that follows other
   * documents (reader.ts decides which). Read by the `yaml` package, as every multi-document text is.
   */
  document?: number;
}

/** A syntax problem, at offsets in the YAML text. */
export interface SyntaxProblem {
  message: string;
  start: number;
  end: number;
  /** The parser lost its way here: what follows is not read as written (see firstFatal). */
  fatal?: boolean;
}

export interface YamlTree {
  root: YNode | null;
  path: YamlPath;
  problems: SyntaxProblem[];
  /** Aliases that may be read in place (of a scalar; of a flat list, as a whole value). */
  accepted: Set<YAlias>;
  /** Another document follows the one read (its "---" is reported). */
  moreDocuments: boolean;
}

export function readYamlTree(text: string, options: YamlReadOptions = {}): YamlTree {
  if (text.charCodeAt(0) === 0xfeff) {
    // A leading byte order mark is not content, but `yaml` counts the spaces after one as indentation
    // ('\ufeff  a: 1' is not read as '  a: 1'): the rest is read alone and its offsets moved one on.
    const tree = readYamlTree(text.slice(1), options);
    moveNodes(tree.root, 1);
    for (const problem of tree.problems) {
      problem.start++;
      problem.end++;
    }
    return tree;
  }
  // YAML counts a lone \r as a line break, as LSP does; the `yaml` package and the fast reader know only
  // \n and \r\n. Written as \n, a CR-only file reads as its LF twin at the same offsets.
  const source = loneCrAsLf(text);
  const problems: SyntaxProblem[] = [];
  const accepted = new Set<YAlias>();
  const document = options.document ?? 0;
  if (options.fast !== false && document === 0) {
    // The fast reader has its own depth limit, far below MAX_YAML_DEPTH.
    const fast = readPlainYaml(source);
    if (fast) return { root: fast.root, path: 'fast', problems, accepted, moreDocuments: false };
  }
  const tooDeep = tooDeepAt(source);
  if (tooDeep !== undefined) {
    // The yaml package recurses once per level; near a thousand levels it overflows the stack, and a
    // later parse that nears the limit again can crash V8 outright (it compiles regular expressions
    // there). No charter is nested this deep, so such a text is reported and not parsed at all.
    problems.push({
      message: `This YAML is nested more than ${MAX_YAML_DEPTH} levels deep; a charter is never this deep, so it was not read.`,
      start: tooDeep,
      end: Math.min(tooDeep + 1, source.length),
      fatal: true,
    });
    return { root: null, path: 'yaml', problems, accepted, moreDocuments: false };
  }
  if (document > 0) return readLaterDocument(source, document);
  const doc = parseDocument(source, PARSE_OPTIONS);
  return treeOf(doc, source);
}

export const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false } as const;

/**
 * Document `document` of a stream, read as the first one is; a document after it is reported as the
 * second one is when the charter comes first.
 */
function readLaterDocument(source: string, document: number): YamlTree {
  const docs = parseAllDocuments(source, PARSE_OPTIONS);
  // parseAllDocuments gives an empty stream for a text without documents (not asked for here).
  const all = Array.isArray(docs) ? docs : [];
  const doc = all[document];
  if (!doc) return { root: null, path: 'yaml', problems: [], accepted: new Set(), moreDocuments: false };
  const tree = treeOf(doc, source);
  const next = all[document + 1];
  // After a syntax error that stops the reading, the next document is not mentioned (as for the first).
  if (next && !tree.problems.some((problem) => problem.fatal)) {
    const start = next.range[0];
    const lineEnd = source.slice(start).search(/\r?\n|$/);
    const end = source.startsWith('---', start) ? start + 3 : start + lineEnd;
    tree.problems.push({
      message: 'A charter is a single YAML document: this "---" starts another after it, which is not checked. Move its content into the charter or into a file of its own.',
      start,
      end,
    });
    tree.moreDocuments = true;
  }
  return tree;
}

/** A parsed document as a tree, with its errors worded for a charter's author. */
function treeOf(doc: Document.Parsed, source: string): YamlTree {
  const problems: SyntaxProblem[] = [];
  const accepted = new Set<YAlias>();
  let moreDocuments = false;
  for (const error of doc.errors) {
    let [start, end] = error.pos;
    if (error.code === 'DUPLICATE_KEY') {
      // After a key with no value, yaml puts the error on the line break before the duplicate key;
      // move to the key itself so the message names it and the range is on it.
      while (start < source.length && /[ \t\r\n]/.test(source[start])) start++;
      end = start + keyLength(source, start);
    }
    // yaml's own wording names its API; a user needs to know the rest of the file is not read.
    if (error.code === 'MULTIPLE_DOCS') moreDocuments = true;
    if (error.code === 'MULTIPLE_DOCS' && source.startsWith('---', start)) end = start + 3;
    const message =
      error.code === 'DUPLICATE_KEY'
        ? `Duplicate key '${clip(source.slice(start, end))}'.`
        : error.code === 'TAB_AS_INDENT'
          ? 'Tabs are not allowed as indentation in YAML; indent with spaces.'
          : error.code === 'MULTIPLE_DOCS'
            ? 'A charter is a single YAML document: this second "---" starts another, which is not checked. Move its content into the first document or into a file of its own.'
            : clipQuotes(error.message).replace(/\.?$/, '.');
    problems.push({ message, start, end, fatal: !LOCAL_ERRORS.has(error.code) });
  }
  let reported = 0;
  const root = fromYamlDocument(doc, source, (alias, place) => {
    const problem = aliasProblem(alias, place);
    if (!problem) accepted.add(alias);
    else if (reported++ < MAX_ALIAS_PROBLEMS) problems.push({ message: problem, start: alias.start, end: alias.end });
  });
  return { root, path: 'yaml', problems: firstFatal(source, problems), accepted, moreDocuments };
}

/**
 * The `yaml` package's errors that leave the rest of the document read as written: a key twice, a
 * second document, a bad escape or tag, a misplaced anchor. Every other error (an unexpected token, a
 * bad indent, a missing bracket or quote, a tab) means the parser lost its way, and from there on it
 * reports nearly every token: one leading space before `team:` gave 179 errors, one per token of the
 * file, none of them the mistake.
 */
const LOCAL_ERRORS: ReadonlySet<string> = new Set([
  'ALIAS_PROPS',
  'BAD_ALIAS',
  'BAD_COLLECTION_TYPE',
  'BAD_DQ_ESCAPE',
  'BAD_PROP_ORDER',
  'DUPLICATE_KEY',
  'KEY_OVER_1024_CHARS',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_DOCS',
  'MULTIPLE_TAGS',
  'NON_STRING_KEY',
  'TAG_RESOLVE_FAILED',
]);

/**
 * As ESLint stops at a parse error: the problems before the first place the parser lost its way, and
 * that one, worded for the usual mistake when it is an indented first line. Whatever the parser says
 * after it is about text it no longer reads as written.
 */
function firstFatal(source: string, problems: SyntaxProblem[]): SyntaxProblem[] {
  let fatal: SyntaxProblem | undefined;
  for (const problem of problems) if (problem.fatal && (!fatal || problem.start < fatal.start)) fatal = problem;
  if (!fatal) return problems;
  const first = fatal;
  const kept = problems.filter((problem) => problem.start < first.start).sort((a, b) => a.start - b.start);
  kept.push({ ...first, message: indentedFirstLine(source, first.start) ?? first.message });
  return kept;
}

/**
 * The message for an error at the start of a line indented less than the document's first line (a
 * space typed before `team:`): the parser read the whole document as a mapping in the first line's
 * column, so it cannot go on at this line. Undefined when that is not the case.
 */
function indentedFirstLine(source: string, at: number): string | undefined {
  const lineStart = Math.max(source.lastIndexOf('\n', at - 1), source.lastIndexOf('\r', at - 1)) + 1;
  if (!/^ *$/.test(source.slice(lineStart, at))) return undefined;
  // The first line holding YAML content: not blank, not a comment, not `---` or a directive.
  let line = 1;
  let offset = 0;
  while (offset < at) {
    const breakAt = source.slice(offset).search(/\r\n|\r|\n/);
    const end = breakAt < 0 ? source.length : offset + breakAt;
    const text = source.slice(offset, end);
    if (!/^[ \t]*(?:#.*)?$/.test(text) && !/^(?:---[ \t]*(?:#.*)?|%.*)$/.test(text)) {
      const indent = /^ */.exec(text)![0].length;
      if (indent <= at - lineStart || end >= at) return undefined;
      const spaces = indent === 1 ? 'a space' : `${indent} spaces`;
      return (
        `Line ${line} ('${clip(text.trim())}') is indented by ${spaces}, so the YAML reads its keys from that column and ` +
        `cannot go on at this line, which starts further left. Top-level keys start at the left margin: remove the ${indent === 1 ? 'space' : 'spaces'} before line ${line}.`
      );
    }
    if (breakAt < 0) return undefined;
    offset = end + (source.startsWith('\r\n', end) ? 2 : 1);
    line++;
  }
  return undefined;
}

/** yaml quotes the token it did not expect, whatever its length: the quote is clipped. */
function clipQuotes(message: string): string {
  return message.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) => {
    if (inner.length <= MAX_QUOTE_LENGTH) return whole;
    let text: string;
    try {
      text = JSON.parse(`"${inner}"`) as string;
    } catch {
      text = inner;
    }
    return `"${clip(text)}"`;
  });
}

/** Why an alias cannot be read in place, or undefined when it can. */
function aliasProblem(alias: YAlias, place: AliasPlace): string | undefined {
  const target = alias.target;
  if (!target) return `Unknown anchor '${clip(alias.name)}'.`;
  if (target.kind === 'scalar') return undefined;
  const allowed = 'a charter only allows aliases of single values and of flat lists of values';
  if (target.kind === 'map') return `Alias '*${clip(alias.name)}' stands for a mapping; ${allowed}.`;
  if (!isShareable(target)) return `Alias '*${clip(alias.name)}' stands for a list of lists, mappings or aliases; ${allowed}.`;
  if (place !== 'value') return `Alias '*${clip(alias.name)}' stands for a list, which cannot stand inside another list or as a key; use it as a whole value ('informed: *${clip(alias.name)}').`;
  return undefined;
}

/** Deeper than this, a YAML text is not parsed (see readYamlTree); real charters nest 4 or 5 levels. */
export const MAX_YAML_DEPTH = 200;

/**
 * Offset of the first place where the nesting may exceed MAX_YAML_DEPTH, or undefined. An upper bound,
 * cheap and linear: a line's indentation plus its leading `- ` / `? ` markers (block nesting), plus open
 * `[` and `{` (flow nesting; brackets inside quotes count too, which only errs on the safe side).
 */
export function tooDeepAt(source: string): number | undefined {
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
