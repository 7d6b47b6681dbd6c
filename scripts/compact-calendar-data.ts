// Ships only the calendar data the code reads (issue 7). src/schema/data/*.json keep their notes, sources and
// bank holiday titles for people and for the npm package; the embed bundle needs the dates alone.
// src/schema/calendar-data.ts reads `dates[].date` and `years[].terms[].{start,end}`: those are kept, in order.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

interface BankHolidayFile {
  dates: { date: string }[];
}
interface TermDateFile {
  years: { terms: { start: string; end: string }[] }[];
}

/** Each shipped data file and the part of it the code uses. */
const compacters: Record<string, (data: never) => unknown> = {
  'bank-holidays.json': (data: BankHolidayFile) => ({ dates: data.dates.map(({ date }) => ({ date })) }),
  'derbyshire-term-dates.json': (data: TermDateFile) => ({
    years: data.years.map((year) => ({ terms: year.terms.map(({ start, end }) => ({ start, end })) })),
  }),
};

/** The JSON text the bundle gets for a calendar data file, or null for any other file. */
export function compactCalendarJson(id: string): string | null {
  const match = /\/src\/schema\/data\/([^/?]+\.json)(\?.*)?$/.exec(id);
  const compact = match ? compacters[match[1]!] : undefined;
  if (!compact) return null;
  return JSON.stringify(compact(JSON.parse(readFileSync(id.split('?')[0]!, 'utf8')) as never));
}

export function compactCalendarDataPlugin(): Plugin {
  return {
    name: 'odf:compact-calendar-data',
    load(id) {
      return compactCalendarJson(id);
    },
  };
}
