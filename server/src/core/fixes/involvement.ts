// A responsibility's letters grouped the way fixes need them: per reference spelling (what
// Responsibility.rewrite compares) and per role (what the rules count). A reference that resolves to no
// role is a role of its own, keyed by its normalised text: a letter counts whether or not it resolves.
import type { Assignment, Involvement, RaciLetter, RoleDefinition, Responsibility } from '../model';
import type { RoleIndex } from '../resolve';

/** Who a reference stands for: the role it resolves to, or its own normalised text. */
export type RoleKey = RoleDefinition | string;

export function roleKeyOf(roles: RoleIndex, referenceText: string): RoleKey {
  return roles.resolve(referenceText) ?? roles.keyOf(referenceText);
}

/** One spelling of a reference in a responsibility and the letters given to it. */
export interface ReferenceLetters {
  /** As first written in the responsibility. */
  ref: string;
  role: RoleKey;
  letters: RaciLetter[];
  assignments: Assignment[];
}

/** A role's part in a responsibility: every spelling that names it, in source order. */
export interface RoleInvolvement {
  role: RoleKey;
  /** The role's title, or the first spelling of an unresolved reference; for messages and fix titles. */
  name: string;
  references: ReferenceLetters[];
  letters: RaciLetter[];
}

const LETTER_ORDER: readonly RaciLetter[] = ['A', 'R', 'C', 'I'];

export function orderLetters(letters: Iterable<RaciLetter>): RaciLetter[] {
  const set = new Set(letters);
  return LETTER_ORDER.filter((letter) => set.has(letter));
}

/** The responsibility's lettered roles, in source order of their first letter. */
export function involvementsOf(responsibility: Responsibility, roles: RoleIndex): RoleInvolvement[] {
  const byRef = new Map<string, ReferenceLetters>();
  for (const assignment of responsibility.assignments) {
    const key = roles.keyOf(assignment.ref.text);
    let entry = byRef.get(key);
    if (!entry) {
      entry = { ref: assignment.ref.text, role: roleKeyOf(roles, assignment.ref.text), letters: [], assignments: [] };
      byRef.set(key, entry);
    }
    if (!entry.letters.includes(assignment.letter)) entry.letters = orderLetters([...entry.letters, assignment.letter]);
    entry.assignments.push(assignment);
  }
  const byRole = new Map<RoleKey, RoleInvolvement>();
  for (const entry of byRef.values()) {
    let involvement = byRole.get(entry.role);
    if (!involvement) {
      const name = typeof entry.role === 'string' ? entry.ref : entry.role.title;
      involvement = { role: entry.role, name, references: [], letters: [] };
      byRole.set(entry.role, involvement);
    }
    involvement.references.push(entry);
    involvement.letters = orderLetters([...involvement.letters, ...entry.letters]);
  }
  return [...byRole.values()];
}

/** The roles holding a letter, each with the assignments that give it. */
export function holdersOf(involvements: readonly RoleInvolvement[], letter: RaciLetter): RoleInvolvement[] {
  return involvements.filter((involvement) => involvement.letters.includes(letter));
}

/**
 * Next letters for every spelling of a role, after taking one letter away. A role that would be left
 * with no letter at all stays in the row with `leftWith`: responsible by default.
 */
export function withoutLetter(involvement: RoleInvolvement, letter: RaciLetter, leftWith: RaciLetter = 'R'): Involvement[] {
  const next = involvement.references
    .filter((reference) => reference.letters.includes(letter))
    .map((reference) => ({ ref: reference.ref, letters: reference.letters.filter((l) => l !== letter) }));
  const keptElsewhere = involvement.letters.some((l) => l !== letter);
  if (!keptElsewhere && next.length > 0) next[0].letters = [leftWith];
  return next;
}

/** Next letters for a role's first spelling after adding a letter. */
export function withLetter(involvement: RoleInvolvement, letter: RaciLetter): Involvement[] {
  const first = involvement.references[0];
  return [{ ref: first.ref, letters: orderLetters([...first.letters, letter]) }];
}
