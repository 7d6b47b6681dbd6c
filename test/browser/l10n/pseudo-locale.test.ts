/**
 * Both forms in every state under the pseudo-locale en-XA: no text on the page, and no accessible name, may still
 * be plain English (see ./untranslated.ts for what is data and not ours to translate). Then the locale switch
 * itself: the elements re-render, the checks re-run so the findings follow, dates and counts follow the locale,
 * and the envelope records it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { OffsiteDirectionNotification } from '../../../src/components/notification/offsite-direction-notification.js';
import type { OffsiteDirectionOutcomeReview } from '../../../src/components/outcome-review/offsite-direction-outcome-review.js';
import { SUBMIT_EVENT, type SubmitEventDetail } from '../../../src/events.js';
import { getLocale, setLocale } from '../../../src/localization/index.js';
import { defaultConfig, formatDateForPeople, type FormsConfigInput } from '../../../src/schema/index.js';
import {
  academyUnregisteredPartTime,
  beyondTermDatesToday,
  endedEarlyReview,
  exampleToday,
  extensionReview,
  lateNotice,
  maintainedPartTime,
  maintainedWithEhcp,
  malformedNotification,
  managedMoveNotAgreedReview,
  managedMoveNotAllowedReview,
  managedMoveReview,
  notificationBeyondTermDates,
  notificationBreakingRules,
  notificationWithWarnings,
  returnReview,
  reviewBreakingRules,
  reviewInFuture,
  reviewToday,
} from '../../fixtures/examples.js';
import { notificationEnvelope } from '../outcome-review/helpers.js';
import { chooseFile, jsonFile } from '../shared/files-helpers.js';
import { untranslated, userStrings } from './untranslated.js';

type Form = OffsiteDirectionNotification | OffsiteDirectionOutcomeReview;

/** Every link and contact a local authority can configure, so the states show them. */
const fullConfig: FormsConfigInput = {
  localAuthority: {
    contactEmail: 'exclusion.access@example.org',
    partTimeTimetableFormUrl: 'https://forms.example.org/part-time-timetable',
    guidanceUrl: 'https://schools.example.org/offsite-directions',
  },
};

const DRAFT_KEY = 'odf-pseudo-locale-notification';

/** A configuration with a problem in every part, for the "not set up correctly" banner. */
const brokenConfig = {
  localAuthority: { name: '', code: 'DCC', contactEmail: 'nobody', guidanceUrl: 'schools.example.org', colour: 'blue' },
  partTimeThresholdHours: 80,
  noticeSchoolDays: 1.5,
  calendar: { bankHolidays: ['25/12/2026'], terms: [{ start: '2026-09-01' }], closures: 'none', inset: [] },
  texts: { 'contact-line': 5 },
  theme: 'dark',
};

interface State {
  name: string;
  today?: string;
  config?: unknown;
  value?: object;
  notification?: object;
  /** Attributes and listeners to set up before the value. */
  setUp?: (el: Form) => void;
  /** What the user does to reach the state. */
  act?: (el: Form) => Promise<void>;
  /** Data the state shows that is in none of the above: a file's name, a short reference. */
  data?: string[];
}

async function settle(el: Form): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Continue, found by what it is rather than by its (pseudo-localised) words. */
async function pressContinue(el: Form): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await settle(el);
}

/** The one primary button of check your answers: Submit. */
async function pressSubmit(el: Form): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button-primary"]')!.click();
  await settle(el);
  await settle(el);
}

async function checkAnswers(el: Form): Promise<void> {
  await pressContinue(el);
  expect(el.shadowRoot!.querySelector('.summary-list'), 'check your answers').not.to.equal(null);
}

async function sent(el: Form): Promise<void> {
  await checkAnswers(el);
  await pressSubmit(el);
  expect(el.shadowRoot!.querySelector('#reference'), 'the confirmation').not.to.equal(null);
}

/** Chooses a file in the file box named `name` and waits until the form has answered (taken it or refused it). */
function choose(name: string, file: File): (el: Form) => Promise<void> {
  return async (el) => {
    const root = el.shadowRoot!;
    chooseFile(root.querySelector<HTMLInputElement>(`[name="${name}"]`)!, file);
    await waitUntil(
      () => root.activeElement?.id === 'error-summary' || root.querySelector(`[id$="${name}-status"]`)!.textContent!.trim() !== '',
      `${file.name} was not answered`,
    );
    await el.updateComplete;
  };
}

const savedAnswers = (form: string) =>
  jsonFile('saved.json', { form, schemaVersion: 1, kind: 'draft', savedAt: '2026-03-02T09:00:00.000Z', value: { homeSchool: { name: 'Hillside Community School' } } });
const fileCopy = notificationEnvelope();
const fileCopyReference = `${fileCopy.submissionId.slice(0, 4).toUpperCase()} ${fileCopy.submissionId.slice(4, 8).toUpperCase()}`;

/** Edits a text box as typing does (an `input` event), which counts as the user's edit. */
async function edit(el: Form, name: string, text: string): Promise<void> {
  const box = el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function render(tag: 'notification' | 'review', state: State): Promise<Form> {
  const el =
    tag === 'notification'
      ? await fixture<Form>(html`<offsite-direction-notification></offsite-direction-notification>`)
      : await fixture<Form>(html`<offsite-direction-outcome-review></offsite-direction-outcome-review>`);
  el.today = state.today ?? (tag === 'notification' ? exampleToday : reviewToday);
  if (state.config !== undefined) el.config = state.config as Form['config'];
  state.setUp?.(el);
  if (state.value) el.value = structuredClone(state.value) as Record<string, unknown>;
  if (state.notification) (el as OffsiteDirectionOutcomeReview).notification = structuredClone(state.notification) as never;
  await el.updateComplete;
  await state.act?.(el);
  await el.updateComplete;
  return el;
}

/** Holds the submission open: the form shows "Sending…". */
const neverSettles = (el: Form) =>
  el.addEventListener(SUBMIT_EVENT, (event) => (event as CustomEvent<SubmitEventDetail>).detail.waitUntil(new Promise(() => {})));

/** The host's store refuses it, with no words of its own: the form's own "not sent" banner and Try again. */
const hostRefuses = (el: Form) =>
  el.addEventListener(SUBMIT_EVENT, (event) =>
    (event as CustomEvent<SubmitEventDetail>).detail.waitUntil(Promise.reject(new Error(''))),
  );

/** Submits with `fetch` answering as `answer` does (no network), and waits for the "not sent" banner. */
async function answeredBy(el: Form, answer: () => Response | Promise<Response>): Promise<void> {
  const realFetch = window.fetch;
  window.fetch = async () => answer();
  try {
    await checkAnswers(el);
    await pressSubmit(el);
    for (let i = 0; i < 20 && !el.shadowRoot!.querySelector('#send-error'); i++) await settle(el);
  } finally {
    window.fetch = realFetch;
  }
  expect(el.shadowRoot!.querySelector('#send-error'), 'the "not sent" banner').not.to.equal(null);
}

/** The host page's own form sends: the element confirms the answers into it. */
const hostSends = (el: Form) => {
  el.hostSubmit = true;
};

async function confirmed(el: Form): Promise<void> {
  await checkAnswers(el);
  await pressSubmit(el);
  expect(el.shadowRoot!.querySelector('#ready-how'), 'the ready state').not.to.equal(null);
}

/** Confirmed, then back to the questions (Change your answers, Back) and one edit. */
async function changedAfterConfirming(el: Form): Promise<void> {
  await confirmed(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button-secondary"]')!.click();
  await settle(el);
  el.shadowRoot!.querySelector<HTMLAnchorElement>('.back-link')!.click();
  await settle(el);
  await edit(el, 'homeSchool.name', 'Hillside Community School');
  expect(el.shadowRoot!.querySelector('#changed-since-confirmed'), 'the changed banner').not.to.equal(null);
}

/** A builder's page that kept its field: the element comes back with the answers from it. */
const builderEnvelope = notificationEnvelope();

async function restoredFromBuilder(): Promise<Form> {
  const kept = JSON.stringify(builderEnvelope);
  const holder = await fixture<HTMLDivElement>(html`<div>
    <input type="hidden" id="pseudo-builder-field" .value=${kept} />
    <offsite-direction-notification today=${exampleToday} target-field="#pseudo-builder-field"></offsite-direction-notification>
  </div>`);
  const el = holder.querySelector<Form>('offsite-direction-notification')!;
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('#restored-from-host'), 'the restored-from-builder banner').not.to.equal(null);
  return el;
}

const notificationStates: State[] = [
  { name: 'empty' },
  { name: 'errors shown on an empty form', act: pressContinue },
  { name: 'errors shown for malformed answers', value: malformedNotification, act: pressContinue },
  { name: 'errors shown for answers that break the rules', value: notificationBreakingRules, act: pressContinue },
  { name: 'a start date only: the rule panel waits for answers', value: { placement: { startDate: '2026-03-16' } } },
  { name: 'registered provision, two sessions, EHC plan (dual registration)', value: maintainedWithEhcp, config: fullConfig },
  {
    name: 'academy, looked after with a social worker, unregistered provision, one session, part time',
    value: academyUnregisteredPartTime,
    config: fullConfig,
  },
  { name: 'every warning', value: notificationWithWarnings },
  { name: 'late notice', value: lateNotice },
  { name: 'part-time hours', value: maintainedPartTime, config: fullConfig },
  { name: 'dates beyond the term dates', value: notificationBeyondTermDates, today: beyondTermDatesToday },
  { name: 'one school day of notice, one hour a week', value: { ...maintainedPartTime, timetable: { ...maintainedPartTime.timetable, offsiteHoursPerWeek: 1, homeSchoolHoursPerWeek: 0, otherHoursPerWeek: 0 } }, config: { noticeSchoolDays: 1 } },
  { name: 'check answers', value: maintainedWithEhcp, config: fullConfig, act: checkAnswers },
  { name: 'check answers with warnings and notices', value: academyUnregisteredPartTime, config: fullConfig, act: checkAnswers },
  { name: 'check answers with every warning', value: notificationWithWarnings, act: checkAnswers },
  { name: 'check answers beyond the term dates', value: notificationBeyondTermDates, today: beyondTermDatesToday, act: checkAnswers },
  { name: 'sending', value: maintainedWithEhcp, setUp: neverSettles, act: async (el) => { await checkAnswers(el); await pressSubmit(el); } },
  { name: 'sending failed', value: maintainedWithEhcp, setUp: hostRefuses, act: async (el) => { await checkAnswers(el); await pressSubmit(el); } },
  {
    name: 'sending to `action` failed: the receiver had a problem',
    value: maintainedWithEhcp,
    setUp: (el) => {
      el.action = 'https://receiver.example.org/submissions';
    },
    act: (el) => answeredBy(el, () => new Response('', { status: 503 })),
  },
  {
    name: 'sending to `action` failed: the receiver could not be reached',
    value: maintainedWithEhcp,
    setUp: (el) => {
      el.action = 'https://receiver.example.org/submissions';
    },
    act: (el) => answeredBy(el, () => Promise.reject(new TypeError('Failed to fetch'))),
  },
  { name: 'confirmation, dual registration', value: maintainedWithEhcp, config: fullConfig, act: sent },
  { name: 'confirmation, part time, with the form link', value: maintainedPartTime, config: fullConfig, act: sent },
  { name: 'confirmation, single registration', value: academyUnregisteredPartTime, config: fullConfig, act: sent },
  { name: 'a configuration with problems', config: brokenConfig },
  { name: 'host-submit: check answers, with Confirm', value: maintainedWithEhcp, setUp: hostSends, act: checkAnswers },
  { name: 'host-submit: answers ready for the host form', value: maintainedWithEhcp, setUp: hostSends, act: confirmed },
  { name: 'host-submit: answers changed after confirming', value: maintainedWithEhcp, setUp: hostSends, act: changedAfterConfirming },
  // Its answers are those of the kept envelope, which stay as typed (`notification` lists them as data).
  { name: 'host-submit: answers restored from the builder’s field', value: builderEnvelope.data as object },
  { name: 'carried on from a saved file', act: choose('draftFile', savedAnswers('offsite-direction-notification')), data: ['saved.json', 'Hillside Community School'] },
  { name: 'a saved file of the other form refused', act: choose('draftFile', savedAnswers('offsite-direction-outcome-review')) },
  { name: 'an empty file refused', act: choose('draftFile', new File([], 'saved.json')) },
  {
    name: 'answers restored from an unsent draft',
    setUp: (el) => {
      el.draftKey = DRAFT_KEY;
    },
    act: async (el) => {
      await edit(el, 'homeSchool.name', 'Hillside Community School');
      el.remove();
    },
  },
];

const reviewStates: State[] = [
  { name: 'empty' },
  { name: 'errors shown on an empty form', act: pressContinue },
  { name: 'extension', value: extensionReview, config: fullConfig },
  { name: 'return', value: { ...returnReview, outcome: { kind: 'return', returnDate: '2026-06-01' } } },
  { name: 'ended early, no reason yet', value: endedEarlyReview, act: pressContinue },
  { name: 'managed move', value: managedMoveReview },
  { name: 'managed move without the parents’ agreement', value: managedMoveNotAgreedReview, act: pressContinue },
  { name: 'managed move that may not go ahead', value: managedMoveNotAllowedReview, act: pressContinue },
  { name: 'a review breaking the rules, asked for by a parent', value: reviewBreakingRules, act: pressContinue },
  { name: 'a review in the future', value: reviewInFuture, act: pressContinue },
  {
    name: 'a review the local authority asked for',
    value: { ...extensionReview, review: { date: '2026-04-20', requestedBy: 'local-authority', requestDate: '2026-04-10' } },
  },
  { name: 'prefilled from the notification', notification: notificationEnvelope() },
  { name: 'check answers after the notification', notification: notificationEnvelope(), value: { ...managedMoveReview, notificationId: undefined }, act: checkAnswers },
  { name: 'check answers, extension', value: extensionReview, act: checkAnswers },
  { name: 'check answers, return', value: returnReview, act: checkAnswers },
  { name: 'check answers, managed move', value: managedMoveReview, act: checkAnswers },
  { name: 'confirmation, extension', value: extensionReview, act: sent },
  { name: 'confirmation, return', value: returnReview, act: sent },
  { name: 'confirmation, managed move', value: managedMoveReview, act: sent },
  { name: 'sending failed', value: extensionReview, setUp: hostRefuses, act: async (el) => { await checkAnswers(el); await pressSubmit(el); } },
  { name: 'a configuration with problems', config: brokenConfig },
  { name: 'host-submit: answers ready for the host form', value: returnReview, setUp: hostSends, act: confirmed },
  { name: 'started from the notification file', act: choose('notificationFile', jsonFile('copy.json', fileCopy)), data: [fileCopyReference, ...userStrings(fileCopy.data), fileCopy.submissionId] },
  { name: 'a notification file that fails the checks', act: choose('notificationFile', jsonFile('copy.json', { ...fileCopy, submissionId: 'not an id' })) },
  { name: 'an outcome review chosen as the notification', act: choose('notificationFile', jsonFile('copy.json', { ...fileCopy, form: 'offsite-direction-outcome-review' })) },
  { name: 'a file too large for the notification question', act: choose('notificationFile', jsonFile('copy.json', 'x'.repeat(1024 * 1024 + 1))) },
  { name: 'the notification copy chosen as saved answers', act: choose('draftFile', jsonFile('copy.json', fileCopy)) },
  { name: 'carried on from a saved file', act: choose('draftFile', savedAnswers('offsite-direction-outcome-review')), data: ['saved.json', 'Hillside Community School'] },
];

/** The answers' own words, which stay as typed. */
function dataOf(state: State): string[] {
  return [
    ...userStrings(state.value, state.config, state.notification, fullConfig),
    ...(state.data ?? []),
    defaultConfig.localAuthority.name,
  ];
}

/** Renders a state; a configuration with problems is reported on the console once, which is expected here. */
async function renderQuietly(tag: 'notification' | 'review', state: State): Promise<Form> {
  if (state.config !== brokenConfig) return render(tag, state);
  const realError = console.error;
  const logged: unknown[][] = [];
  console.error = (...args: unknown[]) => logged.push(args);
  try {
    return await render(tag, state);
  } finally {
    console.error = realError;
    expect(logged.length, 'the configuration problems are logged').to.equal(1);
  }
}

async function expectAllTranslated(el: Form, state: State): Promise<void> {
  const left = untranslated(el.shadowRoot!, dataOf(state));
  expect(left, `plain English under en-XA:\n  ${left.join('\n  ')}`).to.deep.equal([]);
}

describe('pseudo-locale en-XA: every state of both forms', () => {
  before(async () => {
    await setLocale('en-XA');
    expect(getLocale()).to.equal('en-XA');
  });

  after(async () => {
    await setLocale('en-GB');
  });

  describe('<offsite-direction-notification>', () => {
    for (const state of notificationStates) {
      it(state.name, async () => {
        let el = await renderQuietly('notification', state);
        if (state.name.startsWith('answers restored')) {
          el = await render('notification', { name: state.name, setUp: state.setUp! });
          expect(el.shadowRoot!.querySelector('#draft-restored'), 'the restored-draft banner').not.to.equal(null);
        }
        if (state.name.startsWith('host-submit: answers restored')) el = await restoredFromBuilder();
        try {
          await expectAllTranslated(el, state);
        } finally {
          // The tab's sessionStorage outlives this test file: leave nothing for the next one.
          sessionStorage.removeItem(DRAFT_KEY);
        }
      });
    }
  });

  describe('<offsite-direction-outcome-review>', () => {
    for (const state of reviewStates) {
      it(state.name, async () => {
        const el = await renderQuietly('review', state);
        await expectAllTranslated(el, state);
      });
    }
  });
});

describe('switching locale', () => {
  afterEach(async () => {
    await setLocale('en-GB');
  });

  it('re-renders both forms, the findings of the checks included', async () => {
    const notification = await render('notification', { name: 'errors', act: pressContinue });
    const review = await render('review', { name: 'errors', act: pressContinue });
    const summary = (el: Form) => el.shadowRoot!.querySelector('#error-summary')!.textContent!.replace(/\s+/g, ' ');
    expect(summary(notification)).to.contain('Enter the name of your school');

    await setLocale('en-XA');
    await notification.updateComplete;
    await review.updateComplete;
    expect(summary(notification)).not.to.contain('Enter the name of your school');
    const data = [defaultConfig.localAuthority.name];
    expect(untranslated(notification.shadowRoot!, data)).to.deep.equal([]);
    expect(untranslated(review.shadowRoot!, data)).to.deep.equal([]);

    await setLocale('en-GB');
    await notification.updateComplete;
    expect(summary(notification)).to.contain('Enter the name of your school');
  });

  it('writes dates for the active locale and records it in the envelope', async () => {
    await setLocale('en-XA');
    const el = await render('notification', { name: 'late', value: lateNotice });
    const deadline = el.shadowRoot!.querySelector('[data-value="notice-deadline"]')!.textContent!.trim();
    expect(deadline).to.equal(formatDateForPeople('2026-02-27', 'en-XA'));
    const submitted = new Promise<SubmitEventDetail>((resolve) =>
      el.addEventListener(SUBMIT_EVENT, (event) => resolve((event as CustomEvent<SubmitEventDetail>).detail), { once: true }),
    );
    await sent(el);
    const envelope = await submitted;
    expect(envelope.locale).to.equal('en-XA');
    const late = envelope.findings.find((finding) => finding.code === 'parent-notice-late');
    expect(late?.message).to.contain(formatDateForPeople('2026-02-27', 'en-XA'));
    expect(late?.message.startsWith('[')).to.equal(true);
  });

  it('counts with the plural rules of the locale: 1 school day, 2 school days', async () => {
    const one = await render('notification', { name: 'one', value: maintainedWithEhcp, config: { noticeSchoolDays: 1 } });
    const two = await render('notification', { name: 'two', value: maintainedWithEhcp });
    const rule = (el: Form) => el.shadowRoot!.querySelector('[data-rule="notice"] .rule-panel__detail')!.textContent!;
    expect(rule(one)).to.contain('1 school day before the start date');
    expect(rule(two)).to.contain('2 school days before the start date');
  });

  it('refuses a locale the forms are not written in, and stays in the one it has', async () => {
    let error: unknown;
    try {
      await setLocale('cy-GB');
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(RangeError);
    expect(getLocale()).to.equal('en-GB');
  });

  it('matches a language tag ignoring case', async () => {
    await setLocale('en-xa');
    expect(getLocale()).to.equal('en-XA');
  });
});
