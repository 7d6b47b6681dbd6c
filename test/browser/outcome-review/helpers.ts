/**
 * Helpers that act like a user of <offsite-direction-outcome-review>: they find controls by their contract
 * names, type with real keystrokes (sendKeys) and press the element's own buttons.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/outcome-review/define.js';
import type { OffsiteDirectionOutcomeReview } from '../../../src/components/outcome-review/offsite-direction-outcome-review.js';
import { SUBMIT_EVENT, type SubmitEventDetail } from '../../../src/events.js';
import {
  checkNotification,
  createEnvelope,
  type OutcomeReviewData,
  type OutcomeReviewDerived,
  type OutcomeReviewDraft,
} from '../../../src/schema/index.js';
import { exampleToday, maintainedWithEhcp, reviewToday } from '../../fixtures/examples.js';

export type Review = OffsiteDirectionOutcomeReview;
export type ReviewSubmit = CustomEvent<SubmitEventDetail<OutcomeReviewData, OutcomeReviewDerived>>;

export async function makeReview(
  options: { value?: OutcomeReviewDraft; notification?: unknown; today?: string } = {},
): Promise<Review> {
  const el = await fixture<Review>(
    html`<offsite-direction-outcome-review today=${options.today ?? reviewToday}></offsite-direction-outcome-review>`,
  );
  if (options.value) el.value = structuredClone(options.value) as Record<string, unknown>;
  if (options.notification) el.notification = options.notification as Review['notification'];
  await el.updateComplete;
  return el;
}

/** A real notification envelope: `maintainedWithEhcp` through the notification's own rule check. */
export function notificationEnvelope() {
  const result = checkNotification(maintainedWithEhcp, { today: exampleToday });
  if (!result.ok || !result.data || !result.derived) throw new Error('The example notification does not pass its check');
  return createEnvelope({
    form: 'offsite-direction-notification',
    submissionId: crypto.randomUUID(),
    today: exampleToday,
    data: result.data,
    derived: result.derived,
    findings: result.findings,
  });
}

export function root(el: Review): ShadowRoot {
  return el.shadowRoot!;
}

export function $<T extends Element = HTMLElement>(el: Review, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

export function has(el: Review, selector: string): boolean {
  return root(el).querySelector(selector) !== null;
}

export function control(el: Review, name: string): HTMLInputElement {
  return $<HTMLInputElement>(el, `[name="${name}"]`);
}

export function radio(el: Review, name: string, value: string): HTMLInputElement {
  return $<HTMLInputElement>(el, `[name="${name}"][value="${value}"]`);
}

export function active(el: Review): Element | null {
  return root(el).activeElement;
}

/** The element's text with white space collapsed. */
export function text(el: Review): string {
  return root(el).textContent!.replace(/\s+/g, ' ');
}

export function textOf(node: Element): string {
  return node.textContent!.replace(/\s+/g, ' ').trim();
}

export function buttonNamed(el: Review, name: RegExp | string): HTMLElement {
  const found = Array.from(root(el).querySelectorAll<HTMLElement>('button, a')).find((candidate) =>
    typeof name === 'string' ? textOf(candidate) === name : name.test(textOf(candidate)),
  );
  if (!found) throw new Error(`No button or link named ${name}`);
  return found;
}

export async function press(el: Review, name: RegExp | string): Promise<void> {
  buttonNamed(el, name).click();
  await el.updateComplete;
}

/** Types into an empty box. */
export async function typeInto(el: Review, name: string, typed: string): Promise<void> {
  control(el, name).focus();
  await sendKeys({ type: typed });
  await el.updateComplete;
}

/** Selects what a box holds and types over it; an empty string clears it. */
export async function retype(el: Review, name: string, typed: string): Promise<void> {
  const box = control(el, name);
  box.focus();
  box.select();
  await sendKeys(typed === '' ? { press: 'Backspace' } : { type: typed });
  await el.updateComplete;
}

/** Types a `YYYY-MM-DD` date into the three boxes the way a person writes it ("9", "3", "2026"). */
export async function typeDate(el: Review, path: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await retype(el, `${path}-day`, String(Number(day)));
  await retype(el, `${path}-month`, String(Number(month)));
  await retype(el, `${path}-year`, year);
}

export async function choose(el: Review, name: string, value: string): Promise<void> {
  radio(el, name, value).click();
  await el.updateComplete;
}

export async function tick(el: Review, name: string): Promise<void> {
  control(el, name).click();
  await el.updateComplete;
}

/** Every row of check your answers (or the confirmation) as [question, answer]. */
export function rows(el: Review): [string, string][] {
  return Array.from(root(el).querySelectorAll('.summary-list__row')).map((row) => {
    const value = row.querySelector('.summary-list__value')!;
    const lines = Array.from(value.querySelectorAll('p'));
    return [textOf(row.querySelector('dt')!), lines.length ? lines.map(textOf).join(' ') : textOf(value)];
  });
}

export function rowFor(el: Review, key: string): string | undefined {
  return rows(el).find(([question]) => question === key)?.[1];
}

export function errorSummaryLinks(el: Review): string[] {
  return Array.from(root(el).querySelectorAll('.error-summary a')).map(textOf);
}

export function inlineError(el: Review, path: string): string {
  return textOf($(el, `#f-${path.replace(/\./g, '-')}-error`));
}

export function rulePanel(el: Review): string {
  return textOf($(el, '.rule-panel'));
}

/** Collects every submit event the element fires. */
export function collectSubmits(el: Review): ReviewSubmit[] {
  const events: ReviewSubmit[] = [];
  el.addEventListener(SUBMIT_EVENT, (event) => events.push(event as ReviewSubmit));
  return events;
}

/** Continue, then Submit; returns the one submit event. */
export async function continueAndSubmit(el: Review): Promise<ReviewSubmit> {
  const events = collectSubmits(el);
  await press(el, 'Continue');
  expect(textOf($(el, '#step-heading'))).to.equal('Check your answers before sending');
  await press(el, /^Submit/);
  expect(events.length, 'submit events').to.equal(1);
  await el.updateComplete;
  return events[0]!;
}

/**
 * Answers everything before the outcome, and the notice and declaration after it, through the UI: the school,
 * you, a pupil (with or without an EHC plan), a mainstream school provision, the placement 9 March – 22 May 2026,
 * a scheduled review on 20 April 2026.
 */
export async function fillAllButOutcome(el: Review, options: { hasEhcp?: boolean } = {}): Promise<void> {
  await typeInto(el, 'homeSchool.name', 'Hillside Community School');
  await typeInto(el, 'homeSchool.laestab', '830/4001');
  await typeInto(el, 'homeSchool.urn', '112233');
  await choose(el, 'homeSchool.governance', 'maintained');
  await typeInto(el, 'submittedBy.name', 'Sam Carter');
  await typeInto(el, 'submittedBy.role', 'Deputy headteacher');
  await typeInto(el, 'submittedBy.email', 'sam.carter@hillside.example.org');
  await typeInto(el, 'submittedBy.phone', '01629 533190');
  await typeInto(el, 'pupil.firstName', 'Alex');
  await typeInto(el, 'pupil.lastName', 'Morgan');
  await typeDate(el, 'pupil.dateOfBirth', '2012-05-14');
  await typeInto(el, 'pupil.upn', 'Q830200024001');
  await choose(el, 'pupil.hasEhcp', options.hasEhcp === false ? 'no' : 'yes');
  await typeInto(el, 'provision.name', 'Valley Academy');
  await choose(el, 'provision.kind', 'mainstream-school');
  await typeInto(el, 'provision.laestab', '830/4002');
  await typeInto(el, 'provision.urn', '145678');
  await typeDate(el, 'placement.startDate', '2026-03-09');
  await typeDate(el, 'placement.estimatedEndDate', '2026-05-22');
  await typeDate(el, 'review.date', '2026-04-20');
  await choose(el, 'review.requestedBy', 'scheduled');
  await typeDate(el, 'notices.parentOutcomeNoticeDate', '2026-04-21');
  await tick(el, 'declarations.accurate');
}

export async function fillExtension(el: Review): Promise<void> {
  await choose(el, 'outcome.kind', 'extension');
  await typeDate(el, 'outcome.newEstimatedEndDate', '2026-07-17');
  await typeInto(el, 'outcome.reason', 'Good progress; more time to settle.');
  await typeDate(el, 'outcome.nextReviewDate', '2026-06-15');
}

export async function fillReturn(el: Review, returnDate = '2026-06-01'): Promise<void> {
  await choose(el, 'outcome.kind', 'return');
  await typeDate(el, 'outcome.returnDate', returnDate);
}

/** A managed move to Oak Hill School; the agreement questions all answered yes. */
export async function fillManagedMove(el: Review, options: { sendConsulted?: boolean } = {}): Promise<void> {
  await choose(el, 'outcome.kind', 'managed-move');
  await typeDate(el, 'outcome.startDate', '2026-04-27');
  await retype(el, 'outcome.newSchool.name', 'Oak Hill School');
  await retype(el, 'outcome.newSchool.laestab', '830/4005');
  await retype(el, 'outcome.newSchool.urn', '');
  await choose(el, 'outcome.newSchool.kind', 'mainstream-school');
  await choose(el, 'outcome.parentsAgreed', 'yes');
  await choose(el, 'outcome.admissionAuthorityAgreed', 'yes');
  await choose(el, 'outcome.inBestInterests', 'yes');
  if (options.sendConsulted !== undefined) {
    await choose(el, 'outcome.localAuthoritySendConsulted', options.sendConsulted ? 'yes' : 'no');
  }
}

/**
 * After a prefill from the notification: the rest of the review through the UI — the sender's role, email and
 * phone (their name too, unless `name` is false), a scheduled review on 20 April 2026, an extension, the notice
 * and the declaration.
 */
export async function answerWhatTheNotificationDoesNotSay(el: Review, options: { name?: boolean } = {}): Promise<void> {
  if (options.name !== false) await typeInto(el, 'submittedBy.name', 'Sam Carter');
  await typeInto(el, 'submittedBy.role', 'Deputy headteacher');
  await typeInto(el, 'submittedBy.email', 'sam.carter@hillside.example.org');
  await typeInto(el, 'submittedBy.phone', '01629 533190');
  await typeDate(el, 'review.date', '2026-04-20');
  await choose(el, 'review.requestedBy', 'scheduled');
  await fillExtension(el);
  await typeDate(el, 'notices.parentOutcomeNoticeDate', '2026-04-21');
  await tick(el, 'declarations.accurate');
}
