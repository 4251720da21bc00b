// Where a charter stands with its reviews: when it was last reviewed, by when the next review is due
// (its own `review-every`, or the configured default), and whether that has passed on the day given.
// The review-overdue rule and the title's hover both read it, so they cannot disagree.
import type { Charter } from '../model';
import { addPeriod, type ReviewPeriod } from './dates';

export interface ReviewStatus {
  /** The last review, ISO. */
  reviewed: string;
  period: ReviewPeriod;
  /** Whether the charter writes the period itself (otherwise it is the configured default). */
  periodWritten: boolean;
  /** The day the next review is due, ISO. */
  due: string;
  /** Whether `today` is past `due`; undefined when no day was given. */
  overdue?: boolean;
}

/**
 * Undefined when the charter gives no readable review date, or writes a period that cannot be read
 * (that is a `schema` problem, and no due date is guessed).
 */
export function reviewStatus(charter: Charter, defaultPeriod: ReviewPeriod, today?: string): ReviewStatus | undefined {
  const reviewed = charter.review?.reviewed?.date;
  const every = charter.review?.every;
  if (!reviewed || (every && !every.period)) return undefined;
  const period = every?.period ?? defaultPeriod;
  const due = addPeriod(reviewed, period);
  return { reviewed, period, periodWritten: every !== undefined, due, ...(today !== undefined ? { overdue: today > due } : {}) };
}
