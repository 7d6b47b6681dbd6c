/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through whole day numbers in UTC so that no time
 * zone, and no British Summer Time change, can ever move a date.
 */
import { dateTimeFormat } from './intl.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (so `2026-02-29` is false and `2028-02-29` true). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** The years the forms accept: wide enough for any pupil or placement, narrow enough that no date sum leaves them. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

/** A real date within the years the forms accept. */
export function isSupportedDate(value: unknown): value is string {
  if (!isIsoDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 for a valid ISO date. */
export function toDayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): string {
  const utc = new Date(dayNumber * MS_PER_DAY);
  const year = String(utc.getUTCFullYear()).padStart(4, '0');
  const month = String(utc.getUTCMonth() + 1).padStart(2, '0');
  const day = String(utc.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: string): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** The local calendar date of the machine the code runs on (a school's "today"). */
export function localToday(now: Date = new Date()): string {
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

const EN_GB_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_GB_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * A date written for people in the given locale, e.g. "Thursday 26 March 2026" in en-GB, or "26 March 2026" with
 * `weekday: false` (a date of birth). Formatted in UTC from its day number, so no time zone can move it a day.
 * Anything that is not a real `YYYY-MM-DD` date comes back as it is.
 *
 * In en-GB, for the years the forms accept, it is written here without `Intl` (a cold page's first
 * `Intl.DateTimeFormat` costs 20–50 ms, see src/schema/intl.ts), exactly as `Intl.DateTimeFormat('en-GB')` writes
 * it: test/node/formats.test.ts and test/browser/shared/formats.test.ts compare every day of those years.
 */
export function formatDateForPeople(date: string, locale = 'en-GB', { weekday = true }: { weekday?: boolean } = {}): string {
  if (!isIsoDate(date)) return date;
  if (locale === 'en-GB' && isSupportedDate(date)) {
    const dayMonthYear = `${Number(date.slice(8))} ${EN_GB_MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
    return weekday ? `${EN_GB_WEEKDAYS[dayOfWeek(date)]} ${dayMonthYear}` : dayMonthYear;
  }
  const parts = dateTimeFormat(locale, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(toDayNumber(date) * MS_PER_DAY));
  // GOV.UK style writes the weekday without a comma after it.
  return parts
    .map((part, index) =>
      part.type === 'literal' && parts[index - 1]?.type === 'weekday' && locale.startsWith('en') ? ' ' : part.value,
    )
    .join('');
}
