/**
 * What the form stories share: how a story's host page answers `offsite-direction-submit`, and the steps a play
 * function takes. Buttons are found by what they are, not by their words, so the same play works in every locale.
 */
import { expect, waitFor } from 'storybook/test';
import type { NotificationSource } from '../src/components/outcome-review/offsite-direction-outcome-review.js';
import { SUBMIT_EVENT, type SubmitEventDetail } from '../src/events.js';
import { checkNotification, createEnvelope } from '../src/schema/index.js';
import { exampleToday, maintainedWithEhcp } from '../test/fixtures/examples.js';

/** How the story's host page answers a submission: take it, keep it waiting ("Sending…"), or refuse it. */
export type HostAnswer = 'accept' | 'wait' | 'refuse';

export const hostAnswers: readonly HostAnswer[] = ['accept', 'wait', 'refuse'];

/** The `offsite-direction-submit` listener for a host answer. */
export function hostListener(answer: HostAnswer | undefined): (event: Event) => void {
  return (event) => {
    const { detail } = event as CustomEvent<SubmitEventDetail>;
    if (answer === 'wait') detail.waitUntil(new Promise(() => {}));
    // No words of the host's own: the form's "not sent" banner and "Try again" are what the story shows.
    if (answer === 'refuse') detail.waitUntil(Promise.reject(new Error('')));
  };
}

export { SUBMIT_EVENT };

type FormElement = HTMLElement & { updateComplete: Promise<boolean> };

/** The story's form element. */
export function formIn(canvasElement: HTMLElement): FormElement {
  const el = canvasElement.querySelector<FormElement>('offsite-direction-notification, offsite-direction-outcome-review');
  if (!el) throw new Error('The story has no form element');
  return el;
}

function shadow(el: FormElement): ShadowRoot {
  return el.shadowRoot!;
}

/** Continue: the questions step's submit button. Resolves once the next step has rendered. */
export async function pressContinue(canvasElement: HTMLElement): Promise<FormElement> {
  const el = formIn(canvasElement);
  await el.updateComplete;
  const button = shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]');
  if (!button) throw new Error('No Continue button');
  button.click();
  await el.updateComplete;
  return el;
}

/**
 * With `layout="pages"`: Continue on `pages` pages in turn, each resolving once the next page has rendered, so the
 * story opens on the page after them (or, past the last, on check your answers).
 */
export async function continuePages(canvasElement: HTMLElement, pages: number): Promise<FormElement> {
  let el = formIn(canvasElement);
  for (let page = 0; page < pages; page += 1) {
    const before = shadow(el).querySelector('#section-caption')?.textContent;
    el = await pressContinue(canvasElement);
    await waitFor(() => expect(shadow(el).querySelector('#section-caption')?.textContent).not.toBe(before));
  }
  return el;
}

/** Continue on an incomplete form: the error summary takes focus. */
export async function showErrors(canvasElement: HTMLElement): Promise<void> {
  const el = await pressContinue(canvasElement);
  await waitFor(() => expect(shadow(el).activeElement?.id).toBe('error-summary'));
}

/** Continue on a complete form: check your answers. */
export async function checkAnswers(canvasElement: HTMLElement): Promise<FormElement> {
  const el = await pressContinue(canvasElement);
  await waitFor(() => expect(shadow(el).querySelector('.summary-list')).toBeTruthy());
  return el;
}

/** Check your answers, then Submit (its one primary button). */
export async function submit(canvasElement: HTMLElement): Promise<FormElement> {
  const el = await checkAnswers(canvasElement);
  shadow(el).querySelector<HTMLButtonElement>('button[part~="button-primary"]')!.click();
  await el.updateComplete;
  return el;
}

/** Submitted and taken: the confirmation with its reference number. */
export async function confirm(canvasElement: HTMLElement): Promise<void> {
  const el = await submit(canvasElement);
  await waitFor(() => expect(shadow(el).querySelector('#reference')).toBeTruthy());
}

/** Submitted and held by the host: "Sending…". */
export async function sending(canvasElement: HTMLElement): Promise<void> {
  const el = await submit(canvasElement);
  await waitFor(() => expect(shadow(el).querySelector('button[aria-disabled="true"]')).toBeTruthy());
}

/** Submitted and refused by the host: the "not sent" banner, focused, and "Try again". */
export async function refused(canvasElement: HTMLElement): Promise<void> {
  const el = await submit(canvasElement);
  await waitFor(() => expect(shadow(el).querySelector('#send-error')).toBeTruthy());
}

/** The example notification, checked and wrapped in its envelope as the notification form sends it. */
export function exampleNotification(): NotificationSource {
  const result = checkNotification(maintainedWithEhcp, { today: exampleToday });
  return createEnvelope({
    form: 'offsite-direction-notification',
    submissionId: '6f1d2c1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
    submittedAt: '2026-03-02T09:14:05.123Z',
    today: exampleToday,
    data: result.data ?? maintainedWithEhcp,
    derived: result.derived,
    findings: result.findings,
  }) as NotificationSource;
}

/** A JSON file as a school's computer holds it. */
export function jsonFile(name: string, content: unknown): File {
  return new File([JSON.stringify(content, null, 2)], name, { type: 'application/json' });
}

/** Answers saved to a file from `form` ("Save your answers to a file"), half filled in. */
export function savedAnswersFile(form: string, value: object): File {
  return jsonFile(`${form}-draft-2026-03-02-0914.json`, {
    form,
    schemaVersion: 1,
    kind: 'draft',
    savedAt: '2026-03-02T09:14:05.123Z',
    value,
  });
}

/**
 * Chooses `file` in the file box named `name`, as the file picker does, and waits until the form has answered:
 * the box's status says what it filled in, or the error summary has focus.
 */
export async function chooseFile(canvasElement: HTMLElement, name: string, file: File): Promise<void> {
  const el = formIn(canvasElement);
  await el.updateComplete;
  const input = shadow(el).querySelector<HTMLInputElement>(`input[type="file"][name="${name}"]`);
  if (!input) throw new Error(`No file box named ${name}`);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() =>
    expect(
      shadow(el).activeElement?.id === 'error-summary' || Boolean(shadow(el).querySelector(`[id$="${name}-status"]`)?.textContent?.trim()),
    ).toBe(true),
  );
}
