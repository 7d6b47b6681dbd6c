// The two forms together, as a host page would use them: the notification is answered and sent through its own
// element, and the submit event's detail becomes the outcome review's `notification`.
import { expect } from '@open-wc/testing';
import { SUBMIT_EVENT, type SubmitEventDetail } from '../../../src/events.js';
import { checkOutcomeReview } from '../../../src/schema/index.js';
import { maintainedWithEhcp, reviewToday } from '../../fixtures/examples.js';
import {
  fillForm,
  makeForm as makeNotificationForm,
  press as pressOnNotification,
} from '../notification/helpers.js';
import {
  answerWhatTheNotificationDoesNotSay,
  continueAndSubmit,
  control,
  makeReview,
  press,
  radio,
  rowFor,
} from './helpers.js';

describe('<offsite-direction-outcome-review> after <offsite-direction-notification>', () => {
  it('takes the notification element\'s submit detail as its notification', async function () {
    this.timeout(60_000);
    const notificationForm = await makeNotificationForm();
    await fillForm(notificationForm, maintainedWithEhcp);
    const sent: CustomEvent<SubmitEventDetail>[] = [];
    notificationForm.addEventListener(SUBMIT_EVENT, (event) => sent.push(event));
    await pressOnNotification(notificationForm, 'Continue');
    await pressOnNotification(notificationForm, /^Submit/);
    expect(sent.length, 'notification submit events').to.equal(1);
    const envelope = sent[0]!.detail;

    const el = await makeReview({ today: reviewToday });
    el.notification = envelope;
    await el.updateComplete;
    expect(control(el, 'notificationId').value).to.equal(envelope.submissionId);
    expect(control(el, 'pupil.upn').value).to.equal('Q830200024001');
    expect(radio(el, 'provision.kind', 'mainstream-school').checked).to.equal(true);
    expect(control(el, 'placement.estimatedEndDate-day').value).to.equal('22');

    // The notification names who sent it; the review asks again, as someone else may send it.
    expect(control(el, 'submittedBy.name').value).to.equal('');
    await answerWhatTheNotificationDoesNotSay(el);
    await press(el, 'Continue');
    expect(rowFor(el, 'Notification reference')).to.equal(`${envelope.submissionId} From the notification`);
    expect(rowFor(el, 'UPN')).to.equal('Q830200024001 From the notification');
    expect(rowFor(el, 'Full name')).to.equal('Sam Carter');
    await press(el, 'Back');
    const { detail } = await continueAndSubmit(el);
    expect(checkOutcomeReview(detail.data, { today: reviewToday }).ok).to.equal(true);
    expect(detail.data.notificationId).to.equal(envelope.submissionId);
    expect(detail.derived.registration?.change).to.equal('unchanged');
  });
});
