/**
 * Dates never move, whatever zone the browser is in. `npm run test:browser` runs this in Europe/London;
 * `npm run test:browser:tz` runs it again in America/Los_Angeles (UTC−8/−7) and Pacific/Kiritimati (UTC+14), so
 * for most of any day one of the three is on a different calendar date from UTC. The dates typed here sit beside
 * the clock changes (29 March 2026, the deadline counted back over them) and on a leap day.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  addDays,
  formatDateForPeople,
  type NotificationData,
  type NotificationDerived,
  type OutcomeReviewData,
} from '../../../src/schema/index.js';
import { copyFileName } from '../../../src/components/shared/files.js';
import { extensionReview, maintainedWithEhcp, reviewToday } from '../../fixtures/examples.js';
import {
  collectSubmits,
  control,
  enterDate,
  find,
  heading,
  inlineError,
  mount,
  press,
  shownAnswer,
  textOf,
  type AnyForm,
  type TypedDate,
} from './helpers.js';

function typed(iso: string): TypedDate {
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The calendar date now in `timeZone`, worked out by Intl rather than by the code under test. */
function dateIn(timeZone: string, instant = new Date()): string {
  // From the parts, not a locale's whole format: WebKit's en-CA is not YYYY-MM-DD.
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A placement after the Easter holiday: its notice deadline is counted back across the clocks going forward. */
const notificationDates = {
  'pupil.dateOfBirth': '2012-03-29',
  'placement.decisionDate': '2026-03-25',
  'placement.startDate': '2026-04-13',
  'placement.estimatedEndDate': '2026-07-23',
  'placement.firstReviewDate': '2026-05-11',
  'notices.parentNoticeDate': '2026-03-25',
};
const notificationToday = '2026-03-25';

const reviewDates = {
  'pupil.dateOfBirth': '2016-02-29',
  'placement.startDate': '2026-03-09',
  'placement.estimatedEndDate': '2026-05-22',
  'review.date': '2026-04-20',
  'outcome.newEstimatedEndDate': '2026-10-26',
  'outcome.nextReviewDate': '2026-06-15',
  'notices.parentOutcomeNoticeDate': '2026-04-21',
};

async function typeDates(el: AnyForm, dates: Record<string, string>): Promise<void> {
  for (const [path, iso] of Object.entries(dates)) await enterDate(el, path, typed(iso));
}

/** What check your answers must show for each date: day, month and year as typed. */
function expectDatesShown(el: AnyForm, dates: Record<string, string>): void {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  for (const [path, iso] of Object.entries(dates)) {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    expect(shownAnswer(el, path)?.join(' '), path).to.contain(`${day} ${months[month - 1]} ${year}`);
  }
}

describe('dates in the browser’s time zone', () => {
  let zone = '';
  before(async () => {
    zone = (await executeServerCommand('odf-time-zone')) as string;
  });
  afterEach(() => document.querySelectorAll('offsite-direction-notification, offsite-direction-outcome-review').forEach((el) => el.remove()));

  it('runs in the zone this run forced on the browser', () => {
    expect(zone).to.match(/^[A-Za-z_]+\/[A-Za-z_]+$/);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
    // The clock agrees too, not just Intl: Date's own local date is the zone's date.
    const now = new Date();
    const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(local).to.equal(dateIn(zone, now));
  });

  it('notification: typed dates, the rule panel’s deadline, check your answers and the envelope agree', async () => {
    const el = await mount('offsite-direction-notification', { today: notificationToday, value: maintainedWithEhcp });
    await typeDates(el, notificationDates);
    for (const [path, iso] of Object.entries(notificationDates)) {
      const { day, month, year } = typed(iso);
      expect([control(el, `${path}-day`).value, control(el, `${path}-month`).value, control(el, `${path}-year`).value]).to.deep.equal([day, month, year]);
    }
    expect(textOf(find(el, '[data-value="notice-deadline"]'))).to.equal('Thursday 26 March 2026');

    await press(el, 'Continue');
    expect(heading(el)).to.equal('Check your answers before sending');
    expectDatesShown(el, notificationDates);
    expect(shownAnswer(el, 'placement.startDate')?.join(' ')).to.equal('Monday 13 April 2026');

    const submits = collectSubmits(el);
    await press(el, /^Submit/);
    const envelope = submits[0]!;
    const data = envelope.data as NotificationData;
    expect(envelope.today).to.equal(notificationToday);
    expect(data.pupil.dateOfBirth).to.equal('2012-03-29');
    expect(data.placement).to.include({
      decisionDate: '2026-03-25',
      startDate: '2026-04-13',
      estimatedEndDate: '2026-07-23',
      firstReviewDate: '2026-05-11',
    });
    expect(data.notices.parentNoticeDate).to.equal('2026-03-25');
    const derived = envelope.derived as NotificationDerived;
    expect(derived.noticeDeadline).to.equal('2026-03-26');
    expect(derived.placementSchoolDays).to.equal(68);
    expect(derived.parentNoticeLate).to.equal(false);
  });

  it('outcome review: typed dates, check your answers and the envelope agree', async () => {
    const el = await mount('offsite-direction-outcome-review', { today: reviewToday, value: extensionReview });
    await typeDates(el, reviewDates);
    await press(el, 'Continue');
    expect(heading(el)).to.equal('Check your answers before sending');
    expectDatesShown(el, reviewDates);
    const submits = collectSubmits(el);
    await press(el, /^Submit/);
    const data = submits[0]!.data as OutcomeReviewData;
    expect(data.pupil.dateOfBirth).to.equal('2016-02-29');
    expect(data.review.date).to.equal('2026-04-20');
    expect(data.outcome).to.include({ newEstimatedEndDate: '2026-10-26', nextReviewDate: '2026-06-15' });
    expect(data.notices.parentOutcomeNoticeDate).to.equal('2026-04-21');
    expect(submits[0]!.derived).to.include({ placementSchoolDays: 149 });
  });

  it('without a today attribute, the notification takes today from the local calendar, not UTC', async () => {
    const today = dateIn(zone);
    const el = await mount('offsite-direction-notification');
    expect(el.today).to.equal(today);
    el.value = structuredClone({
      ...maintainedWithEhcp,
      placement: {
        ...maintainedWithEhcp.placement,
        decisionDate: today,
        startDate: addDays(today, 7),
        estimatedEndDate: addDays(today, 60),
        firstReviewDate: addDays(today, 30),
      },
    }) as Record<string, unknown>;
    await el.updateComplete;
    // Tomorrow, locally, is in the future; today, locally, is not.
    await enterDate(el, 'notices.parentNoticeDate', typed(addDays(today, 1)));
    await press(el, 'Continue');
    expect(inlineError(el, 'notices.parentNoticeDate')).to.equal(
      `The date parents were given notice cannot be after today (${formatDateForPeople(today)})`,
    );
    await enterDate(el, 'notices.parentNoticeDate', typed(today));
    await press(el, 'Continue');
    expect(heading(el)).to.equal('Check your answers before sending');
    const submits = collectSubmits(el);
    await press(el, /^Submit/);
    expect(submits[0]!.today).to.equal(today);
    expect((submits[0]!.data as NotificationData).notices.parentNoticeDate).to.equal(today);
  });

  it('without a today attribute, the outcome review takes today from the local calendar, not UTC', async () => {
    const today = dateIn(zone);
    const el = await mount('offsite-direction-outcome-review');
    expect(el.today).to.equal(today);
    el.value = structuredClone({
      ...extensionReview,
      outcome: { ...extensionReview.outcome, newEstimatedEndDate: addDays(today, 60), nextReviewDate: addDays(today, 30) },
      notices: { parentOutcomeNoticeDate: today },
    }) as Record<string, unknown>;
    await el.updateComplete;
    await enterDate(el, 'review.date', typed(addDays(today, 1)));
    await press(el, 'Continue');
    expect(inlineError(el, 'review.date')).to.equal(`The review date cannot be after today (${formatDateForPeople(today)})`);
    await enterDate(el, 'review.date', typed(today));
    await press(el, 'Continue');
    expect(heading(el)).to.equal('Check your answers before sending');
    const submits = collectSubmits(el);
    await press(el, /^Submit/);
    expect(submits[0]!.today).to.equal(today);
    expect((submits[0]!.data as OutcomeReviewData).review.date).to.equal(today);
  });

  it('names the saved copy with the day the person\'s clock showed when it was sent, not the UTC day', () => {
    // Both ends of a UTC day (the day the clocks change in London): in each zone far from UTC one of them falls on
    // another calendar day.
    for (const submittedAt of ['2026-03-29T00:30:00.000Z', '2026-03-29T23:30:00.000Z']) {
      const name = copyFileName({ form: 'offsite-direction-notification', submittedAt, submissionId: '0e40e4d5-1b2c-4d3e-8f40-5a6b7c8d9e0f' });
      expect(name).to.equal(`offsite-direction-notification-${dateIn(zone, new Date(submittedAt))}-0E40E4D5.json`);
    }
  });
});
