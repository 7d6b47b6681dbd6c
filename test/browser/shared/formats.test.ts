// The en-GB numbers and dates written without `Intl` (issue 13) against what this browser's own ICU writes:
// Node's ICU is checked in test/node/formats.test.ts, but the forms render here.
import { expect } from '@open-wc/testing';
import { formatDateForPeople } from '../../../src/schema/dates.js';
import { formatNumber } from '../../../src/schema/intl.js';
import { isSingular } from '../../../src/schema/plural.js';
import { edgeNumbers, intlDate, intlNumber, supportedDays } from '../../fixtures/format-cases.js';

describe('en-GB formats written without Intl, in the browser', () => {
  it('write numbers as Intl.NumberFormat does, rounded or cut, and pick the singular as Intl.PluralRules does', () => {
    const numbers = [...edgeNumbers];
    for (let n = 0; n <= 60_000; n += 11) numbers.push(n / 1000, -n / 1000, n * 37.1);
    const differ = numbers.flatMap((value) =>
      [false, true].flatMap((truncate) => {
        const ours = formatNumber(value, 'en-GB', { truncate });
        const intl = intlNumber(value, truncate);
        return ours === intl ? [] : [`${value} (truncate ${truncate}): ${ours} ≠ ${intl}`];
      }),
    );
    expect(differ).to.deep.equal([]);
    const rules = new Intl.PluralRules('en-GB');
    const singular = numbers.filter((value) => isSingular(value, 'en-GB') !== (rules.select(value) === 'one'));
    expect(singular).to.deep.equal([]);
  });

  it('write dates as Intl.DateTimeFormat does, every fourth day of 1900–2199 and every day of 2024–2030', () => {
    const days = [...supportedDays(4), ...supportedDays(1, '2024-01-01', '2030-12-31')];
    const differ = days.flatMap((date) =>
      [false, true].flatMap((weekday) => {
        const ours = formatDateForPeople(date, 'en-GB', { weekday });
        const intl = intlDate(date, weekday);
        return ours === intl ? [] : [`${date}: ${ours} ≠ ${intl}`];
      }),
    );
    expect(days.length).to.be.greaterThan(29_000);
    expect(differ).to.deep.equal([]);
  });
});
