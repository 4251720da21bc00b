// Definition, references and rename for roles. Locations carry a path only when they lie in another
// file (an inherited role's definition); otherwise they are in the charter itself.
import type { CheckResult } from '../check';
import type { Position, Range, RoleDefinition, TextEdit } from '../model';
import { kebabCase, normalizeReference, pictographEdges } from '../normalize';
import { LineIndex } from '../text';
import { targetAt } from './locate';
import { shortNameOf } from '../shortNames/align';

export interface CharterLocation {
  /** Absolute path of the file, when it is not the charter itself. */
  path?: string;
  range: Range;
}

function roleTarget(result: CheckResult, position: Position) {
  const target = targetAt(result, position);
  return target?.kind === 'role' ? target : undefined;
}

export function definitionAt(result: CheckResult, position: Position): CharterLocation | undefined {
  const target = roleTarget(result, position);
  if (!target) return undefined;
  return { path: target.role.inheritedFrom, range: target.role.titleRange };
}

export function referencesAt(result: CheckResult, position: Position, includeDeclaration: boolean): CharterLocation[] | undefined {
  const target = roleTarget(result, position);
  if (!target) return undefined;
  const locations: CharterLocation[] = [];
  if (includeDeclaration && target.role.form !== 'implicit') {
    locations.push({ path: target.role.inheritedFrom, range: target.role.titleRange });
  }
  // A matrix header is a reference of every row below it: list it once.
  const seen = new Set<string>();
  for (const reference of result.roles.referencesTo(target.role)) {
    const key = rangeKey(reference.range);
    if (seen.has(key)) continue;
    seen.add(key);
    locations.push({ range: reference.range });
  }
  return locations;
}

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };

const NOT_A_ROLE = "Only a role can be renamed: put the cursor on a role's title or on a reference to it.";

export function prepareRenameAt(result: CheckResult, position: Position): PrepareRenameResult {
  const target = roleTarget(result, position);
  if (!target) return { error: NOT_A_ROLE };
  if (target.role.inheritedFrom) {
    return { error: `'${target.role.title}' is defined in ${target.role.inheritedFrom}; rename it there.` };
  }
  const name = nameRenamed(target.role, target.via, target.text);
  return { range: target.range, placeholder: name.current };
}

/** Which of the role's names a rename at this spot changes: the title, the id or one alias. */
function nameRenamed(role: RoleDefinition, via: 'title' | 'id' | 'alias' | 'reference', text: string) {
  if (via === 'title') return { kind: 'title' as const, current: role.title };
  if (via === 'id') return { kind: 'id' as const, current: role.id };
  if (via === 'alias') return { kind: 'alias' as const, current: text };
  const key = normalizeReference(text);
  if (key === normalizeReference(role.title) || role.form === 'implicit') return { kind: 'title' as const, current: role.title };
  if (key === normalizeReference(role.id)) return { kind: 'id' as const, current: role.id };
  return { kind: 'alias' as const, current: text };
}

/**
 * The edits that rename the name of a role the position is on. References spelled with that name
 * follow it; references spelled with the role's other names still resolve, so they are left alone.
 * A role without an explicit id gets its id from its title, so references spelled as that id follow
 * the title too.
 */
export function renameAt(result: CheckResult, position: Position, newName: string): { edits: TextEdit[] } | { error: string } {
  const target = roleTarget(result, position);
  if (!target) return { error: NOT_A_ROLE };
  if (target.role.inheritedFrom) return { error: `'${target.role.title}' is defined in ${target.role.inheritedFrom}; rename it there.` };
  const name = newName.trim();
  if (!name || /[\r\n|]/.test(name)) return { error: 'A role name cannot be empty or contain a line break or "|".' };
  const role = target.role;
  // Only a name: "Arch" may read as the Architect, yet no role is called that.
  const other = result.roles.resolveByName(name);
  if (other && other !== role) return { error: `Another role is already called '${name}'.` };

  const renamed = nameRenamed(role, target.via, target.text);
  const oldKey = normalizeReference(renamed.current);
  const derivedIdKey = renamed.kind === 'title' && !role.idRange && role.form !== 'implicit' ? normalizeReference(role.id) : undefined;
  const index = new LineIndex(result.charter.text);
  const edits: TextEdit[] = [];
  const replace = (range: Range, text: string) => edits.push({ range, newText: keepDecoration(index, range, text) });

  if (role.form !== 'implicit') {
    if (renamed.kind === 'title') replace(role.titleRange, name);
    else if (renamed.kind === 'id' && role.idRange) replace(role.idRange, name);
    else if (renamed.kind === 'alias') {
      const alias = role.aliases.find((candidate) => normalizeReference(candidate.text) === oldKey);
      if (alias) replace(alias.range, name);
    }
  }
  for (const reference of result.roles.referencesTo(role)) {
    // An aliased list's entry stands at the alias; its text is at the anchor, renamed there if it is a reference.
    if (reference.viaAlias) continue;
    const key = normalizeReference(reference.text);
    if (key === oldKey || role.form === 'implicit') replace(reference.range, name);
    else if (derivedIdKey !== undefined && key === derivedIdKey) replace(reference.range, kebabCase(name));
    // "PO" after "Product Owner" becomes "Product Lead": a short name of the old title only follows it.
    else if (renamed.kind === 'title' && shortNameOf(reference.text, renamed.current) && !shortNameOf(reference.text, name)) replace(reference.range, name);
  }
  return { edits: dedupe(edits) };
}

/** Keeps `**`, `__`, backticks or pictographs ("🧭 Launch Manager") around the old text, when the range includes them. */
function keepDecoration(index: LineIndex, range: Range, text: string): string {
  const old = index.text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
  for (const mark of ['**', '__', '`']) {
    if (old.length > mark.length * 2 && old.startsWith(mark) && old.endsWith(mark)) return mark + text + mark;
  }
  const { lead, trail } = pictographEdges(old);
  return lead + text + trail;
}

function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((edit) => {
    const key = rangeKey(edit.range);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}`;
}
