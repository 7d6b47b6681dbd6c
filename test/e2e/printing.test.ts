// Printing the way people print: the browser's own Print (here Chromium's print to PDF, which fires beforeprint
// and lays the page out for paper as Ctrl+P does) on the demo and on host pages with the README's print style.
// Each PDF is read back as text (pdftotext, from poppler-utils) and must show the copy, not a blank page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { inflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { extensionReview, maintainedWithEhcp } from '../fixtures/examples.js';
import { confirmedReference, openPage, prefill, pressButton, startHarness, toCheckAnswers, type Harness } from './harness.js';

/** The PDF's text with white space collapsed, or null where pdftotext is not installed. */
function pdfText(pdf: Buffer): string | null {
  try {
    return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** How many text-showing operators (Tj, TJ) the PDF's page contents hold: none on a blank page. */
function textOperators(pdf: Buffer): number {
  const source = pdf.toString('latin1');
  let count = 0;
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      content = match[1]!;
    }
    count += content.match(/\bT[Jj]\b/g)?.length ?? 0;
  }
  return count;
}

/** Prints the page to PDF and checks what is on the paper. */
async function printed(page: Page, expected: { shows: string[]; hides: string[] }): Promise<void> {
  const pdf = await page.pdf({ format: 'A4' });
  const text = pdfText(pdf);
  if (text === null) {
    // Without pdftotext, at least prove the paper is not blank.
    assert.ok(textOperators(pdf) > 20, 'the printed page has text on it (install poppler-utils to check the words)');
    return;
  }
  for (const words of expected.shows) assert.ok(text.includes(words), `the paper shows "${words}":\n${text}`);
  for (const words of expected.hides) assert.ok(!text.includes(words), `the paper leaves out "${words}":\n${text}`);
  assert.equal(await page.locator('[printing]').count(), 0, 'printing ended, so no form still carries [printing]');
}

/** Which forms carry [printing] while "Print or save a copy" prints (the print dialogue itself is stubbed). */
async function printedByTheButton(page: Page, form: Locator): Promise<string[]> {
  await page.evaluate(() => {
    const seen = window as unknown as { printedForms: string[] };
    window.print = () => {
      seen.printedForms = Array.from(document.querySelectorAll('[printing]'), (element) => element.localName);
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await pressButton(form, 'Print or save a copy');
  return page.evaluate(() => (window as unknown as { printedForms: string[] }).printedForms);
}

/** Which forms the browser's own Print marks [printing], seen by a listener that runs after the forms' own. */
async function markedByBeforePrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.addEventListener('beforeprint', () => {
      (window as unknown as { markedForms: string[] }).markedForms = Array.from(
        document.querySelectorAll('[printing]'),
        (element) => element.localName,
      );
    });
  });
}

function grouped(id: string): string {
  const reference = id.slice(0, 8).toUpperCase();
  return `${reference.slice(0, 4)} ${reference.slice(4)}`;
}

describe('the browser\'s own Print', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  it('on the demo: check your answers prints marked "not sent yet", the confirmation prints as the button does', async () => {
    const { page, context, log } = await openPage(harness, '/');
    await page.locator('#today').fill('2026-03-02');
    await page.locator('#today').dispatchEvent('change');
    const notification = page.locator('offsite-direction-notification');
    const review = page.locator('offsite-direction-outcome-review');
    await markedByBeforePrint(page);

    await prefill(notification, maintainedWithEhcp);
    await toCheckAnswers(notification);
    await printed(page, {
      shows: ['Not sent yet: these answers have not been sent to Derbyshire County Council.', 'Check your answers before sending', 'Hillside Community School'],
      hides: ['Event log', 'Received by the reference receiver', 'Offsite direction outcome review'],
    });

    await pressButton(notification, /^Submit/);
    const id = await confirmedReference(notification);
    await printed(page, {
      shows: ['Notification sent', grouped(id), id, 'Your answers', 'Valley Academy'],
      hides: ['Not sent yet', 'Event log', 'Start from the notification you sent', 'Save a copy for the outcome review'],
    });
    const marked = await page.evaluate(() => (window as unknown as { markedForms: string[] }).markedForms);
    assert.deepEqual(marked, ['offsite-direction-notification']);
    assert.deepEqual(await printedByTheButton(page, notification), marked, 'Print prints what the button prints');

    // Both forms now hold answers: the one the person is working in prints.
    await page.locator('#today').fill('2026-04-22');
    await page.locator('#today').dispatchEvent('change');
    await prefill(review, extensionReview);
    await toCheckAnswers(review);
    await printed(page, {
      shows: ['Not sent yet', 'The outcome', 'Good progress; more time to settle.'],
      hides: ['Notification sent', 'Event log'],
    });
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('with the README\'s host style, around forms wrapped in a section: the copy, never a blank page', async () => {
    const { page, context, log } = await openPage(harness, '/e2e/print-host.html');
    const notification = page.locator('offsite-direction-notification');
    await notification.getByRole('button', { name: 'Continue' }).waitFor();
    // Before anyone has answered anything, Print gives both forms as they stand, without the page around them.
    await printed(page, {
      shows: ['Tell the local authority about an offsite direction', 'Offsite direction outcome review'],
      hides: ['The council\'s page chrome'],
    });
    await prefill(notification, maintainedWithEhcp);
    await toCheckAnswers(notification);
    await pressButton(notification, /^Submit/);
    const id = await confirmedReference(notification);
    await printed(page, {
      shows: ['Notification sent', grouped(id), id, 'Alex'],
      hides: ['The council\'s page chrome', 'Send the outcome of a review', 'Start from the notification you sent'],
    });
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  it('with the README\'s style now, for a form that is itself a child of main', async () => {
    const { page, context } = await openPage(harness, '/e2e/print-host-direct.html');
    const notification = page.locator('offsite-direction-notification');
    await prefill(notification, maintainedWithEhcp);
    await toCheckAnswers(notification);
    await printed(page, {
      shows: ['Not sent yet', 'Hillside Community School'],
      hides: ['The council\'s page chrome', 'Tell us about an offsite direction'],
    });
    await pressButton(notification, /^Submit/);
    const id = await confirmedReference(notification);
    await printed(page, { shows: ['Notification sent', grouped(id)], hides: ['The council\'s page chrome'] });
    await context.close();
  });
});
