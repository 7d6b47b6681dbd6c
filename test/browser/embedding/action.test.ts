import { expect, html } from '@open-wc/testing';
import { SUBMIT_EVENT, type SubmitEventDetail } from '../../../src/events.js';
import {
  buttonNamed,
  heading,
  inside,
  jsonResponse,
  prefilled,
  press,
  shownText,
  stubFetch,
  TODAY,
  until,
  type EmbeddingForm,
} from './embedding-form.js';

const ACTION = '/api/test-submissions';

async function formWithAction(): Promise<EmbeddingForm> {
  return prefilled(html`<embedding-test-form today=${TODAY} action=${ACTION}></embedding-test-form>`);
}

async function toCheckStep(el: EmbeddingForm): Promise<void> {
  await press(el, 'Continue');
  expect(heading(el)).to.equal('Check your answers before sending');
}

const isSent = (el: EmbeddingForm) => el.shadowRoot!.querySelector('#reference') !== null;
const hasSendError = (el: EmbeddingForm) => el.shadowRoot!.querySelector('#send-error') !== null;

describe('action: the element POSTs the envelope itself', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => fetchStub?.restore());

  it('fires the submit event first, then POSTs JSON with the Idempotency-Key, then confirms on 2xx', async () => {
    fetchStub = stubFetch(() => jsonResponse(201, { duplicate: false }));
    const el = await formWithAction();
    await toCheckStep(el);
    const requestsAtEvent: number[] = [];
    let detail: SubmitEventDetail | undefined;
    el.addEventListener(SUBMIT_EVENT, (event) => {
      requestsAtEvent.push(fetchStub!.requests.length);
      detail = event.detail;
    });
    await press(el, /^Submit/);
    await until(el, () => isSent(el), 'the confirmation');
    expect(requestsAtEvent).to.deep.equal([0]);
    expect(fetchStub.requests.length).to.equal(1);
    const [request] = fetchStub.requests;
    expect(request!.url).to.equal(ACTION);
    expect(request!.method).to.equal('POST');
    expect(request!.headers.get('Content-Type')).to.equal('application/json');
    expect(request!.headers.get('Idempotency-Key')).to.equal(detail!.submissionId);
    const sent = JSON.parse(request!.body);
    expect(sent).to.deep.equal(JSON.parse(JSON.stringify(detail)));
    expect(sent.submissionId).to.equal(detail!.submissionId);
    expect(inside(el, '#reference').textContent!.trim()).to.equal(detail!.submissionId);
  });

  it('shows "Sending…" while the POST is pending and sends once for a double click', async () => {
    let answer!: (response: Response) => void;
    const original = window.fetch;
    let calls = 0;
    window.fetch = () => {
      calls++;
      return new Promise<Response>((resolve) => (answer = resolve));
    };
    try {
      const el = await formWithAction();
      await toCheckStep(el);
      const submit = buttonNamed(el, /^Submit/);
      submit.click();
      submit.click();
      await el.updateComplete;
      expect(inside<HTMLButtonElement>(el, 'button.button').textContent!.trim()).to.equal('Sending…');
      expect(calls).to.equal(1);
      answer(new Response(null, { status: 204 }));
      await until(el, () => isSent(el), 'the confirmation');
      expect(calls).to.equal(1);
    } finally {
      window.fetch = original;
    }
  });

  it('after a 500 shows an error and "Try again", keeps the answers, and re-sends the same submissionId', async () => {
    fetchStub = stubFetch((_, index) => (index === 0 ? jsonResponse(500, { error: 'boom' }) : jsonResponse(200, {})));
    const el = await formWithAction();
    const before = el.value;
    await toCheckStep(el);
    await press(el, /^Submit/);
    await until(el, () => hasSendError(el), 'the send error');
    expect(shownText(el)).to.contain('Your form has not been sent');
    expect(shownText(el)).to.contain('The receiving service had a problem (error 500)');
    expect(el.shadowRoot!.activeElement).to.equal(inside(el, '#send-error'));
    expect(el.value).to.deep.equal(before);
    await expect(el).to.be.accessible();
    await press(el, 'Try again');
    await until(el, () => isSent(el), 'the confirmation');
    const [first, second] = fetchStub.requests;
    expect(second!.headers.get('Idempotency-Key')).to.equal(first!.headers.get('Idempotency-Key'));
    expect(JSON.parse(second!.body).submissionId).to.equal(JSON.parse(first!.body).submissionId);
  });

  it('lists the receiver’s findings from a 422 answer', async () => {
    fetchStub = stubFetch(() =>
      jsonResponse(422, {
        error: 'The envelope did not pass the rule checks',
        findings: [
          { code: 'end-before-start', severity: 'error', path: 'data.placement.estimatedEndDate', message: 'The estimated end date must be after the start date' },
          { code: 'end-before-start', severity: 'error', path: 'data.placement.estimatedEndDate', message: 'The estimated end date must be after the start date' },
        ],
      }),
    );
    const el = await formWithAction();
    await toCheckStep(el);
    await press(el, /^Submit/);
    await until(el, () => hasSendError(el), 'the send error');
    expect(shownText(el)).to.contain('The receiving service found problems with these answers:');
    const items = Array.from(el.shadowRoot!.querySelectorAll('#send-error li')).map((item) => item.textContent!.trim());
    expect(items).to.deep.equal(['The estimated end date must be after the start date']);
    expect(buttonNamed(el, 'Try again')).to.be.instanceOf(HTMLElement);
  });

  it('says the service could not be reached when the network fails', async () => {
    fetchStub = stubFetch(() => new TypeError('Failed to fetch'));
    const el = await formWithAction();
    await toCheckStep(el);
    await press(el, /^Submit/);
    await until(el, () => hasSendError(el), 'the send error');
    expect(shownText(el)).to.contain('The form could not reach the receiving service');
    expect(buttonNamed(el, 'Try again')).to.be.instanceOf(HTMLElement);
  });

  it('gives up on a server that never answers, instead of spinning forever', async () => {
    fetchStub = stubFetch(() => 'hang');
    const el = await formWithAction();
    el.timeoutMs = 200;
    await toCheckStep(el);
    await press(el, /^Submit/);
    expect(shownText(el)).to.contain('Sending…');
    await until(el, () => hasSendError(el), 'the send error');
    expect(shownText(el)).to.contain('did not answer in time');
  });

  it('does not POST when the host cancels the submit event', async () => {
    fetchStub = stubFetch(() => jsonResponse(201, {}));
    const el = await formWithAction();
    await toCheckStep(el);
    el.addEventListener(SUBMIT_EVENT, (event) => event.preventDefault());
    await press(el, /^Submit/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetchStub.requests.length).to.equal(0);
    expect(heading(el)).to.equal('Check your answers before sending');
  });

  it('waits for the host’s waitUntil before POSTing, and does not POST when it rejects', async () => {
    fetchStub = stubFetch(() => jsonResponse(201, {}));
    const el = await formWithAction();
    await toCheckStep(el);
    let hostDone!: () => void;
    let hostFail!: (error: Error) => void;
    let attempt = 0;
    el.addEventListener(SUBMIT_EVENT, (event) => {
      attempt++;
      event.detail.waitUntil(
        new Promise<void>((resolve, reject) => {
          hostDone = resolve;
          hostFail = reject;
        }),
      );
    });
    await press(el, /^Submit/);
    hostFail(new Error('Your session has ended. Sign in again.'));
    await until(el, () => hasSendError(el), 'the send error');
    expect(fetchStub.requests.length).to.equal(0);
    expect(shownText(el)).to.contain('Your session has ended. Sign in again.');
    await press(el, 'Try again');
    expect(attempt).to.equal(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchStub.requests.length, 'no POST while the host is still working').to.equal(0);
    hostDone();
    await until(el, () => isSent(el), 'the confirmation');
    expect(fetchStub.requests.length).to.equal(1);
  });
});
