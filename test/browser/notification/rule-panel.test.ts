import { expect } from '@open-wc/testing';
import { maintainedWithEhcp, academyUnregisteredPartTime } from '../../fixtures/examples.js';
import {
  $,
  chooseRadio,
  makeForm,
  maybe,
  press,
  root,
  text,
  typeDate,
  typeInto,
  type Form,
} from './helpers.js';

function rule(el: Form, name: string): string {
  return text($(el, `.rule-panel [data-rule="${name}"] dd`));
}

function notice(el: Form, name: string): Element | null {
  return maybe(el, `.rule-panel [data-notice="${name}"]`);
}

function status(el: Form): string {
  return text($(el, '#rule-panel-status'));
}

async function typeHours(el: Form, offsite: string, home: string, other: string): Promise<void> {
  await typeInto(el, 'timetable.offsiteHoursPerWeek', offsite);
  await typeInto(el, 'timetable.homeSchoolHoursPerWeek', home);
  await typeInto(el, 'timetable.otherHoursPerWeek', other);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<offsite-direction-notification>: the rule panel', () => {
  it('is a named region that says what it needs before anything is answered', async () => {
    const el = await makeForm();
    const panel = $(el, '.rule-panel');
    expect(panel.tagName).to.equal('SECTION');
    expect(panel.getAttribute('aria-labelledby')).to.equal('rule-panel-title');
    expect(text($(el, '#rule-panel-title'))).to.equal('What the rules say');
    expect(rule(el, 'hours')).to.contain('Enter the hours a week');
    expect(rule(el, 'notice')).to.equal('Enter the start date to see when parents must be told.');
    expect(rule(el, 'registration')).to.equal('Choose the kind of provision to see how to register the pupil.');
    expect(panel.hasAttribute('aria-live')).to.equal(false);
    expect($(el, '#rule-panel-status').getAttribute('role')).to.equal('status');
  });

  it('gives the notice deadline for a typed start date, counting school days over the Easter holiday', async () => {
    const el = await makeForm();
    await typeDate(el, 'placement.startDate', '2026-04-13');
    expect(text($(el, '[data-value="notice-deadline"]'))).to.equal('Thursday 26 March 2026');
    expect(rule(el, 'notice')).to.contain('2 school days before the start date');
    await chooseRadio(el, 'pupil.hasEhcp', 'yes');
    expect(rule(el, 'notice')).to.contain(
      'Local authority (EHC plan): in time if you send this by Thursday 26 March 2026.',
    );
    await typeDate(el, 'notices.parentNoticeDate', '2026-03-27');
    expect(maybe(el, '[data-status="parent-late"]')).not.to.equal(null);
    await typeDate(el, 'notices.parentNoticeDate', '2026-03-26');
    expect(maybe(el, '[data-status="parent-on-time"]')).not.to.equal(null);
    await chooseRadio(el, 'pupil.hasEhcp', 'no');
    expect(maybe(el, '[data-status="la-not-needed"]')).not.to.equal(null);
  });

  it('warns beside the deadline when the start date is not a school day or has passed', async () => {
    const el = await makeForm();
    await typeDate(el, 'placement.startDate', '2026-04-06');
    expect(text($(el, '[data-status="start-not-school-day"]'))).to.contain('Monday 6 April 2026 is not a school day');
    expect(maybe(el, '[data-status="start-in-past"]')).to.equal(null);
    el.today = '2026-04-07';
    await el.updateComplete;
    expect(text($(el, '[data-status="start-in-past"]'))).to.contain('The start date (Monday 6 April 2026) is in the past');
  });

  it('follows today and config live', async () => {
    const el = await makeForm({ value: maintainedWithEhcp });
    expect(text($(el, '[data-value="notice-deadline"]'))).to.equal('Thursday 5 March 2026');
    expect(maybe(el, '[data-status="la-on-time"]')).not.to.equal(null);
    el.today = '2026-03-06';
    await el.updateComplete;
    expect(maybe(el, '[data-status="la-late"]')).not.to.equal(null);
    el.config = { noticeSchoolDays: 3 };
    await el.updateComplete;
    expect(text($(el, '[data-value="notice-deadline"]'))).to.equal('Wednesday 4 March 2026');
    expect(rule(el, 'notice')).to.contain('3 school days before the start date');
    expect(text($(el, '#f-placement-startDate-hint'))).to.contain('at least 3 school days before it');
    el.config = { partTimeThresholdHours: 30 };
    await el.updateComplete;
    expect(notice(el, 'part-time')).not.to.equal(null);
    expect(text(notice(el, 'part-time')!)).to.contain('below 30');
  });

  it('adds up the hours, and asks for the part-time timetable notification at 24.5 hours but not at 25', async () => {
    const el = await makeForm({
      config: { localAuthority: { partTimeTimetableFormUrl: 'https://forms.example.org/part-time-timetable' } },
    });
    await typeHours(el, '12.5', '10', '2');
    expect(text($(el, '[data-value="total-hours"]'))).to.equal('24.5 hours a week');
    const partTime = notice(el, 'part-time');
    expect(partTime).not.to.equal(null);
    expect(text(partTime!)).to.contain('The pupil will have 24.5 hours of education a week, below 25 hours');
    const link = partTime!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://forms.example.org/part-time-timetable');
    expect(text(link)).to.equal('Part-time timetable notification form (opens in new tab)');
    expect(link.getAttribute('rel')).to.contain('noopener');

    await typeInto(el, 'timetable.otherHoursPerWeek', '2.5');
    expect(text($(el, '[data-value="total-hours"]'))).to.equal('25 hours a week');
    expect(notice(el, 'part-time')).to.equal(null);
    expect(rule(el, 'hours')).to.contain('no part-time timetable notification is needed');
  });

  it('leaves the link out when the local authority has not configured one', async () => {
    const el = await makeForm();
    await typeHours(el, '10', '0', '0');
    expect(notice(el, 'part-time')).not.to.equal(null);
    expect(notice(el, 'part-time')!.querySelector('a')).to.equal(null);
  });

  it('says dual registration and code D for a registered school, single registration and code B otherwise', async () => {
    const el = await makeForm();
    await typeInto(el, 'provision.name', 'Valley Academy');
    await chooseRadio(el, 'provision.kind', 'mainstream-school');
    expect(text($(el, '[data-value="registration"]'))).to.equal('Dual registration, attendance code D');
    expect(rule(el, 'registration')).to.contain(
      'Your school keeps the main registration and Valley Academy registers the pupil as a subsidiary pupil',
    );
    expect(rule(el, 'registration')).to.contain('records code D');
    await chooseRadio(el, 'provision.kind', 'registered-alternative-provision');
    expect(text($(el, '[data-value="registration"]'))).to.equal('Dual registration, attendance code D');
    await chooseRadio(el, 'provision.kind', 'unregistered-alternative-provision');
    expect(text($(el, '[data-value="registration"]'))).to.equal('Single registration, attendance code B');
    expect(rule(el, 'registration')).to.contain('records code B');
  });

  it('notes an academy’s position and an approximate calendar', async () => {
    const el = await makeForm({ value: academyUnregisteredPartTime });
    expect(text(notice(el, 'academy')!)).to.contain(
      'Academies are not bound by the offsite direction regulations, but Derbyshire County Council still asks',
    );
    expect(notice(el, 'calendar-approximate')).to.equal(null);
    await chooseRadio(el, 'homeSchool.governance', 'maintained');
    expect(notice(el, 'academy')).to.equal(null);
    await typeDate(el, 'placement.startDate', '2027-09-06');
    await typeDate(el, 'placement.estimatedEndDate', '2027-10-15');
    expect(text(notice(el, 'calendar-approximate')!)).to.contain('the count is approximate');
  });

  it('announces a changed conclusion once typing pauses, and says nothing after a prefill', async function () {
    this.timeout(10_000);
    const el = await makeForm({ value: maintainedWithEhcp });
    await pause(1200);
    await el.updateComplete;
    expect(status(el)).to.equal('');
    await typeInto(el, 'timetable.offsiteHoursPerWeek', '2');
    expect(status(el), 'nothing while typing').to.equal('');
    await typeInto(el, 'timetable.offsiteHoursPerWeek', '20');
    await pause(1200);
    await el.updateComplete;
    expect(status(el)).to.equal('20 hours a week, under 25: the part-time timetable notification is needed too.');
    await chooseRadio(el, 'pupil.hasEhcp', 'no');
    await pause(1200);
    await el.updateComplete;
    expect(status(el), 'a change with no new conclusion says nothing').to.equal('');
    await chooseRadio(el, 'provision.kind', 'unregistered-alternative-provision');
    await pause(1200);
    await el.updateComplete;
    expect(status(el)).to.equal('Single registration: record attendance code B.');
  });

  it('says nothing stale after the step changes or the form is reset, even with an edit pending', async function () {
    this.timeout(10_000);
    const el = await makeForm({ value: maintainedWithEhcp });
    await typeInto(el, 'timetable.offsiteHoursPerWeek', '20');
    await pause(1200);
    await el.updateComplete;
    expect(status(el)).to.contain('20 hours a week');
    await press(el, 'Continue');
    await press(el, 'Back');
    expect(status(el), 'the last sentence is not repeated on coming back').to.equal('');
    await typeInto(el, 'timetable.offsiteHoursPerWeek', '21');
    el.reset();
    await pause(1200);
    await el.updateComplete;
    expect(status(el), 'an edit pending when the form was reset is not said').to.equal('');
  });

  it('has no style attributes, so a strict content security policy is enough', async () => {
    const el = await makeForm({ value: maintainedWithEhcp });
    expect(root(el).querySelectorAll('[style]').length).to.equal(0);
  });
});
