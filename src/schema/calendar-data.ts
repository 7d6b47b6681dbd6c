import bankHolidayData from './data/bank-holidays.json' with { type: 'json' };
import termDateData from './data/derbyshire-term-dates.json' with { type: 'json' };
import type { TermSpan } from './calendar.js';

/** Bank holidays in England and Wales shipped with the package (2024–2028, substitute days included). */
export const englandAndWalesBankHolidays: readonly string[] = Object.freeze(
  bankHolidayData.dates.map((entry) => entry.date),
);

/** Derbyshire County Council term spans for community and voluntary controlled schools. */
export const derbyshireTermDates: readonly TermSpan[] = Object.freeze(
  termDateData.years.flatMap((year) => year.terms.map(({ start, end }) => Object.freeze({ start, end }))),
);
