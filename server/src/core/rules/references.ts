// Shared by the reference rules: a matrix header is one reference in every row of its table, but it is
// one place in the file, so it must give one finding, not one per row.
import type { Charter, Range, Responsibility, RoleReference } from '../model';
import type { RuleContext } from './types';

export function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/**
 * Every reference the charter's responsibilities make, each place in the file once, in source order.
 * Ranges are keyed by their start as a number, the end compared only when two start at the same place
 * (or are one object, as a matrix header is in every row): a string key per reference cost a tenth of
 * a check.
 */
export function distinctReferences(context: RuleContext): RoleReference[] {
  return distinct(context.charter, () => true);
}

/**
 * The distinct references whose text `include` keeps (a test of the text alone: a place is always
 * written the same). Tested before the places are compared, since most references of a charter are
 * ones a rule has nothing to say about (they resolve, they are no short form).
 */
export function distinctReferencesWhere(context: RuleContext, include: (text: string) => boolean): RoleReference[] {
  return distinct(context.charter, include);
}

function distinct(charter: Charter, include: (text: string) => boolean): RoleReference[] {
  // Start -> the range first seen there; two places rarely start at the same position (then: all of them).
  const byStart = new Map<number | string, Range | Range[]>();
  const sameEnd = (a: Range, b: Range) => a.end.line === b.end.line && a.end.character === b.end.character;
  const result: RoleReference[] = [];
  let aliased: Set<string> | undefined;
  for (const responsibility of charter.responsibilities) {
    for (const ref of responsibility.references) {
      if (!include(ref.text)) continue;
      if (ref.viaAlias) {
        // The entries of an aliased list (`informed: *everyone`) all stand at the alias: one place each.
        const key = `${rangeKey(ref.range)} ${ref.text}`;
        aliased ??= new Set();
        if (aliased.has(key)) continue;
        aliased.add(key);
        result.push(ref);
        continue;
      }
      const { start } = ref.range;
      const key = start.character < 0x200000 ? start.line * 0x200000 + start.character : rangeKey(ref.range);
      const earlier = byStart.get(key);
      if (earlier === undefined) byStart.set(key, ref.range);
      else if (Array.isArray(earlier)) {
        if (earlier.some((other) => sameEnd(other, ref.range))) continue;
        earlier.push(ref.range);
      } else {
        if (sameEnd(earlier, ref.range)) continue;
        byStart.set(key, [earlier, ref.range]);
      }
      result.push(ref);
    }
  }
  return result;
}

export { joinWithAnd } from '../quote';

/** Whether one of the responsibility's cells could not be read (so its letters are not all known). */
export function hasUnreadableCell(responsibility: Responsibility): boolean {
  return responsibility.cells.some((cell) => cell.letters === null);
}
