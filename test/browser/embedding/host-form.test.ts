import { expect, fixture, html } from '@open-wc/testing';
import { SUBMIT_EVENT } from '../../../src/events.js';
import { checkEnvelope } from '../../../src/schema/index.js';
import {
  clearField,
  completeDraft,
  control,
  EmbeddingForm,
  heading,
  prefilled,
  press,
  TODAY,
  stubFetch,
  typeInto,
  until,
} from './embedding-form.js';

/** A host page's form around the element; its own submit is stopped so the test page stays put. */
async function hostForm(name = 'notification'): Promise<{ form: HTMLFormElement; el: EmbeddingForm; submits: FormData[] }> {
  const el = await prefilled(html`<form action="/never" method="post">
    <input name="school-reference" value="HCS-1" />
    <embedding-test-form today=${TODAY} name=${name}></embedding-test-form>
    <button type="submit">Send to the council</button>
  </form>`);
  const form = el.closest('form')!;
  const submits: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push(new FormData(form));
  });
  return { form, el, submits };
}

describe('inside a host <form> (form-associated)', () => {
  it('blocks the native submit until the answers are checked, then submits the envelope JSON under its name', async () => {
    const { form, el, submits } = await hostForm();
    expect(new FormData(form).has('notification')).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(el.matches(':invalid')).to.equal(true);
    form.requestSubmit();
    expect(submits.length, 'a submit before Continue').to.equal(0);

    await press(el, 'Continue');
    expect(heading(el)).to.equal('Check your answers before sending');
    expect(form.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submits.length).to.equal(1);
    const json = submits[0]!.get('notification');
    expect(submits[0]!.get('school-reference')).to.equal('HCS-1');
    expect(typeof json).to.equal('string');
    const envelope = JSON.parse(json as string);
    expect(envelope.form).to.equal('offsite-direction-notification');
    expect(envelope.data.pupil.upn).to.equal('Q830200024001');
    expect(checkEnvelope(envelope).ok, 'the receiver would accept it').to.equal(true);
  });

  it('stays blocked while the draft has errors, with the first error as the message and its field as the anchor', async () => {
    const { form, el, submits } = await hostForm();
    await clearField(el, 'submittedBy.name');
    const firstError = el.validate().find((finding) => finding.severity === 'error')!;
    expect(firstError.path).to.equal('submittedBy.name');
    expect(form.checkValidity()).to.equal(false);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal(firstError.message);
    expect(el.validity.customError).to.equal(true);
    expect(el.form).to.equal(form);

    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect(submits.length).to.equal(0);
    expect(el.shadowRoot!.activeElement, 'the browser focuses the anchor').to.equal(control(el, 'submittedBy.name'));

    await press(el, 'Continue');
    expect(heading(el)).to.equal('Embedding test form');
    expect(form.checkValidity()).to.equal(false);
  });

  it('forgets the checked envelope when the answers change after Continue', async () => {
    const { form, el } = await hostForm();
    await press(el, 'Continue');
    expect(form.checkValidity()).to.equal(true);
    await press(el, 'Back');
    await typeInto(el, 'submittedBy.name', ' Jr');
    expect(new FormData(form).has('notification')).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    await press(el, 'Continue');
    expect(JSON.parse(new FormData(form).get('notification') as string).data.submittedBy.name).to.equal('Sam Carter Jr');
  });

  it('lets the host submit its form from the submit event, carrying the envelope that was submitted', async () => {
    const { form, el, submits } = await hostForm();
    await press(el, 'Continue');
    let submittedId = '';
    el.addEventListener(SUBMIT_EVENT, (event) => {
      submittedId = event.detail.submissionId;
      form.requestSubmit();
    });
    await press(el, /^Submit/);
    expect(submits.length).to.equal(1);
    expect(JSON.parse(submits[0]!.get('notification') as string).submissionId).to.equal(submittedId);
    await until(el, () => el.shadowRoot!.querySelector('#reference') !== null, 'the confirmation');
    expect(new FormData(form).get('notification')).to.be.a('string');
  });

  it('form.reset() resets the element', async () => {
    const { form, el } = await hostForm();
    await press(el, 'Continue');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal({});
    expect(heading(el)).to.equal('Embedding test form');
    expect(control(el, 'submittedBy.name').value).to.equal('');
    expect(new FormData(form).has('notification')).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
  });

  it('never blocks a host form without a name (a page-wide ASP.NET form, say)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <embedding-test-form today=${TODAY}></embedding-test-form>
    </form>`);
    const el = form.querySelector('embedding-test-form')!;
    await el.updateComplete;
    expect(el.validate().some((finding) => finding.severity === 'error')).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('reflects a name set as a property, which the form reads', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><embedding-test-form today=${TODAY}></embedding-test-form></form>`);
    const el = form.querySelector('embedding-test-form')!;
    el.value = completeDraft;
    el.name = 'review';
    await el.updateComplete;
    expect(el.getAttribute('name')).to.equal('review');
    await press(el, 'Continue');
    expect(new FormData(form).get('review')).to.be.a('string');
  });

  it('takes back the answers the browser kept for history navigation', async () => {
    const { el } = await hostForm();
    const state = JSON.stringify({ value: completeDraft, submissionId: '0b6f4c1e-1d2a-4c3b-9e8f-7a6b5c4d3e2f' });
    el.reset();
    el.formStateRestoreCallback(state, 'restore');
    await el.updateComplete;
    expect(el.value).to.deep.equal(completeDraft);
    expect(control(el, 'submittedBy.name').value).to.equal('Sam Carter');
    el.formStateRestoreCallback('{not json', 'restore');
    expect(el.value).to.deep.equal(completeDraft);
  });
});

describe('target-field: a host input receives the envelope JSON', () => {
  /** With `action`, the element's own Submit sends; without it the host page does (host-submit, by itself). */
  async function withField(action = ''): Promise<{ el: EmbeddingForm; field: HTMLInputElement; events: string[] }> {
    const el = await prefilled(html`<div>
      <input type="hidden" id="envelope-json" name="envelope" />
      <embedding-test-form today=${TODAY} target-field="#envelope-json" action=${action}></embedding-test-form>
    </div>`);
    const field = document.getElementById('envelope-json') as HTMLInputElement;
    const events: string[] = [];
    for (const type of ['input', 'change']) {
      document.addEventListener(type, (event) => {
        if (event.target === field) events.push(`${type}:${event.bubbles}`);
      });
    }
    return { el, field, events };
  }

  it('with action: writes the JSON at check your answers and again on Submit, firing bubbling input and change', async () => {
    const fetches = stubFetch(() => new Response('{}', { status: 201 }));
    try {
      const { el, field, events } = await withField('/api/submissions');
      expect(field.value).to.equal('');
      await press(el, 'Continue');
      const checked = JSON.parse(field.value);
      expect(checked.form).to.equal('offsite-direction-notification');
      expect(checkEnvelope(checked).ok).to.equal(true);
      expect(events).to.deep.equal(['input:true', 'change:true']);

      let submitted = '';
      let fieldAtEvent = '';
      el.addEventListener(SUBMIT_EVENT, (event) => {
        submitted = JSON.stringify(event.detail);
        fieldAtEvent = field.value;
      });
      await new Promise((resolve) => setTimeout(resolve, 2));
      await press(el, /^Submit/);
      expect(fieldAtEvent, 'already written when the event fires').to.equal(submitted);
      expect(field.value).to.equal(submitted);
      expect(JSON.parse(field.value).submissionId).to.equal(checked.submissionId);
      expect(events.length).to.equal(4);
    } finally {
      fetches.restore();
    }
  });

  it('without action: writes the JSON at Confirm, and empties the field once the answers change, and on reset', async () => {
    const { el, field, events } = await withField();
    await press(el, 'Continue');
    expect(field.value, 'nothing before Confirm').to.equal('');
    await press(el, /^Confirm/);
    expect(checkEnvelope(JSON.parse(field.value)).ok).to.equal(true);
    await press(el, 'Change your answers');
    await press(el, 'Back');
    await typeInto(el, 'submittedBy.name', 'x');
    expect(field.value).to.equal('');
    expect(events).to.deep.equal(['input:true', 'change:true', 'input:true', 'change:true']);
    await typeInto(el, 'submittedBy.name', 'y');
    expect(events.length, 'no event while it stays empty').to.equal(4);
    await press(el, 'Continue');
    await press(el, /^Confirm/);
    expect(field.value).not.to.equal('');
    el.reset();
    expect(field.value).to.equal('');
  });

  it('looks in its own shadow root first, then the document', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><input id="shared-id" /></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<slot></slot><textarea id="shared-id"></textarea>';
    const el = document.createElement('embedding-test-form');
    el.today = TODAY;
    el.targetField = '#shared-id';
    shadow.append(el);
    el.value = completeDraft;
    await el.updateComplete;
    await press(el, 'Continue');
    await press(el, /^Confirm/);
    expect(shadow.querySelector('textarea')!.value).to.contain('"form":"offsite-direction-notification"');
    expect(host.querySelector('input')!.value).to.equal('');
  });

  it('reports a bad selector once in the console and carries on', async () => {
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const el = await prefilled(html`<embedding-test-form today=${TODAY} target-field="#[oops"></embedding-test-form>`);
      await press(el, 'Continue');
      await press(el, 'Back');
      await typeInto(el, 'submittedBy.name', 'x');
      await press(el, 'Continue');
      expect(heading(el)).to.equal('Check your answers before sending');
      expect(logged.length).to.equal(1);
      expect(String(logged[0]![0])).to.contain('not a valid CSS selector');
    } finally {
      console.error = original;
    }
  });
});
