// A fix's edits computed when first read. Most fixes of a check are never applied or shown (the
// checks that verify other fixes, a keystroke's check), and rewriting a responsibility formats its
// values again (YAML through the yaml library). BENCHMARKS.md has the measurement.
import type { Fix, TextEdit } from '../model';

export function withLazyEdits(fix: Omit<Fix, 'edits'>, edits: () => TextEdit[]): Fix {
  let computed: TextEdit[] | undefined;
  return {
    ...fix,
    get edits() {
      return (computed ??= edits());
    },
  };
}
