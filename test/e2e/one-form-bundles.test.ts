/**
 * The one-form embed bundles (dist/offsite-direction-notification.js, dist/offsite-direction-outcome-review.js):
 * each defines its own element only and sends like the combined bundle; both on one page work side by side and
 * follow the page's language and the page API's locale switch together.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { extensionReview, maintainedWithEhcp } from '../fixtures/examples.js';
import {
  confirmedReference,
  inlineStyles,
  openPage,
  prefill,
  pressButton,
  startHarness,
  toCheckAnswers,
  type Harness,
} from './harness.js';

const root = new URL('../../', import.meta.url);
const bundles = {
  both: 'dist/offsite-direction-forms.js',
  notification: 'dist/offsite-direction-notification.js',
  review: 'dist/offsite-direction-outcome-review.js',
};

const defined = (page: Page) =>
  page.evaluate(() => ({
    notification: customElements.get('offsite-direction-notification') !== undefined,
    review: customElements.get('offsite-direction-outcome-review') !== undefined,
  }));

const headings = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('offsite-direction-notification, offsite-direction-outcome-review')).map(
      (form) => form.shadowRoot?.querySelector('#step-heading')?.textContent?.trim() ?? '',
    ),
  );

describe('one-form embed bundles', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  it('are each smaller than the bundle of both forms, and hold only their own form', () => {
    const text = (file: string) => readFileSync(new URL(file, root), 'utf8');
    for (const file of Object.values(bundles)) assert.ok(existsSync(new URL(file, root)), `${file} is missing`);
    const gzip = (file: string) => gzipSync(readFileSync(new URL(file, root)), { level: 9 }).length;
    assert.ok(gzip(bundles.notification) < gzip(bundles.both));
    assert.ok(gzip(bundles.review) < gzip(bundles.both));
    // Each form's own heading text is in its bundle and not in the other's.
    assert.ok(text(bundles.notification).includes('Tell the local authority about an offsite direction'));
    assert.ok(!text(bundles.review).includes('Tell the local authority about an offsite direction'));
    assert.ok(text(bundles.review).includes('Offsite direction outcome review'));
    assert.ok(!text(bundles.notification).includes('Offsite direction outcome review'));
  });

  it('the notification bundle defines the notification alone, which sends to the receiver under the strict CSP', async () => {
    const { page, log, context } = await openPage(harness, '/e2e/notification-only.html');
    assert.deepEqual(await defined(page), { notification: true, review: false });
    const form = page.locator('offsite-direction-notification');
    await pressButton(form, 'Continue');
    await form.locator('.error-summary').waitFor();
    await prefill(form, maintainedWithEhcp);
    await toCheckAnswers(form);
    await pressButton(form, /^Submit/);
    const id = await confirmedReference(form);
    const stored = (await harness.submissions()).find((record) => record.envelope.submissionId === id);
    assert.equal(stored?.envelope.form, 'offsite-direction-notification');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(await log.violations(), []);
    assert.deepEqual(await inlineStyles(page), []);
    await context.close();
  });

  it('the outcome review bundle defines the outcome review alone, which sends to the receiver', async () => {
    const { page, log, context } = await openPage(harness, '/e2e/outcome-review-only.html', 'offsite-direction-outcome-review');
    assert.deepEqual(await defined(page), { notification: false, review: true });
    const form = page.locator('offsite-direction-outcome-review');
    await prefill(form, extensionReview);
    await toCheckAnswers(form);
    await pressButton(form, /^Submit/);
    const id = await confirmedReference(form);
    const stored = (await harness.submissions()).find((record) => record.envelope.submissionId === id);
    assert.equal(stored?.envelope.form, 'offsite-direction-outcome-review');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(await log.violations(), []);
    await context.close();
  });

  it('both on one page: no clash, and the page API switches both forms to another locale and back', async () => {
    const { page, log, context } = await openPage(harness, '/e2e/one-form-bundles-en-GB.html');
    await page.waitForFunction(() => document.querySelector('offsite-direction-outcome-review')?.shadowRoot?.querySelector('#step-heading'));
    assert.deepEqual(await defined(page), { notification: true, review: true });
    assert.deepEqual(await headings(page), ['Tell the local authority about an offsite direction', 'Offsite direction outcome review']);

    await page.evaluate(() => window.offsiteDirectionForms!.setLocale('en-XA'));
    await page.waitForFunction(() => document.querySelector('offsite-direction-outcome-review')?.shadowRoot?.querySelector('#step-heading')?.textContent?.trim().startsWith('['));
    const [notification, review] = await headings(page);
    assert.match(notification!, /^\[Ţéé/);
    assert.match(review!, /^\[/);

    await page.evaluate(() => window.offsiteDirectionForms!.setLocale('en-GB'));
    await page.waitForFunction(() => document.querySelector('offsite-direction-outcome-review')?.shadowRoot?.querySelector('#step-heading')?.textContent?.trim() === 'Offsite direction outcome review');
    assert.deepEqual(await headings(page), ['Tell the local authority about an offsite direction', 'Offsite direction outcome review']);
    await assert.rejects(page.evaluate(() => window.offsiteDirectionForms!.setLocale('fr-FR')), /not a supported locale/);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    await context.close();
  });

  it('a bundle loaded after the page chose a locale starts in that locale, not the page\'s <html lang>', async () => {
    const { page, log, context } = await openPage(harness, '/e2e/notification-only.html');
    await page.evaluate(() => window.offsiteDirectionForms!.setLocale('en-XA'));
    // Later (another route of a single-page app, say): the outcome review's own bundle, then its element.
    await page.evaluate(async () => {
      await import('/offsite-direction-outcome-review.js' as string);
      const review = document.createElement('offsite-direction-outcome-review');
      review.setAttribute('today', '2026-04-22');
      document.querySelector('main')!.append(review);
    });
    await page.waitForFunction(() =>
      document.querySelector('offsite-direction-outcome-review')?.shadowRoot?.querySelector('#step-heading')?.textContent?.trim().startsWith('['),
    );
    const [notification, review] = await headings(page);
    assert.match(notification!, /^\[Ţéé/);
    assert.match(review!, /^\[/);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('both on a page in en-XA: each form starts in the page language', async () => {
    const { page, log, context } = await openPage(harness, '/e2e/one-form-bundles-en-XA.html');
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('offsite-direction-notification, offsite-direction-outcome-review')).every((form) =>
        form.shadowRoot?.querySelector('#step-heading')?.textContent?.trim().startsWith('['),
      ),
    );
    const [notification, review] = await headings(page);
    assert.match(notification!, /^\[Ţéé/);
    assert.match(review!, /^\[/);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
