import { expect } from '@open-wc/testing';
import { CHANGE_EVENT } from '../../../src/events.js';
import { OffsiteDirectionOutcomeReview } from '../../../src/components/outcome-review/offsite-direction-outcome-review.js';
import { checkOutcomeReview } from '../../../src/schema/index.js';
import { extensionReview, managedMoveReview, reviewToday } from '../../fixtures/examples.js';
import { expectFits, narrowForm } from '../layout/narrow-frame.js';
import {
  $,
  active,
  choose,
  collectSubmits,
  continueAndSubmit,
  control,
  fillAllButOutcome,
  fillExtension,
  fillManagedMove,
  fillReturn,
  has,
  makeReview,
  notificationEnvelope,
  press,
  radio,
  retype,
  root,
  rowFor,
  rows,
  text,
  textOf,
  typeDate,
  typeInto,
  type Review,
} from './helpers.js';

function expectAccepted(data: unknown): void {
  const result = checkOutcomeReview(data, { today: reviewToday });
  expect(result.ok, JSON.stringify(result.findings.filter((finding) => finding.severity === 'error'))).to.equal(true);
}

function noInlineStyles(el: Review): void {
  expect(root(el).querySelectorAll('[style]').length, 'elements with a style attribute').to.equal(0);
}

describe('<offsite-direction-outcome-review>', () => {
  describe('the element', () => {
    it('is registered under its tag with its class', async () => {
      const el = await makeReview();
      expect(el).to.be.instanceOf(OffsiteDirectionOutcomeReview);
      expect(customElements.get('offsite-direction-outcome-review')).to.equal(OffsiteDirectionOutcomeReview);
      expect(el.formName).to.equal('offsite-direction-outcome-review');
      expect(el.shadowRoot!.mode).to.equal('open');
    });

    it('asks every question of the outcome review, named by its path', async () => {
      const el = await makeReview();
      expect(textOf($(el, '#step-heading'))).to.equal('Offsite direction outcome review');
      for (const name of [
        'notificationId',
        'homeSchool.name',
        'homeSchool.laestab',
        'homeSchool.urn',
        'submittedBy.name',
        'submittedBy.role',
        'submittedBy.email',
        'submittedBy.phone',
        'pupil.firstName',
        'pupil.lastName',
        'pupil.dateOfBirth-day',
        'pupil.dateOfBirth-month',
        'pupil.dateOfBirth-year',
        'pupil.upn',
        'provision.name',
        'placement.startDate-day',
        'placement.estimatedEndDate-year',
        'review.date-day',
        'notices.parentOutcomeNoticeDate-day',
      ]) {
        expect(control(el, name), name).to.be.instanceOf(HTMLElement);
      }
      const values = (name: string) =>
        Array.from(root(el).querySelectorAll<HTMLInputElement>(`[name="${name}"]`)).map((input) => input.value);
      expect(values('homeSchool.governance')).to.deep.equal(['maintained', 'academy']);
      expect(values('pupil.hasEhcp')).to.deep.equal(['yes', 'no']);
      expect(values('provision.kind')).to.deep.equal([
        'mainstream-school',
        'special-school',
        'registered-alternative-provision',
        'unregistered-alternative-provision',
      ]);
      expect(values('review.requestedBy')).to.deep.equal(['scheduled', 'parent', 'local-authority']);
      expect(values('outcome.kind')).to.deep.equal(['extension', 'return', 'managed-move']);
      expect(control(el, 'declarations.accurate').type).to.equal('checkbox');
      expect(control(el, 'submittedBy.email').type).to.equal('email');
      expect(control(el, 'submittedBy.phone').type).to.equal('tel');
      expect(text(el)).to.contain('Notification reference (optional)');
      noInlineStyles(el);
    });

    it('asks for the provision\'s DfE number only for a registered school', async () => {
      const el = await makeReview();
      expect(has(el, '[name="provision.laestab"]')).to.equal(false);
      await choose(el, 'provision.kind', 'special-school');
      expect(control(el, 'provision.laestab')).to.be.instanceOf(HTMLInputElement);
      expect(control(el, 'provision.urn')).to.be.instanceOf(HTMLInputElement);
      await choose(el, 'provision.kind', 'unregistered-alternative-provision');
      expect(has(el, '[name="provision.laestab"]')).to.equal(false);
    });

    it('asks for the request and previous review dates, with the 10-week guidance, only for a requested review', async () => {
      const el = await makeReview();
      await choose(el, 'review.requestedBy', 'scheduled');
      expect(has(el, '[name="review.requestDate-day"]')).to.equal(false);
      await choose(el, 'review.requestedBy', 'parent');
      expect(control(el, 'review.requestDate-day')).to.be.instanceOf(HTMLInputElement);
      expect(control(el, 'review.previousReviewDate-day')).to.be.instanceOf(HTMLInputElement);
      expect(text(el)).to.contain('unless a review meeting was held in the 10 weeks before the request');
      await choose(el, 'review.requestedBy', 'local-authority');
      expect(control(el, 'review.requestDate-day')).to.be.instanceOf(HTMLInputElement);
    });

    it('reveals only the chosen outcome\'s questions', async () => {
      const el = await makeReview({ value: { placement: { startDate: '2026-03-09', estimatedEndDate: '2026-05-22' } } });
      const shown = (name: string) => has(el, `[name="${name}"]`);
      expect(shown('outcome.newEstimatedEndDate-day') || shown('outcome.returnDate-day') || shown('outcome.startDate-day')).to.equal(false);

      await choose(el, 'outcome.kind', 'extension');
      expect(shown('outcome.newEstimatedEndDate-day') && shown('outcome.reason') && shown('outcome.nextReviewDate-day')).to.equal(true);
      expect(shown('outcome.returnDate-day') || shown('outcome.startDate-day')).to.equal(false);
      expect(textOf($(el, '#f-outcome-newEstimatedEndDate-hint'))).to.equal(
        'It must be after the notified estimated end date, Friday 22 May 2026. For example, 17 7 2026',
      );

      await choose(el, 'outcome.kind', 'return');
      expect(shown('outcome.returnDate-day') && shown('outcome.reason')).to.equal(true);
      expect(shown('outcome.newEstimatedEndDate-day') || shown('outcome.startDate-day')).to.equal(false);
      expect(textOf($(el, 'label[for="f-outcome-reason"]'))).to.equal(
        'Reason for the return (required if the placement ended early, before the notified estimated end date)',
      );
      expect(text(el)).to.contain('the provision\'s subsidiary registration ends and your school goes back to single registration');

      await choose(el, 'outcome.kind', 'managed-move');
      for (const name of [
        'outcome.startDate-day',
        'outcome.newSchool.name',
        'outcome.newSchool.laestab',
        'outcome.newSchool.urn',
        'outcome.newSchool.kind',
        'outcome.parentsAgreed',
        'outcome.admissionAuthorityAgreed',
        'outcome.inBestInterests',
      ]) {
        expect(shown(name), name).to.equal(true);
      }
      expect(shown('outcome.reason') || shown('outcome.returnDate-day')).to.equal(false);
      expect(text(el)).to.contain('Your school takes the pupil off roll and sends a CML (leaver) file.');
      expect(text(el)).to.contain('sends a CMJ (joiner) file within 5 days');
    });

    it('asks whether the LA SEND team was consulted only when the pupil has an EHC plan', async () => {
      const el = await makeReview();
      await choose(el, 'outcome.kind', 'managed-move');
      expect(has(el, '[name="outcome.localAuthoritySendConsulted"]')).to.equal(false);
      await choose(el, 'pupil.hasEhcp', 'yes');
      expect(radio(el, 'outcome.localAuthoritySendConsulted', 'yes')).to.be.instanceOf(HTMLInputElement);
      await choose(el, 'pupil.hasEhcp', 'no');
      expect(has(el, '[name="outcome.localAuthoritySendConsulted"]')).to.equal(false);
    });

    it('suggests the provision as the new school when it was a mainstream school', async () => {
      const el = await makeReview({ value: { provision: extensionReview.provision } });
      await choose(el, 'outcome.kind', 'managed-move');
      expect(control(el, 'outcome.newSchool.name').value).to.equal('Valley Academy');
      expect(control(el, 'outcome.newSchool.laestab').value).to.equal('8304002');
      expect(control(el, 'outcome.newSchool.urn').value).to.equal('145678');
      expect(radio(el, 'outcome.newSchool.kind', 'mainstream-school').checked).to.equal(true);

      const special = await makeReview({ value: { provision: { kind: 'special-school', name: 'Brook Special School', laestab: '8307001' } } });
      await choose(special, 'outcome.kind', 'managed-move');
      expect(control(special, 'outcome.newSchool.name').value).to.equal('');
      expect(special.value.outcome).to.deep.equal({ kind: 'managed-move' });
    });
  });

  describe('each outcome, filled in and sent through the form', () => {
    it('extension: accepted by the rules, registration unchanged', async () => {
      const el = await makeReview();
      await fillAllButOutcome(el);
      await fillExtension(el);
      const { detail } = await continueAndSubmit(el);
      expect(detail.form).to.equal('offsite-direction-outcome-review');
      expect(detail.today).to.equal(reviewToday);
      expectAccepted(detail.data);
      expect(detail.data.outcome).to.deep.equal({
        kind: 'extension',
        newEstimatedEndDate: '2026-07-17',
        reason: 'Good progress; more time to settle.',
        nextReviewDate: '2026-06-15',
      });
      expect(detail.data.homeSchool.laestab).to.equal('8304001');
      expect(detail.derived.outcome).to.equal('extension');
      expect(detail.derived.registration).to.deep.equal({
        change: 'unchanged',
        kind: 'dual',
        homeSchool: 'main',
        provision: 'subsidiary',
        homeSchoolAttendanceCode: 'D',
      });
      expect(detail.findings.every((finding) => finding.severity !== 'error')).to.equal(true);
      expect(textOf($(el, '#step-heading'))).to.equal('Outcome review sent');
      expect(textOf($(el, '#reference'))).to.equal(detail.submissionId);
      expect(text(el)).to.contain('Hold the next review meeting on Monday 15 June 2026');
    });

    it('return: accepted by the rules, subsidiary registration ends, home school single', async () => {
      const el = await makeReview();
      await fillAllButOutcome(el);
      await fillReturn(el);
      const { detail } = await continueAndSubmit(el);
      expectAccepted(detail.data);
      expect(detail.data.outcome).to.deep.equal({ kind: 'return', returnDate: '2026-06-01' });
      expect(detail.derived.endedEarly).to.equal(false);
      expect(detail.derived.registration).to.deep.equal({
        change: 'return',
        homeSchool: 'single',
        provision: 'subsidiary-ended',
      });
    });

    it('managed move: accepted by the rules, home school off-rolls, new school main, CML and CMJ', async () => {
      const el = await makeReview();
      await fillAllButOutcome(el, { hasEhcp: true });
      await fillManagedMove(el, { sendConsulted: true });
      const { detail } = await continueAndSubmit(el);
      expectAccepted(detail.data);
      expect(detail.data.outcome).to.deep.equal({
        kind: 'managed-move',
        startDate: '2026-04-27',
        newSchool: { name: 'Oak Hill School', laestab: '8304005', kind: 'mainstream-school' },
        parentsAgreed: true,
        admissionAuthorityAgreed: true,
        inBestInterests: true,
        localAuthoritySendConsulted: true,
      });
      expect(detail.derived.registration).to.deep.equal({
        change: 'managed-move',
        homeSchool: 'off-roll',
        newSchool: 'main',
        dataReturns: { homeSchool: 'CML', newSchool: 'CMJ' },
      });
      expect(detail.findings.map((finding) => finding.code)).to.include('managed-move-data-returns');
      expect(text(el)).to.contain('Take the pupil off your school\'s roll and send the CML (leaver) file.');
    });
  });

  describe('changing the outcome', () => {
    it('restores a kept draft without the text typed under an outcome since left (a draft from an older version)', async () => {
      const key = 'test-review-draft-old-format';
      const value = structuredClone({ ...extensionReview, outcome: { kind: 'return' } });
      sessionStorage.setItem(key, JSON.stringify({
        version: 1, form: 'offsite-direction-outcome-review', submissionId: '5f0c1e2a-3b4c-4d5e-8f9a-0b1c2d3e4f5a',
        value, rawTexts: { 'outcome.reason': 'Typed for the extension', 'submittedBy.name': 'Sam  Carter ' },
        rawDates: {}, savedAt: '2026-04-22T09:00:00.000Z',
      }));
      try {
        const el = await makeReview();
        el.draftKey = key;
        await el.updateComplete;
        expect(radio(el, 'outcome.kind', 'return').checked).to.equal(true);
        expect(control(el, 'outcome.reason').value, 'not shown: the draft does not hold it').to.equal('');
        expect(control(el, 'submittedBy.name').value, 'what was typed, where the draft holds an answer').to.equal('Sam  Carter ');
      } finally {
        sessionStorage.removeItem(key);
      }
    });

    it('sends none of the answers typed under an outcome that was not chosen', async () => {
      const el = await makeReview();
      await fillAllButOutcome(el, { hasEhcp: true });
      await fillExtension(el);
      await fillManagedMove(el, { sendConsulted: false });
      await choose(el, 'outcome.parentsAgreed', 'no');
      await choose(el, 'outcome.kind', 'return');
      expect(control(el, 'outcome.reason').value, 'the extension\'s reason is not shown as the return\'s').to.equal('');
      await typeDate(el, 'outcome.returnDate', '2026-04-27');
      await typeInto(el, 'outcome.reason', 'Objectives met early.');
      expect(el.value.outcome).to.deep.equal({ kind: 'return', returnDate: '2026-04-27', reason: 'Objectives met early.' });
      const { detail } = await continueAndSubmit(el);
      expectAccepted(detail.data);
      expect(detail.data.outcome).to.deep.equal({ kind: 'return', returnDate: '2026-04-27', reason: 'Objectives met early.' });
      expect(JSON.stringify(detail)).not.to.contain('more time to settle');
      expect(JSON.stringify(detail)).not.to.contain('Oak Hill');
    });

    it('shows an outcome\'s answers again when the user goes back to it', async () => {
      const el = await makeReview();
      await fillExtension(el);
      await choose(el, 'outcome.kind', 'return');
      await typeInto(el, 'outcome.reason', 'Back sooner.');
      await choose(el, 'outcome.kind', 'extension');
      expect(control(el, 'outcome.newEstimatedEndDate-day').value).to.equal('17');
      expect(control(el, 'outcome.newEstimatedEndDate-month').value).to.equal('7');
      expect(control(el, 'outcome.reason').value).to.equal('Good progress; more time to settle.');
      expect(el.value.outcome).to.deep.equal({
        kind: 'extension',
        newEstimatedEndDate: '2026-07-17',
        reason: 'Good progress; more time to settle.',
        nextReviewDate: '2026-06-15',
      });
      await choose(el, 'outcome.kind', 'return');
      expect(control(el, 'outcome.reason').value).to.equal('Back sooner.');
    });

    it('lists only the chosen outcome\'s answers on check your answers', async () => {
      const el = await makeReview({ value: extensionReview });
      await choose(el, 'outcome.kind', 'return');
      await typeDate(el, 'outcome.returnDate', '2026-06-01');
      await press(el, 'Continue');
      const keys = rows(el).map(([key]) => key);
      expect(keys).to.include.members(['Outcome', 'Return date', 'Reason for the return']);
      expect(keys).not.to.include.members(['New estimated end date']);
      expect(keys).not.to.include('Next review meeting');
      expect(rowFor(el, 'Outcome')).to.equal('The pupil returns to your school');
      expect(rowFor(el, 'Return date')).to.equal('Monday 1 June 2026');
    });
  });

  describe('the notification property', () => {
    it('prefills from a real notification envelope and marks those answers on check your answers', async () => {
      const envelope = notificationEnvelope();
      const el = await makeReview();
      let changes = 0;
      el.addEventListener(CHANGE_EVENT, () => changes++);
      await typeInto(el, 'submittedBy.name', 'Pat Jones');
      await typeDate(el, 'review.date', '2026-04-20');
      changes = 0;

      el.notification = envelope;
      await el.updateComplete;
      expect(changes, 'change events from setting notification').to.equal(0);
      expect(el.notification).to.equal(envelope);
      expect(control(el, 'notificationId').value).to.equal(envelope.submissionId);
      expect(control(el, 'homeSchool.name').value).to.equal('Hillside Community School');
      expect(control(el, 'homeSchool.laestab').value).to.equal('8304001');
      expect(radio(el, 'homeSchool.governance', 'maintained').checked).to.equal(true);
      expect(control(el, 'pupil.upn').value).to.equal('Q830200024001');
      expect(control(el, 'pupil.dateOfBirth-day').value).to.equal('14');
      expect(radio(el, 'pupil.hasEhcp', 'yes').checked).to.equal(true);
      expect(radio(el, 'provision.kind', 'mainstream-school').checked).to.equal(true);
      expect(control(el, 'provision.laestab').value).to.equal('8304002');
      expect(control(el, 'placement.startDate-month').value).to.equal('3');
      expect(control(el, 'placement.estimatedEndDate-day').value).to.equal('22');
      // What the user had typed is kept.
      expect(control(el, 'submittedBy.name').value).to.equal('Pat Jones');
      expect(control(el, 'review.date-day').value).to.equal('20');
      expect(text(el)).to.contain('filled in from the notification');
      // The notification gave neither the pupil's year group nor the provision's address: the review has no such answers.
      expect(el.value.pupil).to.deep.equal({
        firstName: 'Alex', lastName: 'Morgan', dateOfBirth: '2012-05-14', upn: 'Q830200024001', hasEhcp: true,
      });

      await retype(el, 'pupil.firstName', 'Alexa');
      await retype(el, 'submittedBy.name', 'Sam Carter');
      await typeInto(el, 'submittedBy.role', 'Deputy headteacher');
      await typeInto(el, 'submittedBy.email', 'sam.carter@hillside.example.org');
      await typeInto(el, 'submittedBy.phone', '01629 533190');
      await choose(el, 'review.requestedBy', 'scheduled');
      await choose(el, 'outcome.kind', 'managed-move');
      expect(control(el, 'outcome.newSchool.name').value, 'new school suggested from the provision').to.equal('Valley Academy');
      await typeDate(el, 'outcome.startDate', '2026-04-27');
      await choose(el, 'outcome.parentsAgreed', 'yes');
      await choose(el, 'outcome.admissionAuthorityAgreed', 'yes');
      await choose(el, 'outcome.inBestInterests', 'yes');
      await choose(el, 'outcome.localAuthoritySendConsulted', 'yes');
      await typeDate(el, 'notices.parentOutcomeNoticeDate', '2026-04-21');
      control(el, 'declarations.accurate').click();
      await el.updateComplete;

      await press(el, 'Continue');
      const tag = 'From the notification';
      expect(rowFor(el, 'Notification reference')).to.equal(`${envelope.submissionId} ${tag}`);
      expect(rowFor(el, 'School name')).to.equal(`Hillside Community School ${tag}`);
      expect(rowFor(el, 'UPN')).to.equal(`Q830200024001 ${tag}`);
      expect(rowFor(el, 'Date of birth')).to.equal(`14 May 2012 ${tag}`);
      expect(rowFor(el, 'EHC plan')).to.equal(`Yes ${tag}`);
      expect(rowFor(el, 'Kind of provision')).to.equal(`Mainstream school ${tag}`);
      expect(rowFor(el, 'Start date')).to.equal(`Monday 9 March 2026 ${tag}`);
      expect(rowFor(el, 'Estimated end date')).to.equal(`Friday 22 May 2026 ${tag}`);
      // Changed by the user, or never in the notification: not marked.
      expect(rowFor(el, 'Legal first name')).to.equal('Alexa');
      expect(rowFor(el, 'Full name')).to.equal('Sam Carter');
      expect(rowFor(el, 'Date of the review meeting')).to.equal('Monday 20 April 2026');
      expect(rowFor(el, 'New school')).to.equal('Valley Academy');
      await expect(el).to.be.accessible();

      const submits = collectSubmits(el);
      await press(el, /^Submit/);
      const { detail } = submits[0]!;
      expectAccepted(detail.data);
      expect(detail.data.notificationId).to.equal(envelope.submissionId);
      expect(detail.data.pupil.firstName).to.equal('Alexa');
      expect(detail.data.outcome).to.deep.include({
        kind: 'managed-move',
        newSchool: { name: 'Valley Academy', laestab: '8304002', urn: '145678', kind: 'mainstream-school' },
      });
    });

    it('accepts the notification before the element is in the page, and clears the marks for null', async () => {
      const element = document.createElement('offsite-direction-outcome-review');
      element.today = reviewToday;
      const envelope = notificationEnvelope();
      element.notification = envelope;
      expect(element.value.notificationId).to.equal(envelope.submissionId);
      document.body.append(element);
      try {
        await element.updateComplete;
        expect(control(element, 'homeSchool.name').value).to.equal('Hillside Community School');
        element.notification = null;
        await element.updateComplete;
        expect(element.notification).to.equal(undefined);
        expect(control(element, 'homeSchool.name').value, 'answers stay').to.equal('Hillside Community School');
        expect(text(element)).not.to.contain('filled in from the notification');
      } finally {
        element.remove();
      }
    });
  });

  describe('events', () => {
    it('fires change for a user edit, but not for value or notification', async () => {
      const el = await makeReview();
      const details: unknown[] = [];
      el.addEventListener(CHANGE_EVENT, (event) => details.push(event.detail));
      el.value = extensionReview as Record<string, unknown>;
      el.notification = notificationEnvelope();
      await el.updateComplete;
      expect(details.length).to.equal(0);
      await choose(el, 'outcome.kind', 'return');
      expect(details.length).to.equal(1);
      expect(details[0]).to.deep.include({ form: 'offsite-direction-outcome-review' });
    });

    it('keeps the user on the questions, with a focused error summary, when the answers have errors', async () => {
      const el = await makeReview();
      const submits = collectSubmits(el);
      await press(el, 'Continue');
      expect(active(el)).to.equal($(el, '.error-summary'));
      expect(textOf($(el, '.error-summary'))).to.contain('Select the outcome of the review');
      expect(submits.length).to.equal(0);
    });
  });

  describe('layout', () => {
    it('fits a 320px wide screen with no sideways scrolling, in every step', async function () {
      this.timeout(30_000);
      const { frame, inner, el } = await narrowForm<OffsiteDirectionOutcomeReview>(
        '/src/components/outcome-review/define.ts',
        'offsite-direction-outcome-review',
        reviewToday,
      );
      try {
        // The reference's hint shows a full submission id, the longest word on the page.
        expect(text(el)).to.match(/like [0-9a-f]{8}-[0-9a-f]{4}-/);
        expectFits(el, inner, 'empty');
        await press(el, 'Continue');
        expectFits(el, inner, 'errors');
        el.value = structuredClone(extensionReview) as Record<string, unknown>;
        await el.updateComplete;
        await press(el, 'Continue');
        expectFits(el, inner, 'check your answers');
        await press(el, /^Submit/);
        expect(has(el, '#reference'), 'the confirmation shows').to.equal(true);
        expectFits(el, inner, 'confirmation');
      } finally {
        frame.remove();
      }
    });
  });

  describe('accessibility', () => {
    it('is accessible when empty', async () => {
      const el = await makeReview();
      await expect(el).to.be.accessible();
    });

    it('is accessible with every error showing', async () => {
      const el = await makeReview();
      await choose(el, 'review.requestedBy', 'parent');
      await choose(el, 'provision.kind', 'special-school');
      await press(el, 'Continue');
      await expect(el).to.be.accessible();
    });

    for (const kind of ['extension', 'return', 'managed-move']) {
      it(`is accessible with the ${kind} questions revealed, before and after errors show`, async () => {
        const el = await makeReview({ value: { ...extensionReview, outcome: undefined } });
        await choose(el, 'outcome.kind', kind);
        if (kind === 'managed-move') {
          await choose(el, 'outcome.parentsAgreed', 'no');
          await choose(el, 'outcome.newSchool.kind', 'special-school');
        }
        await expect(el).to.be.accessible();
        await press(el, 'Continue');
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible on check your answers and on the confirmation', async () => {
      const el = await makeReview({ value: managedMoveReview, notification: notificationEnvelope() });
      await press(el, 'Continue');
      expect(textOf($(el, '#step-heading'))).to.equal('Check your answers before sending');
      noInlineStyles(el);
      await expect(el).to.be.accessible();
      await press(el, /^Submit/);
      expect(textOf($(el, '#step-heading'))).to.equal('Outcome review sent');
      noInlineStyles(el);
      await expect(el).to.be.accessible();
    });
  });
});
