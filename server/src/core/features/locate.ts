// What stands at a position in a charter: a role (definition or reference), a responsibility name or a
// matrix RACI cell. Hover, definition, references and rename all start here.
import type { CheckResult } from '../check';
import type { Position, RaciCell, Range, Responsibility, RoleDefinition, RoleReference } from '../model';
import { rangeContains } from '../text';

export type Target =
  | {
      kind: 'role';
      role: RoleDefinition;
      range: Range;
      /** Which of the role's names the position is on. */
      via: 'title' | 'id' | 'alias' | 'reference';
      /** The text at the position. */
      text: string;
    }
  | { kind: 'unresolved'; reference: RoleReference; range: Range }
  | { kind: 'responsibility'; responsibility: Responsibility; range: Range }
  | { kind: 'cell'; cell: RaciCell; responsibility: Responsibility; range: Range };

export function targetAt(result: CheckResult, position: Position): Target | undefined {
  const { charter, roles } = result;
  for (const role of charter.roles) {
    if (rangeContains(role.titleRange, position)) return { kind: 'role', role, range: role.titleRange, via: 'title', text: role.title };
    if (role.idRange && rangeContains(role.idRange, position)) return { kind: 'role', role, range: role.idRange, via: 'id', text: role.id };
    for (const alias of role.aliases) {
      if (rangeContains(alias.range, position)) return { kind: 'role', role, range: alias.range, via: 'alias', text: alias.text };
    }
  }
  for (const responsibility of charter.responsibilities) {
    for (const reference of responsibility.references) {
      if (!rangeContains(reference.range, position)) continue;
      const role = roles.resolve(reference.text);
      if (role) return { kind: 'role', role, range: reference.range, via: 'reference', text: reference.text };
      return { kind: 'unresolved', reference, range: reference.range };
    }
  }
  for (const responsibility of charter.responsibilities) {
    if (rangeContains(responsibility.nameRange, position)) {
      return { kind: 'responsibility', responsibility, range: responsibility.nameRange };
    }
    for (const cell of responsibility.cells) {
      if (rangeContains(cell.range, position)) return { kind: 'cell', cell, responsibility, range: cell.range };
    }
  }
  return undefined;
}

/** Each letter a role holds in each responsibility, in source order. */
export function involvementOf(result: CheckResult, role: RoleDefinition): { letter: string; responsibility: Responsibility }[] {
  const involvement: { letter: string; responsibility: Responsibility }[] = [];
  for (const responsibility of result.charter.responsibilities) {
    for (const assignment of responsibility.assignments) {
      if (result.roles.resolve(assignment.ref.text) !== role) continue;
      if (involvement.some((entry) => entry.responsibility === responsibility && entry.letter === assignment.letter)) continue;
      involvement.push({ letter: assignment.letter, responsibility });
    }
  }
  return involvement;
}
