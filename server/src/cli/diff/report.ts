// What `team-charter diff` reports: each charter of either version with what changed in it, and the
// changes as lines in reading order (introduced errors first), which the stylish and Markdown formats
// both print.
import type { CharterDiff, DiffFinding, RowSummary } from '../../core/diff/changes';
import type { Severity } from '../../core/model';

export interface CharterComparison {
  before?: { file: string; team?: string };
  after?: { file: string; team?: string };
  /** `renamed`: the charter moved to another file (a Markdown charter rewritten as YAML) with the same ownership. */
  status: 'added' | 'removed' | 'changed' | 'renamed' | 'unchanged';
  diff: CharterDiff;
}

export interface DiffReport {
  /** The earlier version ("HEAD", "origin/main", a folder) and the later one ("working tree", a folder). */
  base: string;
  target: string;
  charters: CharterComparison[];
}

/** One change, as a row of the Markdown table and a line of the stylish output. */
export interface ChangeLine {
  kind: ChangeKind;
  /** The responsibility, role or rule it is about. */
  subject: string;
  before: string;
  after: string;
  severity?: Severity;
  /** 1-based line in the version it is found in (findings only). */
  line?: number;
  rule?: string;
}

export type ChangeKind =
  | 'introduced'
  | 'accountable'
  | 'added letter'
  | 'removed letter'
  | 'added responsibility'
  | 'removed responsibility'
  | 'renamed responsibility'
  | 'added role'
  | 'removed role'
  | 'renamed role'
  | 'holders'
  | 'team'
  | 'reviewed'
  | 'resolved';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function changeLines(diff: CharterDiff): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const introduced = [...diff.findings.introduced].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  for (const finding of introduced.filter((f) => f.severity === 'error')) lines.push(findingLine('introduced', finding));
  if (diff.team) lines.push({ kind: 'team', subject: 'Team', before: diff.team.from ?? '', after: diff.team.to ?? '' });
  for (const change of diff.responsibilities.changed) {
    if (change.accountable) lines.push({ kind: 'accountable', subject: change.name, before: names(change.accountable.from), after: names(change.accountable.to) });
    for (const added of change.added) lines.push({ kind: 'added letter', subject: change.name, before: '', after: `${added.role} (${added.letter})` });
    for (const removed of change.removed) lines.push({ kind: 'removed letter', subject: change.name, before: `${removed.role} (${removed.letter})`, after: '' });
  }
  for (const row of diff.responsibilities.removed) lines.push({ kind: 'removed responsibility', subject: row.name, before: lettersOf(row), after: '' });
  for (const row of diff.responsibilities.added) lines.push({ kind: 'added responsibility', subject: row.name, before: '', after: lettersOf(row) });
  for (const rename of diff.responsibilities.renamed) lines.push({ kind: 'renamed responsibility', subject: rename.to, before: rename.from, after: rename.to });
  for (const role of diff.roles.removed) lines.push({ kind: 'removed role', subject: role.title, before: role.holders.join(', '), after: '' });
  for (const role of diff.roles.added) lines.push({ kind: 'added role', subject: role.title, before: '', after: role.holders.join(', ') });
  for (const rename of diff.roles.renamed) lines.push({ kind: 'renamed role', subject: rename.to, before: rename.from, after: rename.to });
  for (const change of diff.roles.holders) lines.push({ kind: 'holders', subject: change.role, before: names(change.from), after: names(change.to) });
  if (diff.reviewed) lines.push({ kind: 'reviewed', subject: 'Last reviewed', before: diff.reviewed.from ?? '', after: diff.reviewed.to ?? '' });
  for (const finding of introduced.filter((f) => f.severity !== 'error')) lines.push(findingLine('introduced', finding));
  for (const finding of diff.findings.resolved) lines.push(findingLine('resolved', finding));
  return lines;
}

function findingLine(kind: 'introduced' | 'resolved', finding: DiffFinding): ChangeLine {
  const line = finding.range.start.line + 1;
  return { kind, subject: finding.rule, before: kind === 'resolved' ? finding.message : '', after: kind === 'introduced' ? finding.message : '', severity: finding.severity, line, rule: finding.rule };
}

/** "Product Manager (A/R); Engineers (C)". */
function lettersOf(row: RowSummary): string {
  return row.roles.map((role) => `${role.role} (${role.letters})`).join('; ');
}

function names(list: readonly string[]): string {
  return list.length === 0 ? '(none)' : list.join(', ');
}

/** Whether the report has an error finding the later version introduces. */
export function introducesErrors(report: DiffReport): boolean {
  return report.charters.some((charter) => charter.diff.findings.introduced.some((finding) => finding.severity === 'error'));
}
