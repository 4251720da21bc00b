// From per-charter check results to the organisation model (model.ts). Two steps, so that the first can
// run wherever a charter is checked (a worker thread, the language server's validation) and only its
// small plain result travels: summarizeCharter per charter, then buildOrganisation over all of them.
import * as path from 'node:path';
import type { CheckResult } from '../check';
import type { RuleSeverities } from '../config/settings';
import { RULES } from '../rules';
import { holdersOf, involvementsOf, type RoleInvolvement } from '../fixes/involvement';
import type { Charter, Range, Span } from '../model';
import { configTeamOf, type ConfigTeams } from '../config/teams';
import type { Ownership } from '../ownership/model';
import { normalizeName } from '../normalize';
import type { OrgCharter, OrgRoleName, OrgRoleRef, Organisation, SharedClaim, SharedResponsibility } from './model';
import { sortAccountableClaims } from './teams';

/** Every rule off: reading a charter for the organisation needs its model and roles, not its findings. */
export const NO_RULES: RuleSeverities = Object.fromEntries(RULES.map((rule) => [rule.id, 'off']));

/**
 * A role's holders as the organisation keeps them: one shared empty list for the many references to
 * roles with none, a copy otherwise.
 */
const NO_HOLDERS: readonly string[] = Object.freeze([]);
function holdersOfRole(holders: readonly string[] | undefined): readonly string[] {
  return holders && holders.length > 0 ? [...holders] : NO_HOLDERS;
}

/**
 * A string that keeps nothing else alive: names read from a charter are often slices of its whole text,
 * which every summary of a workspace would then keep (BENCHMARKS.md, section 7's memory).
 */
function flat(text: string): string {
  return text.length === 0 ? text : JSON.parse(JSON.stringify(text)) as string;
}

/** A range as two fresh positions: a summary keeps nothing of the check it was made from. */
function plainRange(range: Range): Range {
  return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
}

function plainSpan(span: Span): Span {
  return { text: flat(span.text), range: plainRange(span.range) };
}

/** From the first span's start to the last one's end. */
function spanOfAll(spans: readonly Span[]): Range {
  return { start: { ...spans[0].range.start }, end: { ...spans[spans.length - 1].range.end } };
}

/**
 * The organisation's view of one checked charter. `charterPath` should be absolute; `teams`: the config
 * file's, which give the team its code owners and group when the charter names none.
 */
export function summarizeCharter(charterPath: string, result: Pick<CheckResult, 'charter' | 'roles'>, teams?: ConfigTeams): OrgCharter {
  const { charter, roles } = result;
  const folder = path.dirname(charterPath);
  // One copy of each name for the whole summary (a role's title is on many rows).
  const copies = new Map<string, string>();
  const own = (text: string) => {
    let copy = copies.get(text);
    if (copy === undefined) copies.set(text, (copy = flat(text)));
    return copy;
  };
  const roleName = (involvement: RoleInvolvement): OrgRoleName => {
    const role = typeof involvement.role === 'string' ? undefined : involvement.role;
    return { id: own(role?.id ?? involvement.role.toString()), title: own(involvement.name), holders: holdersOfRole(role?.holders) };
  };
  const accountableRefs = (involvements: readonly RoleInvolvement[]): OrgRoleRef[] =>
    holdersOf(involvements, 'A').map((involvement) => {
      const assignment = involvement.references.flatMap((reference) => reference.assignments).find((a) => a.letter === 'A')!;
      const { id, title, holders } = roleName(involvement);
      return { id, title, holders, range: plainRange(assignment.range) };
    });
  return {
    path: charterPath,
    team: charter.team && own(charter.team.text),
    teamRange: charter.team && plainRange(charter.team.range),
    extends: charter.extends.map((entry) => path.resolve(folder, entry.text)),
    // A charter that does not parse declares nothing: its half-read list would report false gaps.
    shared: charter.unreadable ? [] : (charter.shared ?? []).map((span) => ({ name: span.text, key: normalizeName(span.text), range: plainRange(span.range) })),
    responsibilities: charter.responsibilities.map((responsibility) => {
      const involvements = involvementsOf(responsibility, roles);
      return {
        name: own(responsibility.name),
        key: own(normalizeName(responsibility.name)),
        nameRange: plainRange(responsibility.nameRange),
        accountable: accountableRefs(involvements),
        responsible: holdersOf(involvements, 'R').map(roleName),
        ...(responsibility.covers ? { covers: { paths: responsibility.covers.paths.map(plainSpan), components: responsibility.covers.components.map(plainSpan) } } : {}),
      };
    }),
    ...teamOwnership(charter, teams),
    roles: roles.roles.map((role) => ({
      id: own(role.id),
      title: own(role.title),
      holders: holdersOfRole(role.holders),
      range: role.inheritedFrom || role.form === 'implicit' ? undefined : plainRange(role.titleRange),
    })),
  };
}

/** The team's code owners and group: the charter's own, else its team's entry in the config file. */
function teamOwnership(charter: Charter, teams: ConfigTeams | undefined): Pick<OrgCharter, 'codeOwners' | 'catalogGroup'> {
  const configured = configTeamOf(teams, charter.team?.text);
  const codeOwners: OrgCharter['codeOwners'] = charter.codeOwners?.length
    ? { handles: charter.codeOwners.map((span) => flat(span.text)), range: spanOfAll(charter.codeOwners) }
    : configured?.owners && { handles: configured.owners.handles.map(flat), range: plainRange(configured.owners.range), path: teams!.path };
  const catalogGroup: OrgCharter['catalogGroup'] = charter.catalogGroup
    ? { text: flat(charter.catalogGroup.text), range: plainRange(charter.catalogGroup.range) }
    : configured?.group && { text: flat(configured.group.text), range: plainRange(configured.group.range), path: teams!.path };
  return { ...(codeOwners ? { codeOwners } : {}), ...(catalogGroup ? { catalogGroup } : {}) };
}

/**
 * The organisation of these charters. A team charter claims a shared responsibility when it extends the
 * catalog that declares it (directly, or through charters of the organisation) and lists a
 * responsibility of the same name. Same-named responsibilities that no catalog declares stay each
 * team's own: two teams may both run their own "On-call rotation".
 */
export function buildOrganisation(charters: readonly OrgCharter[], ownership?: Ownership): Organisation {
  const byPath = new Map<string, OrgCharter>();
  for (const charter of charters) if (!byPath.has(charter.path)) byPath.set(charter.path, charter);
  const shared: SharedResponsibility[] = [];
  // Catalog path -> shared key -> its entry (the first declaration of a name in a catalog counts).
  const catalogs = new Map<string, Map<string, SharedResponsibility>>();
  for (const catalog of byPath.values()) {
    if (catalog.shared.length === 0) continue;
    const entries = new Map<string, SharedResponsibility>();
    for (const declaration of catalog.shared) {
      if (!declaration.key || entries.has(declaration.key)) continue;
      const entry: SharedResponsibility = { declaration, catalog, claims: [], accountable: [] };
      entries.set(declaration.key, entry);
      shared.push(entry);
    }
    catalogs.set(catalog.path, entries);
  }
  const claimed = new Map<OrgCharter, Map<string, SharedResponsibility>>();
  if (catalogs.size > 0) {
    for (const charter of byPath.values()) {
      const reachable = extendedCatalogs(charter, byPath, catalogs);
      if (reachable.length === 0) continue;
      const mine = new Map<string, SharedResponsibility>();
      for (const responsibility of charter.responsibilities) {
        const entry = reachable.map((catalog) => catalog.get(responsibility.key)).find((found) => found !== undefined);
        if (!entry) continue;
        const claim: SharedClaim = { charter, responsibility };
        entry.claims.push(claim);
        mine.set(responsibility.key, entry);
      }
      claimed.set(charter, mine);
    }
  }
  for (const entry of shared) entry.accountable = sortAccountableClaims(entry);
  return {
    charters: [...byPath.values()],
    byPath,
    shared,
    sharedOf: (charter, responsibility) => claimed.get(charter)?.get(responsibility.key),
    ...(ownership ? { ownership } : {}),
  };
}

/** The catalogs a charter extends, nearest first, following `extends` through the organisation's charters. */
function extendedCatalogs(
  charter: OrgCharter,
  byPath: ReadonlyMap<string, OrgCharter>,
  catalogs: ReadonlyMap<string, Map<string, SharedResponsibility>>,
): Map<string, SharedResponsibility>[] {
  const found: Map<string, SharedResponsibility>[] = [];
  const seen = new Set<string>([charter.path]);
  let frontier = charter.extends;
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const target of frontier) {
      if (seen.has(target)) continue;
      seen.add(target);
      const catalog = catalogs.get(target);
      if (catalog) found.push(catalog);
      const parent = byPath.get(target);
      if (parent) next.push(...parent.extends);
    }
    frontier = next;
  }
  return found;
}
