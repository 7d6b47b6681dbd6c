import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { CHANGE_EVENT, SUBMIT_EVENT, type ChangeEventDetail, type SubmitEventDetail } from '../../../src/events.js';
import { checkNotification, type NotificationData, type NotificationDraft } from '../../../src/schema/index.js';
import { maintainedWithEhcp } from '../../fixtures/examples.js';
import { expectFits, narrowForm } from '../layout/narrow-frame.js';
import {
  $,
  active,
  answerTable,
  buttonNamed,
  chooseRadio,
  control,
  fillForm,
  hasControl,
  makeForm,
  maybe,
  press,
  root,
  settle,
  text,
  TODAY,
  typeDate,
  typeInto,
  typeTime,
  type Form,
} from './helpers.js';

type Submitted = CustomEvent<SubmitEventDetail<NotificationData>>;

/** Every question answered, written the way people type: lower-case UPN, postcode without a space, LAESTAB with a slash. */
const asTyped = {
  homeSchool: { name: 'Hillside Community School', laestab: '830/4001', urn: '112233', governance: 'maintained' },
  submittedBy: {
    name: 'Sam Carter',
    role: 'Deputy headteacher',
    email: 'sam.carter@hillside.example.org',
    phone: '01629 533190',
  },
  pupil: {
    firstName: 'Alex',
    lastName: 'Morgan',
    dateOfBirth: '2012-05-14',
    upn: 'q830200024001',
    yearGroup: '9',
    hasEhcp: true,
    isLookedAfter: true,
    hasSocialWorker: true,
  },
  provision: {
    kind: 'mainstream-school',
    laestab: '830/4002',
    urn: '145678',
    name: 'Valley Academy',
    address: { line1: '1 Mill Lane', line2: 'Off Dale Road', town: 'Matlock', postcode: 'de43ag' },
    reportTo: { name: 'Jo Patel', role: 'Head of year 9', phone: '01629 580000', email: 'jo.patel@valley.example.org' },
  },
  placement: {
    decisionDate: '2026-03-02',
    startDate: '2026-03-09',
    estimatedEndDate: '2026-05-22',
    reasons: 'Repeated disruption in lessons despite support.',
    objectives: 'Settle into a fresh peer group.',
    interventionsTried: 'Pastoral support plan and mentoring.',
    firstReviewDate: '2026-04-20',
  },
  timetable: {
    offsiteHoursPerWeek: 20,
    homeSchoolHoursPerWeek: 4.5,
    otherHoursPerWeek: 1,
    sessions: { pattern: 'two-sessions', morningStart: '08:45', breakStart: '12:15', breakEnd: '13:00', afternoonEnd: '15:15' },
  },
  notices: { parentNoticeDate: '2026-03-02' },
  informed: { virtualSchool: true, socialWorker: false },
  declarations: { dualRegistration: true, accurate: true },
};

/** What the element must send for `asTyped`: the same answers, identifiers normalised. */
function expectedData(): NotificationData {
  const data = structuredClone(asTyped) as unknown as NotificationData;
  data.homeSchool.laestab = '8304001';
  data.pupil.upn = 'Q830200024001';
  data.provision.laestab = '8304002';
  data.provision.address.postcode = 'DE4 3AG';
  return data;
}

async function toCheckStep(el: Form, draft: object = maintainedWithEhcp): Promise<void> {
  el.value = structuredClone(draft) as Record<string, unknown>;
  await el.updateComplete;
  await press(el, 'Continue');
}

function submitted(el: Form): Submitted[] {
  const events: Submitted[] = [];
  el.addEventListener(SUBMIT_EVENT, (event) => events.push(event as Submitted));
  return events;
}

describe('<offsite-direction-notification>: answering and sending', () => {
  it('is registered with an open shadow root and the contract’s properties', async () => {
    const el = await makeForm();
    expect(el).to.be.instanceOf(customElements.get('offsite-direction-notification')!);
    expect(el.shadowRoot!.mode).to.equal('open');
    expect(el.formName).to.equal('offsite-direction-notification');
    expect(el.today).to.equal(TODAY);
    expect($(el, '#step-heading').textContent!.trim()).to.equal('Tell the local authority about an offsite direction');
  });

  it('takes every answer typed and clicked, and sends it normalised in the envelope', async function () {
    this.timeout(60_000);
    const el = await makeForm();
    await fillForm(el, asTyped);
    expect(root(el).querySelector('.error-summary')).to.equal(null);
    await press(el, 'Continue');
    expect($(el, '#step-heading').textContent!.trim()).to.equal('Check your answers before sending');

    const rows = answerTable(el);
    const row = (key: string) => rows.find(([, name]) => name === key)?.[2];
    expect(row('UPN')).to.equal('Q830200024001');
    expect(row('Address')).to.equal('1 Mill Lane, Off Dale Road, Matlock, DE4 3AG');
    expect(row('Start date')).to.equal('Monday 9 March 2026');
    expect(row('Total hours a week')).to.equal('25.5 hours');

    const events = submitted(el);
    await press(el, 'Submit notification');
    expect(events.length).to.equal(1);
    const detail = events[0]!.detail;
    expect(detail.form).to.equal('offsite-direction-notification');
    expect(detail.schemaVersion).to.equal(1);
    expect(detail.today).to.equal(TODAY);
    expect(detail.localAuthority).to.deep.equal({ name: 'Derbyshire County Council', code: '830' });
    expect(detail.data).to.deep.equal(expectedData());
    const recheck = checkNotification(detail.data, { today: detail.today });
    expect(recheck.ok, JSON.stringify(recheck.findings)).to.equal(true);
    expect(recheck.data).to.deep.equal(detail.data);
    expect(detail.derived).to.deep.equal(recheck.derived);
    expect(detail.findings.map((finding) => finding.code)).to.deep.equal(['social-worker-not-informed']);
    expect(detail.findings.every((finding) => finding.severity !== 'error')).to.equal(true);
    await settle(el);
    expect($(el, '#reference').textContent!.trim()).to.equal(detail.submissionId);
    expect($(el, '#step-heading').textContent!.trim()).to.equal('Notification sent');
  });

  describe('questions that only sometimes apply', () => {
    it('asks for the provision’s LAESTAB and URN for the three registered kinds only, and never sends them otherwise', async () => {
      const el = await makeForm({ value: maintainedWithEhcp });
      for (const kind of ['mainstream-school', 'special-school', 'registered-alternative-provision']) {
        await chooseRadio(el, 'provision.kind', kind);
        expect(hasControl(el, 'provision.laestab'), kind).to.equal(true);
        expect(hasControl(el, 'provision.urn'), kind).to.equal(true);
        expect(control(el, 'provision.laestab').value).to.equal('8304002');
        expect(hasControl(el, 'declarations.dualRegistration'), kind).to.equal(true);
      }
      await chooseRadio(el, 'provision.kind', 'unregistered-alternative-provision');
      expect(hasControl(el, 'provision.laestab')).to.equal(false);
      expect(hasControl(el, 'provision.urn')).to.equal(false);
      expect(hasControl(el, 'declarations.dualRegistration')).to.equal(false);

      await press(el, 'Continue');
      const keys = answerTable(el).map(([, key]) => key);
      expect(keys).not.to.include('Dual registration');
      expect(keys.filter((key) => key === 'DfE number (LAESTAB)').length).to.equal(1);
      const events = submitted(el);
      await press(el, 'Submit notification');
      const provision = events[0]!.detail.data.provision;
      expect(provision).not.to.have.property('laestab');
      expect(provision).not.to.have.property('urn');
      expect(events[0]!.detail.data.declarations).to.deep.equal({ accurate: true });
    });

    it('asks about the virtual school head only for a looked-after pupil, and the social worker only when there is one', async () => {
      const el = await makeForm({ value: maintainedWithEhcp });
      expect(hasControl(el, 'informed.virtualSchool')).to.equal(false);
      expect(hasControl(el, 'informed.socialWorker')).to.equal(false);
      await chooseRadio(el, 'pupil.isLookedAfter', 'yes');
      expect(hasControl(el, 'informed.virtualSchool')).to.equal(true);
      expect(hasControl(el, 'informed.socialWorker')).to.equal(false);
      await chooseRadio(el, 'pupil.hasSocialWorker', 'yes');
      expect(hasControl(el, 'informed.socialWorker')).to.equal(true);
      await chooseRadio(el, 'informed.virtualSchool', 'yes');
      await chooseRadio(el, 'informed.socialWorker', 'yes');

      await press(el, 'Continue');
      let keys = answerTable(el).map(([, key]) => key);
      expect(keys).to.include.members(['Virtual school head told', 'Social worker told']);
      await press(el, 'Back');

      await chooseRadio(el, 'pupil.isLookedAfter', 'no');
      await chooseRadio(el, 'pupil.hasSocialWorker', 'no');
      expect(hasControl(el, 'informed.virtualSchool')).to.equal(false);
      expect(hasControl(el, 'informed.socialWorker')).to.equal(false);
      await press(el, 'Continue');
      keys = answerTable(el).map(([, key]) => key);
      expect(keys).not.to.include('Virtual school head told');
      expect(keys).not.to.include('Social worker told');
      const events = submitted(el);
      await press(el, 'Submit notification');
      expect(events[0]!.detail.data.informed).to.deep.equal({});
    });

    it('reveals the times for the chosen session pattern only, and sends only those', async () => {
      const el = await makeForm({ value: maintainedWithEhcp });
      const twoSessionTimes = ['morningStart', 'breakStart', 'breakEnd', 'afternoonEnd'];
      for (const name of twoSessionTimes) expect(hasControl(el, `timetable.sessions.${name}`), name).to.equal(true);
      expect(hasControl(el, 'timetable.sessions.start')).to.equal(false);
      const two = $<HTMLInputElement>(el, 'input[name="timetable.sessions.pattern"][value="two-sessions"]');
      expect($(el, `#${two.getAttribute('aria-controls')}`).hidden).to.equal(false);

      await chooseRadio(el, 'timetable.sessions.pattern', 'one-session');
      for (const name of twoSessionTimes) expect(hasControl(el, `timetable.sessions.${name}`), name).to.equal(false);
      expect(control(el, 'timetable.sessions.start').type).to.equal('time');
      await press(el, 'Continue');
      expect(text($(el, '.error-summary'))).to.contain('Enter the time the session starts');
      await typeTime(el, 'timetable.sessions.start', '09:30');
      await typeTime(el, 'timetable.sessions.end', '14:30');
      await press(el, 'Continue');
      const rows = answerTable(el).map(([, key, value]) => `${key}: ${value}`);
      expect(rows).to.include.members(['Session starts: 09:30', 'Session ends: 14:30']);
      expect(rows.some((row) => row.startsWith('Morning session starts'))).to.equal(false);
      const events = submitted(el);
      await press(el, 'Submit notification');
      expect(events[0]!.detail.data.timetable.sessions).to.deep.equal({ pattern: 'one-session', start: '09:30', end: '14:30' });
    });
  });

  describe('check your answers', () => {
    it('lists every answer under its section, each with a Change link', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const rows = answerTable(el);
      const sections = [...new Set(rows.map(([section]) => section))];
      expect(sections).to.deep.equal([
        'Your school',
        'Your details',
        'The pupil',
        'Where the pupil will go',
        'The placement',
        'Hours and sessions',
        'Who has been told',
        'Declarations',
      ]);
      const withoutLinks = rows.filter(([, , , path]) => path === null).map(([, key]) => key);
      expect(withoutLinks, 'only worked-out rows have no Change link').to.deep.equal(['Length', 'Total hours a week']);
      expect(rows.find(([, key]) => key === 'Length')![2]).to.equal('44 school days');
      expect(rows.find(([, key]) => key === 'Their email address')![2]).to.equal('Not given');
      expect(rows.length).to.equal(45);
      expect(text($(el, '.summary-list__actions a'))).to.equal('Change School name');
    });

    it('returns to the question from a Change link, with the answers kept', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      $<HTMLAnchorElement>(el, '.summary-list__actions a[data-path="pupil.upn"]').click();
      await el.updateComplete;
      expect(active(el)).to.equal(control(el, 'pupil.upn'));
      expect(control(el, 'pupil.upn').value).to.equal('Q830200024001');
      await press(el, 'Continue');
      $<HTMLAnchorElement>(el, '.summary-list__actions a[data-path="placement.startDate"]').click();
      await el.updateComplete;
      expect(active(el)).to.equal(control(el, 'placement.startDate-day'));
      await press(el, 'Continue');
      $<HTMLAnchorElement>(el, '.summary-list__actions a[data-path="pupil.hasEhcp"]').click();
      await el.updateComplete;
      expect(active(el)).to.equal($(el, 'input[name="pupil.hasEhcp"][value="yes"]'));
    });

    it('every Change link has a question to return to', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const paths = answerTable(el)
        .map(([, , , path]) => path)
        .filter((path): path is string => path !== null);
      await press(el, 'Back');
      for (const path of paths) {
        const found = root(el).querySelector(`[name="${path}"], [name="${path}-day"]`);
        expect(found, path).not.to.equal(null);
      }
    });

    it('shows the warnings and notices before Submit', async () => {
      const el = await makeForm({ today: '2026-03-06' });
      await toCheckStep(el);
      const warnings = text($(el, '.warning-text'));
      expect(warnings).to.contain('The local authority that maintains the pupil\'s EHC plan should have been told by Thursday 5 March 2026');
      expect(buttonNamed(el, /^Submit/).textContent!.trim()).to.equal('Submit notification');
    });

    it('warns when parents were told before the decision, or the school is in another authority, and still sends', async () => {
      const el = await makeForm({ value: structuredClone(maintainedWithEhcp) as Record<string, unknown> });
      await typeDate(el, 'notices.parentNoticeDate', '2026-02-27');
      await typeInto(el, 'homeSchool.laestab', '831/4001');
      const events = submitted(el);
      await press(el, 'Continue');
      const warnings = text($(el, '.warning-text'));
      expect(warnings).to.contain(
        'The date parents were given notice (Friday 27 February 2026) is before the direction was decided (Monday 2 March 2026)',
      );
      expect(text(el)).to.contain('Your school\'s DfE number starts with 831, but Derbyshire County Council\'s code is 830');
      await press(el, /^Submit/);
      expect(events.length).to.equal(1);
      const codes = events[0]!.detail.findings.map((finding) => finding.code);
      expect(codes).to.include.members(['parent-notice-before-decision', 'home-school-other-la']);
    });
  });

  describe('events', () => {
    it('fires no change event when value is set, and one per user edit', async () => {
      const el = await makeForm();
      const changes: ChangeEventDetail[] = [];
      el.addEventListener(CHANGE_EVENT, (event) => changes.push(event.detail));
      el.value = structuredClone(maintainedWithEhcp) as Record<string, unknown>;
      await el.updateComplete;
      expect(changes.length).to.equal(0);
      expect(control(el, 'pupil.upn').value).to.equal('Q830200024001');
      el.today = '2026-03-04';
      el.config = { partTimeThresholdHours: 30 };
      await el.updateComplete;
      expect(changes.length).to.equal(0);
      await typeInto(el, 'pupil.firstName', 'Sam');
      expect(changes.length).to.equal(3);
      expect(changes[2]!.form).to.equal('offsite-direction-notification');
      expect((changes[2]!.value.pupil as NotificationDraft['pupil'])!.firstName).to.equal('Sam');
    });

    it('sends exactly one submit event for a double click', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const events = submitted(el);
      const submit = buttonNamed(el, 'Submit notification');
      submit.click();
      submit.click();
      await settle(el);
      expect(events.length).to.equal(1);
    });

    it('keeps every answer when waitUntil rejects, and retries with the same submission id', async () => {
      const el = await makeForm();
      await toCheckStep(el);
      const before = el.value;
      const ids: string[] = [];
      let fail = true;
      el.addEventListener(SUBMIT_EVENT, (event) => {
        ids.push(event.detail.submissionId);
        event.detail.waitUntil(fail ? Promise.reject(new Error('The council’s server is down')) : Promise.resolve());
      });
      await press(el, 'Submit notification');
      await settle(el);
      expect(text(el)).to.contain('Your form has not been sent');
      expect(text(el)).to.contain('The council’s server is down');
      expect(el.value).to.deep.equal(before);
      expect(answerTable(el).length).to.be.greaterThan(40);
      fail = false;
      await press(el, 'Try again');
      await settle(el);
      expect(ids.length).to.equal(2);
      expect(ids[1]).to.equal(ids[0]);
      expect($(el, '#reference').textContent!.trim()).to.equal(ids[0]);
      expect(el.value).to.deep.equal(before);
    });

    it('shows markup typed in the reasons as text, and sends it unchanged', async () => {
      const el = await makeForm({ value: maintainedWithEhcp });
      const markup = '<img src=x onerror=alert(1)>';
      await typeInto(el, 'placement.reasons', markup);
      await press(el, 'Continue');
      const reasons = answerTable(el).find(([, key]) => key === 'Reasons')!;
      expect(reasons[2]).to.equal(markup);
      expect(root(el).querySelector('img')).to.equal(null);
      setTimeout(() => buttonNamed(el, 'Submit notification').click());
      const event = (await oneEvent(el, SUBMIT_EVENT)) as Submitted;
      expect(event.detail.data.placement.reasons).to.equal(markup);
      expect(JSON.parse(JSON.stringify(event.detail)).data.placement.reasons).to.equal(markup);
      await settle(el);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(el)).to.contain(markup);
    });
  });

  describe('confirmation', () => {
    it('says what happens next, with the part-time form when the hours call for it', async () => {
      const el = await makeForm({
        config: { localAuthority: { partTimeTimetableFormUrl: 'https://example.org/part-time' } },
      });
      await toCheckStep(el, {
        ...maintainedWithEhcp,
        timetable: { ...maintainedWithEhcp.timetable, offsiteHoursPerWeek: 20 },
      });
      await press(el, 'Submit notification');
      await settle(el);
      expect(text(el)).to.contain('What happens next');
      expect(text(el)).to.contain('You must also send the part-time timetable notification.');
      const link = $<HTMLAnchorElement>(el, '.warning-text a');
      expect(link.href).to.equal('https://example.org/part-time');
      expect(link.target).to.equal('_blank');
      expect(text(el)).to.contain('Record code D');
      expect(maybe(el, 'input')).to.equal(null);
    });
  });

  describe('layout', () => {
    it('fits a 320px wide screen with no sideways scrolling, in every step', async function () {
      this.timeout(30_000);
      const { frame, inner, el } = await narrowForm<Form>('/src/components/notification/define.ts', 'offsite-direction-notification', TODAY);
      try {
        const fits = (step: string) => expectFits(el, inner, step);
        fits('empty');
        await press(el, 'Continue');
        fits('errors');
        el.value = structuredClone(maintainedWithEhcp) as Record<string, unknown>;
        await el.updateComplete;
        await press(el, 'Continue');
        fits('check your answers');
        await press(el, 'Submit notification');
        await settle(el);
        expect(root(el).querySelector('#reference'), 'the confirmation shows').not.to.equal(null);
        fits('confirmation');
      } finally {
        frame.remove();
      }
    });

    it('puts the rule panel beside the questions when there is room', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px"><offsite-direction-notification today=${TODAY}></offsite-direction-notification></div>`,
      );
      const el = wrapper.querySelector('offsite-direction-notification')!;
      await el.updateComplete;
      const panel = $(el, '.rule-panel').getBoundingClientRect();
      const questions = $(el, '.notification-layout__questions').getBoundingClientRect();
      expect(panel.left).to.be.greaterThan(questions.right - 1);
    });
  });
});
