// The outline: "Roles" and "Responsibilities", each role and responsibility under them (grouped by
// their group row or heading when they have one), then "Tables": how each Markdown table was read.
import type { CheckResult } from '../check';
import type { Range } from '../model';
import { contentStart } from '../lines';
import { comparePositions } from '../text';

export type CharterSymbolKind = 'namespace' | 'role' | 'responsibility' | 'group';

export interface CharterSymbol {
  name: string;
  detail?: string;
  kind: CharterSymbolKind;
  range: Range;
  selectionRange: Range;
  children: CharterSymbol[];
}

export function documentSymbols(result: CheckResult): CharterSymbol[] {
  const { charter, roles } = result;
  const symbols: CharterSymbol[] = [];

  const roleSymbols: CharterSymbol[] = charter.roles.map((role) => ({
    name: role.title,
    detail: role.id,
    kind: 'role',
    range: union(role.removeRange ?? role.titleRange, role.titleRange),
    selectionRange: role.titleRange,
    children: [],
  }));
  if (roleSymbols.length > 0) symbols.push(parent('Roles', roleSymbols));

  const top: CharterSymbol[] = [];
  const groups = new Map<string, CharterSymbol>();
  for (const responsibility of charter.responsibilities) {
    const accountable: string[] = [];
    for (const assignment of responsibility.assignments) {
      if (assignment.letter !== 'A') continue;
      const title = roles.resolve(assignment.ref.text)?.title ?? assignment.ref.text;
      if (!accountable.includes(title)) accountable.push(title);
    }
    const symbol: CharterSymbol = {
      name: responsibility.name || '(unnamed)',
      detail: accountable.length > 0 ? accountable.join(', ') : 'no accountable role',
      kind: 'responsibility',
      range: union(responsibility.range, responsibility.nameRange),
      selectionRange: responsibility.nameRange,
      children: [],
    };
    if (!responsibility.group) {
      top.push(symbol);
      continue;
    }
    let group = groups.get(responsibility.group);
    if (!group) {
      group = { name: responsibility.group, kind: 'group', range: symbol.range, selectionRange: symbol.selectionRange, children: [] };
      groups.set(responsibility.group, group);
      top.push(group);
    }
    group.children.push(symbol);
    group.range = union(group.range, symbol.range);
  }
  if (top.length > 0) symbols.push(parent('Responsibilities', top));
  // How each table was read, so that a file with no findings can be told from one that was not read.
  const tables: CharterSymbol[] = (charter.tables ?? []).map((table) => ({
    name: `Table, line ${table.range.start.line + 1}`,
    detail: table.summary,
    kind: 'group',
    range: table.range,
    selectionRange: table.range,
    children: [],
  }));
  if (tables.length > 0) symbols.push(parent('Tables', tables));
  if (charter.notACharter) {
    const start = { line: 0, character: contentStart(charter.text) };
    symbols.push({ name: 'Not a charter (not checked)', detail: charter.notACharter, kind: 'namespace', range: { start, end: start }, selectionRange: { start, end: start }, children: [] });
  }
  return symbols;
}

function parent(name: string, children: CharterSymbol[]): CharterSymbol {
  const range = children.map((child) => child.range).reduce(union);
  return { name, kind: 'namespace', range, selectionRange: children[0].selectionRange, children };
}

function union(a: Range, b: Range): Range {
  return {
    start: comparePositions(a.start, b.start) <= 0 ? a.start : b.start,
    end: comparePositions(a.end, b.end) >= 0 ? a.end : b.end,
  };
}
