// How often a charter is to be reviewed (`review-every: 6 months`): read, and said back in words.
import type { PeriodUnit, ReviewPeriod } from './dates';

const UNITS: Record<string, PeriodUnit> = {
  d: 'day', day: 'day', days: 'day',
  w: 'week', wk: 'week', wks: 'week', week: 'week', weeks: 'week',
  mo: 'month', mos: 'month', month: 'month', months: 'month',
  y: 'year', yr: 'year', yrs: 'year', year: 'year', years: 'year',
};

const WORDS: Record<string, ReviewPeriod> = {
  weekly: { count: 1, unit: 'week' },
  monthly: { count: 1, unit: 'month' },
  quarterly: { count: 3, unit: 'month' },
  'half-yearly': { count: 6, unit: 'month' },
  'semi-annually': { count: 6, unit: 'month' },
  semiannually: { count: 6, unit: 'month' },
  yearly: { count: 1, unit: 'year' },
  annually: { count: 1, unit: 'year' },
};

const ISO_UNITS: Record<string, PeriodUnit> = { D: 'day', W: 'week', M: 'month', Y: 'year' };

/** The forms `review-every` takes, for messages and the schema. */
export const PERIOD_FORMS = '"6 months", "90 days", "2 weeks", "1 year", quarterly, yearly or an ISO 8601 duration such as P6M';

/** `6 months`, `every 2 weeks`, `quarterly`, `P6M`; undefined for anything else (or a zero period). */
export function readPeriod(text: string): ReviewPeriod | undefined {
  const value = text.trim();
  const iso = /^P(\d+)([DWMY])$/.exec(value);
  if (iso) return period(Number(iso[1]), ISO_UNITS[iso[2]]);
  const lower = value.toLowerCase();
  if (WORDS[lower]) return WORDS[lower];
  const counted = /^(?:every\s+)?(\d+)\s*([a-z]+)$/.exec(lower);
  if (!counted || !UNITS[counted[2]]) return undefined;
  return period(Number(counted[1]), UNITS[counted[2]]);
}

function period(count: number, unit: PeriodUnit): ReviewPeriod | undefined {
  return count > 0 && count <= 1000 ? { count, unit } : undefined;
}

/** "6 months", "1 year". */
export function periodText(period: ReviewPeriod): string {
  return `${period.count} ${period.unit}${period.count === 1 ? '' : 's'}`;
}
