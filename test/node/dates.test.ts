// Calendar-date arithmetic: `YYYY-MM-DD` strings that no time zone and no clock change may move.
// Run under TZ=Europe/London, America/Los_Angeles and Pacific/Kiritimati (see package.json test:node:all-tz).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays, dayOfWeek, daysBetween, formatDateForPeople, fromDayNumber, isIsoDate, localToday, toDayNumber,
} from '../../src/schema/index.js';

/** An independent reference: the UTC calendar date `n` days after 1970-01-01, via Date.UTC. */
const utcDate = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));
const isoOfUtc = (date: Date) => date.toISOString().slice(0, 10);

describe('isIsoDate', () => {
  it('accepts 29 February only in leap years', () => {
    assert.equal(isIsoDate('2028-02-29'), true);
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2000-02-29'), true, '2000 is divisible by 400: a leap year');
    assert.equal(isIsoDate('2026-02-29'), false);
    assert.equal(isIsoDate('2100-02-29'), false, '2100 is divisible by 100 but not 400: not a leap year');
    assert.equal(isIsoDate('1900-02-29'), false);
    assert.equal(isIsoDate('2026-02-28'), true);
  });

  it('knows the length of every month', () => {
    const ends: [string, boolean][] = [
      ['2026-01-31', true], ['2026-01-32', false], ['2026-03-31', true], ['2026-04-30', true], ['2026-04-31', false],
      ['2026-05-31', true], ['2026-06-30', true], ['2026-06-31', false], ['2026-07-31', true], ['2026-08-31', true],
      ['2026-09-30', true], ['2026-09-31', false], ['2026-10-31', true], ['2026-11-30', true], ['2026-11-31', false],
      ['2026-12-31', true], ['2026-12-32', false],
    ];
    for (const [date, valid] of ends) assert.equal(isIsoDate(date), valid, date);
  });

  it('agrees with Date.UTC on every day of 2024 to 2028', () => {
    for (let day = utcDate(2024, 0, 1); day < utcDate(2029, 0, 1); day = new Date(day.getTime() + 86_400_000)) {
      assert.equal(isIsoDate(isoOfUtc(day)), true, isoOfUtc(day));
    }
  });

  it('rejects garbage', () => {
    const garbage: unknown[] = [
      '', ' ', '2026-3-26', '26/03/2026', '2026/03/26', '20260326', '2026-03-26T00:00', ' 2026-03-26', '2026-03-26 ',
      '2026-03-26\n', '2026-13-01', '2026-00-10', '2026-03-00', '0000-01-01', '２０２６-03-26', '2026-03-2a', 'yesterday',
      null, undefined, 20260326, new Date(Date.UTC(2026, 2, 26)), {}, ['2026-03-26'], true,
    ];
    for (const value of garbage) assert.equal(isIsoDate(value), false, JSON.stringify(value));
  });
});

describe('addDays, daysBetween and dayOfWeek', () => {
  it('cross month and year ends', () => {
    assert.equal(addDays('2026-01-31', 1), '2026-02-01');
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2028-03-01', -1), '2028-02-29');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(addDays('2025-12-31', 1), '2026-01-01');
    assert.equal(addDays('2026-01-01', -1), '2025-12-31');
    assert.equal(addDays('2026-03-26', 0), '2026-03-26');
    assert.equal(addDays('2026-03-26', 365), '2027-03-26');
    assert.equal(daysBetween('2026-01-01', '2027-01-01'), 365);
    assert.equal(daysBetween('2028-01-01', '2029-01-01'), 366);
    assert.equal(daysBetween('2026-03-27', '2026-03-26'), -1);
    assert.equal(daysBetween('2026-02-28', '2026-03-01'), 1);
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
  });

  it('are not moved by the start of British Summer Time (Sunday 29 March 2026)', () => {
    assert.equal(addDays('2026-03-28', 1), '2026-03-29');
    assert.equal(addDays('2026-03-29', 1), '2026-03-30');
    assert.equal(addDays('2026-03-30', -2), '2026-03-28');
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(daysBetween('2026-03-29', '2026-03-30'), 1);
    assert.equal(dayOfWeek('2026-03-28'), 6);
    assert.equal(dayOfWeek('2026-03-29'), 0);
    assert.equal(dayOfWeek('2026-03-30'), 1);
  });

  it('are not moved by the end of British Summer Time (Sunday 25 October 2026)', () => {
    assert.equal(addDays('2026-10-24', 1), '2026-10-25');
    assert.equal(addDays('2026-10-25', 1), '2026-10-26');
    assert.equal(addDays('2026-10-26', -2), '2026-10-24');
    assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2);
    assert.equal(daysBetween('2026-10-25', '2026-10-26'), 1);
    assert.equal(dayOfWeek('2026-10-25'), 0);
    assert.equal(dayOfWeek('2026-10-26'), 1);
  });

  it('know the weekdays of known dates', () => {
    assert.equal(dayOfWeek('1970-01-01'), 4, 'a Thursday');
    assert.equal(dayOfWeek('1969-12-31'), 3, 'before the epoch too');
    assert.equal(dayOfWeek('2026-03-26'), 4);
    assert.equal(dayOfWeek('2026-04-13'), 1);
    assert.equal(dayOfWeek('2000-02-29'), 2);
  });

  it('match Date.UTC for random dates and offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') }),
        fc.integer({ min: -800, max: 800 }),
        (dayNumber, n) => {
          const date = fromDayNumber(dayNumber);
          const reference = new Date(dayNumber * 86_400_000);
          assert.equal(date, isoOfUtc(reference));
          assert.equal(isIsoDate(date), true);
          assert.equal(toDayNumber(date), dayNumber);
          assert.equal(dayOfWeek(date), reference.getUTCDay());
          const later = addDays(date, n);
          assert.equal(later, isoOfUtc(new Date((dayNumber + n) * 86_400_000)));
          assert.equal(daysBetween(date, later), n);
          assert.equal(dayOfWeek(addDays(date, 7 * n)), dayOfWeek(date));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('localToday', () => {
  it('gives the local calendar date of a local Date', () => {
    assert.equal(localToday(new Date(2026, 2, 26, 12, 0)), '2026-03-26');
    assert.equal(localToday(new Date(2026, 2, 29, 12, 0)), '2026-03-29');
    assert.equal(localToday(new Date(2026, 9, 25, 12, 0)), '2026-10-25');
    assert.equal(localToday(new Date(2026, 11, 31, 23, 59)), '2026-12-31');
    assert.equal(localToday(new Date(2027, 0, 1, 0, 1)), '2027-01-01');
    assert.equal(localToday(new Date(2028, 1, 29, 8, 0)), '2028-02-29');
  });

  it('gives the date of the machine\'s time zone for a fixed instant', () => {
    // [instant, London, Los Angeles, Kiritimati (UTC+14)]
    const table: [string, string, string, string][] = [
      ['2026-03-29T00:30:00Z', '2026-03-29', '2026-03-28', '2026-03-29'], // before BST begins at 01:00 UTC
      ['2026-03-29T03:00:00Z', '2026-03-29', '2026-03-28', '2026-03-29'],
      ['2026-10-25T00:30:00Z', '2026-10-25', '2026-10-24', '2026-10-25'], // during BST's last hour
      ['2026-10-25T11:00:00Z', '2026-10-25', '2026-10-25', '2026-10-26'],
      ['2026-03-25T23:30:00Z', '2026-03-25', '2026-03-25', '2026-03-26'],
      ['2026-12-31T23:30:00Z', '2026-12-31', '2026-12-31', '2027-01-01'],
    ];
    const column = { 'Europe/London': 1, 'America/Los_Angeles': 2, 'Pacific/Kiritimati': 3 }[process.env.TZ ?? ''];
    for (const row of table) {
      const instant = new Date(row[0]);
      // Whatever the zone, it agrees with Intl's reading of the local date.
      const parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
      const part = (type: string) => parts.find((item) => item.type === type)?.value;
      assert.equal(localToday(instant), `${part('year')}-${part('month')}-${part('day')}`, row[0]);
      if (column !== undefined) assert.equal(localToday(instant), row[column], `${row[0]} in ${process.env.TZ}`);
    }
  });

  it('defaults to now', () => {
    const before = localToday(new Date());
    const value = localToday();
    const after = localToday(new Date());
    assert.ok(value === before || value === after);
    assert.equal(isIsoDate(value), true);
  });
});

describe('formatDateForPeople', () => {
  it('writes the deadline date the GOV.UK way in every time zone', () => {
    assert.equal(formatDateForPeople('2026-03-26'), 'Thursday 26 March 2026');
    assert.equal(formatDateForPeople('2026-03-26', 'en-GB'), 'Thursday 26 March 2026');
  });

  it('is not moved by the clock changes or the year end', () => {
    assert.equal(formatDateForPeople('2026-03-29'), 'Sunday 29 March 2026');
    assert.equal(formatDateForPeople('2026-10-25'), 'Sunday 25 October 2026');
    assert.equal(formatDateForPeople('2026-12-31'), 'Thursday 31 December 2026');
    assert.equal(formatDateForPeople('2027-01-01'), 'Friday 1 January 2027');
    assert.equal(formatDateForPeople('2028-02-29'), 'Tuesday 29 February 2028');
  });

  it('returns what it was given when that is not a date', () => {
    assert.equal(formatDateForPeople('2026-02-29'), '2026-02-29');
    assert.equal(formatDateForPeople('soon'), 'soon');
    assert.equal(formatDateForPeople(''), '');
  });
});
