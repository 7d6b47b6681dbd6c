/**
 * Helpers that act like a user on <offsite-direction-notification>: real focus and keystrokes, real clicks.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/notification/define.js';
import type { OffsiteDirectionNotification } from '../../../src/components/notification/offsite-direction-notification.js';
import { fieldId } from '../../../src/components/shared/paths.js';
import { exampleToday } from '../../fixtures/examples.js';
import { engine } from '../engine.js';

export type Form = OffsiteDirectionNotification;
export const TODAY = exampleToday;

export async function makeForm(options: { today?: string; config?: unknown; value?: object } = {}): Promise<Form> {
  const el = await fixture<Form>(
    html`<offsite-direction-notification
      today=${options.today ?? TODAY}
      .config=${options.config}
    ></offsite-direction-notification>`,
  );
  if (options.value) {
    el.value = structuredClone(options.value) as Record<string, unknown>;
    await el.updateComplete;
  }
  return el;
}

export function root(el: Form): ShadowRoot {
  return el.shadowRoot!;
}

export function $<T extends Element = HTMLElement>(el: Form, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

export function maybe(el: Form, selector: string): Element | null {
  return root(el).querySelector(selector);
}

/** The control named `name` (a dotted path, or a date box `<path>-day`). */
export function control<T extends HTMLElement = HTMLInputElement>(el: Form, name: string): T {
  return $<T>(el, `[name="${name}"]`);
}

export function hasControl(el: Form, name: string): boolean {
  return maybe(el, `[name="${name}"]`) !== null;
}

export function active(el: Form): Element | null {
  return root(el).activeElement;
}

/** The element's text with white space collapsed. */
export function text(el: Form | Element): string {
  const node = el instanceof HTMLElement && el.shadowRoot ? el.shadowRoot : el;
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buttonNamed(el: Form, name: RegExp | string): HTMLElement {
  const found = Array.from(root(el).querySelectorAll<HTMLElement>('button, a')).find((candidate) => {
    const label = candidate.textContent!.replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`No button or link named ${name}`);
  return found;
}

export async function press(el: Form, name: RegExp | string): Promise<void> {
  buttonNamed(el, name).click();
  await el.updateComplete;
}

/** Lets promise callbacks (waitUntil) settle, then waits for the render. */
export async function settle(el: Form): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Clicks into a box, selects what is there and types over it. */
export async function typeInto(el: Form, name: string, typed: string): Promise<void> {
  const box = control<HTMLInputElement | HTMLTextAreaElement>(el, name);
  box.focus();
  box.select();
  if (typed === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: typed });
  await el.updateComplete;
}

/** Types a `YYYY-MM-DD` date into the three boxes of the date at `path`, the way a person writes it. */
export async function typeDate(el: Form, path: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await typeInto(el, `${path}-day`, String(Number(day)));
  await typeInto(el, `${path}-month`, String(Number(month)));
  await typeInto(el, `${path}-year`, year);
}

/**
 * Puts the cursor in the time box `name` the way a person does. WebKit drops keys typed right after a script's
 * `focus()` (its time box needs one of its parts chosen), so there the hours part is clicked; elsewhere the box
 * is focused.
 */
export async function enterTimeBox(el: Form, name: string): Promise<HTMLInputElement> {
  const box = control(el, name);
  if (engine !== 'webkit') {
    box.focus();
    return box;
  }
  box.scrollIntoView({ block: 'center' });
  const { left, top, height } = box.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(left + 12), Math.round(top + height / 2)] });
  return box;
}

/**
 * Types `HH:MM` into an `<input type="time">` as that engine's time box takes it. Chromium and Firefox run in
 * en-US here, whose box has hour, minute and AM/PM parts and moves on by itself: the keys are the 12-hour time
 * and A or P. WebKitGTK's box is 24-hour and stays on the hours until a separator: the keys are `HH:MM`.
 */
export async function typeTime(el: Form, name: string, time: string): Promise<void> {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const twelve = String(hours % 12 || 12).padStart(2, '0');
  await enterTimeBox(el, name);
  await sendKeys({ type: engine === 'webkit' ? time : `${twelve}${String(minutes).padStart(2, '0')}${hours < 12 ? 'A' : 'P'}` });
  await el.updateComplete;
}

export async function chooseRadio(el: Form, name: string, value: string): Promise<void> {
  $<HTMLInputElement>(el, `input[type="radio"][name="${name}"][value="${value}"]`).click();
  await el.updateComplete;
}

export async function setCheckbox(el: Form, name: string, checked: boolean): Promise<void> {
  const box = $<HTMLInputElement>(el, `input[type="checkbox"][name="${name}"]`);
  if (box.checked !== checked) box.click();
  await el.updateComplete;
}

/** Every answer in a draft as `[path, value]`, in the draft's own key order (which is the form's order). */
export function leaves(draft: object, prefix = ''): [string, unknown][] {
  return Object.entries(draft).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? leaves(value, path) : [[path, value] as [string, unknown]];
  });
}

/**
 * Answers every question in `draft` through the page, in order, so follow-up questions have appeared by the
 * time they are reached. Fails when a question has no control on the page.
 */
export async function fillForm(el: Form, draft: object): Promise<void> {
  for (const [path, value] of leaves(draft)) {
    if (value === undefined) continue;
    if (hasControl(el, `${path}-day`)) {
      await typeDate(el, path, String(value));
    } else if (maybe(el, `input[type="radio"][name="${path}"]`)) {
      await chooseRadio(el, path, value === true ? 'yes' : value === false ? 'no' : String(value));
    } else if (maybe(el, `input[type="checkbox"][name="${path}"]`)) {
      await setCheckbox(el, path, value === true);
    } else if (maybe(el, `input[type="time"][name="${path}"]`)) {
      await typeTime(el, path, String(value));
    } else if (hasControl(el, path)) {
      await typeInto(el, path, String(value));
    } else {
      throw new Error(`No question on the page answers ${path}`);
    }
  }
}

/** The error summary's links, as text. */
export function summaryEntries(el: Form): string[] {
  return Array.from(root(el).querySelectorAll('.error-summary a')).map((link) => text(link));
}

/** The inline message shown for `path`, without the hidden "Error:" prefix. */
export function inlineError(el: Form, path: string): string | undefined {
  const message = maybe(el, `#${fieldId(path)}-error`);
  return message ? text(message).replace(/^Error:\s*/, '') : undefined;
}

/** An answer's text; an answer on several lines (an address) comes back with its lines joined by commas. */
function valueText(cell: Element): string {
  const lines = Array.from(cell.querySelectorAll('p'));
  return lines.length ? lines.map((line) => text(line)).join(', ') : text(cell);
}

/** Check your answers as `[section, key, value, changePath]` rows. */
export function answerTable(el: Form): [string, string, string, string | null][] {
  const rows: [string, string, string, string | null][] = [];
  let section = '';
  for (const node of Array.from(root(el).querySelectorAll('h3.heading-m, .summary-list__row'))) {
    if (node.matches('h3')) {
      section = text(node);
      continue;
    }
    rows.push([
      section,
      text(node.querySelector('dt')!),
      valueText(node.querySelector('.summary-list__value')!),
      node.querySelector('.summary-list__actions a')?.getAttribute('data-path') ?? null,
    ]);
  }
  return rows;
}
