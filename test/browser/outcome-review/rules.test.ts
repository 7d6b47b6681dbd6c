// Every outcome rule of CONTRACT §6 as the user meets it: an error in the summary and at its field, or a
// warning or notice in the live panel and on check your answers.
import { expect, oneEvent } from '@open-wc/testing';
import { INVALID_EVENT, type InvalidEventDetail } from '../../../src/events.js';
import {
  endedEarlyReview,
  extensionReview,
  managedMoveNotAgreedReview,
  managedMoveReview,
  returnReview,
} from '../../fixtures/examples.js';
import {
  $,
  buttonNamed,
  choose,
  collectSubmits,
  continueAndSubmit,
  has,
  inlineError,
  errorSummaryLinks,
  makeReview,
  press,
  radio,
  retype,
  rowFor,
  rulePanel,
  text,
  textOf,
  typeDate,
  typeInto,
  type Review,
} from './helpers.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Presses Continue and expects it refused with `message` in the summary and inline at `path`. */
async function expectError(el: Review, path: string, message: string): Promise<void> {
  setTimeout(() => buttonNamed(el, 'Continue').click());
  const event = (await oneEvent(el, INVALID_EVENT)) as CustomEvent<InvalidEventDetail>;
  await el.updateComplete;
  expect(event.detail.findings.some((finding) => finding.severity === 'error' && finding.path === path)).to.equal(true);
  expect(errorSummaryLinks(el)).to.include(message);
  expect(inlineError(el, path)).to.equal(`Error: ${message}`);
  expect(textOf($(el, '#step-heading'))).to.equal('Offsite direction outcome review');
}

function warningsOnCheckStep(el: Review): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('.warning-text, .inset-text')).map(textOf);
}

describe('<offsite-direction-outcome-review> rules', () => {
  it('review-before-start: the review date must be on or after the placement start', async () => {
    const el = await makeReview({ value: extensionReview });
    await typeDate(el, 'review.date', '2026-03-06');
    await expectError(el, 'review.date', 'The review date must be on or after the placement start date');
  });

  it('review-in-future: the review date cannot be after today', async () => {
    const el = await makeReview({ value: extensionReview });
    await typeDate(el, 'review.date', '2026-04-23');
    await expectError(el, 'review.date', 'The review date cannot be after today (Wednesday 22 April 2026)');
    await typeDate(el, 'review.date', '2026-04-22');
    expect(has(el, '#f-review-date-error'), 'the error clears as the date is corrected').to.equal(false);
  });

  it('extension-not-later: the new end date must be after the notified one', async () => {
    const el = await makeReview({ value: extensionReview });
    await typeDate(el, 'outcome.newEstimatedEndDate', '2026-05-22');
    await expectError(
      el,
      'outcome.newEstimatedEndDate',
      'The new estimated end date must be after the notified estimated end date (Friday 22 May 2026)',
    );
  });

  it('return-before-start: the return date must be on or after the placement start', async () => {
    const el = await makeReview({ value: returnReview });
    await typeDate(el, 'outcome.returnDate', '2026-03-06');
    await expectError(el, 'outcome.returnDate', 'The return date must be on or after the placement start date');
  });

  describe('a managed move that may not go ahead', () => {
    const notAgreedParents =
      'A managed move cannot go ahead without the parents\' agreement: it is voluntary. Choose another outcome if they have not agreed.';
    const notAgreedAdmissions =
      'A managed move cannot go ahead without the agreement of the new school\'s admission authority. Choose another outcome until it agrees.';
    const notBestInterests =
      'A managed move may only happen in the pupil\'s best interests. Choose another outcome if it is not.';

    it('managed-move-not-agreed / not-in-best-interests: says at once why it cannot be sent, then blocks it', async () => {
      const el = await makeReview({ value: managedMoveReview });
      const submits = collectSubmits(el);
      await choose(el, 'outcome.parentsAgreed', 'no');
      await choose(el, 'outcome.admissionAuthorityAgreed', 'no');
      await choose(el, 'outcome.inBestInterests', 'no');
      const warnings = Array.from(el.shadowRoot!.querySelectorAll('.choices__conditional .warning-text')).map(textOf);
      expect(warnings).to.deep.equal([
        `! Warning ${notAgreedParents} This form cannot be sent as a managed move until it changes.`,
        `! Warning ${notAgreedAdmissions} This form cannot be sent as a managed move until it changes.`,
        `! Warning ${notBestInterests} This form cannot be sent as a managed move until it changes.`,
      ]);
      await expectError(el, 'outcome.parentsAgreed', notAgreedParents);
      expect(errorSummaryLinks(el)).to.include.members([notAgreedAdmissions, notBestInterests]);
      expect(inlineError(el, 'outcome.admissionAuthorityAgreed')).to.equal(`Error: ${notAgreedAdmissions}`);
      expect(inlineError(el, 'outcome.inBestInterests')).to.equal(`Error: ${notBestInterests}`);
      // The inline errors say it now; the warnings under "No" would only repeat them.
      expect(el.shadowRoot!.querySelectorAll('.choices__conditional .warning-text').length).to.equal(0);
      expect(submits.length).to.equal(0);

      await choose(el, 'outcome.parentsAgreed', 'yes');
      await choose(el, 'outcome.admissionAuthorityAgreed', 'yes');
      await choose(el, 'outcome.inBestInterests', 'yes');
      const { detail } = await continueAndSubmit(el);
      expect(detail.data.outcome.kind).to.equal('managed-move');
    });

    it('refuses Submit, too, for a draft given with a "no" already in it', async () => {
      const el = await makeReview({ value: managedMoveNotAgreedReview });
      const submits = collectSubmits(el);
      expect(text(el)).to.contain(notAgreedParents);
      await expectError(el, 'outcome.parentsAgreed', notAgreedParents);
      expect(submits.length).to.equal(0);
    });

    it('managed-move-not-mainstream: the new school must be a mainstream school', async () => {
      const el = await makeReview({ value: managedMoveReview });
      await choose(el, 'outcome.newSchool.kind', 'special-school');
      const message =
        'A managed move is a permanent move to another mainstream school: for other provision, choose another outcome.';
      expect(text(el)).to.contain(`${message} This form cannot be sent as a managed move until it changes.`);
      await expectError(el, 'outcome.newSchool.kind', message);
    });
  });

  describe('ended early', () => {
    it('ended-early: a return before the estimated end date is noted, and then the reason is required', async () => {
      const el = await makeReview({ value: endedEarlyReview });
      const note =
        'The placement ended early, before the estimated end date (Friday 22 May 2026), so the reason for the early return is required.';
      expect(rulePanel(el)).to.contain(note);
      expect(rulePanel(el)).to.contain('Ended early Yes: the pupil returns before the notified estimated end date');
      await expectError(el, 'outcome.reason', 'Enter the reason for this outcome');

      await typeInto(el, 'outcome.reason', 'Objectives met early.');
      const { detail } = await continueAndSubmit(el);
      expect(detail.derived.endedEarly).to.equal(true);
      expect(detail.findings.find((finding) => finding.code === 'ended-early')?.message).to.equal(note);
      expect(detail.data.outcome).to.deep.equal({ kind: 'return', returnDate: '2026-04-27', reason: 'Objectives met early.' });
    });

    it('a return on or after the estimated end date needs no reason', async () => {
      const el = await makeReview({ value: endedEarlyReview });
      await typeDate(el, 'outcome.returnDate', '2026-06-01');
      expect(rulePanel(el)).to.contain('Ended early No: the placement ran to its estimated end date');
      expect(rulePanel(el)).not.to.contain('ended early, before the estimated end date');
      const { detail } = await continueAndSubmit(el);
      expect(detail.derived.endedEarly).to.equal(false);
    });
  });

  it('return-not-school-day: warns when the return date is not a school day', async () => {
    const el = await makeReview({ value: returnReview });
    await typeDate(el, 'outcome.returnDate', '2026-04-25');
    const warning = 'Saturday 25 April 2026 is not a school day on the school calendar: check the return date.';
    expect(rulePanel(el)).to.contain(`Warning ${warning}`);
    await press(el, 'Continue');
    expect(warningsOnCheckStep(el)).to.include(`! Warning ${warning}`);
  });

  it('managed-move-start-not-school-day: warns when the start at the new school is not a school day', async () => {
    const el = await makeReview({ value: managedMoveReview });
    await typeDate(el, 'outcome.startDate', '2026-05-26');
    expect(rulePanel(el)).to.contain(
      'Tuesday 26 May 2026 is not a school day on the school calendar: check the start date at the new school.',
    );
  });

  it('managed-move-ehcp: warns when the LA SEND team was not consulted for a pupil with an EHC plan', async () => {
    const el = await makeReview({ value: managedMoveReview });
    const warning = 'The pupil has an EHC plan: the local authority SEND team must be involved before the move, to amend the plan.';
    expect(rulePanel(el)).not.to.contain(warning);
    await choose(el, 'outcome.localAuthoritySendConsulted', 'no');
    expect(rulePanel(el)).to.contain(`Warning ${warning}`);
    const { detail } = await continueAndSubmit(el);
    expect(detail.findings.map((finding) => finding.code)).to.include('managed-move-ehcp');
    expect(detail.data.outcome).to.deep.include({ localAuthoritySendConsulted: false });
  });

  it('review-request-within-10-weeks: notes a request made within 10 weeks of the last review meeting', async () => {
    const el = await makeReview({ value: extensionReview });
    await choose(el, 'review.requestedBy', 'parent');
    await typeDate(el, 'review.requestDate', '2026-04-14');
    const note =
      'A review meeting was held in the 10 weeks before this request, so the governing board does not have to hold another one.';
    expect(has(el, '.rule-panel') && rulePanel(el).includes(note)).to.equal(false);
    await typeDate(el, 'review.previousReviewDate', '2026-03-16');
    expect(rulePanel(el)).to.contain(note);
    await typeDate(el, 'review.previousReviewDate', '2026-01-26');
    expect(rulePanel(el)).not.to.contain(note);
    await typeDate(el, 'review.previousReviewDate', '2026-03-16');
    const { detail } = await continueAndSubmit(el);
    expect(detail.data.review).to.deep.equal({
      date: '2026-04-20',
      requestedBy: 'parent',
      requestDate: '2026-04-14',
      previousReviewDate: '2026-03-16',
    });
    expect(detail.findings.map((finding) => finding.code)).to.include('review-request-within-10-weeks');
  });

  it('request-date-missing: a requested review without its date is a warning, and the review still sends', async () => {
    const el = await makeReview({ value: extensionReview });
    await choose(el, 'review.requestedBy', 'local-authority');
    const note =
      'Give the date the review was asked for: a review asked for in writing must be held as soon as reasonably practicable.';
    await press(el, 'Continue');
    expect(warningsOnCheckStep(el)).to.include(`! Warning ${note}`);
    await press(el, 'Back');
    const { detail } = await continueAndSubmit(el);
    expect(detail.data.review).to.deep.equal({ date: '2026-04-20', requestedBy: 'local-authority' });
    expect(detail.findings.map((finding) => finding.code)).to.include('request-date-missing');
  });

  it('managed-move-data-returns: always shows the CML and CMJ data returns for a managed move', async () => {
    const el = await makeReview({ value: managedMoveReview });
    const note =
      'Data returns: your school takes the pupil off roll and sends a CML file; the new school registers the pupil as main (single) registration and sends a CMJ file within 5 days.';
    expect(rulePanel(el)).to.contain(note);
    await press(el, 'Continue');
    expect(warningsOnCheckStep(el)).to.include(note);
  });

  describe('the live panel', () => {
    it('says what happens to registration for each outcome, and counts the placement\'s school days', async () => {
      const el = await makeReview({ value: extensionReview });
      expect(rulePanel(el)).to.contain(
        'Registration Nothing changes: your school stays the main registration and the provision the subsidiary, and your school records code D',
      );
      expect(rulePanel(el)).to.contain(
        'School days in the placement 79 school days, from the start date to the new estimated end date',
      );
      await choose(el, 'outcome.kind', 'return');
      await typeDate(el, 'outcome.returnDate', '2026-03-10');
      expect(rulePanel(el)).to.contain(
        'Registration The provision\'s subsidiary registration ends and your school goes back to single registration.',
      );
      expect(rulePanel(el)).to.contain('1 school day, from the start date to the day before the pupil returns');
      await choose(el, 'outcome.kind', 'managed-move');
      expect(rulePanel(el)).to.contain(
        'Registration Your school takes the pupil off roll and sends a CML file; the new school registers the pupil as main (single) registration and sends a CMJ file.',
      );
    });

    it('says the count is approximate once a date falls where the calendar has no term dates', async () => {
      const el = await makeReview({ value: extensionReview });
      expect(rulePanel(el)).not.to.contain('approximate');
      // The shipped Derbyshire calendar stops at the end of 2025/26; 16 October 2026 is outside it.
      await typeDate(el, 'outcome.newEstimatedEndDate', '2026-10-16');
      expect(rulePanel(el)).to.match(
        /School days in the placement About \d+ school days \(the calendar does not cover every date\), from the start date to the new estimated end date/,
      );
      expect(rulePanel(el)).to.contain('the count is approximate');
      await press(el, 'Continue');
      expect(warningsOnCheckStep(el).join(' ')).to.contain('the count is approximate');
      await press(el, 'Back');
      const { detail } = await continueAndSubmit(el);
      expect(detail.derived.calendarApproximate).to.equal(true);
      expect(detail.findings.map((finding) => finding.code)).to.include('calendar-approximate');
    });

    it('says what an edit changed through a polite live region once typing pauses, and nothing for a prefill', async () => {
      const el = await makeReview({ value: managedMoveReview });
      const status = $(el, '#rule-panel-status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(rulePanel(el).length).to.be.greaterThan(0);
      expect(textOf(status)).to.equal('');
      await pause(1100);
      expect(textOf(status), 'a prefill says nothing').to.equal('');

      await choose(el, 'outcome.parentsAgreed', 'no');
      expect(textOf(status), 'nothing while the user may still be answering').to.equal('');
      await pause(1100);
      await el.updateComplete;
      expect(textOf(status)).to.contain('A managed move cannot go ahead without the parents\' agreement');
      expect(textOf(status)).to.contain('This form cannot be sent as a managed move until it changes.');
      expect(textOf(status), 'only what changed').not.to.contain('Registration');

      await choose(el, 'outcome.kind', 'return');
      await typeDate(el, 'outcome.returnDate', '2026-04-27');
      await pause(1100);
      await el.updateComplete;
      expect(textOf(status)).to.contain('Registration: The provision\'s subsidiary registration ends');
      expect(textOf(status)).to.contain('Ended early: Yes: the pupil returns before the notified estimated end date.');
      expect(textOf(status)).to.match(/School days in the placement: \d+ school days, from the start date to the day before the pupil returns\./);
    });

    it('uses code B when the provision is unregistered', async () => {
      const el = await makeReview({
        value: { ...extensionReview, provision: { kind: 'unregistered-alternative-provision', name: 'Dales Outdoor Learning' } },
      });
      expect(rulePanel(el)).to.contain('your school records code B');
      await choose(el, 'outcome.kind', 'return');
      expect(text(el)).to.contain('The pupil was on your school\'s register only, so registration does not change');
    });
  });

  it('a check-your-answers row goes back to its question', async () => {
    const el = await makeReview({ value: managedMoveReview });
    await press(el, 'Continue');
    expect(rowFor(el, 'Parents agreed')).to.equal('Yes');
    $<HTMLAnchorElement>(el, '.summary-list__actions a[data-path="outcome.parentsAgreed"]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'outcome.parentsAgreed', 'yes'));
    await retype(el, 'outcome.newSchool.name', 'Oak Hill School');
    await press(el, 'Continue');
    expect(rowFor(el, 'New school')).to.equal('Oak Hill School');
  });
});
