// The embed bundle on a plain host page: one script tag, both elements, the strict CSP, two copies at once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { extensionReview, maintainedWithEhcp } from '../fixtures/examples.js';
import {
  confirmedReference,
  inlineStyles,
  openPage,
  prefill,
  pressButton,
  startHarness,
  toCheckAnswers,
  typeAtEnd,
  type Harness,
} from './harness.js';

describe('the embed bundle on a plain page', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  it('renders both elements, and each one submits to the reference receiver', async () => {
    const { page, log, context } = await openPage(harness, '/e2e/plain.html');
    const notification = page.locator('offsite-direction-notification');
    const review = page.locator('offsite-direction-outcome-review');
    for (const form of [notification, review]) {
      await form.locator('#step-heading').waitFor();
      await form.getByRole('button', { name: 'Continue' }).waitFor();
    }

    await prefill(notification, maintainedWithEhcp);
    await typeAtEnd(notification, 'submittedBy.name', ' Jr');
    await toCheckAnswers(notification);
    await pressButton(notification, /^Submit/);
    const notificationId = await confirmedReference(notification);

    await prefill(review, { ...extensionReview, notificationId });
    await toCheckAnswers(review);
    await pressButton(review, /^Submit/);
    const reviewId = await confirmedReference(review);

    const stored = await harness.submissions();
    const notificationRecord = stored.find((record) => record.envelope.submissionId === notificationId);
    const reviewRecord = stored.find((record) => record.envelope.submissionId === reviewId);
    assert.equal(notificationRecord?.envelope.form, 'offsite-direction-notification');
    assert.deepEqual((notificationRecord!.envelope.data.submittedBy as { name: string }).name, 'Sam Carter Jr');
    assert.equal(reviewRecord?.envelope.form, 'offsite-direction-outcome-review');
    assert.equal(reviewRecord!.envelope.data.notificationId, notificationId);

    const storage = await page.evaluate(() => sessionStorage.length + localStorage.length);
    assert.equal(storage, 0, 'nothing is kept in web storage without draft-key');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    await context.close();
  });

  it('works under the strict CSP with no violation, no style attribute and no <style> element', async () => {
    const { page, log, context } = await openPage(harness, '/e2e/plain.html');
    const response = await page.request.get(`${harness.base}/e2e/plain.html`);
    assert.match(response.headers()['content-security-policy'] ?? '', /default-src 'self'; script-src 'self'; style-src 'self'/);

    const notification = page.locator('offsite-direction-notification');
    await pressButton(notification, 'Continue');
    await notification.locator('.error-summary').waitFor();
    await prefill(notification, maintainedWithEhcp);
    await toCheckAnswers(notification);
    await pressButton(notification, /^Submit/);
    await confirmedReference(notification);
    const review = page.locator('offsite-direction-outcome-review');
    await pressButton(review, 'Continue');
    await review.locator('.error-summary').waitFor();

    assert.deepEqual(await log.violations(), []);
    assert.deepEqual(await inlineStyles(page), []);
    const styled = await page.evaluate(() => {
      const element = document.querySelector('offsite-direction-notification')!;
      return element.shadowRoot!.adoptedStyleSheets.length;
    });
    assert.ok(styled > 0, 'the styles come from constructed style sheets');
    assert.deepEqual(log.errors, []);

    // The listener does hear violations: markup with a style attribute is one.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>'));
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
    assert.match((await log.violations())[0]!, /^style-src/);
    await context.close();
  });

  it('works under Trusted Types when the policy allows Lit’s own "lit-html" policy', async () => {
    const { page, log, context } = await openPage(harness, '/e2e/plain.html');
    const policy =
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
    await page.route('**/e2e/plain.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    await page.reload();
    const notification = page.locator('offsite-direction-notification');
    await prefill(notification, maintainedWithEhcp);
    await toCheckAnswers(notification);
    await pressButton(notification, /^Submit/);
    await confirmedReference(notification);
    assert.deepEqual(await log.violations(), []);
    assert.deepEqual(log.errors, []);
    const enforced = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>plain string</b>');
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(enforced, true, 'the page really enforces Trusted Types');
    await context.close();
  });

  it('two copies of the bundle on one page: no error, one console warning, the first definition works', async () => {
    const { page, log, context } = await openPage(harness, '/e2e/double-load.html');
    await page.waitForLoadState('load');
    await page.waitForFunction(() => document.querySelector('offsite-direction-outcome-review')?.shadowRoot !== null);
    assert.deepEqual(log.errors, []);
    assert.equal(log.warnings.length, 1, `warnings: ${JSON.stringify(log.warnings)}`);
    assert.match(log.warnings[0]!, /already defined on this page/);
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    assert.ok(scripts.includes('/offsite-direction-forms.js') && scripts.includes('/copy/offsite-direction-forms.js'));

    const notification = page.locator('offsite-direction-notification');
    await prefill(notification, maintainedWithEhcp);
    await toCheckAnswers(notification);
    await pressButton(notification, /^Submit/);
    const id = await confirmedReference(notification);
    assert.ok((await harness.submissions()).some((record) => record.envelope.submissionId === id));
    assert.equal(log.warnings.length, 1);
    await context.close();
  });
});
