// YAML charters (contract §2): the root mapping's keys, the roles and responsibilities read by their
// own steps, and where a new role definition goes.
import type { Charter, CharterSection } from '../../model';
import { distance } from 'fastest-levenshtein';
import { LineIndex } from '../../text';
import { emptyCharter } from '../empty';
import { defineYamlRole } from './edits';
import { readHeader } from './front-matter';
import { CHARTER_KEYS } from './keys';
import { readResponsibilities } from './responsibilities';
import { readRoles } from './roles';
import type { YamlPath, YamlReadOptions } from './syntax';
import type { YNode, YScalar } from './tree';
import { YamlReader, type KeyedPair } from './values';

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
  } else if (!root.items.some((pair) => pair.key?.kind === 'scalar' && looksLikeCharterKey(String(pair.key.value)))) {
    // mkdocs.yml, a workflow, docker-compose: no key is a charter's, nor a misspelling of one. A named
    // file that is not a charter is not a mistake; the outline says it was not read.
    charter.notACharter = "none of its keys is a charter's (team, mission, extends, roles, responsibilities)";
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
        charter.responsibilities = readResponsibilities(reader, pair.value);
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

/**
 * A charter key, or one a typo away from it ("teem", "Roles", "responsibilites"). `owners` and `group`
 * alone do not make a file a charter: other YAML files use those words.
 */
function looksLikeCharterKey(key: string): boolean {
  const lower = key.toLowerCase();
  return CHARTER_KEYS.some((spec) => !NOT_ALONE.has(spec.key) && (lower === spec.key || (spec.key.length > 4 && distance(lower, spec.key) <= 2)));
}

const NOT_ALONE = new Set(['owners', 'group']);
