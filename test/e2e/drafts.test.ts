// `draft-key`: the unsent draft survives a real page reload, and is gone once sent or cleared.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { maintainedWithEhcp } from '../fixtures/examples.js';
import {
  confirmedReference,
  openPage,
  prefill,
  pressButton,
  startHarness,
  toCheckAnswers,
  typeAtEnd,
  type Harness,
} from './harness.js';

const KEY = 'e2e-notification';

function storedDraft(page: Page): Promise<{ submissionId: string; value: { submittedBy: { name: string } } } | null> {
  return page.evaluate((key) => {
    const text = sessionStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  }, KEY);
}

describe('drafts kept in session storage', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  it('restores the draft after a reload with a notice, sends it with the same id, then deletes it', async () => {
    const { page, context, log } = await openPage(harness, '/e2e/drafts.html');
    const form = page.locator('offsite-direction-notification');
    await prefill(form, maintainedWithEhcp);
    assert.equal(await storedDraft(page), null, 'a prefill is not an edit');
    await typeAtEnd(form, 'submittedBy.name', ' Jr');
    const saved = await storedDraft(page);
    assert.equal(saved?.value.submittedBy.name, 'Sam Carter Jr');
    assert.equal(await page.evaluate(() => localStorage.length), 0);

    await page.reload();
    await form.getByRole('heading', { name: 'We restored your unsent answers' }).waitFor();
    assert.equal(await form.locator('[name="submittedBy.name"]').inputValue(), 'Sam Carter Jr');
    await toCheckAnswers(form);
    await pressButton(form, /^Submit/);
    const id = await confirmedReference(form);
    assert.equal(id, saved!.submissionId, 'the id survives the reload');
    assert.equal(await storedDraft(page), null, 'deleted once sent');
    const record = (await harness.submissions()).find((item) => item.envelope.submissionId === id);
    assert.equal((record?.envelope.data.submittedBy as { name: string }).name, 'Sam Carter Jr');

    await page.reload();
    await form.getByRole('button', { name: 'Continue' }).waitFor();
    assert.equal(await form.getByRole('heading', { name: 'We restored your unsent answers' }).count(), 0);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('"Clear" on the notice forgets the draft', async () => {
    const { page, context } = await openPage(harness, '/e2e/drafts.html');
    const form = page.locator('offsite-direction-notification');
    await typeAtEnd(form, 'pupil.firstName', 'Alex');
    await page.reload();
    await form.getByRole('heading', { name: 'We restored your unsent answers' }).waitFor();
    assert.equal(await form.locator('[name="pupil.firstName"]').inputValue(), 'Alex');
    await pressButton(form, 'Clear the restored answers');
    assert.equal(await form.getByRole('heading', { name: 'We restored your unsent answers' }).count(), 0);
    assert.equal(await form.locator('[name="pupil.firstName"]').inputValue(), '');
    assert.equal(await storedDraft(page), null);
    await context.close();
  });
});
