// YAML charters (docs/format.md, "YAML charters"): the root mapping's keys, the roles and responsibilities read by their
// own steps, and where a new role definition goes.
import type { Charter, CharterSection } from '../../model';
import { LineIndex } from '../../text';
import { emptyCharter } from '../empty';
import { defineYamlRole } from './edits';
import { readHeader } from './front-matter';
import { judgeYamlDocument, type Verdict } from './evidence';
import { CHARTER_KEYS } from './keys';
import { readResponsibilities, type ListTrace } from './responsibilities';
import { readRoles } from './roles';
import { documentRoots } from './stream';
import type { YamlPath, YamlReadOptions } from './syntax';
import type { YNode, YScalar } from './tree';
import { YamlReader, type KeyedPair } from './values';

export function parseYamlCharter(text: string, options: YamlReadOptions = {}): Charter {
  return readYamlCharter(text, options).charter;
}

/**
 * The responsibilities list of a charter read whole, when one of its entries may later be read again
 * alone (entries.ts): the fast reader read the one document, whose `team` makes it a charter whatever
 * the entries say, and nothing in it is a syntax error.
 */
export interface EntryList extends ListTrace {
  items: readonly (YNode | null)[];
  /** The text's line index, which the read built. */
  index: LineIndex;
}

/** A YAML charter and which reader read it (tests and measurements compare the two readers). */
export function readYamlCharter(text: string, options: YamlReadOptions = {}): { charter: Charter; path: YamlPath; list?: EntryList } {
  const index = new LineIndex(text);
  const { reader, verdict } = readCharterDocument(text, index, options);
  const charter = emptyCharter('yaml', text);
  if (verdict.kind === 'other') {
    // Not a mistake in a charter but another kind of file (a workflow, a catalog, a governance list)
    // named by a glob or the config: nothing is reported, and the outline says how it was read.
    charter.notACharter = verdict.reason + brokenAt(reader);
    return { charter, path: reader.path };
  }
  charter.problems = reader.problems;
  const root = reader.root;
  let rolesPair: KeyedPair | undefined;
  let responsibilitiesPair: KeyedPair | undefined;
  const trace: ListTrace = { itemOf: [], problemsAt: [] };

  if (!root || reader.isEmpty(root)) {
    reader.error("A charter needs at least 'team: <name>'.", index.rangeAt(0, 0));
  } else if (root.kind !== 'map') {
    reader.error(`A charter should be a mapping of keys (team, roles, responsibilities), not ${describeRoot(root)}.`, root);
  } else {
    const pairs = reader.pairs(root, CHARTER_KEYS);
    Object.assign(charter, readHeader(reader, pairs));
    if (!pairs.some((entry) => entry.key === 'team')) {
      reader.error("Missing 'team': a charter names its team ('team: <name>').", pairs[0] ? pairs[0].keyNode : index.rangeAt(0, 0));
    }
    for (const pair of pairs) {
      if (pair.key === 'roles') {
        rolesPair = pair;
        // A `roles` value that is not a mapping is reported once (schema); its references are then not
        // all "undefined": the charter is read as one without role definitions.
        charter.hasRolesSection = !pair.value || pair.value.kind === 'map' || reader.isEmpty(pair.value);
        charter.roles = readRoles(reader, pair.value);
        charter.sections.push(section(reader, 'roles', pair.keyNode, pair.value));
      } else if (pair.key === 'responsibilities') {
        responsibilitiesPair = pair;
        charter.responsibilities = readResponsibilities(reader, pair.value, trace);
        charter.sections.push(section(reader, 'responsibilities', pair.keyNode, pair.value));
      }
    }
  }
  const fatal = charter.problems.find((problem) => problem.fatal);
  if (fatal) {
    // What the half-read tree lacks (a missing `team`, a list where a mapping was meant) is the syntax
    // error's doing: only the syntax problems are reported, and no rule runs (check.ts).
    fatal.message += ' Nothing else in this charter is checked until it is fixed.';
    charter.problems = charter.problems.filter((problem) => problem.rule === 'syntax');
    charter.unreadable = fatal;
  }
  const rootMap = root && root.kind === 'map' ? root : undefined;
  charter.defineRole = (role) => defineYamlRole(reader, { root: rootMap, roles: rolesPair, responsibilities: responsibilitiesPair }, role);
  const list = responsibilitiesPair?.value;
  const entryByEntry =
    reader.path === 'fast' && !reader.moreDocuments && !options.document && !charter.problems.some((problem) => problem.rule === 'syntax') &&
    rootMap?.items.some((pair) => pair.key?.kind === 'scalar' && String(pair.key.value).toLowerCase() === 'team') && list?.kind === 'seq' && !list.flow;
  return { charter, path: reader.path, ...(entryByEntry ? { list: { items: list.items, index, ...trace } } : {}) };
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

/**
 * The document to read as the charter, and whether it is one (evidence.ts). In a stream of documents
 * the first charter is read: documents before it (a catalog entity, a header) are left alone, and one
 * after it is reported, as a second document after a charter always is.
 */
function readCharterDocument(text: string, index: LineIndex, options: YamlReadOptions): { reader: YamlReader; verdict: Verdict } {
  const reader = new YamlReader(text, 0, index, options);
  const verdict = judgeYamlDocument(reader.root);
  if (verdict.kind === 'charter') return { reader, verdict };
  if (!reader.moreDocuments) {
    // What a broken text's tree lacks may be the break's doing: a line `team: …` (or `team Payments`,
    // its colon forgotten) at the margin still says charter.
    const broken = reader.problems.some((problem) => problem.fatal);
    return { reader, verdict: verdict.kind === 'other' && broken && TEAM_LINE.test(text) ? { kind: 'charter' } : verdict };
  }
  const verdicts = documentRoots(text).map(judgeYamlDocument);
  const charterAt = verdicts.findIndex((each) => each.kind === 'charter');
  if (charterAt >= 0) {
    // A document with a charter's key before it (`mission: …`, then `---`, then `team: …`) is where the
    // charter starts, cut in two by a stray `---`: read from there, so that the `---` is reported.
    const startAt = verdicts.findIndex((each, at) => at === charterAt || (each.kind === 'other' && each.signs === true));
    if (startAt === 0) return { reader, verdict: { kind: 'charter' } };
    return { reader: new YamlReader(text, 0, index, { ...options, document: startAt }), verdict: { kind: 'charter' } };
  }
  const first = verdicts.find((each): each is Extract<Verdict, { kind: 'other' }> => each.kind === 'other');
  if (!first) return { reader, verdict };
  return { reader, verdict: { kind: 'other', reason: `${verdicts.length} YAML documents, none of them a charter (the first: ${first.reason})` } };
}

const TEAM_LINE = /^team(?:[ \t]*[:=]|[ \t]+[^\s:#-][^:\r\n]*$)/im;

/** For a text that is not a charter: where its YAML stops parsing, if it does, since that was not read. */
function brokenAt(reader: YamlReader): string {
  const fatal = reader.problems.find((problem) => problem.fatal);
  return fatal ? `; its YAML does not parse from line ${fatal.range.start.line + 1} on, which was not read` : '';
}
