// Shared by the reference rules: a matrix header is one reference in every row of its table, but it is
// one place in the file, so it must give one finding, not one per row.
import type { Range, RoleReference } from '../model';
import type { RuleContext } from './types';

export function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Every reference the charter's responsibilities make, each place in the file once, in source order. */
export function distinctReferences(context: RuleContext): RoleReference[] {
  const seen = new Set<string>();
  const result: RoleReference[] = [];
  for (const responsibility of context.charter.responsibilities) {
    for (const ref of responsibility.references) {
      // The entries of an aliased list (`informed: *everyone`) all stand at the alias: one place each.
      const key = ref.viaAlias ? `${rangeKey(ref.range)} ${ref.text}` : rangeKey(ref.range);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(ref);
    }
  }
  return result;
}

/** "a, b and c" */
export function joinWithAnd(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
