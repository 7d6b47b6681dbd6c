import { fromDayNumber, isIsoDate, toDayNumber } from './dates.js';

export interface TermSpan {
  start: string;
  end: string;
}

export interface SchoolCalendarData {
  /** Bank holidays, `YYYY-MM-DD`. */
  bankHolidays: readonly string[];
  /** The school's term spans; pupil days are the weekdays inside them. */
  terms: readonly TermSpan[];
  /** The school's own closures (INSET days and the like). */
  closures: readonly string[];
}

export interface SchoolCalendar {
  /** True when pupils are due in school that day (approximate where no term data covers the date). */
  isSchoolDay(date: string): boolean;
  /** The school day `n` school days after `date` (before it when `n` is negative); `date` itself when n is 0. */
  addSchoolDays(date: string, n: number): string;
  /** School days from `from` to `to`, both included; 0 when `to` is before `from`. */
  countSchoolDays(from: string, to: string): number;
  /** True when the term data says whether `date` is in term; false means answers about it are approximate. */
  covers(date: string): boolean;
  /** True when every date from `from` to `to` is covered. */
  coversRange(from: string, to: string): boolean;
}

/** Holidays between terms longer than this are treated as "no data" rather than as a known holiday. */
const LONGEST_HOLIDAY_DAYS = 70;
/** No real count needs more than this; it keeps a pathological calendar (no school days at all) finite. */
const SEARCH_LIMIT_DAYS = 366 * 30;

/** The day numbers of `0001-01-01` and `9999-12-31`: the dates `YYYY-MM-DD` can write. */
const FIRST_WRITABLE_DAY = toDayNumber('0001-01-01');
const LAST_WRITABLE_DAY = toDayNumber('9999-12-31');

/**
 * A school's calendar: term spans minus bank holidays minus the school's own closures. Where no term covers a
 * date the calendar falls back to weekdays minus bank holidays and closures, and `covers()` says so.
 *
 * Inside, every date is a day number: the rule check asks about every day of a placement (and `addSchoolDays`
 * about every day it steps over), so a day costs integer arithmetic and a Set lookup, never a string or a Date.
 */
export function createSchoolCalendar(data: SchoolCalendarData): SchoolCalendar {
  const dayNumbers = (dates: readonly string[]) => new Set(dates.filter(isIsoDate).map(toDayNumber));
  const bankHolidays = dayNumbers(data.bankHolidays);
  const closures = dayNumbers(data.closures);
  const terms = data.terms
    .filter((term) => isIsoDate(term.start) && isIsoDate(term.end) && term.start <= term.end)
    .map((term) => ({ start: toDayNumber(term.start), end: toDayNumber(term.end) }))
    .sort((a, b) => a.start - b.start);

  // Stretches of time the term data speaks for: consecutive terms joined across ordinary holidays.
  const covered: { start: number; end: number }[] = [];
  for (const term of terms) {
    const last = covered.at(-1);
    if (last && term.start - last.end <= LONGEST_HOLIDAY_DAYS) last.end = Math.max(last.end, term.end);
    else covered.push({ ...term });
  }

  const coversDay = (day: number) => covered.some((span) => day >= span.start && day <= span.end);
  const inTerm = (day: number) => terms.some((term) => day >= term.start && day <= term.end);

  /** The same answer as `isSchoolDay(fromDayNumber(day))`; false for a day `YYYY-MM-DD` cannot write. */
  function isSchoolDayNumber(day: number): boolean {
    if (!(day >= FIRST_WRITABLE_DAY && day <= LAST_WRITABLE_DAY)) return false; // NaN included
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01, day 0, was a Thursday; 0 is Sunday
    if (weekday === 0 || weekday === 6 || bankHolidays.has(day) || closures.has(day)) return false;
    return coversDay(day) ? inTerm(day) : true;
  }

  function isSchoolDay(date: string): boolean {
    return isIsoDate(date) && isSchoolDayNumber(toDayNumber(date));
  }

  // The rule checks ask the same questions on every edit (the deadline before the start date, the school days of
  // the placement) while those dates stay as they are: each answer is kept, a few dozen at most (issue 13).
  const answers = new Map<string, string | number>();
  function remembered<T extends string | number>(key: string, work: () => T): T {
    const known = answers.get(key);
    if (known !== undefined) return known as T;
    if (answers.size >= 64) answers.clear();
    const answer = work();
    answers.set(key, answer);
    return answer;
  }

  function addSchoolDays(date: string, n: number): string {
    if (typeof date !== 'string' || typeof n !== 'number') return addSchoolDaysWorked(date, n);
    return remembered(`+${date} ${n}`, () => addSchoolDaysWorked(date, n));
  }

  function countSchoolDays(from: string, to: string): number {
    if (typeof from !== 'string' || typeof to !== 'string') return countSchoolDaysWorked(from, to);
    return remembered(`#${from} ${to}`, () => countSchoolDaysWorked(from, to));
  }

  function addSchoolDaysWorked(date: string, n: number): string {
    const step = n < 0 ? -1 : 1;
    let remaining = Math.abs(Math.trunc(n));
    if (!(remaining > 0)) return date;
    let day = toDayNumber(date);
    for (let guard = 0; remaining > 0 && guard < SEARCH_LIMIT_DAYS; guard++) {
      day += step;
      if (isSchoolDayNumber(day)) remaining--;
    }
    return fromDayNumber(day);
  }

  function countSchoolDaysWorked(from: string, to: string): number {
    if (!isIsoDate(from) || !isIsoDate(to) || to < from) return 0;
    const first = toDayNumber(from);
    const last = Math.min(toDayNumber(to), first + SEARCH_LIMIT_DAYS);
    let count = 0;
    for (let day = first; day <= last; day++) if (isSchoolDayNumber(day)) count++;
    return count;
  }

  function covers(date: string): boolean {
    return isIsoDate(date) && coversDay(toDayNumber(date));
  }

  function coversRange(from: string, to: string): boolean {
    if (!isIsoDate(from) || !isIsoDate(to)) return false;
    const [low, high] = from <= to ? [toDayNumber(from), toDayNumber(to)] : [toDayNumber(to), toDayNumber(from)];
    return covered.some((span) => low >= span.start && high <= span.end);
  }

  return { isSchoolDay, addSchoolDays, countSchoolDays, covers, coversRange };
}
