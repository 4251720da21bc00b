// What changed in a charter's ownership between two versions, in the words a reviewer needs: who is
// accountable for each responsibility (from → to), R, C and I added and removed, responsibilities and
// roles added, removed and renamed, holders changed, and the findings introduced and resolved. Plain
// data; the CLI and the matrix view render it.
import type { Finding, RaciLetter, Range, Severity } from '../model';
import { matchCharters, type CharterMatch } from './match';
import type { CharterSide, SideRole, SideRow } from './side';

export interface RowSummary {
  name: string;
  /** Each role's letters, in the order the charter names them: [{ role: "Product Manager", letters: "A/R" }]. */
  roles: { role: string; letters: string }[];
}

export interface LetterChange {
  role: string;
  letter: RaciLetter;
}

export interface RowChange {
  name: string;
  /** Where the row is in the later version. */
  nameRange: Range;
  /** The accountable roles before and after, when they differ. */
  accountable?: { from: string[]; to: string[] };
  added: LetterChange[];
  removed: LetterChange[];
}

export interface DiffFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** In the version it is found in: the later one when introduced, the earlier one when resolved. */
  range: Range;
}

export interface CharterDiff {
  team?: { from?: string; to?: string };
  reviewed?: { from?: string; to?: string };
  roles: {
    added: { title: string; holders: string[] }[];
    removed: { title: string; holders: string[] }[];
    renamed: { from: string; to: string }[];
    holders: { role: string; from: string[]; to: string[] }[];
  };
  responsibilities: {
    added: RowSummary[];
    removed: RowSummary[];
    renamed: { from: string; to: string }[];
    changed: RowChange[];
  };
  findings: { introduced: DiffFinding[]; resolved: DiffFinding[] };
}

export function diffCharters(before: CharterSide, after: CharterSide): CharterDiff {
  return describeChanges(matchCharters(before, after));
}

export function describeChanges(match: CharterMatch): CharterDiff {
  const { before, after } = match;
  const afterRole = new Map(after.roles.map((role) => [role.key, role]));
  const beforeRole = new Map(before.roles.map((role) => [role.key, role]));
  const matchedAfter = new Set(match.roles.values());
  const matchedRows = new Set(match.rows.values());
  const titleOfBefore = (key: string) => afterRole.get(match.roles.get(key) ?? '')?.title ?? beforeRole.get(key)?.title ?? key;
  const titleOfAfter = (key: string) => afterRole.get(key)?.title ?? key;
  const diff: CharterDiff = {
    roles: { added: [], removed: [], renamed: [], holders: [] },
    responsibilities: { added: [], removed: [], renamed: [], changed: [] },
    findings: compareFindings(before.findings, after.findings),
  };
  if ((before.team ?? '') !== (after.team ?? '')) diff.team = { from: before.team, to: after.team };
  if ((before.reviewed ?? '') !== (after.reviewed ?? '')) diff.reviewed = { from: before.reviewed, to: after.reviewed };

  for (const role of before.roles) {
    const next = match.roles.get(role.key);
    if (next === undefined) {
      // A name only the rows used (no definition) is gone with its letters, which the rows say.
      if (role.defined) diff.roles.removed.push({ title: role.title, holders: [...role.holders] });
      continue;
    }
    const now = afterRole.get(next)!;
    if (now.key !== role.key) diff.roles.renamed.push({ from: role.title, to: now.title });
    if ((role.defined || now.defined) && !sameHolders(role, now)) diff.roles.holders.push({ role: now.title, from: [...role.holders], to: [...now.holders] });
  }
  for (const role of after.roles) {
    if (!matchedAfter.has(role.key) && role.defined) diff.roles.added.push({ title: role.title, holders: [...role.holders] });
  }

  before.rows.forEach((row, index) => {
    const next = match.rows.get(index);
    if (next === undefined) {
      diff.responsibilities.removed.push(summary(row, titleOfBefore));
      return;
    }
    const now = after.rows[next];
    if (now.key !== row.key) diff.responsibilities.renamed.push({ from: row.name, to: now.name });
    const change = rowChange(row, now, match, titleOfBefore, titleOfAfter);
    if (change) diff.responsibilities.changed.push(change);
  });
  after.rows.forEach((row, index) => {
    if (!matchedRows.has(index)) diff.responsibilities.added.push(summary(row, titleOfAfter));
  });
  return diff;
}

/** Whether a diff says anything at all. */
export function isEmptyDiff(diff: CharterDiff): boolean {
  return ownershipChangeCount(diff) === 0 && diff.findings.introduced.length === 0 && diff.findings.resolved.length === 0 && !diff.reviewed;
}

/** How many ownership changes a diff lists (every row, role and letter change counts one). */
export function ownershipChangeCount(diff: CharterDiff): number {
  const { roles, responsibilities } = diff;
  const letters = responsibilities.changed.reduce((sum, change) => sum + (change.accountable ? 1 : 0) + change.added.length + change.removed.length, 0);
  return (
    (diff.team ? 1 : 0) +
    roles.added.length + roles.removed.length + roles.renamed.length + roles.holders.length +
    responsibilities.added.length + responsibilities.removed.length + responsibilities.renamed.length + letters
  );
}

function rowChange(row: SideRow, now: SideRow, match: CharterMatch, titleOfBefore: (key: string) => string, titleOfAfter: (key: string) => string): RowChange | undefined {
  // Letters keyed by the later version's role where the role is still there.
  const was = new Map<string, { title: string; letters: RaciLetter[] }>();
  for (const [key, letters] of row.letters) was.set(match.roles.get(key) ?? `\u0000${key}`, { title: titleOfBefore(key), letters });
  const is = new Map<string, { title: string; letters: RaciLetter[] }>();
  for (const [key, letters] of now.letters) is.set(key, { title: titleOfAfter(key), letters });
  const holders = (entries: Map<string, { title: string; letters: RaciLetter[] }>, letter: RaciLetter) =>
    [...entries.values()].filter((entry) => entry.letters.includes(letter)).map((entry) => entry.title);
  const change: RowChange = { name: now.name, nameRange: now.nameRange, added: [], removed: [] };
  const from = holders(was, 'A');
  const to = holders(is, 'A');
  if (from.length !== to.length || from.some((title) => !to.includes(title))) change.accountable = { from, to };
  for (const letter of ['R', 'C', 'I'] as const) {
    for (const [key, entry] of is) if (entry.letters.includes(letter) && !was.get(key)?.letters.includes(letter)) change.added.push({ role: entry.title, letter });
    for (const [key, entry] of was) if (entry.letters.includes(letter) && !is.get(key)?.letters.includes(letter)) change.removed.push({ role: entry.title, letter });
  }
  return change.accountable || change.added.length > 0 || change.removed.length > 0 ? change : undefined;
}

/** A row's roles, the accountable first, then by R, C and I (each role's letters in A, R, C, I order already). */
function summary(row: SideRow, title: (key: string) => string): RowSummary {
  const rank = (letters: readonly RaciLetter[]) => LETTER_RANK[letters[0]] ?? 4;
  const roles = [...row.letters].sort(([, a], [, b]) => rank(a) - rank(b));
  return { name: row.name, roles: roles.map(([key, letters]) => ({ role: title(key), letters: letters.join('/') })) };
}

const LETTER_RANK: Record<RaciLetter, number> = { A: 0, R: 1, C: 2, I: 3 };

function sameHolders(a: SideRole, b: SideRole): boolean {
  const norm = (list: readonly string[]) => list.map((holder) => holder.trim().toLowerCase()).sort().join('\n');
  return norm(a.holders) === norm(b.holders);
}

/** Findings compared by rule, severity and message (their lines move with every edit above them). */
function compareFindings(before: readonly Finding[], after: readonly Finding[]): CharterDiff['findings'] {
  const key = (finding: Finding) => `${finding.rule}\u0000${finding.severity}\u0000${finding.message}`;
  const plain = (finding: Finding): DiffFinding => ({ rule: finding.rule, severity: finding.severity, message: finding.message, range: finding.range });
  const counts = new Map<string, number>();
  for (const finding of before) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  const introduced: DiffFinding[] = [];
  for (const finding of after) {
    const left = counts.get(key(finding)) ?? 0;
    if (left > 0) counts.set(key(finding), left - 1);
    else introduced.push(plain(finding));
  }
  const resolvedCounts = new Map<string, number>();
  for (const finding of after) resolvedCounts.set(key(finding), (resolvedCounts.get(key(finding)) ?? 0) + 1);
  const resolved: DiffFinding[] = [];
  for (const finding of before) {
    const left = resolvedCounts.get(key(finding)) ?? 0;
    if (left > 0) resolvedCounts.set(key(finding), left - 1);
    else resolved.push(plain(finding));
  }
  return { introduced, resolved };
}
