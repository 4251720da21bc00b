// Calendar dates as ISO text (`2026-09-01`): reading them (strictly in YAML, as people write them in a
// Markdown line), adding a review period, comparing. Pure: "today" is always given by the caller.
import { MONTHS } from './months';

export type PeriodUnit = 'day' | 'week' | 'month' | 'year';

export interface ReviewPeriod {
  count: number;
  unit: PeriodUnit;
}

/** `YYYY-MM-DD` for a valid calendar date, undefined otherwise (2026-02-30 is no date). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The local calendar date of a moment, as ISO text: what the front ends pass as "today". */
export function isoDateOf(moment: Date): string {
  return isoDate(moment.getFullYear(), moment.getMonth() + 1, moment.getDate())!;
}

/** A strict ISO date (`2026-09-01`), as YAML and front matter write it. */
export function readIsoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** A date read at the start of a text, with how many characters it took. */
export interface WrittenDate {
  date: string;
  length: number;
}

// Each pattern reads a date at the start of the text; the character after it must not continue a word
// or a number ("2026-09-012" is no date). Named months are looked up in MONTHS (ten languages).
const NOT_CONTINUED = String.raw`(?![\p{L}\p{N}])`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})` + NOT_CONTINUED, 'u');
const YEAR_MONTH = new RegExp(String.raw`^(\d{4})-(\d{2})` + String.raw`(?![\p{L}\p{N}-])`, 'u');
const DAY_FIRST_NUMERIC = new RegExp(String.raw`^(\d{1,2})([./-])(\d{1,2})\2(\d{4})` + NOT_CONTINUED, 'u');
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th|er|\.|º|°)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})(?:\s*г(?:\.|ода?)?)?` + NOT_CONTINUED,
  'iu',
);
const MONTH_DAY_YEAR = new RegExp(String.raw`^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + NOT_CONTINUED, 'iu');
const MONTH_YEAR = new RegExp(String.raw`^(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})` + NOT_CONTINUED, 'iu');

/**
 * A date as people write it after "Last reviewed:": ISO and its `/` and `.` forms, `1.9.2026`,
 * `2026年9月1日`, `1 September 2026`, `September 1, 2026`, `1er septembre 2026`, `1 сентября 2026 г.`, a
 * month alone (`September 2026`, `2026-09`: its last day, so a review is never due early). A numeric
 * day and month that could be read either way (`03/04/2026`) is no date: nothing says which comes first.
 */
export function readWrittenDate(text: string): WrittenDate | undefined {
  let match = YEAR_FIRST.exec(text);
  if (match) return found(isoDate(Number(match[1]), Number(match[3]), Number(match[4])), match[0]);
  match = CJK.exec(text);
  if (match) return found(isoDate(Number(match[1]), Number(match[2]), Number(match[3])), match[0]);
  match = YEAR_MONTH.exec(text);
  if (match) return found(monthEnd(Number(match[1]), Number(match[2])), match[0]);
  match = DAY_FIRST_NUMERIC.exec(text);
  if (match) return found(numericDayMonth(Number(match[1]), Number(match[3]), Number(match[4]), match[2]), match[0]);
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return found(named(Number(match[3]), match[2], Number(match[1])), match[0]);
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return found(named(Number(match[3]), match[1], Number(match[2])), match[0]);
  match = MONTH_YEAR.exec(text);
  if (match) {
    const month = MONTHS.get(match[1].toLowerCase());
    return found(month === undefined ? undefined : monthEnd(Number(match[2]), month), match[0]);
  }
  return undefined;
}

function found(date: string | undefined, text: string): WrittenDate | undefined {
  return date === undefined ? undefined : { date, length: text.length };
}

function named(year: number, monthName: string, day: number): string | undefined {
  const month = MONTHS.get(monthName.toLowerCase());
  return month === undefined ? undefined : isoDate(year, month, day);
}

/** `1.9.2026` is day first (the dotted form is European); with `/` or `-` only when one number is above 12. */
function numericDayMonth(first: number, second: number, year: number, separator: string): string | undefined {
  if (separator === '.') return isoDate(year, second, first);
  if (first > 12) return isoDate(year, second, first);
  if (second > 12) return isoDate(year, first, second);
  return first === second ? isoDate(year, first, first) : undefined;
}

function monthEnd(year: number, month: number): string | undefined {
  return month >= 1 && month <= 12 ? isoDate(year, month, daysIn(year, month)) : undefined;
}

/** The date `period` after `date` (a month after 31 January is the last day of February). */
export function addPeriod(date: string, period: ReviewPeriod): string {
  const [year, month, day] = date.split('-').map(Number);
  if (period.unit === 'day' || period.unit === 'week') {
    const days = period.count * (period.unit === 'week' ? 7 : 1);
    const moved = new Date(Date.UTC(year, month - 1, day + days));
    return isoDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate()) ?? date;
  }
  const months = period.count * (period.unit === 'year' ? 12 : 1);
  const index = year * 12 + (month - 1) + months;
  const nextYear = Math.floor(index / 12);
  const nextMonth = (index % 12) + 1;
  return isoDate(nextYear, nextMonth, Math.min(day, daysIn(nextYear, nextMonth))) ?? date;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [year, month, day] = date.split('-').map(Number);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
