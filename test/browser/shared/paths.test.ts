import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  composeDate,
  fieldId,
  getAt,
  localToday,
  parseHours,
  setAt,
  splitDate,
} from '../../../src/components/shared/paths.js';
import { invalidDateParts } from '../../../src/components/shared/fields.js';
import { dateText } from '../../../src/components/shared/summary-list.js';

const boxText = fc.string({ maxLength: 5 }).filter((text) => !text.includes('-') && text.trim() === text);

describe('draft paths and typed values', () => {
  it('makes ids from paths', () => {
    expect(fieldId('pupil.upn')).to.equal('f-pupil-upn');
    expect(fieldId('placement.startDate', 'day')).to.equal('f-placement-startDate-day');
  });

  it('writes immutably and removes emptied objects', () => {
    const draft = { pupil: { upn: 'A1', firstName: 'Ada' }, other: { x: 1 } };
    const next = setAt(draft, 'pupil.upn', undefined);
    expect(next).to.deep.equal({ pupil: { firstName: 'Ada' }, other: { x: 1 } });
    expect(draft.pupil.upn).to.equal('A1');
    expect(next.other).to.equal(draft.other);
    expect(setAt(next, 'pupil.firstName', undefined)).to.deep.equal({ other: { x: 1 } });
    expect(getAt(setAt({}, 'a.b.c', 2), 'a.b.c')).to.equal(2);
  });

  it('composes the date boxes', () => {
    expect(composeDate({ day: '31', month: '2', year: '2026' })).to.equal('2026-02-31');
    expect(composeDate({ day: '', month: '2', year: '2026' })).to.equal('2026-02-');
    expect(composeDate({ day: '', month: '', year: '' })).to.equal(undefined);
    expect(splitDate('2026-03-05')).to.deep.equal({ day: '5', month: '3', year: '2026' });
  });

  it('round-trips any boxes through the draft string', () => {
    fc.assert(
      fc.property(boxText, boxText, boxText, (day, month, year) => {
        const composed = composeDate({ day, month, year });
        if (composed === undefined) return day === '' && month === '' && year === '';
        return composeDate(splitDate(composed)) === composed;
      }),
    );
  });

  it('reads hours as numbers only when they are plain decimals', () => {
    expect(parseHours('7.5')).to.equal(7.5);
    expect(parseHours(' 12 ')).to.equal(12);
    expect(parseHours('.5')).to.equal(0.5);
    expect(parseHours('-1')).to.equal(-1);
    // Negative zero is zero: a copy of the draft (JSON) could not keep it apart.
    expect(Object.is(parseHours('-0'), 0)).to.equal(true);
    expect(Object.is(parseHours('-0.0'), 0)).to.equal(true);
    expect(parseHours('')).to.equal(undefined);
    expect(parseHours('7,5')).to.equal('7,5');
    expect(parseHours('1e3')).to.equal('1e3');
  });

  it('marks the date boxes that are wrong', () => {
    expect(invalidDateParts({ day: '3', month: '', year: '2026' })).to.deep.equal(['month']);
    expect(invalidDateParts({ day: '31', month: '2', year: '2026' })).to.deep.equal(['day']);
    expect(invalidDateParts({ day: '29', month: '2', year: '2028' })).to.deep.equal(['day', 'month', 'year']);
  });

  it('gives the local date, not the UTC one', () => {
    expect(localToday(new Date(2026, 2, 29, 0, 30))).to.equal('2026-03-29');
    expect(localToday(new Date(2026, 11, 31, 23, 59))).to.equal('2026-12-31');
  });

  it('writes dates for people to read', () => {
    expect(dateText('2016-02-03')).to.equal('3 February 2016');
    expect(dateText('2026-02-31')).to.equal('2026-02-31');
    expect(dateText(undefined)).to.equal(undefined);
  });
});
