// "Save your answers to finish later", acted out for both forms with drafts off: one member of staff half-fills a
// form and saves the file; a colleague opens the form elsewhere, continues from the file and sends it.
import { expect, waitUntil } from '@open-wc/testing';
import { SUBMIT_EVENT, type SubmitEventDetail } from '../../../src/events.js';
import type { NotificationData } from '../../../src/schema/index.js';
import { maintainedWithEhcp, reviewToday } from '../../fixtures/examples.js';
import {
  $,
  active,
  control,
  fillForm,
  inlineError,
  makeForm,
  press,
  summaryEntries,
  text,
  typeDate,
  type Form,
} from '../notification/helpers.js';
import {
  continueAndSubmit,
  fillAllButOutcome,
  fillExtension,
  makeReview,
  notificationEnvelope,
  radio,
  $ as $review,
  textOf as textOfReview,
  typeInto as typeIntoReview,
  type Review,
} from '../outcome-review/helpers.js';
import { catchDownloads, chooseFile, jsonFile, type Download } from './files-helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Presses "Save your answers to a file" and returns the one file it offered. */
async function saveAnswers(el: Form | Review): Promise<{ download: Download; file: Record<string, unknown> }> {
  const capture = catchDownloads();
  try {
    await press(el as Form, 'Save your answers to a file');
  } finally {
    capture.stop();
  }
  expect(capture.downloads.length, 'files saved').to.equal(1);
  const download = capture.downloads[0]!;
  return { download, file: JSON.parse(await download.text()) as Record<string, unknown> };
}

/** Chooses a file under "Carry on from a saved file" and waits until the form has answered. */
async function continueFrom(el: Form | Review, file: File): Promise<void> {
  const root = el.shadowRoot!;
  chooseFile(root.querySelector<HTMLInputElement>('[name="draftFile"]')!, file);
  await waitUntil(
    () => root.activeElement?.id === 'error-summary' || root.querySelector('#f-draftFile-status')!.textContent!.trim() !== '',
    `${file.name} was not answered`,
  );
  await el.updateComplete;
}

function submits(el: HTMLElement): CustomEvent<SubmitEventDetail<NotificationData>>[] {
  const events: CustomEvent<SubmitEventDetail<NotificationData>>[] = [];
  el.addEventListener(SUBMIT_EVENT, (event) => events.push(event as CustomEvent<SubmitEventDetail<NotificationData>>));
  return events;
}

const { homeSchool, submittedBy, pupil, ...rest } = maintainedWithEhcp;

describe('save your answers to a file, and continue from it', () => {
  it('the notification: half-filled, saved, continued by a colleague and sent under the same submission id', async function () {
    this.timeout(90_000);
    const first = await makeForm();
    expect(text(first)).to.contain(
      'The file holds a child\'s personal data. Keep it where only staff who need it can open it, and delete it once the form has been sent.',
    );
    await fillForm(first, { homeSchool, submittedBy, pupil });
    await typeDate(first, 'placement.decisionDate', '2026-02-31'); // a date that does not exist, as typed
    const { download, file } = await saveAnswers(first);

    expect(download.fileName).to.match(/^offsite-direction-notification-draft-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    expect(download.fileName).not.to.match(/alex|morgan/i);
    expect(Object.keys(file).sort()).to.deep.equal(['form', 'kind', 'savedAt', 'schemaVersion', 'submissionId', 'value']);
    expect(file.form).to.equal('offsite-direction-notification');
    expect(file.schemaVersion).to.equal(1);
    expect(file.kind).to.equal('draft');
    expect(new Date(file.savedAt as string).toISOString()).to.equal(file.savedAt);
    expect(file.submissionId).to.match(UUID);
    expect(file.value).to.deep.equal(first.value);
    expect((file.value as { placement: unknown }).placement).to.deep.equal({ decisionDate: '2026-02-31' });

    const colleague = await makeForm();
    await continueFrom(colleague, new File([await download.text()], download.fileName));
    expect(text($(colleague, '#f-draftFile-status'))).to.equal(
      `The answers saved in ${download.fileName} are filled in. Check them before you continue.`,
    );
    expect(colleague.value).to.deep.equal(first.value);
    expect(control(colleague, 'pupil.upn').value).to.equal('Q830200024001');
    expect(control(colleague, 'placement.decisionDate-day').value).to.equal('31');
    expect(control(colleague, 'placement.decisionDate-month').value).to.equal('2');
    await expect(colleague).to.be.accessible();

    await fillForm(colleague, rest);
    const sent = submits(colleague);
    await press(colleague, 'Continue');
    await press(colleague, /^Submit/);
    expect(sent.length).to.equal(1);
    expect(sent[0]!.detail.submissionId, 'the draft was never sent: one submission').to.equal(file.submissionId);
    expect(sent[0]!.detail.data.pupil.upn).to.equal('Q830200024001');
    expect(sent[0]!.detail.data.placement.decisionDate).to.equal('2026-03-02');
  });

  it('the outcome review: half-filled, saved, continued and sent', async function () {
    this.timeout(60_000);
    const first = await makeReview({ today: reviewToday });
    await fillAllButOutcome(first);
    await radio(first, 'outcome.kind', 'extension').click();
    await first.updateComplete;
    await typeIntoReview(first, 'outcome.reason', 'More time to settle.');
    const { download, file } = await saveAnswers(first);
    expect(download.fileName).to.match(/^offsite-direction-outcome-review-draft-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    expect(file.form).to.equal('offsite-direction-outcome-review');
    expect(file.value).to.deep.equal(first.value);

    const colleague = await makeReview({ today: reviewToday });
    await continueFrom(colleague, new File([await download.text()], download.fileName));
    expect(radio(colleague, 'outcome.kind', 'extension').checked).to.equal(true);
    expect(colleague.shadowRoot!.querySelector<HTMLTextAreaElement>('[name="outcome.reason"]')!.value).to.equal(
      'More time to settle.',
    );
    await fillExtension(colleague);
    const { detail } = await continueAndSubmit(colleague);
    expect(detail.submissionId).to.equal(file.submissionId);
    expect(detail.data.homeSchool.name).to.equal('Hillside Community School');
    expect(detail.data.outcome).to.deep.include({ kind: 'extension', newEstimatedEndDate: '2026-07-17' });
  });

  it('a file saved after a send was tried carries no submission id, so the colleague\'s send is a new one', async () => {
    const first = await makeForm({ value: maintainedWithEhcp });
    const tried = submits(first);
    first.addEventListener(SUBMIT_EVENT, (event) => event.detail.waitUntil(Promise.reject(new Error('The line dropped'))));
    await press(first, 'Continue');
    await press(first, /^Submit/);
    await waitUntil(() => first.shadowRoot!.querySelector('#send-error') !== null, 'the send did not fail');
    await press(first, 'Back');
    const { file } = await saveAnswers(first);
    expect(file).not.to.have.property('submissionId');

    // A file from an older page that still names the tried id: the page that tried it does not reuse it.
    await continueFrom(first, jsonFile('old.json', { ...file, submissionId: tried[0]!.detail.submissionId }));
    const again = submits(first);
    await press(first, 'Continue');
    await press(first, /^Submit/);
    expect(again[0]!.detail.submissionId).not.to.equal(tried[0]!.detail.submissionId);
  });
});

describe('a saved file with drafts on', () => {
  const KEY = 'odf-save-for-later-test';
  afterEach(() => sessionStorage.removeItem(KEY));

  it('keeps the loaded answers, and the file\'s submission id, as the draft in web storage', async () => {
    const el = await makeForm();
    el.draftKey = KEY;
    await el.updateComplete;
    const submissionId = crypto.randomUUID();
    await continueFrom(
      el,
      jsonFile('saved.json', { form: 'offsite-direction-notification', schemaVersion: 1, kind: 'draft', savedAt: '2026-03-02T09:00:00.000Z', submissionId, value: { homeSchool } }),
    );
    const kept = JSON.parse(sessionStorage.getItem(KEY)!) as { submissionId: string; value: unknown };
    expect(kept.submissionId).to.equal(submissionId);
    expect(kept.value).to.deep.equal({ homeSchool });
  });
});

describe('a file this form cannot continue from', () => {
  let el: Form;
  let before: Record<string, unknown>;

  beforeEach(async () => {
    el = await makeForm();
    await fillForm(el, { homeSchool });
    before = el.value;
  });

  async function expectRefused(file: File, message: string): Promise<void> {
    await continueFrom(el, file);
    expect(inlineError(el, 'draftFile')).to.equal(message);
    expect(summaryEntries(el)).to.deep.equal([message]);
    expect(active(el)).to.equal($(el, '#error-summary'));
    expect(el.value, 'nothing typed is lost').to.deep.equal(before);
  }

  const draft = (extra: object) => ({
    form: 'offsite-direction-notification',
    schemaVersion: 1,
    kind: 'draft',
    savedAt: '2026-03-02T09:00:00.000Z',
    value: { pupil: { firstName: 'Alex' } },
    ...extra,
  });

  it('another form\'s answers are refused with a message', async () => {
    await expectRefused(
      jsonFile('review.json', draft({ form: 'offsite-direction-outcome-review' })),
      'The selected file holds answers to the offsite direction outcome review, not to this form',
    );
    await expect(el).to.be.accessible();
  });

  it('an unknown version, a sent copy, something else, and a file that is not JSON are refused', async () => {
    await expectRefused(
      jsonFile('draft.json', draft({ schemaVersion: 2 })),
      'The selected file was saved by a version of this form that this page cannot read',
    );
    await expectRefused(
      jsonFile('copy.json', { form: 'offsite-direction-notification', schemaVersion: 1, submissionId: crypto.randomUUID(), data: {} }),
      'The selected file is a copy of a form that was sent, not answers saved to finish later',
    );
    await expectRefused(jsonFile('list.json', [1, 2, 3]), 'The selected file must be a file of answers saved from this form');
    await expectRefused(new File(['%PDF-1.7'], 'form.pdf'), 'The selected file must be a file of answers saved from this form');
    await expectRefused(new File([], 'draft.json'), 'The selected file is empty');
  });

  it('the notification\'s copy chosen in the review\'s box for saved answers points to the question it belongs to', async () => {
    const review = await makeReview();
    await continueFrom(review, jsonFile('copy.json', notificationEnvelope()));
    expect(textOfReview($review(review, '#f-draftFile-error')).replace(/^Error:\s*/, '')).to.equal(
      'The selected file is the copy of a notification that was sent. To start the review from it, choose it under "Start from the notification you sent"',
    );
    expect(review.value).to.deep.equal({});
  });

  it('keys it does not know are ignored', async () => {
    await continueFrom(
      el,
      jsonFile('draft.json', draft({ comment: 'from the office', value: { pupil: { firstName: 'Alex', favourite: ['x'] } } })),
    );
    expect(el.shadowRoot!.querySelector('#f-draftFile-error')).to.equal(null);
    expect(el.value).to.deep.equal({ pupil: { firstName: 'Alex' } });
    expect(control(el, 'pupil.firstName').value).to.equal('Alex');
  });
});
