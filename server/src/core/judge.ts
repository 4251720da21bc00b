// The reading judged before it is reported. The Markdown reader decides what each part of a document is from the
// evidence in it; some decisions can only be checked once roles are resolved. When most names a table
// gives its columns are not roles of the charter's Roles section as written, either that section or the
// table was misread (or the two simply name roles differently, as a matrix of short names does): one
// error per column would be wrong in every case, so the names are not reported, and the table's reading
// note says so. The short names read still name their roles for every other rule. Names that are sentences
// or numbers are never reported, wherever they stand. When the charter's own roles
// are mostly never given a letter, the same doubt falls on `role-unused`.
import type { Charter, RaciLetter, ReadingDoubts, RoleDefinition, RoleReference, TableReadingNote } from './model';
import { readsAsProse } from './prose';
import type { RoleIndex } from './resolve';
import { isAudience } from './roles/audience';

export function judgeReading(charter: Charter, roles: RoleIndex): ReadingDoubts {
  const references = new Set<RoleReference>();
  // A YAML charter says what is a role and what names one: nothing there was guessed.
  if (charter.format !== 'markdown') return { references, roles: false, without: { A: new Set(), R: new Set() } };
  const bare = headingsWithoutLetters(charter);
  const tables = tablesWithout(charter);
  const without = { A: new Set([...tables.A, ...bare]), R: new Set([...tables.R, ...assignmentTablesWithout(charter, 'R'), ...bare]) };
  if (roles.implicit) return { references, roles: false, without };
  // A matrix's rows refer to its header's references: a set holds each once, however many rows.
  const byScope = new Map<string, { names: Map<string, NameReading>; refs: Set<RoleReference> }>();
  // What a reference's text reads as, once per distinct text: a matrix repeats its headers on every row.
  const readings = new Map<string, { prose: boolean; key: string | undefined }>();
  const readingOf = (text: string) => {
    let reading = readings.get(text);
    if (!reading) {
      const prose = readsAsProse(text) || !/\p{L}/u.test(text);
      const key = prose ? undefined : roles.keyOf(text);
      readings.set(text, (reading = { prose, key: key && !isAudience(text, roles.keyOf) ? key : undefined }));
    }
    return reading;
  };
  for (const responsibility of charter.responsibilities) {
    const scope = responsibility.scope ?? '';
    let entry = byScope.get(scope);
    if (!entry) byScope.set(scope, (entry = { names: new Map(), refs: new Set() }));
    for (const ref of responsibility.references) {
      const { prose, key } = readingOf(ref.text);
      // A sentence or a number in a name's place was never a role: it is not reported whatever the table.
      if (prose) {
        references.add(ref);
        continue;
      }
      // A matrix's column headers are read as roles from where they stand; an `Accountable:` line or an
      // Accountable column says so in words.
      if (responsibility.form !== 'matrix' || !key) continue;
      if (!entry.names.has(key)) entry.names.set(key, nameReading(roles, ref.text));
      entry.refs.add(ref);
    }
  }
  let doubtedScopes = 0;
  for (const [scope, { names, refs }] of byScope) {
    const readings = [...names.values()];
    const named = readings.filter((reading) => reading === 'name').length;
    if (names.size < 2 || (names.size - named) * 2 <= names.size) continue;
    doubtedScopes++;
    for (const ref of refs) references.add(ref);
    noteOnTable(charter, scope, names.size - named, names.size, readings.filter((reading) => reading === 'short').length);
  }
  return { references, roles: doubtedScopes > 0 || mostlyUnused(charter, roles), without };
}

/** How many rows a table needs before a letter missing from every one says more about it than about them. */
const ROWS_FOR_A_TABLE_WITHOUT = 3;

/**
 * The tables in which no row gives an A (`A`), and those in which no row gives an A or an R (`R`): a
 * decision table whose "who decides" column was not read, a template not filled in. The table's reading
 * note says why its rows are not reported. A table with an A in some row but no R anywhere is still
 * reported for its missing R: it names who answers and no doer.
 */
function tablesWithout(charter: Charter): { A: Set<string>; R: Set<string> } {
  const tally = new Map<string, { rows: number; letters: Set<RaciLetter> }>();
  for (const responsibility of charter.responsibilities) {
    if (responsibility.form === 'heading' || responsibility.scope === undefined) continue;
    let table = tally.get(responsibility.scope);
    if (!table) tally.set(responsibility.scope, (table = { rows: 0, letters: new Set() }));
    table.rows++;
    // Once a table has an A, what else it has does not matter.
    if (!table.letters.has('A')) for (const assignment of responsibility.assignments) table.letters.add(assignment.letter);
  }
  const without = { A: new Set<string>(), R: new Set<string>() };
  for (const [scope, { rows, letters }] of tally) {
    if (rows < ROWS_FOR_A_TABLE_WITHOUT || letters.has('A')) continue;
    without.A.add(scope);
    if (letters.has('R')) {
      appendToNote(charter, scope, 'no row gives an A, so no row is reported for missing one');
    } else {
      without.R.add(scope);
      appendToNote(charter, scope, 'no row gives an A or an R, so no row is reported for missing either');
    }
  }
  return without;
}

/**
 * Assignment tables (a column per letter) with no column for `letter`: `| Decision | Accountable |
 * Escalation path |` names who answers, and was not written to name doers.
 */
function assignmentTablesWithout(charter: Charter, letter: RaciLetter): Set<string> {
  const without = new Set<string>();
  for (const responsibility of charter.responsibilities) {
    const scope = responsibility.scope;
    if (responsibility.form !== 'assignment-table' || scope === undefined || without.has(scope)) continue;
    const note = noteOf(charter, scope);
    if (!note?.letters || note.letters.includes(letter)) continue;
    without.add(scope);
    appendToNote(charter, scope, `it has no ${letter} column, so no row is reported for missing one`);
  }
  return without;
}

/**
 * The sections of sub-headings read as responsibilities when none of them gives any letter: headings of
 * a page whose title says RACI, not responsibilities being written (those stand beside ones with letters).
 */
function headingsWithoutLetters(charter: Charter): Set<string> {
  const headings = charter.responsibilities.filter((responsibility) => responsibility.form === 'heading');
  if (headings.length === 0 || headings.some((responsibility) => responsibility.assignments.length > 0)) return new Set();
  return new Set(headings.map((responsibility) => responsibility.scope).filter((scope): scope is string => scope !== undefined));
}

/** Fewer than half of the charter's own roles are given a letter anywhere. */
function mostlyUnused(charter: Charter, roles: RoleIndex): boolean {
  const own = charter.roles.filter((role) => !role.listedWithPeople && !role.inheritedFrom);
  if (own.length < 2 || charter.responsibilities.length === 0) return false;
  // Read until half of them are found used: most charters use most of their roles in their first rows.
  const unused = new Set(own);
  const enough = own.length - Math.ceil(own.length / 2);
  for (const responsibility of charter.responsibilities) {
    for (const assignment of responsibility.assignments) {
      const role = roles.resolve(assignment.ref.text);
      if (role && unused.delete(role) && unused.size <= enough) return false;
    }
  }
  return true;
}

type NameReading = 'name' | 'short' | 'none';

/** Whether a table's name is one of a role's names (its holder, its plural), only a short name of one, or neither. */
function nameReading(roles: RoleIndex, text: string): NameReading {
  if (roles.resolveByName(text)) return 'name';
  return roles.resolve(text) ? 'short' : 'none';
}

/** The table's reading note says why its names are not checked against the Roles section. */
function noteOnTable(charter: Charter, scope: string, unmatched: number, total: number, short: number): void {
  const remark =
    short === 0
      ? `${unmatched} of its ${total} role names are not in the Roles section`
      : `${unmatched} of its ${total} role names are not written as in the Roles section (${short} read as short names)`;
  appendToNote(charter, scope, `${remark}, so none is reported as undefined`);
}

function noteOf(charter: Charter, scope: string): TableReadingNote | undefined {
  const line = /^table:(\d+)@/.exec(scope)?.[1];
  return line === undefined ? undefined : charter.tables?.find((table) => table.range.start.line === Number(line));
}

function appendToNote(charter: Charter, scope: string, remark: string): void {
  const note = noteOf(charter, scope);
  if (note) note.summary += `; ${remark}`;
}
