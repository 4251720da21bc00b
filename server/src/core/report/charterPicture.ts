// One charter's RACI matrix as a picture (picture.ts): its roles as columns, its responsibilities as
// rows, each cell's letters and the findings written inside it, and per-role totals. Pure.
import type { CheckResult } from '../check';
import { involvementsOf, roleKeyOf, type RoleKey } from '../fixes/involvement';
import type { Finding, Position, Range } from '../model';
import type { CharterPicture, ColumnKind, MatrixCell, MatrixColumn, MatrixRow, PictureFinding } from './picture';

export interface CharterPictureInput {
  /** How the picture names the file. */
  file: string;
  result: Pick<CheckResult, 'charter' | 'roles'>;
  /** What the file reports (its own findings and the cross-charter ones). */
  findings: readonly Finding[];
  /** Per responsibility, in the charter's order: the shared responsibility it claims, if any. */
  shared?: readonly (string | undefined)[];
  /** Per responsibility: who CODEOWNERS gives the paths it covers to, in a few words, if it covers any. */
  codeOwners?: readonly (string | undefined)[];
}

interface ColumnDraft {
  column: MatrixColumn;
  /** Where the column is named: the definition, matrix headers. */
  ranges: Range[];
}

export function buildCharterPicture(input: CharterPictureInput): CharterPicture {
  const { charter, roles } = input.result;
  const columns = new Map<RoleKey, ColumnDraft>();
  const columnOf = (key: RoleKey, firstSpelling: string): ColumnDraft => {
    let draft = columns.get(key);
    if (!draft) {
      draft = { column: newColumn(key, firstSpelling, charter.roles.includes(key as never)), ranges: [] };
      if (typeof key !== 'string' && draft.column.kind === 'own') {
        draft.ranges.push(key.titleRange);
        if (key.idRange) draft.ranges.push(key.idRange);
      }
      columns.set(key, draft);
    }
    return draft;
  };
  // The charter's own roles first, in the order it defines them, also those no row uses yet.
  for (const role of charter.roles) columnOf(role, role.title);

  // Rows as role key -> letters and ranges; columns added in the order roles first appear.
  const drafts = charter.responsibilities.map((responsibility) => {
    const byRole = new Map<RoleKey, { letters: MatrixCell['letters']; ranges: Range[]; written?: string }>();
    for (const involvement of involvementsOf(responsibility, roles)) {
      columnOf(involvement.role, involvement.name);
      const ranges: Range[] = [];
      for (const reference of involvement.references) for (const assignment of reference.assignments) addRange(ranges, assignment.range);
      byRole.set(involvement.role, { letters: involvement.letters, ranges });
    }
    // A matrix also has cells without a valid letter (blank, or one `raci-invalid` reports): kept for their findings.
    for (const cell of responsibility.cells) {
      const key = roleKeyOf(roles, cell.column.text);
      const draft = columnOf(key, cell.column.text);
      addRange(draft.ranges, cell.column.range);
      const entry = byRole.get(key) ?? { letters: [], ranges: [] };
      addRange(entry.ranges, cell.range);
      if (cell.letters === null && cell.text !== '') entry.written = cell.text;
      byRole.set(key, entry);
    }
    return { responsibility, byRole };
  });

  const order = [...columns.entries()];
  const findings = input.findings.map(pictureFinding);
  const { take, left } = placer(findings);

  const rows: MatrixRow[] = drafts.map(({ responsibility, byRole }, index) => {
    const cells = order.map(([key, draft]): MatrixCell => {
      const entry = byRole.get(key);
      const letters = entry?.letters ?? [];
      if (letters.includes('A')) draft.column.totals.accountable++;
      if (letters.includes('R')) draft.column.totals.responsible++;
      const ranges = entry?.ranges ?? [];
      return { letters: [...letters], ranges, findings: take(ranges, responsibility.range), ...(entry?.written !== undefined ? { written: entry.written } : {}) };
    });
    const shared = input.shared?.[index];
    const codeOwner = input.codeOwners?.[index];
    return {
      name: responsibility.name,
      ...(responsibility.group !== undefined ? { group: responsibility.group } : {}),
      nameRange: responsibility.nameRange,
      range: responsibility.range,
      cells,
      findings: take([responsibility.range]),
      ...(shared !== undefined ? { shared } : {}),
      ...(codeOwner !== undefined ? { codeOwner } : {}),
    };
  });
  for (const [, draft] of order) draft.column.findings = take(draft.ranges);

  return {
    file: input.file,
    ...(charter.team ? { team: charter.team.text } : {}),
    format: charter.format,
    ...(charter.framework ? { framework: charter.framework.name } : {}),
    columns: order.map(([, draft]) => draft.column),
    rows,
    findings: left(),
  };
}

function newColumn(key: RoleKey, firstSpelling: string, own: boolean): MatrixColumn {
  const totals = { accountable: 0, responsible: 0 };
  if (typeof key === 'string') return { id: key, title: firstSpelling, holders: [], kind: 'undefined', totals, findings: [] };
  const kind: ColumnKind = own ? 'own' : key.inheritedFrom ? 'inherited' : 'implicit';
  return {
    id: key.id,
    title: key.title,
    holders: [...key.holders],
    kind,
    ...(kind === 'own' ? { range: key.titleRange } : {}),
    totals,
    findings: [],
  };
}

function pictureFinding(finding: Finding): PictureFinding {
  return { rule: finding.rule, severity: finding.severity, message: finding.message, range: finding.range };
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether `inner` lies inside `outer` (an empty `inner` at `outer`'s end counts). */
function contains(outer: Range, inner: Range): boolean {
  return compare(outer.start, inner.start) <= 0 && compare(inner.end, outer.end) <= 0;
}

/** Places each finding once: `take` gives those in the ranges (inside `within`) not placed yet; `left`, the rest. */
function placer(findings: readonly PictureFinding[]) {
  const placed = new Set<PictureFinding>();
  const take = (ranges: readonly Range[], within?: Range): PictureFinding[] =>
    findings.filter((finding) => {
      if (placed.has(finding)) return false;
      if (within && !contains(within, finding.range)) return false;
      if (!ranges.some((range) => contains(range, finding.range))) return false;
      placed.add(finding);
      return true;
    });
  return { take, left: () => findings.filter((finding) => !placed.has(finding)) };
}

/** Adds `range` unless it is there already ("A/R" gives two letters in one cell). */
function addRange(ranges: Range[], range: Range): void {
  if (!ranges.some((known) => compare(known.start, range.start) === 0 && compare(known.end, range.end) === 0)) ranges.push(range);
}

/** Every finding a charter's picture holds, wherever it is drawn (the file, roles, rows, cells). */
export function pictureFindings(picture: CharterPicture): PictureFinding[] {
  return [
    ...picture.findings,
    ...picture.columns.flatMap((column) => column.findings),
    ...picture.rows.flatMap((row) => [...row.findings, ...row.cells.flatMap((cell) => cell.findings)]),
  ];
}
