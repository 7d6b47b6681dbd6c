import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CHANGE_EVENT, INVALID_EVENT, SUBMIT_EVENT, type InvalidEventDetail } from '../../../src/events.js';
import { fieldId } from '../../../src/components/shared/paths.js';
import { maintainedWithEhcp } from '../../fixtures/examples.js';
import { engine } from '../engine.js';
import {
  $,
  active,
  buttonNamed,
  chooseRadio,
  control,
  inlineError,
  makeForm,
  maybe,
  press,
  root,
  setCheckbox,
  summaryEntries,
  text,
  typeDate,
  typeInto,
  typeTime,
  enterTimeBox,
  type Form,
} from './helpers.js';

/**
 * The three things a user meets for each blocking rule: the summary entry, the message beside the field, and
 * the summary link taking them to the control (`focusTarget`, by name) that needs changing.
 */
async function expectShown(el: Form, path: string, message: string, focusTarget: string = path): Promise<void> {
  expect(summaryEntries(el), 'error summary').to.include(message);
  expect(inlineError(el, path), `inline error for ${path}`).to.equal(message);
  const link = $<HTMLAnchorElement>(el, `.error-summary a[data-path="${path}"]`);
  expect(link.getAttribute('href')).to.equal(`#${fieldId(path)}`);
  link.click();
  await el.updateComplete;
  expect(active(el), `focus after following the link for ${path}`).to.equal(control(el, focusTarget));
}

/** A complete, valid draft, then one answer broken through the page. */
async function prefilled(): Promise<Form> {
  return makeForm({ value: maintainedWithEhcp });
}

describe('<offsite-direction-notification>: errors', () => {
  it('shows no errors before the first Continue', async () => {
    const el = await makeForm();
    await typeInto(el, 'pupil.upn', 'nonsense');
    expect(maybe(el, '.error-summary')).to.equal(null);
    expect(maybe(el, '.error-message')).to.equal(null);
  });

  it('required: every missing answer is listed in page order and fires invalid', async () => {
    const el = await makeForm();
    setTimeout(() => buttonNamed(el, 'Continue').click());
    const event = (await oneEvent(el, INVALID_EVENT)) as CustomEvent<InvalidEventDetail>;
    await el.updateComplete;
    expect(event.detail.form).to.equal('offsite-direction-notification');
    expect(active(el)).to.equal($(el, '.error-summary'));
    const entries = summaryEntries(el);
    expect(entries.slice(0, 5)).to.deep.equal([
      'Enter the name of your school',
      'Enter your school\'s DfE number (LAESTAB)',
      'Select whether your school is a maintained school or an academy',
      'Enter your full name',
      'Enter your role',
    ]);
    expect(entries).not.to.include('Enter your school\'s URN');
    expect(entries.at(-1)).to.equal('Confirm that the information you have given is accurate');
    await expectShown(el, 'homeSchool.name', 'Enter the name of your school');
    await expectShown(
      el,
      'homeSchool.governance',
      'Select whether your school is a maintained school or an academy',
      'homeSchool.governance',
    );
    expect((active(el) as HTMLInputElement).value).to.equal('maintained');
    await expectShown(el, 'provision.kind', 'Select the kind of provision');
    await expectShown(el, 'pupil.dateOfBirth', 'Enter the pupil\'s date of birth', 'pupil.dateOfBirth-day');
    await expectShown(
      el,
      'declarations.accurate',
      'Confirm that the information you have given is accurate',
    );
  });

  it('required: a cleared answer is asked for again, and the message goes once it is given', async () => {
    const el = await prefilled();
    await typeInto(el, 'pupil.firstName', '');
    await press(el, 'Continue');
    expect(summaryEntries(el)).to.deep.equal(['Enter the pupil\'s legal first name']);
    await expectShown(el, 'pupil.firstName', 'Enter the pupil\'s legal first name');
    expect(control(el, 'pupil.firstName').getAttribute('aria-invalid')).to.equal('true');
    await typeInto(el, 'pupil.firstName', 'Alex');
    expect(maybe(el, '.error-summary')).to.equal(null);
    expect(inlineError(el, 'pupil.firstName')).to.equal(undefined);
  });

  it('date-invalid: a date that does not exist', async () => {
    const el = await prefilled();
    await typeDate(el, 'placement.startDate', '2026-02-31');
    await press(el, 'Continue');
    await expectShown(
      el,
      'placement.startDate',
      'The start date must be a real date',
      'placement.startDate-day',
    );
    expect(control(el, 'placement.startDate-month').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('date-invalid: says which part of a date is missing, and asks for a 4-digit year', async () => {
    const el = await prefilled();
    await typeInto(el, 'placement.startDate-month', '');
    await press(el, 'Continue');
    await expectShown(el, 'placement.startDate', 'The start date must include a month', 'placement.startDate-month');
    expect(control(el, 'placement.startDate-day').hasAttribute('aria-invalid')).to.equal(false);
    await typeInto(el, 'placement.startDate-day', '');
    expect(inlineError(el, 'placement.startDate')).to.equal('The start date must include a day and month');
    await typeDate(el, 'placement.startDate', '2026-03-09');
    await typeInto(el, 'placement.startDate-year', '26');
    expect(inlineError(el, 'placement.startDate')).to.equal('The year of the start date must have 4 digits, like 2026');
    await typeInto(el, 'placement.startDate-year', '2026');
    expect(inlineError(el, 'placement.startDate')).to.equal(undefined);
  });

  it('upn-invalid: a malformed UPN, then one whose check letter is wrong', async () => {
    const el = await prefilled();
    await typeInto(el, 'pupil.upn', 'Q83020');
    await press(el, 'Continue');
    await expectShown(
      el,
      'pupil.upn',
      'Enter the UPN as 13 characters: a letter, 11 digits, then a digit or a letter, like Q830200024001',
    );
    await typeInto(el, 'pupil.upn', 'A830200024001');
    expect(inlineError(el, 'pupil.upn')).to.equal(
      'The UPN\'s check letter does not match the rest of the number: check each character against the pupil\'s records',
    );
  });

  it('laestab-invalid and postcode-invalid name the format wanted', async () => {
    const el = await prefilled();
    await typeInto(el, 'homeSchool.laestab', '83/40');
    await typeInto(el, 'provision.address.postcode', 'DE4');
    await press(el, 'Continue');
    await expectShown(
      el,
      'homeSchool.laestab',
      'Enter your school\'s DfE number (LAESTAB) as 7 digits: the 3-digit LA code and the 4-digit school number, like 830/2000',
    );
    await expectShown(el, 'provision.address.postcode', 'Enter a full UK postcode, like DE4 3AG');
  });

  it('end-before-start', async () => {
    const el = await prefilled();
    await typeDate(el, 'placement.estimatedEndDate', '2026-03-06');
    await press(el, 'Continue');
    await expectShown(
      el,
      'placement.estimatedEndDate',
      'The estimated end date must be the same as or after the start date',
      'placement.estimatedEndDate-day',
    );
  });

  it('decision-after-start', async () => {
    const el = await prefilled();
    await typeDate(el, 'placement.decisionDate', '2026-03-10');
    await press(el, 'Continue');
    await expectShown(
      el,
      'placement.decisionDate',
      'The date the direction was decided must be on or before the start date',
      'placement.decisionDate-day',
    );
  });

  it('parent-notice-in-future, against the today property', async () => {
    const el = await prefilled();
    await typeDate(el, 'notices.parentNoticeDate', '2026-03-03');
    await press(el, 'Continue');
    await expectShown(
      el,
      'notices.parentNoticeDate',
      'The date parents were given notice cannot be after today (Monday 2 March 2026)',
      'notices.parentNoticeDate-day',
    );
    el.today = '2026-03-03';
    await el.updateComplete;
    expect(maybe(el, '.error-summary')).to.equal(null);
  });

  it('hours-out-of-range: over 60, and 0 hours off site', async () => {
    const el = await prefilled();
    await typeInto(el, 'timetable.homeSchoolHoursPerWeek', '61');
    await typeInto(el, 'timetable.offsiteHoursPerWeek', '0');
    await press(el, 'Continue');
    await expectShown(
      el,
      'timetable.offsiteHoursPerWeek',
      'The hours a week at the provision must be more than 0: an offsite direction needs time at the provision',
    );
    await expectShown(el, 'timetable.homeSchoolHoursPerWeek', 'The hours a week at your school must be between 0 and 60');
    await typeInto(el, 'timetable.otherHoursPerWeek', 'some');
    expect(inlineError(el, 'timetable.otherHoursPerWeek'), 'a new error waits for Continue').to.equal(undefined);
    await press(el, 'Continue');
    expect(inlineError(el, 'timetable.otherHoursPerWeek')).to.equal(
      'The hours a week at any other provision must be a number, like 12.5',
    );
  });

  it('sessions-out-of-order: two sessions, then one', async () => {
    const el = await prefilled();
    await typeTime(el, 'timetable.sessions.breakStart', '08:30');
    await press(el, 'Continue');
    await expectShown(
      el,
      'timetable.sessions.breakStart',
      'Session times must be in order: the morning starts, then the break starts, then the break ends, then the afternoon ends',
    );
    await chooseRadio(el, 'timetable.sessions.pattern', 'one-session');
    await typeTime(el, 'timetable.sessions.start', '13:00');
    await typeTime(el, 'timetable.sessions.end', '09:00');
    await press(el, 'Continue');
    await expectShown(el, 'timetable.sessions.end', 'The session must end after it starts');
  });

  it('time-invalid: a time left unfinished is asked for in full, not as if nothing was typed', async () => {
    const el = await makeForm();
    await chooseRadio(el, 'timetable.sessions.pattern', 'two-sessions');
    // Hours without minutes leave the box unfinished in every engine.
    await enterTimeBox(el, 'timetable.sessions.morningStart');
    await sendKeys({ type: '08' });
    // Enter submits the form from inside the box, as a keyboard user would continue.
    const invalid = oneEvent(el, INVALID_EVENT) as Promise<CustomEvent<InvalidEventDetail>>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await invalid;
    await el.updateComplete;
    const morning = detail.findings.find((finding) => finding.path === 'timetable.sessions.morningStart');
    expect(morning?.code, 'the invalid event names the unfinished time').to.equal('time-invalid');
    const message = 'Enter the time the morning session starts as a complete time, with hours and minutes, like 09:15';
    await expectShown(el, 'timetable.sessions.morningStart', message);
    expect(summaryEntries(el)).to.include('Enter the time the break starts');
    // Leaving an unfinished box with a click elsewhere reports it too, once errors show.
    await typeTime(el, 'timetable.sessions.breakStart', '12:15');
    await enterTimeBox(el, 'timetable.sessions.breakEnd');
    await sendKeys({ type: '01' });
    control(el, 'timetable.sessions.afternoonEnd').focus();
    await el.updateComplete;
    expect(inlineError(el, 'timetable.sessions.breakEnd')).to.equal(
      'Enter the time the break ends as a complete time, with hours and minutes, like 09:15',
    );
    await typeTime(el, 'timetable.sessions.morningStart', '08:45');
    expect(inlineError(el, 'timetable.sessions.morningStart')).to.equal(undefined);
    expect(summaryEntries(el)).not.to.include(message);
    expect(el.value).to.have.nested.property('timetable.sessions.morningStart', '08:45');
  });

  // What `0930` becomes differs by engine: Firefox's box completes it (09:30); Chromium's en-US box still wants
  // AM or PM, and WebKit's stays on the hours without a colon. Each must end in 09:30 or ask for a complete time.
  const completesTypedDigits = engine === 'firefox';
  const completeTime = 'Enter the time the session starts as a complete time, with hours and minutes, like 09:15';

  it('time: 0930 typed into a time box gives 09:30 or asks for a complete time, never an empty answer', async () => {
    const el = await prefilled();
    await chooseRadio(el, 'timetable.sessions.pattern', 'one-session');
    await typeTime(el, 'timetable.sessions.end', '15:00');
    await enterTimeBox(el, 'timetable.sessions.start');
    await sendKeys({ type: '0930' });
    await press(el, 'Continue');
    if (completesTypedDigits) {
      expect(inlineError(el, 'timetable.sessions.start')).to.equal(undefined);
      expect(el.value).to.have.nested.property('timetable.sessions.start', '09:30');
    } else {
      await expectShown(el, 'timetable.sessions.start', completeTime);
    }
  });

  it('time: 0930 typed after the error summary’s link took the user to the box is not lost either', async () => {
    const el = await prefilled();
    await chooseRadio(el, 'timetable.sessions.pattern', 'one-session');
    await typeTime(el, 'timetable.sessions.end', '15:00');
    await press(el, 'Continue');
    // The link moves focus by script, which is all a keyboard or screen reader user has.
    $<HTMLAnchorElement>(el, `.error-summary a[href="#${fieldId('timetable.sessions.start')}"]`).click();
    await el.updateComplete;
    expect(active(el)).to.equal(control(el, 'timetable.sessions.start'));
    await sendKeys({ type: '0930' });
    await press(el, 'Continue');
    if (completesTypedDigits) {
      expect(el.value).to.have.nested.property('timetable.sessions.start', '09:30');
    } else {
      expect(inlineError(el, 'timetable.sessions.start')).to.equal(completeTime);
    }
  });

  it('time: tabbing through a box leaves the answer alone, even a prefilled time the box cannot show', async () => {
    const value = structuredClone(maintainedWithEhcp) as { timetable: { sessions: Record<string, string> } };
    value.timetable.sessions.morningStart = '09:30:00';
    const el = await makeForm({ value: value as unknown as Record<string, unknown> });
    let changes = 0;
    el.addEventListener(CHANGE_EVENT, () => changes++);
    control(el, 'timetable.sessions.morningStart').focus();
    control(el, 'timetable.sessions.breakStart').focus();
    control(el, 'timetable.sessions.breakEnd').focus();
    await el.updateComplete;
    expect(changes).to.equal(0);
    expect(el.value).to.have.nested.property('timetable.sessions.morningStart', '09:30:00');
    expect(el.value).to.have.nested.property('timetable.sessions.breakStart', value.timetable.sessions.breakStart);
  });

  it('same-school: the provision’s LAESTAB is the home school’s', async () => {
    const el = await prefilled();
    await typeInto(el, 'provision.laestab', '830/4001');
    await press(el, 'Continue');
    await expectShown(
      el,
      'provision.laestab',
      'The provision\'s DfE number is your own school\'s: enter the school or provision the pupil is going to',
    );
  });

  it('dual-registration-required: a registered school without the dual registration declaration', async () => {
    const el = await prefilled();
    await setCheckbox(el, 'declarations.dualRegistration', false);
    await press(el, 'Continue');
    await expectShown(
      el,
      'declarations.dualRegistration',
      'Confirm that the pupil will be dual registered: a pupil directed to another school must be on both schools\' registers',
    );
    await chooseRadio(el, 'provision.kind', 'unregistered-alternative-provision');
    expect(maybe(el, '.error-summary')).to.equal(null);
  });

  it('never sends while an error stands, even from check your answers', async () => {
    const el = await prefilled();
    await press(el, 'Continue');
    let submits = 0;
    el.addEventListener(SUBMIT_EVENT, () => submits++);
    el.value = { ...el.value, placement: { ...maintainedWithEhcp.placement, estimatedEndDate: '2026-03-01' } };
    setTimeout(() => buttonNamed(el, 'Submit notification').click());
    await oneEvent(el, INVALID_EVENT);
    await el.updateComplete;
    expect(submits).to.equal(0);
    expect(active(el)).to.equal($(el, '.error-summary'));
    expect(text($(el, '.error-summary'))).to.contain('The estimated end date must be the same as or after the start date');
    expect(root(el).querySelector('#step-heading')!.textContent!.trim()).to.equal(
      'Tell the local authority about an offsite direction',
    );
  });
});
