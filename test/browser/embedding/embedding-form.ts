/**
 * A test-only form for the embedding tests: the real notification rules and envelope, but only three questions
 * on screen, so a test can prefill a complete notification and still edit it like a user.
 */
import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { OffsiteFormElement, type FormCheckOptions } from '../../../src/components/shared/offsite-form-element.js';
import type { Draft } from '../../../src/components/shared/paths.js';
import { baseView, type FormDefinition, type QuestionView } from '../../../src/components/shared/questions.js';
import { checkNotification } from '../../../src/schema/index.js';
import { exampleToday, maintainedWithEhcp } from '../../fixtures/examples.js';

export const TODAY = exampleToday;
export const completeDraft = maintainedWithEhcp as unknown as Draft;

/** The answer as the draft holds it, as text. */
const asTyped = (path: string) => (view: QuestionView) => {
  const answer = view.value(path);
  return answer === undefined ? undefined : String(answer);
};

const definition: FormDefinition<QuestionView> = {
  sections: [
    {
      id: 'all',
      heading: '',
      items: [
        { kind: 'text', path: 'submittedBy.name', label: 'Your name', summary: { key: 'Your name', value: asTyped('submittedBy.name') } },
        { kind: 'date', path: 'pupil.dateOfBirth', label: 'Date of birth', summary: { key: 'Date of birth', value: asTyped('pupil.dateOfBirth') } },
        {
          kind: 'hours',
          path: 'timetable.offsiteHoursPerWeek',
          label: 'Hours a week off site',
          summary: { key: 'Hours a week off site', value: asTyped('timetable.offsiteHoursPerWeek') },
        },
      ],
    },
  ],
};

export class EmbeddingForm extends OffsiteFormElement {
  readonly formName = 'offsite-direction-notification' as const;

  /** Tests shorten the POST timeout so a hung server fails fast. */
  set timeoutMs(ms: number) {
    this.sendTimeout = ms;
  }

  protected get formTitle() {
    return 'Embedding test form';
  }

  protected get submitLabel() {
    return 'Submit notification';
  }

  protected check(value: Draft, options: FormCheckOptions) {
    return checkNotification(value, options);
  }

  protected get definition(): FormDefinition<QuestionView> {
    return definition;
  }

  protected questionView(): QuestionView {
    return baseView(this.fields, this.checkResult, this.locale());
  }
}
if (!customElements.get('embedding-test-form')) customElements.define('embedding-test-form', EmbeddingForm);

declare global {
  interface HTMLElementTagNameMap {
    'embedding-test-form': EmbeddingForm;
  }
}

/**
 * Mounts `template` (by default a bare form) and prefills its form with a complete, valid notification.
 * The template must hold one `<embedding-test-form today=${TODAY}>`.
 */
export async function prefilled(
  template: TemplateResult = html`<embedding-test-form today=${TODAY}></embedding-test-form>`,
): Promise<EmbeddingForm> {
  const root = await fixture<HTMLElement>(template);
  const el = root instanceof EmbeddingForm ? root : root.querySelector('embedding-test-form')!;
  el.value = completeDraft;
  await el.updateComplete;
  return el;
}

export function inside<T extends Element = HTMLElement>(el: EmbeddingForm, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

export function control(el: EmbeddingForm, name: string): HTMLInputElement {
  return inside<HTMLInputElement>(el, `[name="${name}"]`);
}

export function buttonNamed(el: EmbeddingForm, name: RegExp | string): HTMLElement {
  const found = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('button, a')).find((candidate) => {
    const text = candidate.textContent!.trim();
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (!found) throw new Error(`No button or link named ${name}`);
  return found;
}

export function shownText(el: EmbeddingForm): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

export function heading(el: EmbeddingForm): string {
  return inside(el, '#step-heading').textContent!.trim();
}

/** Types at the end of a field, with real key presses. */
export async function typeInto(el: EmbeddingForm, name: string, typed: string): Promise<void> {
  const input = control(el, name);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  await sendKeys({ type: typed });
  await el.updateComplete;
}

/** Selects what is in a field and deletes it with Backspace. */
export async function clearField(el: EmbeddingForm, name: string): Promise<void> {
  control(el, name).select();
  await sendKeys({ press: 'Backspace' });
  await el.updateComplete;
}

export async function press(el: EmbeddingForm, name: RegExp | string): Promise<void> {
  buttonNamed(el, name).click();
  await el.updateComplete;
}

/** Waits until `condition` holds (re-rendering between tries), or fails after `ms`. */
export async function until(el: EmbeddingForm, condition: () => boolean, what: string, ms = 3000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

/**
 * Replaces `window.fetch` for one test. `answer` decides each request: a Response, an Error (a network failure),
 * or 'hang' (never answers, but honours the abort signal). Returns the requests and a restore function.
 */
export function stubFetch(answer: (request: RecordedRequest, index: number) => Response | Error | 'hang') {
  const original = window.fetch;
  const requests: RecordedRequest[] = [];
  window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: RecordedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: String(init.body ?? ''),
    };
    requests.push(request);
    const reply = answer(request, requests.length - 1);
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    }
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
  };
  return { requests, restore: () => (window.fetch = original) };
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
