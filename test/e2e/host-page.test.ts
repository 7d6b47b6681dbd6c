// The routes for host pages that submit their own form: `name` (form-associated) and `target-field`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { checkEnvelope } from '../../src/schema/index.js';
import { maintainedWithEhcp } from '../fixtures/examples.js';
import { openPage, prefill, pressButton, startHarness, toCheckAnswers, type Harness } from './harness.js';

/** Catches the host form's native POST and answers with a small page; returns the posted fields. */
async function catchHostPost(page: Page): Promise<URLSearchParams[]> {
  const posts: URLSearchParams[] = [];
  await page.route('**/e2e/received', async (route) => {
    posts.push(new URLSearchParams(route.request().postData() ?? ''));
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Received</title><p>Received</p>' });
  });
  return posts;
}

describe('inside the host page’s <form>', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  it('blocks the native submit while there are errors, then posts the envelope JSON under its name', async () => {
    const { page, context, log } = await openPage(harness, '/e2e/host-form.html');
    const posts = await catchHostPost(page);
    const form = page.locator('offsite-direction-notification');
    await form.getByRole('button', { name: 'Continue' }).waitFor();

    await page.getByRole('button', { name: 'Send to the council' }).click();
    await page.waitForTimeout(200);
    assert.equal(posts.length, 0, 'the browser refused to submit');
    const focused = await page.evaluate(() => {
      const element = document.activeElement!;
      return { host: element.localName, inside: element.shadowRoot?.activeElement?.getAttribute('name') ?? null };
    });
    assert.equal(focused.host, 'offsite-direction-notification');
    assert.ok(focused.inside, 'the browser focused the field in error');
    assert.equal(await form.evaluate((element) => element.matches(':invalid')), true);

    await prefill(form, maintainedWithEhcp);
    await toCheckAnswers(form);
    await Promise.all([page.waitForURL('**/e2e/received'), page.getByRole('button', { name: 'Send to the council' }).click()]);
    assert.equal(posts.length, 1);
    assert.equal(posts[0]!.get('school-reference'), 'HCS-1');
    const envelope = JSON.parse(posts[0]!.get('notification') ?? 'null');
    assert.equal(envelope.form, 'offsite-direction-notification');
    assert.equal(checkEnvelope(envelope).ok, true, 'a receiver accepts what the host form posted');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('form.reset() (a reset button) empties the element', async () => {
    const { page, context } = await openPage(harness, '/e2e/host-form.html');
    const form = page.locator('offsite-direction-notification');
    await prefill(form, maintainedWithEhcp);
    await toCheckAnswers(form);
    await page.getByRole('button', { name: 'Start again' }).click();
    await form.getByRole('button', { name: 'Continue' }).waitFor();
    assert.deepEqual(await form.evaluate((element) => (element as HTMLElement & { value: unknown }).value), {});
    assert.equal(await form.locator('[name="submittedBy.name"]').inputValue(), '');
    assert.equal(await page.evaluate(() => new FormData(document.querySelector('form')!).has('notification')), false);
    await context.close();
  });
});

describe('target-field on a form builder’s page', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  it('fills the hidden field at Confirm (host-submit by itself: no action), with input and change events', async () => {
    const { page, context, log } = await openPage(harness, '/e2e/target-field.html');
    const posts = await catchHostPost(page);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { fieldEvents: string[] }).fieldEvents = seen;
      for (const type of ['input', 'change']) {
        document.addEventListener(type, (event) => {
          if ((event.target as Element).id === 'offsite-envelope') seen.push(type);
        });
      }
    });
    const fieldEvents = () => page.evaluate(() => (window as unknown as { fieldEvents: string[] }).fieldEvents);
    const hidden = page.locator('#offsite-envelope');
    const form = page.locator('offsite-direction-notification');

    await prefill(form, maintainedWithEhcp);
    assert.equal(await hidden.inputValue(), '');
    await toCheckAnswers(form);
    assert.equal(await hidden.inputValue(), '', 'only Confirm fills it');
    assert.equal(await form.getByRole('button', { name: /^Submit/ }).count(), 0);

    await pressButton(form, /^Confirm/);
    await form.getByRole('heading', { name: 'Your answers are ready to send' }).waitFor();
    assert.equal(await form.locator('#reference').count(), 0);
    const submitted = JSON.parse(await hidden.inputValue());
    const id = submitted.submissionId;
    assert.equal(submitted.form, 'offsite-direction-notification');
    assert.equal(checkEnvelope(submitted).ok, true);
    assert.deepEqual(await fieldEvents(), ['input', 'change']);

    await Promise.all([page.waitForURL('**/e2e/received'), page.getByRole('button', { name: 'Next page' }).click()]);
    assert.equal(JSON.parse(posts[0]!.get('offsite_envelope') ?? 'null').submissionId, id);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
