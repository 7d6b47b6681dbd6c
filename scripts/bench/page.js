// @ts-check
/* global document, window, location, requestAnimationFrame, MutationObserver, HTMLInputElement, HTMLTextAreaElement, HTMLSelectElement */
// The in-page half of `npm run bench` (scripts/bench.ts drives it with Playwright). Every time is taken here,
// with performance.now(), so the CDP round trips between Node and the page are never part of a figure.

/** @typedef {HTMLElement & { updateComplete: Promise<boolean>, value: unknown, today: string }} FormElement */

const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));

/**
 * Resolves once the page is ready (the bundle in, and a cold case rendered). Made before anything is awaited, so
 * it is there when the navigation's load event fires: the bench awaits it instead of polling the page.
 * @type {(value?: unknown) => void}
 */
let markReady = () => {};
Object.assign(window, { benchReady: new Promise((resolve) => (markReady = resolve)) });

/** A variable, so that type-checking does not look for the bundle on disk. */
const bundleUrl = '/offsite-direction-forms.js';
const query = new URLSearchParams(location.search);
/** `/?case=<id>`: a cold page load, which renders that case (scripts/bench/cases.ts) as soon as the bundle is in. */
const coldCase = query.get('case');
/**
 * `/?static=<id>`: a cold page load of the same case's DOM as static HTML, no bundle (made from `drawnParts`
 * below): the browser alone building and showing that DOM for the first time, the floor under the form's cold
 * figures.
 */
const staticCase = query.get('static');
/**
 * `/?lit=<id>`: a cold page load of Lit alone drawing the same case's DOM, as one template with no bindings (the
 * server's `/bench/lit-copy.js`, made from `drawnParts` below), in place of the bundle: the floor that Lit itself
 * puts under the form's first render.
 */
const litCase = query.get('lit');
const shownCase = coldCase ?? litCase;
/** @type {Promise<{ tag: string, props: { value?: unknown, today?: string } }> | undefined} */
const coldCaseModule = shownCase ? import(`/bench/case.js?case=${encodeURIComponent(shownCase)}`) : undefined;
const loadStart = performance.now();
/** The static copy's HTML, fetched in place of the bundle. */
const staticHtml = staticCase
  ? await fetch(`/bench/static.html?case=${encodeURIComponent(staticCase)}`, { cache: 'no-store' }).then((response) => response.text())
  : undefined;
if (litCase) await import(`/bench/lit-copy.js?case=${encodeURIComponent(litCase)}`);
else if (staticHtml === undefined) await import(bundleUrl);
/** Fetching and evaluating the bundle, both elements defined (for a static copy: fetching its HTML; for a Lit copy: its module). */
const bundleLoad = performance.now() - loadStart;

/** Resolves in the task after the next frame: the browser has painted what was rendered before it. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Inserts the element and times it to its first complete render (`updateComplete`: the first update and every
 * update it triggered are done) and to interactive (that render painted, the main thread free for input).
 * @param {string} tag
 * @param {{ value?: unknown, today?: string }} props
 */
async function insert(tag, props) {
  const element = /** @type {FormElement} */ (document.createElement(tag));
  Object.assign(element, props);
  const times = await timeShowing(async () => {
    stage.append(element);
    await element.updateComplete;
  });
  return { element, ...times };
}

/**
 * Times `show` (putting something on the page) to done (`render`) and to the task after the next frame
 * (`interactive`). scripts/bench/cold.ts reads the marks' thread timestamps from a trace: the same spans in
 * main-thread CPU time.
 * @param {() => unknown} show
 */
async function timeShowing(show) {
  performance.mark('odf-insert');
  const start = performance.now();
  await show();
  const rendered = performance.now();
  performance.mark('odf-rendered');
  await nextFrame();
  const interactive = performance.now();
  performance.mark('odf-interactive');
  return { render: rendered - start, interactive: interactive - start };
}

/**
 * The case's DOM as drawn, for its copies: the element's attributes, the text of its style sheets as Lit adopted
 * them (a rule's cssText would drop a shorthand set through var()), and its shadow DOM with Lit's marker comments
 * (so the node count is the same) and every answer written into the markup (`value`, `checked`, `selected`, a text
 * area's text), as Lit sets them as properties.
 * @param {string} tag
 * @param {{ value?: unknown, today?: string }} props
 */
async function drawnParts(tag, props) {
  const { element } = await insert(tag, props);
  const root = /** @type {ShadowRoot} */ (element.shadowRoot);
  for (const field of root.querySelectorAll('input, textarea, select')) {
    if (field instanceof HTMLInputElement) {
      if (field.type === 'checkbox' || field.type === 'radio') field.toggleAttribute('checked', field.checked);
      else if (field.type !== 'file') field.setAttribute('value', field.value);
    } else if (field instanceof HTMLTextAreaElement) field.textContent = field.value;
    else if (field instanceof HTMLSelectElement) for (const option of field.options) option.toggleAttribute('selected', option.selected);
  }
  const { elementStyles } = /** @type {{ elementStyles: { cssText: string }[] }} */ (/** @type {unknown} */ (element.constructor));
  const css = elementStyles.map((style) => style.cssText).join('\n');
  const attributes = Array.from(element.attributes, (attribute) => ` ${attribute.name}="${attribute.value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`).join('');
  const html = root.innerHTML;
  element.remove();
  return { attributes, css, html };
}

/**
 * `runs` insertions of a fresh element, each removed before the next. The first insertion of a tag on the page
 * is reported apart (`cold`): it also prepares every template and adopts the style sheets.
 * @param {string} tag
 * @param {{ value?: unknown, today?: string }} props
 * @param {number} runs
 */
async function timeInsertions(tag, props, runs) {
  /** @type {{ render: number, interactive: number }[]} */
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const { element, render, interactive } = await insert(tag, props);
    samples.push({ render, interactive });
    element.remove();
    await nextFrame();
  }
  return samples;
}

/** Both forms on the page at once, left there (for the heap figure). */
async function renderBoth(/** @type {{ notification: unknown, review: unknown, today: string }} */ input) {
  await insert('offsite-direction-notification', { value: input.notification, today: input.today });
  await insert('offsite-direction-outcome-review', { value: input.review, today: input.today });
}

// ------------------------------------------------------------------------------------ keystroke to rule panel

/**
 * The key press being timed: `start` is set by its keydown, `input` when its input event reaches the page,
 * `settled` once the panel changed (or it timed out).
 * @typedef {{ total: number, own: number }} KeystrokeTimes
 * @type {{ start: number | undefined, input: number | undefined, settled: boolean, done: Promise<KeystrokeTimes | null>, resolve: (times: KeystrokeTimes | null) => void } | undefined}
 */
let armed;

/**
 * A notification with a complete draft; the rule panel watched for its rules' text changing.
 * @param {{ value: unknown, today: string }} props
 */
async function setUpKeystrokes(props) {
  const { element } = await insert('offsite-direction-notification', props);
  const root = /** @type {ShadowRoot} */ (element.shadowRoot);
  const panel = /** @type {Element} */ (root.querySelector('.rule-panel'));
  const rulesText = () => panel.querySelector('.rule-panel__rules')?.textContent ?? '';
  let before = rulesText();
  new MutationObserver(() => {
    const now = rulesText();
    if (now === before) return; // e.g. the spoken announcement, made once typing pauses
    before = now;
    if (armed && armed.start !== undefined && !armed.settled) {
      const changedAt = performance.now();
      armed.resolve({ total: changedAt - armed.start, own: changedAt - (armed.input ?? armed.start) });
    }
  }).observe(panel, { subtree: true, childList: true, characterData: true });
  // Capture on the window: the key event is composed, so it reaches here before the field's own listeners.
  window.addEventListener(
    'keydown',
    (event) => {
      // The event's timeStamp is when the browser made it: any queueing before the page saw it counts too.
      if (armed && armed.start === undefined) armed.start = event.timeStamp;
    },
    { capture: true },
  );
  // The first listener to see the key's input event: from here on the time is the form's own work (its input
  // handler, the rule check, the render); before it, the browser's delivery of the key and its editing.
  window.addEventListener(
    'input',
    () => {
      if (armed && armed.start !== undefined && armed.input === undefined) armed.input = performance.now();
    },
    { capture: true },
  );
}

/** Called before each key press: the next change of the panel's rules is timed from that key. */
function armKeystroke() {
  /** @type {(times: KeystrokeTimes | null) => void} */
  let settle = () => {};
  /** @type {Promise<KeystrokeTimes | null>} */
  const done = new Promise((resolve) => {
    settle = resolve;
  });
  const current = {
    start: /** @type {number | undefined} */ (undefined),
    input: /** @type {number | undefined} */ (undefined),
    settled: false,
    done,
    resolve: (/** @type {KeystrokeTimes | null} */ times) => {
      current.settled = true;
      settle(times);
    },
  };
  armed = current;
  // A key that changes nothing in the panel must not hang the run.
  setTimeout(() => current.resolve(null), 2000);
}

/** The times from the armed key and from its input event to the panel's change (ms), or null when the panel did not change. */
function keystrokeResult() {
  if (!armed) throw new Error('no key was armed');
  return armed.done;
}

/** @type {number[]} */
let bareTimes = [];

/**
 * A lone text box outside any form: the times from each key's keydown being made to its input event reaching the
 * page. What the browser itself takes to deliver a key, the floor under "keystroke to rule panel".
 */
function startBareInput() {
  const input = document.createElement('input');
  input.id = 'bare-input';
  input.setAttribute('aria-label', 'A lone text box');
  stage.append(input);
  /** @type {number[]} */
  const times = [];
  /** @type {number | undefined} */
  let start;
  input.addEventListener('keydown', (event) => (start = event.timeStamp));
  input.addEventListener('input', () => {
    if (start !== undefined) times.push(performance.now() - start);
    start = undefined;
  });
  bareTimes = times;
}

function bareInputTimes() {
  return bareTimes;
}

/**
 * The cold figures of this page load, when it has a case: the bundle's fetch and evaluation, the form's first
 * render and time to interactive (the first insertion of its tag on a fresh page), and navigation start → form
 * painted (performance.now() counts from the navigation's start; "painted" is the task after the frame that drew
 * the form, so that frame has been painted).
 * @type {{ bundleLoad: number, render: number, interactive: number, painted: number } | undefined}
 */
let cold;
/** @type {{ render: number, interactive: number } | undefined} */
let shown;
if (coldCaseModule) {
  const { tag, props } = await coldCaseModule;
  shown = await insert(tag, props);
} else if (staticHtml !== undefined) shown = await timeShowing(() => stage.setHTMLUnsafe(staticHtml));
if (shown) cold = { bundleLoad, render: shown.render, interactive: shown.interactive, painted: performance.now() };

Object.assign(window, {
  bench: {
    bundleLoad, cold, drawnParts, timeInsertions, renderBoth, setUpKeystrokes, armKeystroke, keystrokeResult, startBareInput, bareInputTimes,
    ready: true,
  },
});
markReady();

export {};
