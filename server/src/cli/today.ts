// The day a command judges review dates by (review-overdue): the one its caller gives (tests pass a fixed
// day), or the local date when it runs. The core reads no clock; this is where the CLI reads it.
import { isoDateOf } from '../core/freshness/dates';

export function todayOf(io: { today?: string }): string {
  return io.today ?? isoDateOf(new Date());
}
