/**
 * The cross-engine end-to-end subset: each scenario is one host page of test/e2e/pages (served with the built
 * bundle under the strict CSP) and what a person does on it. engines.test.ts runs every scenario in every engine.
 *
 * To add one: put the page in test/e2e/pages, give it a route in `extraRoutes` (test/e2e/harness.ts, shared with
 * the Chromium suite), and append `{ name, page, run }` to `scenarios` below, using the helpers here (they work
 * the same in every engine). Every scenario also checks that the page reported no CSP violation.
 */
import assert from 'node:assert/strict';
import { checkEnvelope } from '../../../src/schema/index.js';
import { extensionReview, maintainedWithEhcp } from '../../fixtures/examples.js';
import { claimsSent } from '../../fixtures/sent-claims.js';
import type { EnginePage } from './driver.js';
import type { EngineServer } from './server.js';

type FormTag = 'offsite-direction-notification' | 'offsite-direction-outcome-review';
const NOTIFICATION: FormTag = 'offsite-direction-notification';
const REVIEW: FormTag = 'offsite-direction-outcome-review';

export interface Scenario {
  name: string;
  /** The page's path on the server, e.g. `/e2e/plain.html`. */
  page: string;
  /** The elements the page shows; the scenario starts once each has rendered. */
  forms: FormTag[];
  run(page: EnginePage, server: EngineServer): Promise<void>;
}

/** Waits until the element is defined and has rendered its first step. */
export async function rendered(page: EnginePage, tag: FormTag): Promise<void> {
  await page.waitFor(
    (name: string) => customElements.get(name) !== undefined && !!document.querySelector(name)?.shadowRoot?.querySelector('#step-heading'),
    tag,
  );
}

/** Sets the element's `value`, as a host script would (CONTRACT §5 data shapes). */
export async function prefill(page: EnginePage, tag: FormTag, value: unknown): Promise<void> {
  await page.evaluate(
    (name: string, draft: unknown) => {
      (document.querySelector(name) as HTMLElement & { value: unknown }).value = draft;
    },
    tag,
    value,
  );
}

export function heading(page: EnginePage, tag: FormTag): Promise<string> {
  return page.evaluate(
    (name: string) => (document.querySelector(name)?.shadowRoot?.querySelector('#step-heading')?.textContent ?? '').trim(),
    tag,
  );
}

export async function waitForHeading(page: EnginePage, tag: FormTag, text: string): Promise<void> {
  await page.waitFor(
    (name: string, wanted: string) => (document.querySelector(name)?.shadowRoot?.querySelector('#step-heading')?.textContent ?? '').trim() === wanted,
    tag,
    text,
  );
}

/** Clicks the element's button (or link) whose text matches `label`, a regular expression's source. */
export async function pressButton(page: EnginePage, tag: FormTag, label: string): Promise<void> {
  await page.click(
    (name: string, source: string) =>
      Array.from(document.querySelector(name)!.shadowRoot!.querySelectorAll('button, a')).find((candidate) =>
        new RegExp(source).test((candidate.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ) ?? null,
    tag,
    label,
  );
}

/** Clicks into the element's control `name`, moves to the end of what is there and types `text`. */
export async function typeAtEnd(page: EnginePage, tag: FormTag, name: string, text: string): Promise<void> {
  await page.click(
    (host: string, control: string) => document.querySelector(host)!.shadowRoot!.querySelector(`[name="${control}"]`),
    tag,
    name,
  );
  await page.press('End');
  await page.type(text);
}

/**
 * Types `HH:MM` into the element's time box `name` as that engine's box takes it: a click on its hours part,
 * then the 12-hour time and A or P where the box moves on by itself (Chromium and Firefox, en-US here), or
 * `HH:MM` where it waits for a separator (WebKitGTK, 24-hour).
 */
export async function typeTime(page: EnginePage, tag: FormTag, name: string, time: string): Promise<void> {
  await page.clickNearLeft(
    (host: string, control: string) => document.querySelector(host)!.shadowRoot!.querySelector(`[name="${control}"]`),
    tag,
    name,
  );
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const twelve = `${String(hours % 12 || 12).padStart(2, '0')}${String(minutes).padStart(2, '0')}${hours < 12 ? 'A' : 'P'}`;
  await page.type(page.engine === 'webkit' ? time : twelve);
}

/** The element's draft, as a host script reads it. */
export function draftOf(page: EnginePage, tag: FormTag): Promise<Record<string, unknown>> {
  return page.evaluate((name: string) => (document.querySelector(name) as HTMLElement & { value: Record<string, unknown> }).value, tag);
}

/** Continue, then wait for check your answers. */
export async function toCheckAnswers(page: EnginePage, tag: FormTag): Promise<void> {
  await pressButton(page, tag, '^Continue$');
  await waitForHeading(page, tag, 'Check your answers before sending');
}

/** Submit, then the reference number on the confirmation. */
export async function submitAndConfirm(page: EnginePage, tag: FormTag): Promise<string> {
  await pressButton(page, tag, '^Submit');
  return confirmedReference(page, tag);
}

export async function confirmedReference(page: EnginePage, tag: FormTag): Promise<string> {
  await page.waitFor((name: string) => !!document.querySelector(name)?.shadowRoot?.querySelector('#reference'), tag);
  return page.evaluate((name: string) => document.querySelector(name)!.shadowRoot!.querySelector('#reference')!.textContent!.trim(), tag);
}

/** Clicks the host page's own submit button `label`; returns the one native POST it made to /e2e/received. */
export async function submitHostForm(page: EnginePage, server: EngineServer, label: string): Promise<URLSearchParams> {
  await page.click(
    (text: string) => Array.from(document.querySelectorAll('button')).find((button) => button.textContent!.trim() === text) ?? null,
    label,
  );
  await page.waitFor(() => location.pathname === '/e2e/received' && document.readyState === 'complete');
  assert.equal(server.hostPosts.length, 1, 'the host form posted once');
  return server.hostPosts[0]!;
}

export const scenarios: Scenario[] = [
  {
    name: 'script tag: both forms filled by keyboard and sent to the receiver under the strict CSP',
    page: '/e2e/plain.html',
    forms: [NOTIFICATION, REVIEW],
    async run(page, server) {
      await prefill(page, NOTIFICATION, maintainedWithEhcp);
      await typeAtEnd(page, NOTIFICATION, 'submittedBy.name', ' Jr');
      await typeTime(page, NOTIFICATION, 'timetable.sessions.morningStart', '09:05');
      await toCheckAnswers(page, NOTIFICATION);
      const notificationId = await submitAndConfirm(page, NOTIFICATION);

      await prefill(page, REVIEW, { ...extensionReview, notificationId });
      await typeAtEnd(page, REVIEW, 'outcome.reason', ' Settled well.');
      await toCheckAnswers(page, REVIEW);
      const reviewId = await submitAndConfirm(page, REVIEW);

      const stored = await server.submissions();
      const notification = stored.find((record) => record.envelope.submissionId === notificationId)?.envelope;
      const review = stored.find((record) => record.envelope.submissionId === reviewId)?.envelope;
      assert.equal(notification?.form, NOTIFICATION);
      assert.equal((notification!.data.submittedBy as { name: string }).name, 'Sam Carter Jr');
      assert.equal((notification!.data.timetable as { sessions: { morningStart: string } }).sessions.morningStart, '09:05');
      assert.equal(review?.form, REVIEW);
      assert.equal(review!.data.notificationId, notificationId);
      assert.match((review!.data.outcome as { reason: string }).reason, / Settled well\.$/);
      const styled = await page.evaluate(() => document.querySelector('offsite-direction-notification')!.shadowRoot!.adoptedStyleSheets.length);
      assert.ok(styled > 0, 'the styles come from constructed style sheets');
    },
  },
  {
    name: 'action: a 500 after the receiver stored it, then Try again, stores it once with one Idempotency-Key',
    page: '/e2e/plain.html',
    forms: [NOTIFICATION],
    async run(page, server) {
      await prefill(page, NOTIFICATION, maintainedWithEhcp);
      await toCheckAnswers(page, NOTIFICATION);
      const before = await draftOf(page, NOTIFICATION);
      server.failNextSubmissions = 1;
      await pressButton(page, NOTIFICATION, '^Submit');
      await page.waitFor(() => !!document.querySelector('offsite-direction-notification')!.shadowRoot!.querySelector('#send-error'));
      const banner = await page.evaluate(() =>
        document.querySelector('offsite-direction-notification')!.shadowRoot!.querySelector('#send-error')!.textContent!.replace(/\s+/g, ' ').trim(),
      );
      assert.match(banner, /Your form has not been sent.*Your answers are still here.*error 500/);
      assert.deepEqual(await draftOf(page, NOTIFICATION), before, 'nothing typed is lost');
      await pressButton(page, NOTIFICATION, '^Try again$');
      const id = await confirmedReference(page, NOTIFICATION);
      assert.deepEqual(server.submissionPosts, [
        { status: 500, stored: 201, key: id },
        { status: 200, stored: 200, key: id },
      ]);
      const stored = (await server.submissions()).filter((record) => record.envelope.submissionId === id);
      assert.equal(stored.length, 1);
    },
  },
  {
    name: 'target-field: Confirm (host-submit by itself), then the builder’s own form posts the envelope from its hidden field',
    page: '/e2e/target-field.html',
    forms: [NOTIFICATION],
    async run(page, server) {
      await prefill(page, NOTIFICATION, maintainedWithEhcp);
      await toCheckAnswers(page, NOTIFICATION);
      await pressButton(page, NOTIFICATION, '^Confirm');
      await waitForHeading(page, NOTIFICATION, 'Your answers are ready to send');
      const hidden = await page.evaluate(() => (document.querySelector('#offsite-envelope') as HTMLInputElement).value);
      const id = JSON.parse(hidden).submissionId;
      const posted = await submitHostForm(page, server, 'Next page');
      assert.equal(JSON.parse(posted.get('offsite_envelope') ?? 'null').submissionId, id);
    },
  },
  {
    name: 'host-submit on a builder’s page with its own stylesheet: Confirm, never “sent”, the builder’s button posts one valid envelope',
    page: '/e2e/builder.html',
    forms: [NOTIFICATION],
    async run(page, server) {
      const look = await page.evaluate(() => {
        const style = getComputedStyle(document.querySelector('offsite-direction-notification')!.shadowRoot!.querySelector('#step-heading')!);
        return [style.textTransform, style.fontStyle, style.letterSpacing, style.textAlign].join(' ');
      });
      assert.equal(look, 'none normal normal start', 'the builder’s stylesheet reaches nothing inside');
      await prefill(page, NOTIFICATION, maintainedWithEhcp);
      await typeAtEnd(page, NOTIFICATION, 'submittedBy.name', ' Jr');
      await toCheckAnswers(page, NOTIFICATION);
      await pressButton(page, NOTIFICATION, '^Confirm');
      await waitForHeading(page, NOTIFICATION, 'Your answers are ready to send');
      const shown = await page.evaluate(() =>
        document.querySelector('offsite-direction-notification')!.shadowRoot!.textContent!.replace(/\s+/g, ' '),
      );
      assert.match(shown, /Nothing has been sent yet\./);
      assert.equal(claimsSent(shown), false, 'the widget never says its answers were sent');
      const posted = await submitHostForm(page, server, 'Submit form');
      const envelope = JSON.parse(posted.get('offsite_envelope') ?? 'null');
      assert.equal(checkEnvelope(envelope).ok, true);
      assert.equal(envelope.data.submittedBy.name, 'Sam Carter Jr');
      assert.equal(posted.getAll('offsite_envelope').length, 1);
    },
  },
  {
    name: 'host form: the element is a control of the page’s form and posts the envelope under its name',
    page: '/e2e/host-form.html',
    forms: [NOTIFICATION],
    async run(page, server) {
      await prefill(page, NOTIFICATION, maintainedWithEhcp);
      await toCheckAnswers(page, NOTIFICATION);
      const posted = await submitHostForm(page, server, 'Send to the council');
      assert.equal(posted.get('school-reference'), 'HCS-1');
      const envelope = JSON.parse(posted.get('notification') ?? 'null');
      assert.equal(envelope.form, NOTIFICATION);
      assert.equal((envelope.data.pupil as { upn: string }).upn, maintainedWithEhcp.pupil!.upn);
    },
  },
  {
    name: 'the CSP violation reports do reach the server (so every scenario’s check for none can fail)',
    page: '/e2e/plain.html',
    forms: [NOTIFICATION],
    async run(page, server) {
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>'));
      const deadline = Date.now() + 10_000;
      while (server.cspReports.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.match(JSON.stringify(server.cspReports[0] ?? null), /style-src/);
      server.cspReports.length = 0;
    },
  },
];
