// The school's own records, acted out: a school sends a notification, saves the copy the confirmation offers,
// and weeks later starts the outcome review from that file. Then every kind of wrong file, each answered beside
// the question and in the error summary, with nothing typed lost.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SUBMIT_EVENT, type SubmitEventDetail } from '../../../src/events.js';
import { localToday } from '../../../src/components/shared/paths.js';
import { checkOutcomeReview, createEnvelope, formatDateForPeople } from '../../../src/schema/index.js';
import { extensionReview, maintainedWithEhcp, reviewToday } from '../../fixtures/examples.js';
import {
  fillForm,
  makeForm as makeNotificationForm,
  press as pressOnNotification,
  text as notificationText,
} from '../notification/helpers.js';
import { catchDownloads, chooseFile, jsonFile } from '../shared/files-helpers.js';
import {
  $,
  active,
  answerWhatTheNotificationDoesNotSay,
  continueAndSubmit,
  control,
  errorSummaryLinks,
  inlineError,
  makeReview,
  notificationEnvelope,
  press,
  radio,
  rowFor,
  text,
  textOf,
  typeDate,
  typeInto,
  type Review,
} from './helpers.js';

/** The status line under the notification file question, once a file has been read. */
async function loaded(el: Review): Promise<string> {
  await waitUntil(() => textOf($(el, '#f-notificationFile-status')) !== '', 'the file was not taken');
  await el.updateComplete;
  return textOf($(el, '#f-notificationFile-status'));
}

/** Chooses a file that must be refused; returns the message shown beside the question. */
async function refused(el: Review, file: File): Promise<string> {
  chooseFile(control(el, 'notificationFile'), file);
  await waitUntil(() => active(el)?.id === 'error-summary', `${file.name} was not refused`);
  await el.updateComplete;
  return inlineError(el, 'notificationFile').replace(/^Error:\s*/, '');
}

describe('the notification copy, from the confirmation to the outcome review', () => {
  it('a school sends a notification, saves the copy, and starts the review from the file', async function () {
    this.timeout(90_000);
    const capture = catchDownloads();
    try {
      const notification = await makeNotificationForm();
      await fillForm(notification, maintainedWithEhcp);
      const sent: CustomEvent<SubmitEventDetail>[] = [];
      notification.addEventListener(SUBMIT_EVENT, (event) => sent.push(event));
      await pressOnNotification(notification, 'Continue');
      await pressOnNotification(notification, /^Submit/);
      const envelope = sent[0]!.detail;

      // The confirmation leads with the short reference; the full one is there too, for the printed copy.
      const reference = envelope.submissionId.slice(0, 8).toUpperCase();
      const panel = notification.shadowRoot!.querySelector('.panel')!;
      expect(textOf(panel)).to.equal(`Notification sent Your reference ${reference.slice(0, 4)} ${reference.slice(4)}`);
      expect(notificationText(notification)).to.contain(`Full reference number: ${envelope.submissionId}`);
      // What the copy is for, said beside the button.
      expect(notificationText(notification)).to.contain('choose the file in the outcome review, under "Start from the notification you sent"');
      await expect(notification).to.be.accessible();

      await pressOnNotification(notification, 'Save a copy for the outcome review');
      expect(capture.downloads.length, 'files saved').to.equal(1);
      const copy = capture.downloads[0]!;
      expect(copy.fileName).to.equal(
        `offsite-direction-notification-${localToday(new Date(envelope.submittedAt))}-${reference}.json`,
      );
      expect(copy.fileName).not.to.match(/alex|morgan/i);
      const saved = await copy.text();
      expect(JSON.parse(saved)).to.deep.equal(JSON.parse(JSON.stringify(envelope)));

      // Weeks later, another member of staff opens the review and has typed their own name already.
      const el = await makeReview({ today: reviewToday });
      await typeInto(el, 'submittedBy.name', 'Robin Shaw');
      chooseFile(control(el, 'notificationFile'), new File([saved], copy.fileName, { type: 'application/json' }));
      expect(await loaded(el)).to.equal(
        `Your school, the pupil, the provision and the placement dates are filled in from notification ${reference.slice(0, 4)} ${reference.slice(4)}, sent on ${formatDateForPeople(localToday(new Date(envelope.submittedAt)), 'en-GB')}.`,
      );
      expect(control(el, 'notificationId').value).to.equal(envelope.submissionId);
      expect(control(el, 'homeSchool.name').value).to.equal('Hillside Community School');
      expect(control(el, 'pupil.upn').value).to.equal('Q830200024001');
      expect(radio(el, 'provision.kind', 'mainstream-school').checked).to.equal(true);
      expect(control(el, 'placement.startDate-day').value).to.equal('9');
      expect(control(el, 'placement.estimatedEndDate-month').value).to.equal('5');
      expect(control(el, 'submittedBy.name').value, 'what was typed before stays').to.equal('Robin Shaw');
      expect(text(el)).to.contain('filled in from the notification');
      await expect(el).to.be.accessible();

      await answerWhatTheNotificationDoesNotSay(el, { name: false });
      await press(el, 'Continue');
      expect(rowFor(el, 'Notification reference')).to.equal(`${envelope.submissionId} From the notification`);
      expect(rowFor(el, 'UPN')).to.equal('Q830200024001 From the notification');
      expect(rowFor(el, 'Start date')).to.equal('Monday 9 March 2026 From the notification');
      expect(rowFor(el, 'Full name')).to.equal('Robin Shaw');
      await press(el, 'Back');
      const { detail } = await continueAndSubmit(el);
      expect(detail.data.notificationId).to.equal(envelope.submissionId);
      expect(detail.data.pupil).to.deep.equal({
        firstName: 'Alex', lastName: 'Morgan', dateOfBirth: '2012-05-14', upn: 'Q830200024001', hasEhcp: true,
      });
      expect(checkOutcomeReview(detail.data, { today: reviewToday }).ok).to.equal(true);

      // The review's own copy: named the same way, and not mistaken for the notification's.
      await press(el, 'Save a copy of what you sent');
      const reviewCopy = capture.downloads[1]!;
      const reviewReference = detail.submissionId.slice(0, 8).toUpperCase();
      expect(reviewCopy.fileName).to.equal(
        `offsite-direction-outcome-review-${localToday(new Date(detail.submittedAt))}-${reviewReference}.json`,
      );
      expect(JSON.parse(await reviewCopy.text()).data.notificationId).to.equal(envelope.submissionId);
    } finally {
      capture.stop();
    }
  });

  it('is the first thing the keyboard reaches under the heading, before the reference box', async () => {
    const el = await makeReview();
    $(el, '#step-heading').focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(control(el, 'notificationFile'));
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(control(el, 'notificationId'));
  });

  it('fires offsite-direction-change once for a file the person chose, never for a refused one', async () => {
    const el = await makeReview();
    const changes: Event[] = [];
    el.addEventListener('offsite-direction-change', (event) => changes.push(event));
    await refused(el, jsonFile('notes.json', 'not json'));
    expect(changes.length).to.equal(0);
    chooseFile(control(el, 'notificationFile'), jsonFile('copy.json', notificationEnvelope()));
    await loaded(el);
    expect(changes.length).to.equal(1);
  });
});

describe('a wrong notification file', () => {
  let el: Review;
  let before: Record<string, unknown>;

  beforeEach(async () => {
    el = await makeReview();
    await typeInto(el, 'homeSchool.name', 'Typed by hand');
    await typeDate(el, 'review.date', '2026-04-20');
    before = el.value;
  });

  /** The message is beside the question and in the summary, which has focus; nothing typed has gone. */
  async function expectRefused(file: File, message: string): Promise<void> {
    expect(await refused(el, file)).to.equal(message);
    expect(errorSummaryLinks(el)).to.deep.equal([message]);
    expect(active(el)).to.equal($(el, '#error-summary'));
    // A screen reader hears the question, its hint and the problem on the box itself.
    const box = control(el, 'notificationFile');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(box.getAttribute('aria-describedby')!.split(' ')).to.include.members(['f-notificationFile-hint', 'f-notificationFile-error']);
    expect(textOf($(el, `label[for="${box.id}"]`))).to.equal('Start from the notification you sent (optional)');
    expect(el.value).to.deep.equal(before);
    expect(control(el, 'homeSchool.name').value).to.equal('Typed by hand');
    expect(control(el, 'review.date-day').value).to.equal('20');
  }

  it('that is not JSON', async () => {
    await expectRefused(
      new File(['Name,UPN\nAlex Morgan,Q830200024001\n'], 'pupils.csv', { type: 'text/csv' }),
      'The selected file must be the copy saved when the notification was sent',
    );
    await expect(el).to.be.accessible();
  });

  it('that is another form\'s envelope', async () => {
    const review = checkOutcomeReview(extensionReview, { today: reviewToday });
    const envelope = createEnvelope({
      form: 'offsite-direction-outcome-review',
      submissionId: crypto.randomUUID(),
      today: reviewToday,
      data: review.data,
      derived: review.derived,
      findings: review.findings,
    });
    await expectRefused(
      jsonFile('review.json', envelope),
      'The selected file is an outcome review, not a notification. Choose the copy saved when the notification was sent',
    );
  });

  it('that holds answers saved before sending', async () => {
    const draft = { form: 'offsite-direction-notification', schemaVersion: 1, kind: 'draft', savedAt: new Date().toISOString(), value: maintainedWithEhcp };
    await expectRefused(
      jsonFile('draft.json', draft),
      'The selected file holds answers saved before the notification was sent. Choose the copy saved when it was sent',
    );
  });

  it('that has been changed so it fails the checks', async () => {
    const tampered = notificationEnvelope();
    tampered.data.pupil.upn = 'Q830200024002'; // the check letter no longer fits
    const tamperedMessage =
      'The selected file has been changed since the notification was sent, or is damaged, so it cannot be used. Choose the file as it was saved, or type the answers';
    await expectRefused(jsonFile('copy.json', tampered), tamperedMessage);
    const noId = notificationEnvelope() as Partial<ReturnType<typeof notificationEnvelope>>;
    delete noId.submissionId;
    await expectRefused(jsonFile('copy.json', noId), tamperedMessage);
    const endBeforeStart = notificationEnvelope();
    endBeforeStart.data.placement.estimatedEndDate = '2026-03-01';
    await expectRefused(jsonFile('copy.json', endBeforeStart), tamperedMessage);
  });

  it('of a version this page does not know', async () => {
    await expectRefused(
      jsonFile('copy.json', { ...notificationEnvelope(), schemaVersion: 2 }),
      'The selected file was saved by a version of the notification form that this page cannot read',
    );
  });

  it('over 1 MB', async () => {
    const big = { ...notificationEnvelope(), padding: 'x'.repeat(1024 * 1024) };
    await expectRefused(jsonFile('copy.json', big), 'The selected file must be smaller than 1 MB');
  });

  it('that is empty', async () => {
    await expectRefused(new File([], 'copy.json'), 'The selected file is empty');
    await expectRefused(jsonFile('copy.json', '  \n'), 'The selected file is empty');
  });

  it('and then the right one: the message goes, the answers come in', async () => {
    await refused(el, new File([], 'copy.json'));
    chooseFile(control(el, 'notificationFile'), jsonFile('copy.json', notificationEnvelope()));
    await loaded(el);
    expect(el.shadowRoot!.querySelector('#f-notificationFile-error')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    expect(control(el, 'homeSchool.name').value).to.equal('Hillside Community School');
    expect(control(el, 'review.date-day').value, 'an answer the notification does not give stays').to.equal('20');
  });
});
