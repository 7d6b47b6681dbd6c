// host-submit: a form builder's page sends the answers with its own button. The widget confirms them into the
// builder's field, says plainly that nothing has been sent, and never claims otherwise.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification/define.js';
import '../../../src/components/outcome-review/define.js';
import type { OffsiteFormElement } from '../../../src/components/shared/offsite-form-element.js';
import { READY_EVENT, SUBMIT_EVENT } from '../../../src/events.js';
import { checkEnvelope } from '../../../src/schema/index.js';
import { exampleToday, maintainedWithEhcp, returnReview, reviewToday } from '../../fixtures/examples.js';
import { claimsSent as claimsSentIn } from '../../fixtures/sent-claims.js';
import { buttonNamed, control, heading, press, shownText, stubFetch, typeInto } from './embedding-form.js';

type Widget = OffsiteFormElement & HTMLElement;

interface BuilderPage {
  el: Widget;
  form: HTMLFormElement;
  field: HTMLInputElement;
  ready: CustomEvent[];
  submits: Event[];
  /** What the builder's form posted, each time its own button was pressed. */
  posted: FormData[];
}

let pages = 0;

/** A builder's page: its own form, its own fields, a hidden field for the widget and its own send button. */
async function builderPage(
  options: { form?: 'notification' | 'review'; attributes?: string; fieldValue?: string; draftKey?: string } = {},
): Promise<BuilderPage> {
  const review = options.form === 'review';
  // Each page's own field id: earlier pages of the same test are still in the document.
  const fieldId = `builder-field-${++pages}`;
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<form action="/never" method="post">
      <label for="case-ref">Your case reference</label><input id="case-ref" name="case_ref" value="HCS-1" />
      <input type="hidden" id="${fieldId}" name="offsite_envelope" />
      <${review ? 'offsite-direction-outcome-review' : 'offsite-direction-notification'}
        today="${review ? reviewToday : exampleToday}" target-field="#${fieldId}"
        ${options.draftKey ? `draft-key="${options.draftKey}"` : ''} ${options.attributes ?? ''}></${
          review ? 'offsite-direction-outcome-review' : 'offsite-direction-notification'
        }>
      <button type="submit">Submit form</button>
    </form>`;
  const form = container.querySelector('form')!;
  const field = container.querySelector<HTMLInputElement>(`#${fieldId}`)!;
  if (options.fieldValue !== undefined) field.value = options.fieldValue;
  const el = container.querySelector<Widget>('offsite-direction-notification, offsite-direction-outcome-review')!;
  const ready: CustomEvent[] = [];
  const submits: Event[] = [];
  const posted: FormData[] = [];
  el.addEventListener(READY_EVENT, (event) => ready.push(event));
  el.addEventListener(SUBMIT_EVENT, (event) => submits.push(event));
  form.addEventListener('submit', (event) => {
    // The test page stays put: the builder's post is read here instead of leaving the page.
    event.preventDefault();
    posted.push(new FormData(form));
  });
  await el.updateComplete;
  return { el, form, field, ready, submits, posted };
}

/** The widget's words say its answers were sent (they never may). */
function claimsSent(el: Widget): boolean {
  return claimsSentIn(shownText(el as never));
}

/** A beforeunload as the browser fires it when the page is left; true when the page asked the browser to warn. */
function leavingWarns(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function prefillAndContinue(page: BuilderPage, value: object): Promise<void> {
  page.el.value = structuredClone(value) as Record<string, unknown>;
  await page.el.updateComplete;
  await press(page.el as never, 'Continue');
}

describe('host-submit: the builder’s own button sends the answers', () => {
  it('turns on by itself for a target field without action: Confirm, then a ready state that sends nothing', async () => {
    const page = await builderPage();
    const fetches = stubFetch(() => new Response('{}', { status: 201 }));
    try {
      await prefillAndContinue(page, maintainedWithEhcp);
      expect(heading(page.el as never)).to.equal('Check your answers before sending');
      expect(page.field.value, 'nothing in the builder’s field before Confirm').to.equal('');
      expect(() => buttonNamed(page.el as never, /^Submit/)).to.throw();
      expect(shownText(page.el as never)).to.contain(
        "Confirming does not send your answers. After you confirm them, press the form's own button below to send them.",
      );
      await expect(page.el).to.be.accessible();

      await press(page.el as never, /^Confirm/);
      expect(heading(page.el as never)).to.equal('Your answers are ready to send');
      const inField = JSON.parse(page.field.value);
      expect(checkEnvelope(inField).ok).to.equal(true);
      expect(page.ready.length).to.equal(1);
      expect(page.ready[0]!.detail).to.deep.equal(inField);
      expect(page.ready[0]!.cancelable).to.equal(false);
      expect(page.submits.length, 'never offsite-direction-submit').to.equal(0);
      expect(fetches.requests.length, 'never a POST').to.equal(0);
      const shown = shownText(page.el as never);
      expect(shown).to.contain('Nothing has been sent yet.');
      expect(shown).to.contain("To send your answers to Derbyshire County Council, press the form's own button below.");
      expect(shown).not.to.contain(inField.submissionId);
      expect(page.el.shadowRoot!.querySelector('.panel, #reference')).to.equal(null);
      expect(claimsSent(page.el)).to.equal(false);
      expect(page.el.shadowRoot!.activeElement?.id, 'focus on the ready heading').to.equal('step-heading');
      await expect(page.el).to.be.accessible();

      page.form.requestSubmit();
      expect(page.posted.length).to.equal(1);
      expect(JSON.parse(String(page.posted[0]!.get('offsite_envelope')))).to.deep.equal(inField);
      expect(page.posted[0]!.get('case_ref')).to.equal('HCS-1');
    } finally {
      fetches.restore();
    }
  });

  it('names the host’s own button when told it, and ignores action (one console warning) when host-submit is set', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const fetches = stubFetch(() => new Response('{}', { status: 201 }));
    try {
      const page = await builderPage({
        attributes: 'host-submit host-submit-label="the green Submit form button" action="/api/submissions"',
      });
      await prefillAndContinue(page, maintainedWithEhcp);
      await press(page.el as never, /^Confirm/);
      await press(page.el as never, 'Change your answers');
      await press(page.el as never, /^Confirm/);
      expect(shownText(page.el as never)).to.contain(
        'To send your answers to Derbyshire County Council, press the green Submit form button.',
      );
      expect(fetches.requests.length).to.equal(0);
      expect(page.submits.length).to.equal(0);
      const ours = warnings.filter((args) => String(args[0]).includes('action is ignored'));
      expect(ours.length).to.equal(1);
    } finally {
      console.warn = original;
      fetches.restore();
    }
  });

  it('empties the builder’s field when an answer changes after Confirm, says so, and makes a new id only for new answers', async () => {
    const page = await builderPage();
    await prefillAndContinue(page, maintainedWithEhcp);
    await press(page.el as never, /^Confirm/);
    const first = JSON.parse(page.field.value);

    await press(page.el as never, 'Change your answers');
    await press(page.el as never, /^Confirm/);
    expect(JSON.parse(page.field.value).submissionId, 'the same answers keep their id').to.equal(first.submissionId);

    await press(page.el as never, 'Change your answers');
    await press(page.el as never, 'Back');
    await typeInto(page.el as never, 'submittedBy.name', ' Jr');
    expect(page.field.value).to.equal('');
    expect(shownText(page.el as never)).to.contain('Your answers have changed since you confirmed them');
    await expect(page.el).to.be.accessible();
    page.form.requestSubmit();
    expect(page.posted[0]!.get('offsite_envelope'), 'the builder would post nothing of ours').to.equal('');

    await press(page.el as never, 'Continue');
    expect(shownText(page.el as never)).to.contain('Your answers have changed since you confirmed them');
    await press(page.el as never, /^Confirm/);
    const second = JSON.parse(page.field.value);
    expect(second.submissionId).not.to.equal(first.submissionId);
    expect(second.data.submittedBy.name).to.match(/ Jr$/);
    expect(shownText(page.el as never)).not.to.contain('changed since you confirmed');
    expect(page.ready.length).to.equal(3);
  });

  it('asks the browser to warn on leaving with unsent answers, but not for the builder’s own submit', async () => {
    const page = await builderPage({ draftKey: 'host-submit-test' });
    try {
      expect(leavingWarns(), 'an untouched form').to.equal(false);
      await typeInto(page.el as never, 'submittedBy.name', 'Sam');
      expect(leavingWarns(), 'typed, not confirmed').to.equal(true);
      page.form.requestSubmit();
      expect(leavingWarns(), 'the builder’s submit carried none of the unconfirmed answers').to.equal(true);
      expect(sessionStorage.getItem('host-submit-test'), 'so their draft is kept').not.to.equal(null);
      await prefillAndContinue(page, maintainedWithEhcp);
      await press(page.el as never, /^Confirm/);
      expect(leavingWarns(), 'confirmed, not sent').to.equal(true);
      expect(sessionStorage.getItem('host-submit-test'), 'the draft is kept until the builder sends').not.to.equal(null);

      page.form.requestSubmit();
      expect(leavingWarns(), 'the builder’s own submit').to.equal(false);
      expect(sessionStorage.getItem('host-submit-test'), 'the draft goes with the builder’s submit').to.equal(null);

      await press(page.el as never, 'Change your answers');
      await press(page.el as never, 'Back');
      await typeInto(page.el as never, 'submittedBy.name', 'x');
      expect(leavingWarns(), 'changed after the builder’s submit').to.equal(true);
    } finally {
      sessionStorage.removeItem('host-submit-test');
    }
  });

  it('restores from the builder’s field: the answers, on check your answers, with their submission id', async () => {
    const first = await builderPage();
    await prefillAndContinue(first, maintainedWithEhcp);
    await press(first.el as never, /^Confirm/);
    const kept = first.field.value;
    const keptId = JSON.parse(kept).submissionId;

    const page = await builderPage({ fieldValue: kept });
    expect(heading(page.el as never)).to.equal('Check your answers before sending');
    expect(shownText(page.el as never)).to.contain('We brought back the answers you saved');
    expect(shownText(page.el as never)).to.contain(maintainedWithEhcp.pupil!.lastName!);
    expect(page.field.value, 'the field keeps what was confirmed').to.equal(kept);
    expect(claimsSent(page.el)).to.equal(false);
    await expect(page.el).to.be.accessible();
    await press(page.el as never, /^Confirm/);
    expect(JSON.parse(page.field.value).submissionId).to.equal(keptId);
    expect(heading(page.el as never)).to.equal('Your answers are ready to send');
  });

  it('ignores a builder field holding another form’s envelope or something else', async () => {
    const review = await builderPage({ form: 'review' });
    await prefillAndContinue(review, returnReview);
    await press(review.el as never, /^Confirm/);
    for (const fieldValue of [review.field.value, '{not json', '"text"', '{"form":"offsite-direction-notification"}']) {
      const page = await builderPage({ fieldValue });
      expect(heading(page.el as never)).to.equal('Tell the local authority about an offsite direction');
      expect(page.el.value).to.deep.equal({});
    }
  });

  it('does not keep confirmed answers that today’s rules refuse: the field is emptied and the errors show', async () => {
    const first = await builderPage();
    await prefillAndContinue(first, maintainedWithEhcp);
    await press(first.el as never, /^Confirm/);
    const tampered = JSON.parse(first.field.value);
    delete tampered.data.pupil.lastName;
    const page = await builderPage({ fieldValue: JSON.stringify(tampered) });
    expect(heading(page.el as never)).to.equal('Tell the local authority about an offsite direction');
    expect(page.field.value).to.equal('');
    expect(control(page.el as never, 'pupil.lastName').getAttribute('aria-invalid')).to.equal('true');
  });

  it('keeps the Submit flow when action is set with a target field: the field is filled as before', async () => {
    const fetches = stubFetch(() => new Response('{}', { status: 201 }));
    try {
      const page = await builderPage({ attributes: 'action="/api/submissions"' });
      await prefillAndContinue(page, maintainedWithEhcp);
      expect(JSON.parse(page.field.value).form).to.equal('offsite-direction-notification');
      await press(page.el as never, /^Submit/);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await page.el.updateComplete;
      expect(fetches.requests.length).to.equal(1);
      expect(page.submits.length).to.equal(1);
      expect(heading(page.el as never)).to.equal('Notification sent');
      expect(claimsSent(page.el), 'the check that host-submit pages never pass').to.equal(true);
    } finally {
      fetches.restore();
    }
  });

  it('with a name in the host form: the form value waits for Confirm, and the host form is blocked until then', async () => {
    const container = await fixture<HTMLFormElement>(html`<form action="/never" method="post">
      <offsite-direction-notification today=${exampleToday} name="notification" host-submit></offsite-direction-notification>
      <button type="submit">Submit form</button>
    </form>`);
    const el = container.querySelector<Widget>('offsite-direction-notification')!;
    const posted: FormData[] = [];
    container.addEventListener('submit', (event) => {
      event.preventDefault();
      posted.push(new FormData(container));
    });
    el.value = structuredClone(maintainedWithEhcp) as Record<string, unknown>;
    await el.updateComplete;
    await press(el as never, 'Continue');
    expect(container.checkValidity(), 'checked but not confirmed').to.equal(false);
    expect(el.validationMessage).to.equal('Check and confirm your answers before you send this form.');
    container.requestSubmit();
    expect(posted.length).to.equal(0);
    await press(el as never, /^Confirm/);
    expect(container.checkValidity()).to.equal(true);
    container.requestSubmit();
    expect(posted.length).to.equal(1);
    expect(checkEnvelope(JSON.parse(String(posted[0]!.get('notification')))).ok).to.equal(true);
  });

  it('works the same for the outcome review', async () => {
    const page = await builderPage({ form: 'review' });
    await prefillAndContinue(page, returnReview);
    await press(page.el as never, /^Confirm/);
    expect(heading(page.el as never)).to.equal('Your answers are ready to send');
    const inField = JSON.parse(page.field.value);
    expect(inField.form).to.equal('offsite-direction-outcome-review');
    expect(checkEnvelope(inField).ok).to.equal(true);
    expect(page.ready.length).to.equal(1);
    expect(claimsSent(page.el)).to.equal(false);
    await expect(page.el).to.be.accessible();

    const restored = await builderPage({ form: 'review', fieldValue: page.field.value });
    expect(heading(restored.el as never)).to.equal('Check your answers before sending');
    await press(restored.el as never, /^Confirm/);
    expect(JSON.parse(restored.field.value).submissionId).to.equal(inField.submissionId);
  });
});
