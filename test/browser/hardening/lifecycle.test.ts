/**
 * Pages that open and close the forms (a single-page app, a modal) must not pay for it: creating, using and
 * removing each element 500 times leaves no listeners on window or document, no pending timers, and no heap
 * growth beyond a small tolerance. Timers are watched in every engine; listeners and the heap are read through the
 * Chrome DevTools Protocol, which only Chromium has, so that check runs in Chromium alone.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { exampleToday, extensionReview, maintainedWithEhcp, reviewToday } from '../../fixtures/examples.js';
import { chromiumOnly } from '../engine.js';
import { buttonNamed, control, find, heading, mount, press, type AnyForm, type FormTag } from './helpers.js';

type ListenerCounts = Record<'window' | 'document', Record<string, number>>;

const ROUNDS = 500;
/** Heap growth allowed after 500 rounds: far less than one leaked form (its shadow tree alone is larger). */
const HEAP_TOLERANCE_BYTES = 1_000_000;

const listeners = async () => (await executeServerCommand('odf-listeners')) as ListenerCounts;
const heapInUse = async () => (await executeServerCommand('odf-heap')) as number;

/**
 * Counts the timers page code starts and neither clears nor lets fire. Only timers of 50 ms or more count: a
 * zero-delay timer is a "next tick", not something that keeps an element alive.
 */
function watchTimers() {
  const originalSet = window.setTimeout;
  const originalClear = window.clearTimeout;
  const pending = new Map<number, number>();
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id: number = originalSet(
      (...args: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
      },
      delay,
      ...rest,
    );
    if ((delay ?? 0) >= 50) pending.set(id, delay!);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    originalClear(id);
  }) as typeof window.clearTimeout;
  return {
    pending,
    restore() {
      window.setTimeout = originalSet;
      window.clearTimeout = originalClear;
    },
  };
}

const elements: { tag: FormTag; today: string; value: object; field: string }[] = [
  { tag: 'offsite-direction-notification', today: exampleToday, value: maintainedWithEhcp, field: 'timetable.offsiteHoursPerWeek' },
  { tag: 'offsite-direction-outcome-review', today: reviewToday, value: extensionReview, field: 'outcome.reason' },
];

/** One round as a user meets it: the form opens prefilled, they type an answer (starting any debounce), it closes. */
async function openUseClose(tag: FormTag, today: string, value: object, field: string, round: number): Promise<void> {
  const el = await mount(tag, { today, value, attributes: { 'draft-key': `lifecycle-${tag}` } });
  const box = control(el, field);
  box.value = String(10 + (round % 20));
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await el.updateComplete;
  el.remove();
}

for (const { tag, today, value, field } of elements) {
  describe(`<${tag}> created and removed ${ROUNDS} times`, function () {
    this.timeout(120_000);
    afterEach(() => sessionStorage.clear());

    it('leaves no timers behind', async () => {
      for (let round = 0; round < 20; round += 1) await openUseClose(tag, today, value, field, round);
      const timers = watchTimers();
      try {
        for (let round = 0; round < ROUNDS; round += 1) await openUseClose(tag, today, value, field, round);
      } finally {
        timers.restore();
      }
      expect([...timers.pending.values()], 'timers left running after the elements were removed').to.deep.equal([]);
    });

    chromiumOnly('leaves no listeners or heap behind (Chromium only: CDP listener and heap counts)', async () => {
      // Warm up: modules, templates, styles and the check's caches are made once, on first use.
      for (let round = 0; round < 20; round += 1) await openUseClose(tag, today, value, field, round);
      const listenersBefore = await listeners();
      const heapBefore = await heapInUse();
      for (let round = 0; round < ROUNDS; round += 1) await openUseClose(tag, today, value, field, round);
      expect(await listeners()).to.deep.equal(listenersBefore);
      const growth = (await heapInUse()) - heapBefore;
      expect(growth, `heap grew by ${growth} bytes`).to.be.lessThan(HEAP_TOLERANCE_BYTES);
    });
  });
}

describe('moving an element keeps it working', () => {
  afterEach(() => document.querySelectorAll('offsite-direction-notification, div[data-test-host]').forEach((el) => el.remove()));

  it('a confirmation moved to another part of the page still downloads its JSON', async () => {
    const el = await mount<AnyForm>('offsite-direction-notification', { today: exampleToday, value: maintainedWithEhcp });
    await press(el, 'Continue');
    await press(el, /^Submit/);
    expect(heading(el)).to.equal('Notification sent');
    // A host moves the element (into a dialog, say): it is disconnected and connected again.
    const host = document.createElement('div');
    host.dataset.testHost = '';
    document.body.append(host);
    host.append(el);
    await el.updateComplete;
    const link = buttonNamed(el, 'Save a copy for the outcome review') as HTMLAnchorElement;
    const response = await fetch(link.href);
    expect(response.ok).to.equal(true);
    const envelope = await response.json();
    expect(envelope.submissionId).to.equal(find(el, '#reference')!.textContent!.trim());
  });

});
