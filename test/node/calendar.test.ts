// The school calendar: Derbyshire term dates minus bank holidays minus a school's own closures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays, createSchoolCalendar, dayOfWeek, defaultConfig, derbyshireTermDates, englandAndWalesBankHolidays,
  fromDayNumber, toDayNumber,
} from '../../src/schema/index.js';

const derbyshire = createSchoolCalendar(defaultConfig.calendar);
const noTerms = createSchoolCalendar({ ...defaultConfig.calendar, terms: [] });

/** Every date from `from` to `to`, both included. */
function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

describe('the shipped calendar data', () => {
  it('has the 2026 bank holidays, with the Boxing Day substitute', () => {
    for (const date of ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']) {
      assert.ok(englandAndWalesBankHolidays.includes(date), date);
    }
    assert.ok(!englandAndWalesBankHolidays.includes('2026-12-26'), 'a Saturday: its substitute is the Monday');
  });

  it('has Derbyshire term spans for 2024/25 and 2025/26 in order', () => {
    assert.equal(derbyshireTermDates.length, 12);
    assert.deepEqual(derbyshireTermDates[0], { start: '2024-09-04', end: '2024-10-25' });
    assert.deepEqual(derbyshireTermDates.at(-1), { start: '2026-06-01', end: '2026-07-23' });
    for (const term of derbyshireTermDates) assert.ok(term.start <= term.end, JSON.stringify(term));
  });
});

describe('isSchoolDay on the Derbyshire calendar', () => {
  it('is true for a weekday in term', () => {
    assert.equal(derbyshire.isSchoolDay('2026-03-26'), true);
    assert.equal(derbyshire.isSchoolDay('2026-03-27'), true, 'the last day of the spring term');
    assert.equal(derbyshire.isSchoolDay('2026-04-13'), true, 'the first day of the summer term');
  });

  it('is false at weekends', () => {
    assert.equal(derbyshire.isSchoolDay('2026-03-28'), false);
    assert.equal(derbyshire.isSchoolDay('2026-03-29'), false);
  });

  it('is false on a bank holiday in term (Monday 4 May 2026)', () => {
    assert.equal(derbyshire.isSchoolDay('2026-05-04'), false);
    assert.equal(derbyshire.isSchoolDay('2026-05-05'), true);
  });

  it('is false in the February half term (Monday 16 February 2026)', () => {
    assert.equal(derbyshire.isSchoolDay('2026-02-16'), false);
    for (const date of datesFrom('2026-02-14', '2026-02-22')) assert.equal(derbyshire.isSchoolDay(date), false, date);
    assert.equal(derbyshire.isSchoolDay('2026-02-13'), true);
    assert.equal(derbyshire.isSchoolDay('2026-02-23'), true);
  });

  it('is false in the Easter holiday (Tuesday 7 April 2026)', () => {
    assert.equal(derbyshire.isSchoolDay('2026-04-07'), false);
    for (const date of datesFrom('2026-03-28', '2026-04-12')) assert.equal(derbyshire.isSchoolDay(date), false, date);
  });

  it('is false for something that is not a date', () => {
    assert.equal(derbyshire.isSchoolDay('2026-02-30'), false);
    assert.equal(derbyshire.isSchoolDay(''), false);
  });

  it('respects the school\'s own closures (INSET days)', () => {
    const withInset = createSchoolCalendar({ ...defaultConfig.calendar, closures: ['2026-03-26', 'not a date'] });
    assert.equal(withInset.isSchoolDay('2026-03-26'), false);
    assert.equal(withInset.isSchoolDay('2026-03-25'), true);
    // The deadline for a start on 13 April moves back past the INSET day.
    assert.equal(withInset.addSchoolDays('2026-04-13', -2), '2026-03-25');
    assert.equal(withInset.countSchoolDays('2026-03-23', '2026-03-27'), 4);
    assert.equal(derbyshire.countSchoolDays('2026-03-23', '2026-03-27'), 5);
    // Closures count outside the term data too.
    const closedInAutumn = createSchoolCalendar({ ...defaultConfig.calendar, closures: ['2026-10-01'] });
    assert.equal(closedInAutumn.isSchoolDay('2026-10-01'), false);
  });
});

describe('addSchoolDays', () => {
  it('finds the notice deadline across the Easter holiday: start Monday 13 April 2026 → Thursday 26 March', () => {
    assert.equal(derbyshire.addSchoolDays('2026-04-13', -2), '2026-03-26');
    assert.equal(derbyshire.addSchoolDays('2026-04-13', -1), '2026-03-27');
    assert.equal(dayOfWeek('2026-03-26'), 4);
  });

  it('counts forwards', () => {
    assert.equal(derbyshire.addSchoolDays('2026-03-26', 1), '2026-03-27');
    assert.equal(derbyshire.addSchoolDays('2026-03-26', 2), '2026-04-13', 'over the Easter holiday');
    assert.equal(derbyshire.addSchoolDays('2026-05-01', 1), '2026-05-05', 'over the weekend and the May bank holiday');
    assert.equal(derbyshire.addSchoolDays('2026-02-13', 1), '2026-02-23', 'over half term');
    assert.equal(derbyshire.addSchoolDays('2026-03-23', 5), '2026-04-13');
    assert.equal(derbyshire.addSchoolDays('2026-03-23', 6), '2026-04-14');
  });

  it('counts backwards', () => {
    assert.equal(derbyshire.addSchoolDays('2026-05-05', -1), '2026-05-01');
    assert.equal(derbyshire.addSchoolDays('2026-02-23', -1), '2026-02-13');
    assert.equal(derbyshire.addSchoolDays('2026-01-05', -1), '2025-12-19', 'over Christmas');
  });

  it('returns the date itself for zero, school day or not', () => {
    assert.equal(derbyshire.addSchoolDays('2026-03-26', 0), '2026-03-26');
    assert.equal(derbyshire.addSchoolDays('2026-04-07', 0), '2026-04-07');
  });

  it('counts from a day that is not a school day', () => {
    assert.equal(derbyshire.addSchoolDays('2026-04-07', 1), '2026-04-13');
    assert.equal(derbyshire.addSchoolDays('2026-04-07', -1), '2026-03-27');
  });
});

describe('countSchoolDays', () => {
  it('counts both ends', () => {
    assert.equal(derbyshire.countSchoolDays('2026-03-26', '2026-03-26'), 1);
    assert.equal(derbyshire.countSchoolDays('2026-03-26', '2026-03-27'), 2);
    assert.equal(derbyshire.countSchoolDays('2026-03-26', '2026-04-13'), 3);
    assert.equal(derbyshire.countSchoolDays('2026-03-28', '2026-04-12'), 0, 'the whole Easter holiday');
  });

  it('counts a whole half term: summer 1 2026 is 30 weekdays less the May bank holiday', () => {
    assert.equal(derbyshire.countSchoolDays('2026-04-13', '2026-05-22'), 29);
  });

  it('gives 0 for a reversed range', () => {
    assert.equal(derbyshire.countSchoolDays('2026-03-27', '2026-03-26'), 0);
    assert.equal(derbyshire.countSchoolDays('2026-05-22', '2026-04-13'), 0);
  });

  it('gives 0 for things that are not dates', () => {
    assert.equal(derbyshire.countSchoolDays('2026-02-30', '2026-03-26'), 0);
  });
});

describe('covers and coversRange', () => {
  it('are true inside the 2024/25 and 2025/26 term data, holidays included', () => {
    for (const date of ['2024-09-04', '2024-12-25', '2025-08-01', '2026-04-07', '2026-07-23']) {
      assert.equal(derbyshire.covers(date), true, date);
    }
    assert.equal(derbyshire.coversRange('2024-09-04', '2026-07-23'), true);
    assert.equal(derbyshire.coversRange('2026-03-26', '2026-04-13'), true);
    assert.equal(derbyshire.coversRange('2026-04-13', '2026-03-26'), true, 'either order');
  });

  it('are false beyond the published data', () => {
    assert.equal(derbyshire.covers('2026-10-01'), false);
    assert.equal(derbyshire.covers('2024-06-01'), false);
    assert.equal(derbyshire.covers('2026-07-24'), false);
    assert.equal(derbyshire.coversRange('2026-07-01', '2026-10-01'), false);
    assert.equal(derbyshire.covers('not a date'), false);
    assert.equal(derbyshire.coversRange('2026-02-30', '2026-03-01'), false);
  });

  it('are false everywhere without term data', () => {
    assert.equal(noTerms.covers('2026-03-26'), false);
    assert.equal(noTerms.coversRange('2026-03-26', '2026-04-13'), false);
  });
});

describe('a calendar without term dates (approximate)', () => {
  it('counts weekdays minus bank holidays', () => {
    // 30 March – 10 April 2026: ten weekdays, less Good Friday and Easter Monday.
    assert.equal(noTerms.countSchoolDays('2026-03-30', '2026-04-10'), 8);
    assert.equal(derbyshire.countSchoolDays('2026-03-30', '2026-04-10'), 0);
    assert.equal(noTerms.isSchoolDay('2026-04-07'), true);
    assert.equal(noTerms.isSchoolDay('2026-04-03'), false);
    assert.equal(noTerms.addSchoolDays('2026-04-13', -2), '2026-04-09');
  });

  it('matches a count done by hand over all of 2026', () => {
    const holidays = new Set(englandAndWalesBankHolidays);
    const expected = datesFrom('2026-01-01', '2026-12-31')
      .filter((date) => dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6 && !holidays.has(date)).length;
    assert.equal(expected, 253, '261 weekdays less 8 bank holidays');
    assert.equal(noTerms.countSchoolDays('2026-01-01', '2026-12-31'), expected);
  });

  it('falls back to weekdays where the shipped data has no term dates', () => {
    assert.equal(derbyshire.isSchoolDay('2026-10-01'), true, 'a Thursday in autumn 2026');
    assert.equal(derbyshire.isSchoolDay('2026-12-25'), false);
    assert.equal(derbyshire.isSchoolDay('2026-10-03'), false, 'a Saturday');
  });
});

describe('calendar properties', () => {
  const dates = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2028-12-31') }).map(fromDayNumber);
  const steps = fc.integer({ min: -40, max: 40 });
  const calendars = [['Derbyshire', derbyshire], ['no term dates', noTerms]] as const;

  for (const [name, calendar] of calendars) {
    it(`addSchoolDays and countSchoolDays agree (${name})`, () => {
      fc.assert(
        fc.property(dates, steps, (date, n) => {
          const result = calendar.addSchoolDays(date, n);
          if (n === 0) {
            assert.equal(result, date);
            return;
          }
          assert.equal(calendar.isSchoolDay(result), true, `${result} is not a school day`);
          // The school days strictly after the start, up to and including the result, number exactly |n|; the
          // inclusive count adds the start itself when it is a school day.
          const [from, to] = n > 0 ? [date, result] : [result, date];
          assert.ok(from < to);
          const startCounts = calendar.isSchoolDay(date) ? 1 : 0;
          assert.equal(calendar.countSchoolDays(from, to), Math.abs(n) + startCounts);
          if (n > 0) assert.equal(calendar.countSchoolDays(addDays(date, 1), result), n);
          else assert.equal(calendar.countSchoolDays(result, addDays(date, -1)), -n);
          // Stepping back undoes the step when the start was itself a school day.
          if (calendar.isSchoolDay(date)) assert.equal(calendar.addSchoolDays(result, -n), date);
        }),
        { numRuns: 250 },
      );
    });
  }

  it('countSchoolDays is additive over adjacent ranges', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 60 }), (from, split, length) => {
        const middle = addDays(from, split);
        const to = addDays(middle, length);
        assert.equal(
          derbyshire.countSchoolDays(from, to),
          derbyshire.countSchoolDays(from, middle) + derbyshire.countSchoolDays(addDays(middle, 1), to),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('answers the calendar keeps (issue 13)', () => {
  it('gives the same answers asked again, in any order, as a fresh calendar gives', () => {
    const create = createSchoolCalendar;
    const data = { bankHolidays: englandAndWalesBankHolidays, terms: derbyshireTermDates, closures: ['2026-03-10'] };
    const kept = create(data);
    const questions: [string, string, number][] = [];
    for (let month = 1; month <= 12; month++) {
      const date = `2026-${String(month).padStart(2, '0')}-09`;
      questions.push([date, `2026-${String(month).padStart(2, '0')}-28`, (month % 7) - 3]);
    }
    // Over a hundred questions, so the kept answers are also cleared and made again along the way.
    for (let round = 0; round < 10; round++) {
      for (const [from, to, n] of round % 2 === 0 ? questions : [...questions].reverse()) {
        const fresh = create(data);
        assert.equal(kept.countSchoolDays(from, to), fresh.countSchoolDays(from, to), `${from} to ${to}`);
        assert.equal(kept.addSchoolDays(from, n), fresh.addSchoolDays(from, n), `${from} ${n}`);
      }
    }
    assert.equal(kept.countSchoolDays('2026-03-09', '2026-03-13'), 4, 'the closure on 10 March is not a school day');
  });
});
