// Speed: the work kinds' patterns, joined into one (case aside), rule out most responsibility names at
// once; each kind's own patterns run only on a name that one matches (about 50 patterns per name
// otherwise). BENCHMARKS.md has the measurement.
import { WORK_KINDS, workKindsIn, type WorkKind } from '../roles/boundaries';

const ANY_WORK_KIND = new RegExp(WORK_KINDS.flatMap((kind) => kind.patterns).map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

/** workKindsIn, for a text that names no kind of work in most charters. */
export function workKindsNamedIn(text: string | undefined): WorkKind[] {
  return text && ANY_WORK_KIND.test(text) ? workKindsIn(text) : [];
}
