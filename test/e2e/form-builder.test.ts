// A form builder's page, as Derbyshire's forms live: the builder draws its form inside a same-origin frame, with
// its own stylesheet on everything, its own mandatory field for the widget and its own Submit button. The person
// fills the widget, confirms, and the builder's button sends; the widget never says "sent".
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Dialog, FrameLocator, Locator, Page } from 'playwright-core';
import { checkEnvelope } from '../../src/schema/index.js';
import { maintainedWithEhcp, returnReview } from '../fixtures/examples.js';
import { claimsSent as claimsSentIn } from '../fixtures/sent-claims.js';
import { openPage, prefill, pressButton, startHarness, toCheckAnswers, typeAtEnd, type Harness } from './harness.js';

/** Every POST the builder's form makes, as the fields it carried; answered with a small page. */
async function catchBuilderPosts(page: Page): Promise<URLSearchParams[]> {
  const posts: URLSearchParams[] = [];
  await page.route('**/e2e/received', async (route) => {
    posts.push(new URLSearchParams(route.request().postData() ?? ''));
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Received</title><p>Received</p>' });
  });
  return posts;
}

/** The beforeunload warnings the browser showed; each is dismissed (the person chooses to stay) unless told. */
function watchLeaveWarnings(page: Page): { seen: string[]; accept: boolean } {
  const watch = { seen: [] as string[], accept: false };
  page.on('dialog', (dialog: Dialog) => {
    watch.seen.push(dialog.type());
    void (watch.accept ? dialog.accept() : dialog.dismiss());
  });
  return watch;
}

/** The widget's text says its answers were sent (it never may). */
async function claimsSent(widget: Locator): Promise<boolean> {
  return claimsSentIn(await widget.evaluate((element) => element.shadowRoot!.textContent ?? ''));
}

async function openBuilder(harness: Harness, query = '') {
  const opened = await openPage(harness, `/e2e/builder-frame.html${query}`, null);
  const frame: FrameLocator = opened.page.frameLocator('#builder-frame');
  const widget = frame.locator(query ? 'offsite-direction-outcome-review' : 'offsite-direction-notification');
  await widget.getByRole('button', { name: 'Continue' }).waitFor();
  return { ...opened, frame, widget };
}

describe('inside a form builder’s frame, with its stylesheet and its own Submit button', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  it('notification: fill, Continue, Confirm, the builder’s button posts one valid envelope; leaving before warns; a reload restores', async () => {
    const { page, context, log, frame, widget } = await openBuilder(harness);
    const posts = await catchBuilderPosts(page);
    const leaving = watchLeaveWarnings(page);

    // The builder's stylesheet reaches nothing inside: the heading keeps its own look.
    const headingLook = await widget.locator('#step-heading').evaluate((heading) => {
      const style = getComputedStyle(heading);
      return [style.textTransform, style.fontStyle, style.letterSpacing, style.textAlign, style.color].join(' | ');
    });
    assert.equal(headingLook, 'none | normal | normal | start | rgb(11, 12, 12)');

    // The builder refuses to send while its field for the widget is empty.
    await frame.getByRole('button', { name: 'Submit form' }).click();
    await frame.getByText('Complete the offsite direction form before you submit.').waitFor();
    assert.equal(posts.length, 0);

    // A person's first Continue with a gap: the error summary takes focus inside the frame.
    await prefill(widget, { ...maintainedWithEhcp, submittedBy: { ...maintainedWithEhcp.submittedBy, name: undefined } });
    await pressButton(widget, 'Continue');
    const summary = widget.locator('#error-summary');
    await summary.waitFor();
    assert.equal(await summary.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element), true);
    assert.equal(await frame.locator('body').evaluate(() => document.hasFocus()), true);
    const summaryInView = await summary.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    assert.equal(summaryInView, true, 'the frame scrolled the error summary into view');
    await summary.getByRole('link').first().click();
    await typeAtEnd(widget, 'submittedBy.name', 'Sam Carter');

    await toCheckAnswers(widget);
    assert.equal(await frame.locator('#offsite-envelope').inputValue(), '', 'nothing in the builder’s field yet');
    assert.equal(await widget.getByRole('button', { name: /^Submit/ }).count(), 0);
    await pressButton(widget, /^Confirm/);
    await widget.getByRole('heading', { name: 'Your answers are ready to send' }).waitFor();
    assert.equal(await claimsSent(widget), false);
    await widget.getByText('Nothing has been sent yet.').waitFor();
    const confirmed = JSON.parse(await frame.locator('#offsite-envelope').inputValue());
    assert.equal(checkEnvelope(confirmed).ok, true);

    // Printing from inside the frame prints the frame's page, with the element marked.
    await frame.locator('body').evaluate(() => {
      const marks: boolean[] = [];
      (window as unknown as { printMarks: boolean[] }).printMarks = marks;
      const element = document.querySelector('offsite-direction-notification')!;
      window.print = () => {
        marks.push(element.hasAttribute('printing'));
        window.dispatchEvent(new Event('afterprint'));
      };
    });
    await pressButton(widget, 'Print or save a copy');
    const printMarks = await frame.locator('body').evaluate(() => (window as unknown as { printMarks: boolean[] }).printMarks);
    assert.deepEqual(printMarks, [true], 'the frame printed, with the element marked [printing]');
    assert.equal(await widget.evaluate((element) => element.hasAttribute('printing')), false);

    // Leaving before the builder's button warns, and the person stays.
    await page.goto(`${harness.base}/e2e/plain.html`).catch(() => undefined);
    assert.deepEqual(leaving.seen, ['beforeunload']);
    assert.equal(new URL(page.url()).pathname, '/e2e/builder-frame.html');

    // Reloading: the builder gives its field back, and the widget brings the answers back from it.
    leaving.accept = true;
    await page.reload();
    const again = page.frameLocator('#builder-frame').locator('offsite-direction-notification');
    await again.getByRole('heading', { name: 'Check your answers before sending' }).waitFor();
    await again.getByText('We brought back the answers you saved').waitFor();
    await pressButton(again, /^Confirm/);
    await again.getByRole('heading', { name: 'Your answers are ready to send' }).waitFor();
    const restoredFrame = page.frameLocator('#builder-frame');
    const sent = JSON.parse(await restoredFrame.locator('#offsite-envelope').inputValue());
    assert.equal(sent.submissionId, confirmed.submissionId);

    // The builder's own button: one POST, one envelope, no warning on the way.
    const warningsBefore = leaving.seen.length;
    await restoredFrame.getByRole('button', { name: 'Submit form' }).click();
    await restoredFrame.getByText('Received').waitFor();
    assert.equal(leaving.seen.length, warningsBefore, 'the builder’s own submit never warns');
    assert.equal(posts.length, 1);
    assert.deepEqual(posts[0]!.getAll('offsite_envelope').length, 1);
    const posted = JSON.parse(posts[0]!.get('offsite_envelope')!);
    assert.equal(checkEnvelope(posted).ok, true);
    assert.equal(posted.submissionId, confirmed.submissionId);
    assert.equal(posted.data.submittedBy.name, 'Sam Carter');
    assert.equal(posts[0]!.get('case_ref'), 'HCS-1');
    const draftLeft = await page.frames()[1]!.evaluate(() => sessionStorage.getItem('builder-notification'));
    assert.equal(draftLeft, null, 'the widget forgot its draft when the builder sent');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('outcome review: a draft typed in the frame survives a reload; the same journey posts one valid review envelope', async () => {
    const { page, context, log, widget: first } = await openBuilder(harness, '?form=review');
    const posts = await catchBuilderPosts(page);
    const leaving = watchLeaveWarnings(page);
    leaving.accept = true;
    await typeAtEnd(first, 'homeSchool.name', 'Hillside');
    await page.reload();
    assert.deepEqual(leaving.seen, ['beforeunload'], 'typed answers, not confirmed: leaving warned');
    const frame = page.frameLocator('#builder-frame');
    const widget = frame.locator('offsite-direction-outcome-review');
    await widget.getByText('We restored your unsent answers').waitFor();
    assert.equal(await widget.locator('[name="homeSchool.name"]').inputValue(), 'Hillside');
    await prefill(widget, returnReview);
    await toCheckAnswers(widget);
    await pressButton(widget, /^Confirm/);
    await widget.getByRole('heading', { name: 'Your answers are ready to send' }).waitFor();
    assert.equal(await claimsSent(widget), false);
    const confirmed = JSON.parse(await frame.locator('#offsite-envelope').inputValue());

    // Reloaded with the builder's field given back: the review's answers return from it, with their id.
    await page.reload();
    const again = page.frameLocator('#builder-frame');
    const restored = again.locator('offsite-direction-outcome-review');
    await restored.getByText('We brought back the answers you saved').waitFor();
    assert.equal(await claimsSent(restored), false);
    await again.getByRole('button', { name: 'Submit form' }).click();
    await again.getByText('Received').waitFor();
    assert.equal(posts.length, 1);
    const posted = JSON.parse(posts[0]!.get('offsite_envelope')!);
    assert.equal(posted.submissionId, confirmed.submissionId);
    assert.equal(posted.form, 'offsite-direction-outcome-review');
    assert.equal(checkEnvelope(posted).ok, true);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
