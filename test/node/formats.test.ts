// en-GB numbers and dates are written without `Intl` on the first render (issue 13, docs/performance.md): they
// must come out exactly as `Intl` writes them. The other locales go to `Intl`, through one cached formatter per
// locale and options.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatDateForPeople } from '../../src/schema/dates.js';
import { dateTimeFormat, formatNumber, numberFormat, pluralRules } from '../../src/schema/intl.js';
import { hoursText, isSingular, schoolDaysText } from '../../src/schema/plural.js';
import { edgeNumbers, intlDate, intlNumber, supportedDays } from '../fixtures/format-cases.js';

describe('formatNumber in en-GB writes what Intl.NumberFormat writes', () => {
  it('for the numbers a form writes and the awkward ones around them', () => {
    for (const value of edgeNumbers) {
      for (const truncate of [false, true]) {
        assert.equal(formatNumber(value, 'en-GB', { truncate }), intlNumber(value, truncate), `${value}, truncate ${truncate}`);
      }
    }
  });

  it('for any number, rounded or cut', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: false }),
      fc.double({ min: -1e7, max: 1e7 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 10_000),
      fc.integer({ min: 0, max: 60_000 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(numbers, fc.boolean(), (value, truncate) => {
        assert.equal(formatNumber(value, 'en-GB', { truncate }), intlNumber(value, truncate));
      }),
      { numRuns: 20_000 },
    );
  });

  it('and picks the singular as Intl.PluralRules does', () => {
    const rules = new Intl.PluralRules('en-GB');
    const numbers = [...edgeNumbers, 0.9995, 0.9994, 1.0004, -0.9995, 1.00049, 1.0000001];
    for (const value of numbers) assert.equal(isSingular(value, 'en-GB'), rules.select(value) === 'one', String(value));
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -3000, max: 3000 }).map((n) => n / 1000)), (value) => {
        assert.equal(isSingular(value, 'en-GB'), rules.select(value) === 'one');
      }),
      { numRuns: 20_000 },
    );
  });

  it('and the counted nouns read as before', () => {
    assert.equal(hoursText(24.9999, 'en-GB'), '24.999 hours');
    assert.equal(hoursText(1, 'en-GB'), '1 hour');
    assert.equal(hoursText(1234.5, 'en-GB'), '1,234.5 hours');
    assert.equal(schoolDaysText(1, 'en-GB'), '1 school day');
    assert.equal(schoolDaysText(1500, 'en-GB'), '1,500 school days');
  });
});

describe('formatDateForPeople in en-GB writes what Intl.DateTimeFormat writes', () => {
  it('on every day of the years the forms accept, with and without the weekday', () => {
    for (const date of supportedDays()) {
      assert.equal(formatDateForPeople(date, 'en-GB'), intlDate(date, true), date);
      assert.equal(formatDateForPeople(date, 'en-GB', { weekday: false }), intlDate(date, false), date);
    }
  });

  it('and leaves other dates to Intl, and anything that is not a date as it is', () => {
    assert.equal(formatDateForPeople('1066-10-14', 'en-GB'), intlDate('1066-10-14', true));
    assert.equal(formatDateForPeople('2300-01-01', 'en-GB', { weekday: false }), intlDate('2300-01-01', false));
    assert.equal(formatDateForPeople('2026-02-30', 'en-GB'), '2026-02-30');
    assert.equal(formatDateForPeople('', 'en-GB'), '');
  });
});

describe('the Intl formatters are made once per locale and options', () => {
  it('gives the same formatter again, and a new one after another locale was used', () => {
    const first = numberFormat('en-XA', { maximumFractionDigits: 3 });
    assert.equal(numberFormat('en-XA', { maximumFractionDigits: 3 }), first);
    assert.notEqual(numberFormat('en-XA', { maximumFractionDigits: 2 }), first, 'other options, another formatter');
    const rules = pluralRules('en-XA');
    const dates = dateTimeFormat('en-XA', { day: 'numeric' });
    assert.equal(pluralRules('en-XA'), rules);
    assert.equal(dateTimeFormat('en-XA', { day: 'numeric' }), dates);

    pluralRules('en-GB');
    assert.notEqual(numberFormat('en-XA', { maximumFractionDigits: 3 }), first, 'dropped when the locale changed');
    assert.notEqual(pluralRules('en-XA'), rules);
    assert.equal(numberFormat('en-XA').resolvedOptions().locale, new Intl.NumberFormat('en-XA').resolvedOptions().locale);
  });

  it('writes other locales through Intl', () => {
    assert.equal(formatNumber(1234.5678, 'en-XA'), new Intl.NumberFormat('en-XA').format(1234.5678));
    assert.equal(formatNumber(1234.5678, 'de-DE', { truncate: true }), '1.234,567');
    assert.equal(formatDateForPeople('2026-03-26', 'de-DE', { weekday: false }), '26. März 2026');
  });
});
