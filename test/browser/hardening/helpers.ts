/**
 * Helpers for the hardening tests, for either element: they find controls by their contract names, type with
 * real keystrokes (or paste, for what no keyboard can type), and read what the page shows.
 */
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { OffsiteDirectionNotification } from '../../../src/components/notification/offsite-direction-notification.js';
import type { OffsiteDirectionOutcomeReview } from '../../../src/components/outcome-review/offsite-direction-outcome-review.js';
import { fieldId } from '../../../src/components/shared/paths.js';
import { SUBMIT_EVENT, type SubmitEventDetail } from '../../../src/events.js';

export type AnyForm = OffsiteDirectionNotification | OffsiteDirectionOutcomeReview;
export type FormTag = 'offsite-direction-notification' | 'offsite-direction-outcome-review';

/** Mounts a fresh element in the page, prefilled with `value`, and waits for its first render. */
export async function mount<T extends AnyForm>(
  tag: FormTag,
  options: { today?: string; value?: object; config?: unknown; attributes?: Record<string, string> } = {},
): Promise<T> {
  const el = document.createElement(tag) as T;
  if (options.today) el.setAttribute('today', options.today);
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  if (options.config !== undefined) el.config = options.config as T['config'];
  document.body.append(el);
  if (options.value) el.value = structuredClone(options.value) as Record<string, unknown>;
  await el.updateComplete;
  return el;
}

export function root(el: AnyForm): ShadowRoot {
  return el.shadowRoot!;
}

export function find<T extends Element = HTMLElement>(el: AnyForm, selector: string): T | null {
  return root(el).querySelector<T>(selector);
}

export function control<T extends HTMLInputElement | HTMLTextAreaElement = HTMLInputElement>(el: AnyForm, name: string): T {
  const found = find<T>(el, `[name="${CSS.escape(name)}"]`);
  if (!found) throw new Error(`No control named ${name}`);
  return found;
}

/** Text with white space collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function heading(el: AnyForm): string {
  return textOf(find(el, '#step-heading'));
}

export function buttonNamed(el: AnyForm, name: RegExp | string): HTMLElement {
  const found = Array.from(root(el).querySelectorAll<HTMLElement>('button, a')).find((candidate) =>
    typeof name === 'string' ? textOf(candidate) === name : name.test(textOf(candidate)),
  );
  if (!found) throw new Error(`No button or link named ${name}`);
  return found;
}

export async function press(el: AnyForm, name: RegExp | string): Promise<void> {
  buttonNamed(el, name).click();
  await el.updateComplete;
}

/** The single-line and multi-line text boxes on the page (hours included), by name; date boxes left out. */
export function textBoxNames(el: AnyForm): string[] {
  return Array.from(
    root(el).querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      'input[type="text"][name], input[type="email"][name], input[type="tel"][name], textarea[name]',
    ),
  )
    .map((box) => box.name)
    .filter((name) => !/-(day|month|year)$/.test(name));
}

/** The dates on the page, by path (each has the three boxes `<path>-day`, `-month`, `-year`). */
export function datePaths(el: AnyForm): string[] {
  return Array.from(root(el).querySelectorAll<HTMLInputElement>('input[name$="-day"]')).map((box) =>
    box.name.replace(/-day$/, ''),
  );
}

/** True for text a person can type key by key: no control characters, short enough to be quick. */
function typeable(text: string): boolean {
  return text.length <= 40 && ![...text].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f');
}

/**
 * Puts `text` into a box as a user would: selects what is there and types over it with real keystrokes, or
 * Backspace for nothing. Long text and control characters (which no keyboard types) are pasted: the value
 * is set and an `input` event fires, as a paste does.
 */
export async function enter(el: AnyForm, name: string, text: string): Promise<'typed' | 'pasted'> {
  const box = control<HTMLInputElement | HTMLTextAreaElement>(el, name);
  box.focus();
  box.select();
  let how: 'typed' | 'pasted' = 'typed';
  if (text === '') await sendKeys({ press: 'Backspace' });
  else if (typeable(text)) await sendKeys({ type: text });
  else {
    how = 'pasted';
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  }
  await el.updateComplete;
  return how;
}

export interface TypedDate {
  day: string;
  month: string;
  year: string;
}

export async function enterDate(el: AnyForm, path: string, date: TypedDate): Promise<void> {
  await enter(el, `${path}-day`, date.day);
  await enter(el, `${path}-month`, date.month);
  await enter(el, `${path}-year`, date.year);
}

/** The error summary's entries as `[message, path]`, the path read from the link's `href`. */
export function summaryEntries(el: AnyForm): { message: string; href: string }[] {
  return Array.from(root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')).map((link) => ({
    message: textOf(link),
    href: link.getAttribute('href') ?? '',
  }));
}

/** The inline message shown for `path`, without the hidden "Error:" prefix; undefined when none shows. */
export function inlineError(el: AnyForm, path: string): string | undefined {
  const message = find(el, `#${fieldId(path)}-error`);
  return message ? textOf(message).replace(/^Error:\s*/, '') : undefined;
}

/**
 * What check your answers shows for `path`, one entry per line, as rendered (`innerText`: what a reader sees,
 * white space as the styles keep it). The address is one row whose Change link goes to its first line.
 */
export function shownAnswer(el: AnyForm, path: string): string[] | undefined {
  const changePath = path.startsWith('provision.address.') ? 'provision.address.line1' : path;
  const link = find(el, `.summary-list__actions a[data-path="${CSS.escape(changePath)}"]`);
  const row = link?.closest('.summary-list__row');
  const cell = row?.querySelector<HTMLElement>('.summary-list__value');
  if (!cell) return undefined;
  const lines = Array.from(cell.querySelectorAll<HTMLElement>('p'));
  return lines.length ? lines.map((line) => line.innerText) : [cell.innerText];
}

/** Collects every submit event's detail. */
export function collectSubmits(el: AnyForm): SubmitEventDetail[] {
  const details: SubmitEventDetail[] = [];
  el.addEventListener(SUBMIT_EVENT, (event) => details.push(event.detail));
  return details;
}

/** Lets promise callbacks settle, then waits for the render. */
export async function settle(el: AnyForm): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Whatever the page throws, rejects unhandled, or logs as an error, from `start()` until `stop()`. */
export function watchForFailures() {
  const failures: string[] = [];
  const onError = (event: ErrorEvent) => failures.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => failures.push(`unhandled rejection: ${String(event.reason)}`);
  const originalConsoleError = console.error;
  return {
    failures,
    start() {
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      console.error = (...args: unknown[]) => {
        failures.push(`console.error: ${args.map(String).join(' ')}`);
        originalConsoleError.apply(console, args);
      };
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = originalConsoleError;
    },
  };
}
