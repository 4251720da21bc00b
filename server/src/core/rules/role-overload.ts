// A role accountable for too much of the charter's work, and a person accountable for too much across
// the organisation's charters. A policy an organisation opts into (off by default): real charters give
// one lead most of a small charter's rows on purpose. No fix: which work should move, and to whom, is
// the team's decision.
import type { RuleOptionValues } from '../config/settings';
import { holdersOf, involvementsOf, type RoleKey } from '../fixes/involvement';
import type { Assignment, Range, RelatedLocation } from '../model';
import { normalizeName } from '../normalize';
import type { OrgCharter, OrgRoleRef } from '../org/model';
import { teamName } from '../org/teams';
import { isVacantHolder } from '../roles/vacancy';
import { clip, joinWithAnd } from '../quote';
import { MAX_RELATED, type Rule } from './types';

export const roleOverload: Rule = {
  id: 'role-overload',
  defaultSeverity: 'info',
  description: 'A role is accountable for more responsibilities than the configured limit.',
  messages: {
    overloaded:
      '"{{role}}" is accountable for {{count}} of {{total}} responsibilities ({{limit}}). ' +
      'One role owning this much work becomes a bottleneck: consider making another role accountable for some of it.',
    overloadedAcrossCharters: '"{{person}}" holds roles in {{charters}} charters and is accountable for {{count}} responsibilities across them (more than {{max}}): {{places}}.',
  },
  fixable: false,
  offByDefault: true,
  crossCharter: true,
  options: {
    max: { type: 'integer', default: 10, min: 1, description: 'Reported when a role is accountable for more responsibilities than this.' },
    share: {
      type: 'number',
      default: 0.5,
      min: 0,
      minExclusive: true,
      max: 1,
      description: 'Reported when a role is accountable for more than this share of the charter’s responsibilities (1: never).',
    },
    minResponsibilities: {
      type: 'integer',
      default: 10,
      min: 1,
      description: 'The share counts only in charters with at least this many responsibilities.',
    },
  },
  check({ charter, roles, options, report }) {
    const total = charter.responsibilities.length;
    const byRole = new Map<RoleKey, { name: string; rows: { name: string; assignment: Assignment }[] }>();
    for (const responsibility of charter.responsibilities) {
      for (const involvement of holdersOf(involvementsOf(responsibility, roles), 'A')) {
        const assignment = involvement.references.flatMap((reference) => reference.assignments).find((a) => a.letter === 'A')!;
        const entry = byRole.get(involvement.role) ?? { name: involvement.name, rows: [] };
        entry.rows.push({ name: responsibility.name, assignment });
        byRole.set(involvement.role, entry);
      }
    }
    for (const [role, { name, rows }] of byRole) {
      const limit = exceeded(rows.length, total, options);
      if (!limit) continue;
      // On the definition; a role defined elsewhere (inherited) or nowhere, on its first reference here.
      const own = typeof role !== 'string' && !role.inheritedFrom;
      const related: RelatedLocation[] = rows.slice(0, MAX_RELATED).map((row) => ({ message: `accountable for "${clip(row.name)}"`, range: row.assignment.range }));
      report({
        range: own ? role.titleRange : rows[0].assignment.ref.range,
        messageId: 'overloaded',
        data: { role: clip(name), count: rows.length, total, limit },
        related,
      });
    }
  },
  checkOrganisation({ organisation, report, optionsFor }) {
    for (const person of accountableHolders(organisation.charters)) {
      if (person.charters.length < 2) continue;
      const count = person.charters.reduce((sum, place) => sum + place.count, 0);
      const parts = person.charters.map((place) => `${place.count} in "${clip(teamName(place.charter))}"`);
      for (const place of person.charters) {
        const { max } = optionsFor(place.charter.path);
        if (count <= max) continue;
        const related: RelatedLocation[] = person.charters
          .filter((other) => other !== place)
          .slice(0, MAX_RELATED)
          .map((other) => ({ message: `"${clip(other.name)}" is accountable here as "${clip(other.role.title)}"`, range: other.range, path: other.charter.path }));
        report(place.charter.path, {
          range: place.range,
          messageId: 'overloadedAcrossCharters',
          data: { person: clip(place.name), charters: person.charters.length, count, max, places: joinWithAnd(parts) },
          related,
        });
      }
    }
  },
};

/** What a role's count exceeds, in words ("more than 10"), or undefined when it is within the limits. */
function exceeded(count: number, total: number, options: RuleOptionValues): string | undefined {
  if (count > options.max) return `more than ${options.max}`;
  if (total >= options.minResponsibilities && count > options.share * total) return `more than ${percent(options.share)} of them`;
  return undefined;
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

interface HolderPlace {
  charter: OrgCharter;
  /** The person's name as this charter writes it. */
  name: string;
  /** Responsibilities of this charter the person is accountable for (once each, whatever roles they hold there). */
  count: number;
  /** The first role through which they are. */
  role: OrgRoleRef;
  /** That role's definition in this charter, or its first accountable letter when it is defined elsewhere. */
  range: Range;
}

/** Holder values that name nobody yet: the same "TBD" in two charters is not one person. */
const NOBODY = new Set(['tbd', 'tbc', 'tba', 'vacant', 'open', 'none', 'nobody', 'n/a', '-', '?']);

/** Each person named as a holder of an accountable role, with the charters where they are accountable. */
function accountableHolders(charters: readonly OrgCharter[]): { charters: HolderPlace[] }[] {
  const byKey = new Map<string, { charters: HolderPlace[] }>();
  for (const charter of charters) {
    const places = new Map<string, HolderPlace>();
    for (const responsibility of charter.responsibilities) {
      const counted = new Set<string>();
      for (const ref of responsibility.accountable) {
        for (const holder of ref.holders) {
          const key = normalizeName(holder);
          if (!key || NOBODY.has(key) || isVacantHolder(holder) || counted.has(key)) continue;
          counted.add(key);
          const place = places.get(key);
          if (place) {
            place.count++;
            continue;
          }
          const definition = charter.roles.find((role) => role.id === ref.id)?.range;
          places.set(key, { charter, name: holder, count: 1, role: ref, range: definition ?? ref.range });
          if (!byKey.has(key)) byKey.set(key, { charters: [] });
        }
      }
    }
    for (const [key, place] of places) byKey.get(key)!.charters.push(place);
  }
  // By team name, then path: the same message whatever order the files were given in (a run, a workspace).
  const order = (a: HolderPlace, b: HolderPlace) =>
    teamName(a.charter).localeCompare(teamName(b.charter)) || (a.charter.path < b.charter.path ? -1 : a.charter.path > b.charter.path ? 1 : 0);
  for (const person of byKey.values()) person.charters.sort(order);
  return [...byKey.values()];
}
