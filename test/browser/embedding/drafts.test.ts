import { expect, fixture, html } from '@open-wc/testing';
import { SUBMIT_EVENT } from '../../../src/events.js';
import {
  buttonNamed,
  clearField,
  completeDraft,
  control,
  EmbeddingForm,
  heading,
  inside,
  prefilled,
  press,
  shownText,
  TODAY,
  typeInto,
  until,
} from './embedding-form.js';

const KEY = 'test-notification-draft';

/** Mounts a form with a draft key, as a page (re)load would; no prefill. */
async function mount(storage: 'session' | 'local' = 'session'): Promise<EmbeddingForm> {
  return fixture<EmbeddingForm>(
    html`<embedding-test-form today=${TODAY} draft-key=${KEY} draft-storage=${storage}></embedding-test-form>`,
  );
}

function stored(area: Storage = sessionStorage): Record<string, unknown> | null {
  const text = area.getItem(KEY);
  return text === null ? null : (JSON.parse(text) as Record<string, unknown>);
}

function notice(el: EmbeddingForm): HTMLElement | null {
  return el.shadowRoot!.querySelector('#draft-restored');
}

/** Counts every write to web storage while `run` runs. */
async function countWrites(run: () => Promise<void>): Promise<number> {
  const original = Storage.prototype.setItem;
  let writes = 0;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    writes++;
    original.call(this, key, value);
  };
  try {
    await run();
  } finally {
    Storage.prototype.setItem = original;
  }
  return writes;
}

describe('drafts in web storage (draft-key)', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('writes nothing at all without a draft-key', async () => {
    const writes = await countWrites(async () => {
      const el = await prefilled();
      await typeInto(el, 'submittedBy.name', ' Jr');
      await press(el, 'Continue');
      await press(el, /^Submit/);
      await el.updateComplete;
    });
    expect(writes).to.equal(0);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('saves each user edit to sessionStorage, with what was typed and the submission id; a prefill saves nothing', async () => {
    const el = await mount();
    el.value = { submittedBy: { name: 'Sam Carter' } };
    await el.updateComplete;
    expect(stored()).to.equal(null);
    await typeInto(el, 'timetable.offsiteHoursPerWeek', '7.');
    const record = stored()!;
    expect(record.form).to.equal('offsite-direction-notification');
    expect(record.value).to.deep.equal({ submittedBy: { name: 'Sam Carter' }, timetable: { offsiteHoursPerWeek: 7 } });
    expect(record.rawTexts).to.deep.equal({ 'timetable.offsiteHoursPerWeek': '7.' });
    expect(record.submissionId).to.match(/^[0-9a-f-]{36}$/);
    expect(localStorage.length).to.equal(0);
  });

  it('restores on load with a notice, exactly as typed, and sends the same submission id', async () => {
    const first = await mount();
    first.value = completeDraft;
    await typeInto(first, 'timetable.offsiteHoursPerWeek', '.50');
    await typeInto(first, 'pupil.dateOfBirth-day', '');
    const savedId = stored()!.submissionId;
    first.remove();

    const el = await mount();
    expect(notice(el)).to.be.instanceOf(HTMLElement);
    expect(shownText(el)).to.contain('We restored your unsent answers');
    expect(control(el, 'timetable.offsiteHoursPerWeek').value).to.equal('25.50');
    expect(control(el, 'submittedBy.name').value).to.equal('Sam Carter');
    expect(el.value).to.deep.equal({ ...completeDraft, timetable: { ...(completeDraft.timetable as object), offsiteHoursPerWeek: 25.5 } });
    await expect(el).to.be.accessible();

    const ids: string[] = [];
    el.addEventListener(SUBMIT_EVENT, (event) => ids.push(event.detail.submissionId));
    await press(el, 'Continue');
    expect(notice(el)).to.equal(null);
    await press(el, /^Submit/);
    expect(ids).to.deep.equal([savedId]);
  });

  it('"Clear" forgets the stored draft and gives back the page’s prefill', async () => {
    const first = await mount();
    await typeInto(first, 'submittedBy.name', 'Someone else');
    first.remove();

    const el = document.createElement('embedding-test-form');
    el.today = TODAY;
    el.draftKey = KEY;
    el.value = { submittedBy: { name: 'From the page' } };
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(el));
    await el.updateComplete;
    expect(control(el, 'submittedBy.name').value).to.equal('Someone else');
    await press(el, 'Clear the restored answers');
    expect(stored()).to.equal(null);
    expect(notice(el)).to.equal(null);
    expect(control(el, 'submittedBy.name').value).to.equal('From the page');
    expect(el.shadowRoot!.activeElement).to.equal(inside(el, '#step-heading'));
  });

  it('deletes the draft after a successful send, and on reset', async () => {
    const el = await mount();
    el.value = completeDraft;
    await typeInto(el, 'submittedBy.name', ' Jr');
    expect(stored()).not.to.equal(null);
    await press(el, 'Continue');
    await press(el, /^Submit/);
    await until(el, () => el.shadowRoot!.querySelector('#reference') !== null, 'the confirmation');
    expect(stored()).to.equal(null);

    await press(el, 'Start another');
    await typeInto(el, 'submittedBy.name', 'New');
    expect(stored()).not.to.equal(null);
    el.reset();
    expect(stored()).to.equal(null);
  });

  it('keeps the draft when sending fails, so a retry after a reload uses the same id', async () => {
    const el = await mount();
    el.value = completeDraft;
    await typeInto(el, 'submittedBy.name', ' Jr');
    const savedId = stored()!.submissionId;
    await press(el, 'Continue');
    el.addEventListener(SUBMIT_EVENT, (event) => event.detail.waitUntil(Promise.reject(new Error('offline'))));
    await press(el, /^Submit/);
    await until(el, () => el.shadowRoot!.querySelector('#send-error') !== null, 'the send error');
    expect(stored()!.submissionId).to.equal(savedId);
  });

  it('removes the draft when every answer is cleared', async () => {
    const el = await mount();
    await typeInto(el, 'submittedBy.name', 'A');
    expect(stored()).not.to.equal(null);
    await clearField(el, 'submittedBy.name');
    expect(stored()).to.equal(null);
  });

  it('uses localStorage only when draft-storage="local"', async () => {
    const el = await mount('local');
    await typeInto(el, 'submittedBy.name', 'A');
    expect(stored(localStorage)).not.to.equal(null);
    expect(sessionStorage.length).to.equal(0);
  });

  it('ignores another form’s draft and anything malformed under the key', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ version: 1, form: 'offsite-direction-outcome-review', submissionId: 'x', value: { a: 1 } }));
    let el = await mount();
    expect(notice(el)).to.equal(null);
    expect(el.value).to.deep.equal({});
    el.remove();
    sessionStorage.setItem(KEY, '{not json');
    el = await mount();
    expect(notice(el)).to.equal(null);
  });

  it('keeps working when storage is full or disabled, with one console warning', async () => {
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    const originalSet = Storage.prototype.setItem;
    const originalGet = Storage.prototype.getItem;
    console.warn = (...args: unknown[]) => warnings.push(args);
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    try {
      const el = await mount();
      el.value = completeDraft;
      await typeInto(el, 'submittedBy.name', ' Jr');
      await typeInto(el, 'submittedBy.name', 'r');
      await press(el, 'Continue');
      expect(heading(el)).to.equal('Check your answers before sending');
      expect(buttonNamed(el, /^Submit/)).to.be.instanceOf(HTMLElement);
      expect(warnings.filter((args) => String(args[0]).includes('could not save')).length).to.equal(1);
    } finally {
      console.warn = originalWarn;
      Storage.prototype.setItem = originalSet;
      Storage.prototype.getItem = originalGet;
    }
  });
});
