// Whether a YAML document is a charter at all, judged from what it holds before anything is reported
// (docs/format.md, "YAML that is not a charter"). The files a user checks come from globs and the
// config's `files` patterns, so workflows, catalogs and governance files reach the reader; a finding on
// one of them is wrong. A document counts as a charter on evidence: a `team` key, roles or
// responsibilities in a charter's shape, or two weaker signs together. Without it the reader stays
// silent and says why.
import { distance } from 'fastest-levenshtein';
import { clip } from '../../quote';
import { CHARTER_KEYS, RACI_KEYS, RESPONSIBILITY_KEYS, ROLE_KEYS } from './keys';
import type { YMap, YNode, YSeq } from './tree';

/**
 * `signs`: not a charter on its own, but it has a charter's key (`mission`, a `roles` of another
 * shape, a `team`): in a stream whose later document is a charter, the charter starts here.
 */
export type Verdict = { kind: 'charter' } | { kind: 'empty' } | { kind: 'other'; reason: string; signs?: boolean };

const CHARTER: Verdict = { kind: 'charter' };
const EMPTY: Verdict = { kind: 'empty' };
const other = (reason: string): Verdict => ({ kind: 'other', reason });
const withSigns = (reason: string): Verdict => ({ kind: 'other', reason, signs: true });

/** The charter keys, listed in reasons. */
const KEY_LIST = 'team, mission, extends, roles, responsibilities';

/** What a document is, from its root node (the `yaml` package's tree or the fast reader's: the same). */
export function judgeYamlDocument(root: YNode | null): Verdict {
  const node = follow(root);
  if (!node || (node.kind === 'scalar' && node.value === null)) return EMPTY;
  if (node.kind === 'scalar') {
    // `team Payments`, `team=Payments`: a charter whose first colon went missing.
    return typeof node.value === 'string' && /^(?:team|mission|roles|responsibilities|extends)\b/i.test(node.value)
      ? CHARTER
      : other('a single value, not a mapping of keys');
  }
  if (node.kind === 'seq') {
    // `- team: Payments`, or a bare list of responsibilities: a charter written as a list. A list of
    // records that each name their team (`- {name: ledger, team: books}`) is not.
    const items = node.items.map(follow);
    if (items.some((item) => item?.kind === 'map' && judgeMapping(item, true).kind === 'charter')) return CHARTER;
    if (isResponsibilityList(node)) return CHARTER;
    return other('a list at the top level, none of whose items is a charter');
  }
  if (node.kind !== 'map') return other('a single alias, not a mapping of keys');
  return judgeMapping(node);
}

/** Another tool's format, named by keys no charter has; undefined when none is recognised. */
function otherFormat(entries: readonly Entry[]): string | undefined {
  const keys = new Set(entries.map((entry) => entry.key));
  if (keys.has('apiVersion') && keys.has('kind')) {
    // A Kubernetes manifest, a Backstage catalog entity, a CRD of any other tool.
    const kind = follow(entries.find((entry) => entry.key === 'kind')!.value);
    const named = kind?.kind === 'scalar' && typeof kind.value === 'string' ? ` '${clip(kind.value)}'` : '';
    return `a resource of kind${named} (apiVersion and kind), as in Kubernetes or a Backstage catalog`;
  }
  if ((keys.has('openapi') || keys.has('swagger')) && (keys.has('paths') || keys.has('info'))) return 'an OpenAPI description (openapi, info, paths)';
  if (keys.has('on') && keys.has('jobs')) return 'a GitHub Actions workflow (on, jobs)';
  return undefined;
}

/** `inList`: an item of a list at the top level, where `team` counts only beside charter keys alone. */
function judgeMapping(map: YMap, inList = false): Verdict {
  const entries = keyedEntries(map);
  const format = otherFormat(entries);
  if (format) return other(format);
  // `team` first: a charter that names its team is not searched for shapes, whatever its key order.
  const team = entries.find((entry) => entry.key.toLowerCase() === 'team');
  if (team && teamIsTheCharters(entries, team.value, inList)) return CHARTER;
  const signs: string[] = [];
  let rolesReason: string | undefined;
  let responsibilitiesReason: string | undefined;
  for (const { key, value } of entries) {
    const lower = key.toLowerCase();
    if (lower === 'team') {
      continue;
    } else if (lower.length >= 3 && lower.length <= 5 && distance(lower, 'team') === 1) {
      signs.push(key); // `teem`, `Tean`; also `teams` and `term`, hence only a weak sign
    } else if (lower === 'mission' || lower === 'extends' || lower === 'shared') {
      signs.push(key);
    } else if (lower === 'roles' || lower === 'role') {
      // Not its near misses: `rules`, `files` and `notes` are other tools' keys.
      const shape = rolesShape(value);
      if (shape === 'charter') return CHARTER;
      if (shape === 'loose') signs.push(key);
      else rolesReason ??= `its '${key}' defines no roles (ids, each with a title)`;
    } else if (near(lower, 'responsibilities') || near(lower, 'responsibility')) {
      const shape = responsibilitiesShape(value);
      if (shape === 'charter') return CHARTER;
      if (shape === 'loose') signs.push(key);
      else responsibilitiesReason ??= `its '${key}' assigns no roles (no accountable, responsible, consulted or informed)`;
    }
  }
  if (signs.length >= 2) return CHARTER;
  const reasons = [rolesReason, responsibilitiesReason].filter((reason): reason is string => reason !== undefined);
  if (reasons.length > 0) return withSigns(`${reasons.join('; ')}, and it names no team`);
  if (team) {
    const own = entries.filter((entry) => entry !== team).map((entry) => `'${entry.key}'`);
    if (own.length === 0) return withSigns("its 'team' is not a team's name, and it has none of a charter's other keys");
    return withSigns(`it has 'team' but none of a charter's other keys, beside keys of another tool (${own.slice(0, 3).join(', ')}${own.length > 3 ? ', …' : ''})`);
  }
  if (signs.length === 1) return withSigns(`its '${signs[0]}' is the only key a charter has, and nothing else in it is a charter's`);
  return other(`none of its keys is a charter's (${KEY_LIST})`);
}

/**
 * A root `team` is the charter's when it names a team (a text, or nothing yet) and the mapping is not
 * another tool's metadata: a service descriptor has `team: payments` beside keys of its own
 * (`tier`, `slack`, `oncall`) and none of a charter's. One unknown key beside `team` is a charter with a
 * mistake in it; in a list item, none is.
 */
function teamIsTheCharters(entries: readonly Entry[], value: YNode | null, inList: boolean): boolean {
  const others = entries.filter((entry) => entry.key.toLowerCase() !== 'team');
  if (inList) return others.every((entry) => isCharterKey(entry.key));
  if (others.some((entry) => isCharterKey(entry.key))) return true;
  const named = follow(value);
  const text = !named || named.kind === 'scalar';
  return text && others.length <= 1;
}

/**
 * A charter key, or a typo of one that no other tool uses as a key of its own: one letter off a long
 * key (`missions`, `extend`), two off `responsibilities`, and `role`; not `rules` or `files`. Nor
 * `owners` and `group`: other YAML files use those words beside a `team`.
 */
function isCharterKey(key: string): boolean {
  const lower = key.toLowerCase();
  if (lower === 'role') return true;
  return CHARTER_KEYS.some((spec) => {
    if (NOT_ALONE.has(spec.key)) return false;
    if (lower === spec.key) return true;
    const allowed = spec.key.length > 10 ? 2 : spec.key.length > 5 ? 1 : 0;
    return allowed > 0 && Math.abs(lower.length - spec.key.length) <= allowed && distance(lower, spec.key) <= allowed;
  });
}

const NOT_ALONE = new Set(['owners', 'group']);

function near(key: string, target: string): boolean {
  return key === target || (Math.abs(key.length - target.length) <= 2 && distance(key, target) <= 2);
}

type Shape = 'charter' | 'loose' | 'other';

const ROLE_FIELDS = ROLE_KEYS.map((spec) => spec.key);
/** Fields only a role definition has (a `description` is everybody's). */
const ROLE_ONLY_FIELDS = ['title', 'aliases', 'holder'];

/**
 * `roles`: a charter's when most entries are definitions made of a role's fields (`title`, `aliases`,
 * `holder`, `description`, or near misses), with a title, aliases or holder among them; also written as
 * a list of such definitions with an `id`. Loose (a weak sign) when it is empty or its definitions hold
 * only descriptions. A list of `{name, people}` or a map of `name: [people]` is another tool's.
 */
function rolesShape(value: YNode | null): Shape {
  const node = follow(value);
  if (!node || (node.kind === 'scalar' && node.value === null)) return 'loose';
  let definitions: (YNode | null)[];
  if (node.kind === 'map') definitions = node.items.map((pair) => follow(pair.value));
  else if (node.kind === 'seq') definitions = node.items.map(follow);
  else return 'other';
  if (definitions.length === 0) return 'loose';
  let roleLike = 0;
  let withOwnField = 0;
  for (const definition of definitions) {
    if (definition?.kind !== 'map') continue;
    const fields = keyedEntries(definition).map((entry) => entry.key.toLowerCase());
    const allowed = node.kind === 'seq' ? [...ROLE_FIELDS, 'id'] : ROLE_FIELDS;
    if (fields.length === 0 || !fields.every((field) => allowed.some((known) => nearField(field, known)))) continue;
    roleLike++;
    if (fields.some((field) => ROLE_ONLY_FIELDS.some((known) => nearField(field, known)))) withOwnField++;
  }
  if (roleLike * 2 < definitions.length) return 'other';
  return withOwnField > 0 ? 'charter' : 'loose';
}

const RESPONSIBILITY_FIELDS = RESPONSIBILITY_KEYS.map((spec) => spec.key);
const RACI_FIELDS: readonly string[] = RACI_KEYS.map((entry) => entry.key);

/**
 * `responsibilities`: a charter's when most items are mappings of a responsibility's fields (`name`,
 * `description` and the four RACI keys, or near misses) and some item gives a RACI key. Loose when it is
 * empty or its items hold only names and descriptions. A list of sentences, or of `{task, owner}`, is
 * another tool's.
 */
function responsibilitiesShape(value: YNode | null): Shape {
  const node = follow(value);
  if (!node || (node.kind === 'scalar' && node.value === null)) return 'loose';
  if (node.kind !== 'seq') return 'other';
  if (node.items.length === 0) return 'loose';
  const { shaped, assigning } = countResponsibilities(node);
  if (shaped * 2 < node.items.length) return 'other';
  return assigning > 0 ? 'charter' : 'loose';
}

/** A list at the top level whose items are responsibilities that assign roles. */
function isResponsibilityList(node: YSeq): boolean {
  const { shaped, assigning } = countResponsibilities(node);
  return assigning > 0 && shaped * 2 >= node.items.length;
}

function countResponsibilities(node: YSeq): { shaped: number; assigning: number } {
  let shaped = 0;
  let assigning = 0;
  for (const item of node.items) {
    const map = follow(item);
    if (map?.kind !== 'map') continue;
    const fields = keyedEntries(map).map((entry) => entry.key.toLowerCase());
    if (fields.length === 0 || !fields.every((field) => RESPONSIBILITY_FIELDS.some((known) => nearField(field, known)))) continue;
    shaped++;
    if (fields.some((field) => RACI_FIELDS.some((known) => nearField(field, known)))) assigning++;
  }
  return { shaped, assigning };
}

/** A field name as written or a typo away (`titel`, `acountable`); short names only as written. */
function nearField(field: string, known: string): boolean {
  // The length test first: it spares the edit distance of every long key of a large list.
  return field === known || (known.length > 4 && Math.abs(field.length - known.length) <= 2 && distance(field, known) <= 2);
}

interface Entry {
  key: string;
  value: YNode | null;
}

/** The entries of a mapping whose key is a text, a number or a boolean (as the reader reads keys). */
function keyedEntries(map: YMap): Entry[] {
  const entries: Entry[] = [];
  for (const pair of map.items) {
    const key = pair.key;
    if (key?.kind !== 'scalar' || key.value === null || typeof key.value === 'object') continue;
    entries.push({ key: String(key.value), value: pair.value });
  }
  return entries;
}

/** An alias stands for its anchored node here: only the shape is looked at, never expanded further. */
function follow(node: YNode | null | undefined): YNode | null {
  if (!node) return null;
  return node.kind === 'alias' ? (node.target ?? null) : node;
}
