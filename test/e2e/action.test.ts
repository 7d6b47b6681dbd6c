// `action`: the element POSTs the envelope to the reference receiver itself; failures are shown and retried.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { maintainedWithEhcp } from '../fixtures/examples.js';
import { confirmedReference, openPage, prefill, pressButton, startHarness, toCheckAnswers, type Harness } from './harness.js';

const RECEIVER = '**/api/submissions';

async function readyToSubmit(page: Page): Promise<Locator> {
  const form = page.locator('offsite-direction-notification');
  await prefill(form, maintainedWithEhcp);
  await toCheckAnswers(form);
  return form;
}

/** The text of the "Your form has not been sent" banner, once it shows. */
async function sendError(form: Locator): Promise<string> {
  await form.getByRole('heading', { name: 'Your form has not been sent' }).waitFor();
  const banner = form.locator('#send-error');
  return (await banner.textContent())!.replace(/\s+/g, ' ').trim();
}

function draftOf(form: Locator): Promise<unknown> {
  return form.evaluate((element) => (element as HTMLElement & { value: unknown }).value);
}

describe('action against the reference receiver', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  const storedWith = async (id: string) =>
    (await harness.submissions()).filter((record) => record.envelope.submissionId === id).length;

  it('stores once when a 500 follows a stored send and the user tries again', async () => {
    const { page, context, log } = await openPage(harness, '/e2e/plain.html');
    const form = await readyToSubmit(page);
    const answers: { status: number; key: string | null }[] = [];
    let first = true;
    await page.route(RECEIVER, async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      const response = await route.fetch();
      answers.push({ status: response.status(), key: request.headers()['idempotency-key'] ?? null });
      if (first) {
        // The receiver stored it, but the answer is lost on the way back: the browser sees a 500.
        first = false;
        return route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"proxy failure"}' });
      }
      return route.fulfill({ response });
    });
    const before = await draftOf(form);
    await pressButton(form, /^Submit/);
    assert.match(await sendError(form), /Your answers are still here.*error 500/);
    assert.deepEqual(await draftOf(form), before);
    await pressButton(form, 'Try again');
    const id = await confirmedReference(form);
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [201, 200],
      'the retry is recognised as a duplicate',
    );
    assert.deepEqual(
      answers.map((answer) => answer.key),
      [id, id],
    );
    assert.equal(await storedWith(id), 1);
    assert.ok(log.errors.every((error) => /status of 500/.test(error)), JSON.stringify(log.errors));
    await context.close();
  });

  it('shows the receiver’s findings from a 422, stores nothing, and sends once the problem is gone', async () => {
    const { page, context } = await openPage(harness, '/e2e/plain.html');
    const form = await readyToSubmit(page);
    // Something between browser and receiver changes the data, so the receiver's own check refuses it.
    let id = '';
    await page.route(RECEIVER, async (route) => {
      const envelope = JSON.parse(route.request().postData() ?? '{}');
      id = envelope.submissionId;
      envelope.data.placement.estimatedEndDate = '2026-03-01';
      await route.continue({ postData: JSON.stringify(envelope) });
    });
    await pressButton(form, /^Submit/);
    const shown = await sendError(form);
    assert.match(shown, /found problems with these answers/);
    const problems = await form.locator('#send-error li').allTextContents();
    assert.ok(problems.length >= 1);
    assert.ok(problems.some((problem) => /end date/i.test(problem)), JSON.stringify(problems));
    assert.equal(await storedWith(id), 0);

    await page.unroute(RECEIVER);
    await pressButton(form, 'Try again');
    assert.equal(await confirmedReference(form), id);
    assert.equal(await storedWith(id), 1);
    await context.close();
  });

  it('says so when the network is down, and sends when it is back', async () => {
    const { page, context } = await openPage(harness, '/e2e/plain.html');
    const form = await readyToSubmit(page);
    await context.setOffline(true);
    await pressButton(form, /^Submit/);
    assert.match(await sendError(form), /could not reach the receiving service/);
    assert.equal(await form.getByRole('button', { name: 'Try again' }).isVisible(), true);
    await context.setOffline(false);
    await pressButton(form, 'Try again');
    const id = await confirmedReference(form);
    assert.equal(await storedWith(id), 1);
    await context.close();
  });
});
