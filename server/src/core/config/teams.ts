// The config file's `teams`: each team's code-owner handles and Backstage group, for charters that do
// not write their own `owners` and `group` (the repository's platform team keeps one list instead of
// asking every team to edit its charter). Read from the config's YAML tree here, looked up by a
// charter's team name when the organisation is built (org/build.ts).
//
//     teams:
//       Checkout: { owners: ['@acme/checkout'], group: checkout }
//       Payments:
//         owners: '@acme/payments'
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Range } from '../model';
import { normalizeName } from '../normalize';
import { clip } from '../quote';

export interface ConfigTeam {
  /** The team's name as the config file writes it. */
  name: string;
  owners?: { handles: string[]; range: Range };
  group?: { text: string; range: Range };
}

/** The `teams` of the config file that governs a charter, with that file's path (where they are written). */
export interface ConfigTeams {
  path: string;
  teams: readonly ConfigTeam[];
}

/** Reports a problem at a node of the config file. */
type At = (node: Node | null | undefined, message: string) => void;
/** A node's range in the config file. */
type RangeOf = (node: Node) => Range;

const TEAM_KEYS = ['owners', 'group'];

/** The `teams` mapping: team name → { owners, group }. Problems are reported through `at`. */
export function readConfigTeams(node: Node | null, at: At, rangeOf: RangeOf): ConfigTeam[] {
  if (!isMap(node)) {
    at(node, "teams must be an object of team name to { owners, group }, such as { Checkout: { owners: ['@acme/checkout'] } }.");
    return [];
  }
  const teams: ConfigTeam[] = [];
  const byKey = new Map<string, ConfigTeam>();
  for (const pair of node.items as Pair<Node, Node | null>[]) {
    const name = isScalar(pair.key) ? String(pair.key.value ?? '').trim() : '';
    if (!name) {
      at(pair.key, 'A team in teams is named by its charter\'s team name, such as "Checkout".');
      continue;
    }
    const team = readTeam(name, pair.value, at, rangeOf);
    if (!team) continue;
    const key = teamKey(name);
    const earlier = byKey.get(key);
    if (earlier) {
      // "Checkout" and "Checkout team" name one charter: which list applies would be a guess.
      at(pair.key, `Team '${clip(name)}' is the same team as '${clip(earlier.name)}', listed before it: keep one.`);
      continue;
    }
    byKey.set(key, team);
    teams.push(team);
  }
  return teams;
}

function readTeam(name: string, value: Node | null, at: At, rangeOf: RangeOf): ConfigTeam | undefined {
  if (!isMap(value)) {
    at(value, `Team '${clip(name)}' needs { owners, group }: its code-owner handles ('@acme/checkout') and its Backstage group.`);
    return undefined;
  }
  const team: ConfigTeam = { name };
  let broken = false;
  for (const pair of value.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const item = pair.value;
    if (key === 'owners') {
      const handles = isSeq(item) ? item.items : [item];
      if (!item || handles.some((handle) => !isScalar(handle) || typeof handle.value !== 'string' || handle.value.trim() === '')) {
        at(item ?? pair.key, `The owners of '${clip(name)}' must be a handle or a list of handles as CODEOWNERS names owners, such as ['@acme/checkout'].`);
        broken = true;
      } else {
        team.owners = { handles: handles.map((handle) => String((handle as { value: string }).value).trim()), range: rangeOf(item) };
      }
    } else if (key === 'group') {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
        at(item ?? pair.key, `The group of '${clip(name)}' must be its group in the Backstage catalog, such as "checkout".`);
        broken = true;
      } else {
        team.group = { text: item.value.trim(), range: rangeOf(item) };
      }
    } else {
      at(pair.key, `Unknown key '${clip(key)}' for team '${clip(name)}': use ${TEAM_KEYS.join(' and ')}.`);
      broken = true;
    }
  }
  return broken ? undefined : team;
}

/**
 * What a team's name is compared by: case and runs of white space do not count, nor the words "team"
 * and "charter" around it ("# Checkout Team Charter" is the team the config calls "Checkout").
 */
export function teamKey(name: string): string {
  const normal = normalizeName(name);
  const bare = normal.replace(/\s+charter$/, '').replace(/\s+team$/, '').replace(/^team\s+/, '');
  return bare || normal;
}

/** The config's entry for a charter's team, if it has one. */
export function configTeamOf(teams: ConfigTeams | undefined, team: string | undefined): ConfigTeam | undefined {
  if (!teams || team === undefined) return undefined;
  const key = teamKey(team);
  return teams.teams.find((entry) => teamKey(entry.name) === key);
}
