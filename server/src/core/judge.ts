// The reading judged before it is reported. The Markdown reader decides what each part of a document is from the
// evidence in it; some decisions can only be checked once roles are resolved. When most names a table
// gives its columns are not roles of the charter's Roles section, either that section or the table was
// misread (or the two simply name roles differently): one error per column would be wrong in every
// case, so the names are not reported, and the table's reading note says so. Names that are sentences
// or numbers are never reported, wherever they stand. When the charter's own roles
// are mostly never given a letter, the same doubt falls on `role-unused`.
import type { Charter, RaciLetter, ReadingDoubts, RoleDefinition, RoleReference } from './model';
import { normalizeReference } from './normalize';
import { readsAsProse } from './prose';
import type { RoleIndex } from './resolve';
import { isAudience } from './roles/audience';

export function judgeReading(charter: Charter, roles: RoleIndex): ReadingDoubts {
  const references = new Set<RoleReference>();
  // A YAML charter says what is a role and what names one: nothing there was guessed.
  if (charter.format !== 'markdown') return { references, roles: false, without: { A: new Set(), R: new Set() } };
  const without = { A: tablesWithout(charter, ['A']), R: tablesWithout(charter, ['A', 'R']) };
  if (roles.implicit) return { references, roles: false, without };
  const byScope = new Map<string, { names: Map<string, boolean>; refs: RoleReference[] }>();
  for (const responsibility of charter.responsibilities) {
    const scope = responsibility.scope ?? '';
    let entry = byScope.get(scope);
    if (!entry) byScope.set(scope, (entry = { names: new Map(), refs: [] }));
    for (const ref of responsibility.references) {
      // A sentence or a number in a name's place was never a role: it is not reported whatever the table.
      if (readsAsProse(ref.text) || !/\p{L}/u.test(ref.text)) {
        references.add(ref);
        continue;
      }
      // A matrix's column headers are read as roles from where they stand; an `Accountable:` line or an
      // Accountable column says so in words.
      if (responsibility.form !== 'matrix') continue;
      const key = normalizeReference(ref.text);
      if (!key || isAudience(ref.text)) continue;
      if (!entry.names.has(key)) entry.names.set(key, roles.resolve(ref.text) !== undefined);
      entry.refs.push(ref);
    }
  }
  let doubtedScopes = 0;
  for (const [scope, { names, refs }] of byScope) {
    const resolved = [...names.values()].filter(Boolean).length;
    if (names.size < 2 || (names.size - resolved) * 2 <= names.size) continue;
    doubtedScopes++;
    for (const ref of refs) references.add(ref);
    noteOnTable(charter, scope, names.size - resolved, names.size);
  }
  return { references, roles: doubtedScopes > 0 || mostlyUnused(charter, roles), without };
}

/** How many rows a table needs before a letter missing from every one says more about it than about them. */
const ROWS_FOR_A_TABLE_WITHOUT = 3;

/**
 * The tables in which no row gives any of `letters`: a decision table whose "who decides" column was not
 * read, a template not filled in. The table's reading note says why its rows are not reported. A table
 * with an A in some row but no R anywhere is still reported: it names who answers and no doer.
 */
function tablesWithout(charter: Charter, letters: RaciLetter[]): Set<string> {
  const rows = new Map<string, number>();
  const given = new Set<string>();
  for (const responsibility of charter.responsibilities) {
    if (responsibility.form === 'heading' || responsibility.scope === undefined) continue;
    rows.set(responsibility.scope, (rows.get(responsibility.scope) ?? 0) + 1);
    if (responsibility.assignments.some((assignment) => letters.includes(assignment.letter))) given.add(responsibility.scope);
  }
  const without = new Set<string>();
  for (const [scope, count] of rows) {
    if (count < ROWS_FOR_A_TABLE_WITHOUT || given.has(scope)) continue;
    without.add(scope);
    appendToNote(charter, scope, `no row gives ${letters.map((letter) => `an ${letter}`).join(' or ')}, so no row is reported for missing it`);
  }
  return without;
}

/** Fewer than half of the charter's own roles are given a letter anywhere. */
function mostlyUnused(charter: Charter, roles: RoleIndex): boolean {
  const own = charter.roles.filter((role) => !role.listedWithPeople && !role.inheritedFrom);
  if (own.length < 2 || charter.responsibilities.length === 0) return false;
  const used = new Set<RoleDefinition>();
  for (const responsibility of charter.responsibilities) {
    for (const assignment of responsibility.assignments) {
      const role = roles.resolve(assignment.ref.text);
      if (role) used.add(role);
    }
  }
  return own.filter((role) => used.has(role)).length * 2 < own.length;
}

/** The table's reading note says why its names are not checked against the Roles section. */
function noteOnTable(charter: Charter, scope: string, unmatched: number, total: number): void {
  appendToNote(charter, scope, `${unmatched} of its ${total} role names are not in the Roles section, so none is reported as undefined`);
}

function appendToNote(charter: Charter, scope: string, remark: string): void {
  const line = /^table:(\d+)@/.exec(scope)?.[1];
  if (line === undefined) return;
  const note = charter.tables?.find((table) => table.range.start.line === Number(line));
  if (note) note.summary += `; ${remark}`;
}
