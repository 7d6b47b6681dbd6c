// checkNotification: every finding code of the notification (CONTRACT §6 and rules.ts), every `derived` field,
// normalisation and the dropping of answers to questions that do not apply.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkNotification, notificationFields, type CheckOptions, type Finding,
} from '../../src/schema/index.js';
import {
  academyUnregisteredPartTime, exampleToday, maintainedWithEhcp, notificationOtherAuthority, unfinishedNotification,
} from '../fixtures/examples.js';
import { assertCasesCoverCatalogue, assertFiresAndStaysSilent, type FindingCase } from '../fixtures/finding-cases.js';
import { edit, type Changes } from '../fixtures/edit.js';


const check = (changes: Changes = {}, options: CheckOptions = {}) =>
  checkNotification(edit(maintainedWithEhcp, changes), { today: exampleToday, ...options });
const codes = (findings: readonly Finding[]) => findings.map((item) => item.code);

interface Case extends FindingCase {
  fire: Changes;
  silent: Changes;
  fireOptions?: CheckOptions;
  silentOptions?: CheckOptions;
}

/**
 * One row per code: `fire` makes it appear on `path`, `silent` is the nearest answer that does not (and is a
 * valid notification). The base is `maintainedWithEhcp` on `exampleToday`: start Monday 9 March 2026, so the
 * notice deadline is Thursday 5 March.
 */
const cases: Case[] = [
  { code: 'required', severity: 'error', path: 'pupil.firstName', fire: { 'pupil.firstName': '   ' }, silent: { 'pupil.firstName': ' Alex ' } },
  { code: 'date-invalid', severity: 'error', path: 'pupil.dateOfBirth', fire: { 'pupil.dateOfBirth': '2013-02-29' }, silent: { 'pupil.dateOfBirth': '2012-02-29' } },
  { code: 'upn-invalid', severity: 'error', path: 'pupil.upn', fire: { 'pupil.upn': 'Q207000016049' }, silent: { 'pupil.upn': 'p207 0000 1604 9' } },
  { code: 'laestab-invalid', severity: 'error', path: 'homeSchool.laestab', fire: { 'homeSchool.laestab': '830/401' }, silent: { 'homeSchool.laestab': '830 4001' } },
  { code: 'urn-invalid', severity: 'error', path: 'homeSchool.urn', fire: { 'homeSchool.urn': '11223' }, silent: { 'homeSchool.urn': undefined } },
  { code: 'postcode-invalid', severity: 'error', path: 'provision.address.postcode', fire: { 'provision.address.postcode': 'DE4 3A' }, silent: { 'provision.address.postcode': 'de43ag' } },
  { code: 'email-invalid', severity: 'error', path: 'submittedBy.email', fire: { 'submittedBy.email': 'sam.carter@' }, silent: { 'submittedBy.email': ' sam@hillside.example.org ' } },
  { code: 'phone-invalid', severity: 'error', path: 'submittedBy.phone', fire: { 'submittedBy.phone': '12345' }, silent: { 'submittedBy.phone': '+44 (0)1629 533190' } },
  { code: 'number-invalid', severity: 'error', path: 'timetable.homeSchoolHoursPerWeek', fire: { 'timetable.homeSchoolHoursPerWeek': 'abc' }, silent: { 'timetable.homeSchoolHoursPerWeek': ' 0 ' } },
  { code: 'time-invalid', severity: 'error', path: 'timetable.sessions.morningStart', fire: { 'timetable.sessions.morningStart': '8:45' }, silent: { 'timetable.sessions.morningStart': '08:44' } },
  { code: 'too-long', severity: 'error', path: 'pupil.lastName', fire: { 'pupil.lastName': 'M'.repeat(201) }, silent: { 'pupil.lastName': 'M'.repeat(200) } },
  { code: 'option-invalid', severity: 'error', path: 'pupil.yearGroup', fire: { 'pupil.yearGroup': '15' }, silent: { 'pupil.yearGroup': '14' } },
  { code: 'date-of-birth-in-future', severity: 'error', path: 'pupil.dateOfBirth', fire: { 'pupil.dateOfBirth': '2026-03-03' }, silent: { 'pupil.dateOfBirth': '2026-03-02' } },
  {
    code: 'end-before-start', severity: 'error', path: 'placement.estimatedEndDate',
    fire: { 'placement.estimatedEndDate': '2026-03-06' },
    silent: { 'placement.estimatedEndDate': '2026-03-09', 'placement.firstReviewDate': '2026-03-09' },
  },
  { code: 'decision-after-start', severity: 'error', path: 'placement.decisionDate', fire: { 'placement.decisionDate': '2026-03-10' }, silent: { 'placement.decisionDate': '2026-03-09' } },
  { code: 'parent-notice-in-future', severity: 'error', path: 'notices.parentNoticeDate', fire: { 'notices.parentNoticeDate': '2026-03-03' }, silent: { 'notices.parentNoticeDate': '2026-03-02' } },
  { code: 'hours-out-of-range', severity: 'error', path: 'timetable.offsiteHoursPerWeek', fire: { 'timetable.offsiteHoursPerWeek': 0 }, silent: { 'timetable.offsiteHoursPerWeek': 60 } },
  {
    code: 'sessions-out-of-order', severity: 'error', path: 'timetable.sessions.breakStart',
    fire: { 'timetable.sessions.breakStart': '08:45' }, silent: { 'timetable.sessions.breakStart': '08:46' },
  },
  { code: 'same-school', severity: 'error', path: 'provision.laestab', fire: { 'provision.laestab': '830/4001' }, silent: { 'provision.laestab': '830/4002' } },
  {
    code: 'dual-registration-required', severity: 'error', path: 'declarations.dualRegistration',
    fire: { 'declarations.dualRegistration': false },
    silent: { 'declarations.dualRegistration': undefined, 'provision.kind': 'unregistered-alternative-provision' },
  },
  {
    code: 'la-notice-late', severity: 'warning', path: 'placement.startDate',
    fire: {}, fireOptions: { today: '2026-03-06' }, silent: {}, silentOptions: { today: '2026-03-05' },
  },
  {
    code: 'parent-notice-late', severity: 'warning', path: 'notices.parentNoticeDate',
    fire: { 'notices.parentNoticeDate': '2026-03-06' }, fireOptions: { today: '2026-03-06' },
    silent: { 'notices.parentNoticeDate': '2026-03-05' }, silentOptions: { today: '2026-03-06' },
  },
  {
    code: 'parent-notice-before-decision', severity: 'warning', path: 'notices.parentNoticeDate',
    fire: { 'notices.parentNoticeDate': '2026-03-01' }, silent: { 'notices.parentNoticeDate': '2026-03-02' },
  },
  {
    code: 'home-school-other-la', severity: 'warning', path: 'homeSchool.laestab',
    fire: { 'homeSchool.laestab': '831/4001' }, silent: { 'homeSchool.laestab': '830/4001' },
  },
  {
    code: 'home-school-other-la', severity: 'warning', path: 'homeSchool.laestab',
    fire: {}, fireOptions: { config: { localAuthority: { name: 'Derby City Council', code: '831' } } },
    silent: { 'homeSchool.laestab': '831/4001' }, silentOptions: { config: { localAuthority: { name: 'Derby City Council', code: '831' } } },
  },
  { code: 'part-time-timetable-required', severity: 'warning', path: 'timetable', fire: { 'timetable.offsiteHoursPerWeek': 24.5 }, silent: { 'timetable.offsiteHoursPerWeek': 25 } },
  { code: 'start-not-school-day', severity: 'warning', path: 'placement.startDate', fire: { 'placement.startDate': '2026-03-07' }, silent: { 'placement.startDate': '2026-03-06' } },
  {
    code: 'start-in-past', severity: 'warning', path: 'placement.startDate',
    fire: {}, fireOptions: { today: '2026-03-10' }, silent: {}, silentOptions: { today: '2026-03-09' },
  },
  {
    code: 'review-outside-placement', severity: 'warning', path: 'placement.firstReviewDate',
    fire: { 'placement.firstReviewDate': '2026-05-25' }, silent: { 'placement.firstReviewDate': '2026-05-22' },
  },
  {
    code: 'virtual-school-not-informed', severity: 'warning', path: 'informed.virtualSchool',
    fire: { 'pupil.isLookedAfter': true, 'informed.virtualSchool': false },
    silent: { 'pupil.isLookedAfter': true, 'informed.virtualSchool': true },
  },
  {
    code: 'social-worker-not-informed', severity: 'warning', path: 'informed.socialWorker',
    fire: { 'pupil.hasSocialWorker': true }, silent: { 'pupil.hasSocialWorker': true, 'informed.socialWorker': true },
  },
  { code: 'upn-temporary', severity: 'info', path: 'pupil.upn', fire: { 'pupil.upn': 'B83020002400A' }, silent: { 'pupil.upn': 'Q830200024001' } },
  { code: 'upn-unknown-la', severity: 'warning', path: 'pupil.upn', fire: { 'pupil.upn': 'X00180001701A' }, silent: { 'pupil.upn': 'B801200005001' } },
  { code: 'academy-non-statutory', severity: 'info', path: 'homeSchool.governance', fire: { 'homeSchool.governance': 'academy' }, silent: { 'homeSchool.governance': 'maintained' } },
  {
    code: 'calendar-approximate', severity: 'info', path: 'placement',
    fire: { 'placement.estimatedEndDate': '2026-09-18' }, silent: { 'placement.estimatedEndDate': '2026-07-23' },
  },
];

describe('checkNotification: the example', () => {
  it('accepts maintainedWithEhcp on exampleToday with no findings at all', () => {
    const result = check();
    assert.equal(result.ok, true);
    assert.deepEqual(result.findings, []);
    assert.ok(result.data);
  });

  it('accepts academyUnregisteredPartTime with its warning and notices', () => {
    const result = checkNotification(academyUnregisteredPartTime, { today: exampleToday });
    assert.equal(result.ok, true);
    assert.deepEqual(codes(result.findings).sort(), ['academy-non-statutory', 'part-time-timetable-required', 'upn-temporary']);
  });
});

describe('checkNotification: the story examples', () => {
  it('notificationOtherAuthority may be sent, with its two warnings', () => {
    const result = checkNotification(notificationOtherAuthority, { today: exampleToday });
    assert.equal(result.ok, true);
    assert.deepEqual(codes(result.findings).sort(), ['home-school-other-la', 'parent-notice-before-decision']);
  });

  it('unfinishedNotification asks for each unfinished answer in full', () => {
    const result = checkNotification(unfinishedNotification, { today: exampleToday });
    const on = (path: string) => result.findings.find((item) => item.path === path);
    assert.equal(result.ok, false);
    assert.equal(on('placement.startDate')?.params?.problem, 'missing-month');
    assert.equal(on('pupil.dateOfBirth')?.params?.problem, 'year-digits');
    assert.equal(on('timetable.sessions.morningStart')?.code, 'time-invalid');
  });
});

describe('checkNotification: every finding code fires and stays silent', () => {
  it('has a row for every notification code in CONTRACT §6 and rules.ts', () => {
    const contract = [
      'required', 'date-invalid', 'upn-invalid', 'laestab-invalid', 'urn-invalid', 'postcode-invalid', 'email-invalid',
      'phone-invalid', 'end-before-start', 'decision-after-start', 'parent-notice-in-future', 'hours-out-of-range',
      'sessions-out-of-order', 'same-school', 'dual-registration-required', 'la-notice-late', 'parent-notice-late',
      'part-time-timetable-required', 'start-not-school-day', 'start-in-past', 'review-outside-placement',
      'virtual-school-not-informed', 'social-worker-not-informed', 'upn-temporary', 'upn-unknown-la',
      'academy-non-statutory', 'calendar-approximate',
    ];
    assertCasesCoverCatalogue('offsite-direction-notification', contract, cases);
  });

  for (const row of cases) {
    it(`${row.code} (${row.severity}, ${row.path})`, () => {
      assertFiresAndStaysSilent(row, check(row.fire, row.fireOptions), check(row.silent, row.silentOptions));
    });
  }

  it('hours-out-of-range also covers negative hours and more than 60', () => {
    for (const [path, value] of [['timetable.homeSchoolHoursPerWeek', -1], ['timetable.otherHoursPerWeek', 60.5], ['timetable.offsiteHoursPerWeek', 61]] as const) {
      const result = check({ [path]: value });
      assert.ok(result.findings.some((item) => item.code === 'hours-out-of-range' && item.path === path), `${path} = ${value}`);
      assert.equal(result.ok, false);
    }
    assert.equal(check({ 'timetable.homeSchoolHoursPerWeek': 60, 'timetable.otherHoursPerWeek': 0 }).ok, true);
  });

  it('sessions-out-of-order checks the one-session pattern too', () => {
    const result = check({ 'timetable.sessions': { pattern: 'one-session', start: '13:00', end: '09:00' } });
    assert.ok(result.findings.some((item) => item.code === 'sessions-out-of-order' && item.path === 'timetable.sessions.end'));
    assert.equal(check({ 'timetable.sessions': { pattern: 'one-session', start: '09:00', end: '13:00' } }).ok, true);
  });

  it('same-school compares LAESTABs however they are written', () => {
    const result = check({ 'homeSchool.laestab': '8304002', 'provision.laestab': '830-4002' });
    assert.deepEqual(codes(result.findings), ['same-school']);
  });

  it('dual-registration-required fires when the declaration is missing, for every registered kind', () => {
    for (const kind of ['mainstream-school', 'special-school', 'registered-alternative-provision']) {
      const result = check({ 'provision.kind': kind, 'declarations.dualRegistration': undefined });
      assert.ok(codes(result.findings).includes('dual-registration-required'), kind);
    }
  });

  it('requires the provision LAESTAB only for registered provision', () => {
    const registered = check({ 'provision.laestab': undefined });
    assert.ok(registered.findings.some((item) => item.code === 'required' && item.path === 'provision.laestab'));
    const unregistered = check({
      'provision.laestab': undefined, 'provision.kind': 'unregistered-alternative-provision', 'declarations.dualRegistration': undefined,
    });
    assert.equal(unregistered.ok, true);
  });

  it('time-invalid rejects times past midnight', () => {
    const result = check({ 'timetable.sessions.afternoonEnd': '24:00' });
    assert.ok(result.findings.some((item) => item.code === 'time-invalid' && item.path === 'timetable.sessions.afternoonEnd'));
  });
});

describe('checkNotification: derived', () => {
  it('computes every field for the example', () => {
    assert.deepEqual(check().derived, {
      totalHoursPerWeek: 25,
      partTimeTimetableRequired: false,
      noticeDeadline: '2026-03-05',
      laNoticeLate: false,
      parentNoticeLate: false,
      placementSchoolDays: 44, // 9–27 March (15) + 13 April–22 May less 4 May (29)
      calendarApproximate: false,
      statutory: true,
      registration: { kind: 'dual', homeSchool: 'main', provision: 'subsidiary', homeSchoolAttendanceCode: 'D' },
    });
  });

  it('start Monday 13 April 2026 on Derbyshire term dates → deadline Thursday 26 March', () => {
    const result = check({ 'placement.startDate': '2026-04-13' });
    assert.equal(result.ok, true);
    assert.equal(result.derived?.noticeDeadline, '2026-03-26');
    assert.equal(result.derived?.calendarApproximate, false);
    assert.equal(result.derived?.placementSchoolDays, 29);
  });

  it('the same start without term dates counts weekdays and says the answer is approximate', () => {
    const result = check({ 'placement.startDate': '2026-04-13' }, { config: { calendar: { terms: [] } } });
    assert.equal(result.ok, true);
    assert.equal(result.derived?.calendarApproximate, true);
    assert.equal(result.derived?.noticeDeadline, '2026-04-09', 'two weekdays back, no Easter holiday known');
    const approximate = result.findings.find((item) => item.code === 'calendar-approximate');
    assert.equal(approximate?.severity, 'info');
    assert.equal(approximate?.path, 'placement');
  });

  it('part-time timetable: 24.5 hours in total is part time, 25 is not', () => {
    const below = check({ 'timetable.offsiteHoursPerWeek': 12, 'timetable.homeSchoolHoursPerWeek': 10, 'timetable.otherHoursPerWeek': 2.5 });
    assert.equal(below.derived?.totalHoursPerWeek, 24.5);
    assert.equal(below.derived?.partTimeTimetableRequired, true);
    const warning = below.findings.find((item) => item.code === 'part-time-timetable-required');
    assert.equal(warning?.severity, 'warning');
    assert.deepEqual(warning?.params, { totalHoursPerWeek: 24.5, threshold: 25 });
    assert.match(warning?.message ?? '', /24\.5/);

    const full = check({ 'timetable.offsiteHoursPerWeek': 12.5, 'timetable.homeSchoolHoursPerWeek': 10, 'timetable.otherHoursPerWeek': 2.5 });
    assert.equal(full.derived?.totalHoursPerWeek, 25);
    assert.equal(full.derived?.partTimeTimetableRequired, false);
    assert.ok(!codes(full.findings).includes('part-time-timetable-required'));
  });

  it('part-time timetable: a total just under the threshold is under it, without float noise', () => {
    // 8 hours 20 minutes three times, typed to the minute's nearest thousandth: 24.999 hours.
    const thirds = check({ 'timetable.offsiteHoursPerWeek': 8.333, 'timetable.homeSchoolHoursPerWeek': 8.333, 'timetable.otherHoursPerWeek': 8.333 });
    assert.equal(thirds.derived?.totalHoursPerWeek, 24.999);
    assert.equal(thirds.derived?.partTimeTimetableRequired, true);
    const warning = thirds.findings.find((item) => item.code === 'part-time-timetable-required');
    assert.match(warning?.message ?? '', /will have 24\.999 hours of education a week, below 25 hours:/);
    const nearly = check({ 'timetable.offsiteHoursPerWeek': 24.995, 'timetable.homeSchoolHoursPerWeek': 0, 'timetable.otherHoursPerWeek': 0 });
    assert.equal(nearly.derived?.partTimeTimetableRequired, true);
    // Shown cut to 3 decimals, never rounded up to the threshold it is under.
    const closer = check({ 'timetable.offsiteHoursPerWeek': 24.9996, 'timetable.homeSchoolHoursPerWeek': 0, 'timetable.otherHoursPerWeek': 0 });
    assert.match(closer.findings.find((item) => item.code === 'part-time-timetable-required')?.message ?? '', /will have 24\.999 hours/);
    const closest = check({ 'timetable.offsiteHoursPerWeek': 24.9999999, 'timetable.homeSchoolHoursPerWeek': 0, 'timetable.otherHoursPerWeek': 0 });
    assert.equal(closest.derived?.partTimeTimetableRequired, true);
    // 8.1 + 8.2 + 8.7 is 24.999999999999996 in floating point; the total is exactly 25, so no warning.
    const tenths = check({ 'timetable.offsiteHoursPerWeek': 8.1, 'timetable.homeSchoolHoursPerWeek': 8.2, 'timetable.otherHoursPerWeek': 8.7 });
    assert.equal(tenths.derived?.totalHoursPerWeek, 25);
    assert.equal(tenths.derived?.partTimeTimetableRequired, false);
  });

  it('names the LA codes when the home school is in another authority, and both dates when notice came first', () => {
    const other = check({ 'homeSchool.laestab': '831/4001' }).findings.find((item) => item.code === 'home-school-other-la');
    assert.deepEqual(other?.params, { laCode: '831', localAuthorityCode: '830', localAuthority: 'Derbyshire County Council' });
    assert.equal(
      other?.message,
      'Your school\'s DfE number starts with 831, but Derbyshire County Council\'s code is 830: check that Derbyshire County Council is the right local authority to send this to.',
    );
    const early = check({ 'notices.parentNoticeDate': '2026-02-27' }).findings.find((item) => item.code === 'parent-notice-before-decision');
    assert.match(early?.message ?? '', /\(Friday 27 February 2026\) is before the direction was decided \(Monday 2 March 2026\)/);
  });

  it('the part-time warning carries the LA form address when configured', () => {
    const url = 'https://schoolsnet.example.gov.uk/part-time-timetable';
    const result = check({ 'timetable.offsiteHoursPerWeek': 10 }, { config: { localAuthority: { partTimeTimetableFormUrl: url } } });
    assert.equal(result.findings.find((item) => item.code === 'part-time-timetable-required')?.params?.formUrl, url);
  });

  it('la-notice-late: EHC plan at a maintained school, today after the deadline; not on it', () => {
    const start = { 'placement.startDate': '2026-04-13', 'notices.parentNoticeDate': '2026-03-20' };
    const late = check(start, { today: '2026-03-27' });
    assert.equal(late.derived?.laNoticeLate, true);
    const finding = late.findings.find((item) => item.code === 'la-notice-late');
    assert.equal(finding?.severity, 'warning');
    assert.equal(finding?.params?.noticeDeadline, '2026-03-26');
    assert.match(finding?.message ?? '', /Thursday 26 March 2026/);

    const onTime = check(start, { today: '2026-03-26' });
    assert.equal(onTime.derived?.laNoticeLate, false);
    assert.ok(!codes(onTime.findings).includes('la-notice-late'));

    const noPlan = check({ ...start, 'pupil.hasEhcp': false }, { today: '2026-04-10' });
    assert.equal(noPlan.derived?.laNoticeLate, false);
    assert.ok(!codes(noPlan.findings).includes('la-notice-late'));
  });

  it('parent-notice-late: notice on the deadline is on time, the day after is late', () => {
    const onDeadline = check({ 'placement.startDate': '2026-04-13', 'notices.parentNoticeDate': '2026-03-26' }, { today: '2026-03-26' });
    assert.equal(onDeadline.derived?.parentNoticeLate, false);
    assert.ok(!codes(onDeadline.findings).includes('parent-notice-late'));

    const dayAfter = check({ 'placement.startDate': '2026-04-13', 'notices.parentNoticeDate': '2026-03-27' }, { today: '2026-03-27' });
    assert.equal(dayAfter.derived?.parentNoticeLate, true);
    const finding = dayAfter.findings.find((item) => item.code === 'parent-notice-late');
    assert.equal(finding?.path, 'notices.parentNoticeDate');
    assert.equal(finding?.severity, 'warning');
    assert.equal(dayAfter.ok, true, 'late notice is a warning, never an error');
  });

  it('an academy is not bound by the regulations: academy-non-statutory and statutory false', () => {
    const result = check({ 'homeSchool.governance': 'academy' });
    assert.equal(result.derived?.statutory, false);
    const info = result.findings.find((item) => item.code === 'academy-non-statutory');
    assert.equal(info?.severity, 'info');
    assert.match(info?.message ?? '', /Derbyshire County Council/);
    assert.equal(check().derived?.statutory, true);
  });

  it('registration: dual / main / subsidiary / D for every registered provision', () => {
    for (const kind of ['mainstream-school', 'special-school', 'registered-alternative-provision']) {
      assert.deepEqual(check({ 'provision.kind': kind }).derived?.registration, {
        kind: 'dual', homeSchool: 'main', provision: 'subsidiary', homeSchoolAttendanceCode: 'D',
      }, kind);
    }
  });

  it('registration: single / single / null / B for unregistered alternative provision', () => {
    const result = check({ 'provision.kind': 'unregistered-alternative-provision', 'declarations.dualRegistration': undefined });
    assert.deepEqual(result.derived?.registration, {
      kind: 'single', homeSchool: 'single', provision: null, homeSchoolAttendanceCode: 'B',
    });
  });

  it('config partTimeThresholdHours 20 moves the trigger', () => {
    const hours = { 'timetable.offsiteHoursPerWeek': 20 };
    assert.equal(check(hours).derived?.partTimeTimetableRequired, true);
    const configured = check(hours, { config: { partTimeThresholdHours: 20 } });
    assert.equal(configured.derived?.partTimeTimetableRequired, false);
    assert.ok(!codes(configured.findings).includes('part-time-timetable-required'));
    const below = check({ 'timetable.offsiteHoursPerWeek': 19.75 }, { config: { partTimeThresholdHours: 20 } });
    assert.equal(below.derived?.partTimeTimetableRequired, true);
    assert.equal(below.findings.find((item) => item.code === 'part-time-timetable-required')?.params?.threshold, 20);
  });

  it('config noticeSchoolDays 5 moves the deadline', () => {
    const result = check({ 'placement.startDate': '2026-04-13' }, { config: { noticeSchoolDays: 5 } });
    assert.equal(result.derived?.noticeDeadline, '2026-03-23', 'Monday: five school days before 13 April');
    const late = check({ 'placement.startDate': '2026-04-13', 'notices.parentNoticeDate': '2026-03-24' }, { today: '2026-03-24', config: { noticeSchoolDays: 5 } });
    assert.equal(late.derived?.parentNoticeLate, true);
    assert.equal(late.derived?.laNoticeLate, true);
    assert.equal(late.findings.find((item) => item.code === 'la-notice-late')?.params?.noticeSchoolDays, 5);
  });

  it('is null where the answers it needs are missing', () => {
    assert.deepEqual(checkNotification({}, { today: exampleToday }).derived, {
      totalHoursPerWeek: null, partTimeTimetableRequired: null, noticeDeadline: null, laNoticeLate: null,
      parentNoticeLate: null, placementSchoolDays: null, calendarApproximate: false, statutory: null, registration: null,
    });
  });

  it('placementSchoolDays is null when the end is before the start', () => {
    assert.equal(check({ 'placement.estimatedEndDate': '2026-03-06' }).derived?.placementSchoolDays, null);
  });
});

describe('checkNotification: normalisation', () => {
  it('upper-cases the UPN, spaces the postcode, writes LAESTAB as 7 digits and trims text', () => {
    const result = check({
      'pupil.upn': ' q830 2000 2400 1 ',
      'provision.address.postcode': 'de43ag',
      'homeSchool.laestab': '830/4001',
      'provision.laestab': ' 830 4002 ',
      'pupil.firstName': '  Alex  ',
      'placement.reasons': '\n  Repeated disruption.  \n',
      'submittedBy.email': '  sam.carter@hillside.example.org ',
      'homeSchool.urn': ' 112233 ',
    });
    assert.equal(result.ok, true, JSON.stringify(result.findings));
    assert.equal(result.data?.pupil.upn, 'Q830200024001');
    assert.equal(result.data?.provision.address.postcode, 'DE4 3AG');
    assert.equal(result.data?.homeSchool.laestab, '8304001');
    assert.equal(result.data?.provision.laestab, '8304002');
    assert.equal(result.data?.pupil.firstName, 'Alex');
    assert.equal(result.data?.placement.reasons, 'Repeated disruption.');
    assert.equal(result.data?.submittedBy.email, 'sam.carter@hillside.example.org');
    assert.equal(result.data?.homeSchool.urn, '112233');
  });

  it('accepts hours as decimal strings and stores numbers', () => {
    const result = check({ 'timetable.offsiteHoursPerWeek': '12.5', 'timetable.homeSchoolHoursPerWeek': ' 10 ', 'timetable.otherHoursPerWeek': '.5' });
    assert.equal(result.ok, true);
    assert.equal(result.data?.timetable.offsiteHoursPerWeek, 12.5);
    assert.equal(result.data?.timetable.homeSchoolHoursPerWeek, 10);
    assert.equal(result.data?.timetable.otherHoursPerWeek, 0.5);
    assert.equal(result.derived?.totalHoursPerWeek, 23);
  });

  it('rejects hours that are not numbers as number-invalid', () => {
    for (const value of ['abc', '12,5', '1e3', 'twelve', true]) {
      const result = check({ 'timetable.offsiteHoursPerWeek': value });
      const finding = result.findings.find((item) => item.path === 'timetable.offsiteHoursPerWeek');
      assert.equal(finding?.code, 'number-invalid', String(value));
      assert.equal(result.derived?.totalHoursPerWeek, null);
    }
  });

  it('treats blank strings and nulls as missing answers', () => {
    const result = check({ 'pupil.lastName': '', 'provision.address.town': null, 'placement.objectives': ' \t ' });
    for (const path of ['pupil.lastName', 'provision.address.town', 'placement.objectives']) {
      assert.ok(result.findings.some((item) => item.code === 'required' && item.path === path), path);
    }
    assert.equal(check({ 'provision.address.line2': '   ' }).data?.provision.address.line2, undefined);
  });
});

describe('checkNotification: answers to questions that do not apply are dropped', () => {
  it('unregistered AP drops the LAESTAB, URN and dual registration declaration', () => {
    const result = check({ 'provision.kind': 'unregistered-alternative-provision', 'declarations.dualRegistration': false });
    assert.equal(result.ok, true, JSON.stringify(result.findings));
    assert.equal('laestab' in (result.data?.provision ?? {}), false);
    assert.equal('urn' in (result.data?.provision ?? {}), false);
    assert.deepEqual(result.data?.declarations, { accurate: true });
  });

  it('unregistered AP ignores even a malformed LAESTAB', () => {
    const result = check({ 'provision.kind': 'unregistered-alternative-provision', 'provision.laestab': 'nonsense', 'provision.urn': 'x' });
    assert.equal(result.ok, true);
  });

  it('a pupil who is not looked after drops informed.virtualSchool; one without a social worker drops informed.socialWorker', () => {
    const result = check({ 'informed.virtualSchool': false, 'informed.socialWorker': false });
    assert.equal(result.ok, true);
    assert.deepEqual(result.data?.informed, {});
    const lookedAfter = check({ 'pupil.isLookedAfter': true, 'pupil.hasSocialWorker': true, 'informed.virtualSchool': true, 'informed.socialWorker': true });
    assert.deepEqual(lookedAfter.data?.informed, { virtualSchool: true, socialWorker: true });
  });

  it('drops the session times of the other pattern', () => {
    const one = check({ 'timetable.sessions': { ...maintainedWithEhcp.timetable?.sessions, pattern: 'one-session', start: '09:00', end: '12:00' } });
    assert.equal(one.ok, true);
    assert.deepEqual(one.data?.timetable.sessions, { pattern: 'one-session', start: '09:00', end: '12:00' });
    const two = check({ 'timetable.sessions.start': '09:00', 'timetable.sessions.end': 'not a time' });
    assert.equal(two.ok, true);
    assert.deepEqual(two.data?.timetable.sessions, {
      pattern: 'two-sessions', morningStart: '08:45', breakStart: '12:15', breakEnd: '13:00', afternoonEnd: '15:15',
    });
  });

  it('drops keys the form does not have', () => {
    const result = check({ extra: 'x', 'pupil.nickname': 'Al' });
    assert.equal(result.ok, true);
    assert.equal('extra' in (result.data ?? {}), false);
    assert.equal('nickname' in (result.data?.pupil ?? {}), false);
  });
});

describe('checkNotification: missing answers', () => {
  it('gives `required` for every required field of an empty draft, and nothing else', () => {
    const result = checkNotification({}, { today: exampleToday });
    assert.equal(result.ok, false);
    assert.equal(result.data, undefined);
    const required = [
      'homeSchool.name', 'homeSchool.laestab', 'homeSchool.governance',
      'submittedBy.name', 'submittedBy.role', 'submittedBy.email', 'submittedBy.phone',
      'pupil.firstName', 'pupil.lastName', 'pupil.dateOfBirth', 'pupil.upn', 'pupil.yearGroup', 'pupil.hasEhcp',
      'pupil.isLookedAfter', 'pupil.hasSocialWorker',
      'provision.kind', 'provision.name', 'provision.address.line1', 'provision.address.town', 'provision.address.postcode',
      'provision.reportTo.name',
      'placement.decisionDate', 'placement.startDate', 'placement.estimatedEndDate', 'placement.reasons',
      'placement.objectives', 'placement.interventionsTried', 'placement.firstReviewDate',
      'timetable.offsiteHoursPerWeek', 'timetable.homeSchoolHoursPerWeek', 'timetable.otherHoursPerWeek',
      'timetable.sessions.pattern', 'notices.parentNoticeDate', 'declarations.accurate',
    ];
    assert.ok(result.findings.every((item) => item.code === 'required' && item.severity === 'error'));
    assert.deepEqual(result.findings.map((item) => item.path).sort(), [...required].sort());
    for (const item of result.findings) {
      assert.ok(item.path && item.path in notificationFields, item.path);
      assert.match(item.message, /^(Enter|Select|Confirm) /, item.message);
    }
  });

  it('asks for each time of the chosen session pattern', () => {
    const result = check({ 'timetable.sessions': { pattern: 'one-session' } });
    assert.deepEqual(
      result.findings.filter((item) => item.code === 'required').map((item) => item.path).sort(),
      ['timetable.sessions.end', 'timetable.sessions.start'],
    );
  });

  it('needs the accuracy declaration to be true', () => {
    const result = check({ 'declarations.accurate': false });
    assert.ok(result.findings.some((item) => item.code === 'required' && item.path === 'declarations.accurate'));
  });

  it('never throws on input that is not an object', () => {
    for (const input of [null, undefined, 42, 'notification', [], [maintainedWithEhcp], true]) {
      const result = checkNotification(input, { today: exampleToday });
      assert.equal(result.ok, false);
      assert.ok(result.findings.some((item) => item.path === 'pupil.upn'));
    }
  });

  it('refuses dates outside 1900–2199, so no derived date can fall outside the calendar', () => {
    const result = check({
      'placement.decisionDate': '0001-01-01', 'placement.startDate': '0001-01-02',
      'placement.estimatedEndDate': '2200-01-01', 'placement.firstReviewDate': '1899-12-31',
    });
    assert.equal(result.ok, false);
    for (const path of ['placement.decisionDate', 'placement.startDate', 'placement.estimatedEndDate', 'placement.firstReviewDate']) {
      const finding = result.findings.find((item) => item.path === path);
      assert.equal(finding?.code, 'date-invalid', path);
      assert.match(finding.message, /must be a date from 1900 to 2199/);
    }
    assert.equal(result.derived?.noticeDeadline, null);
    assert.equal(check({ 'placement.startDate': '1900-01-08' }).findings.some((item) => item.path === 'placement.startDate' && item.code === 'date-invalid'), false);
  });

  it('says which part of a date is missing, or that the year needs 4 digits, as the GOV.UK date pattern does', () => {
    const cases: [string, string | undefined, RegExp][] = [
      ['2026--09', 'missing-month', /^The start date must include a month$/],
      ['2026-03-', 'missing-day', /^The start date must include a day$/],
      ['-03-09', 'missing-year', /^The start date must include a year$/],
      ['2026--', 'missing-day-month', /^The start date must include a day and month$/],
      ['-03-', 'missing-day-year', /^The start date must include a day and year$/],
      ['--09', 'missing-month-year', /^The start date must include a month and year$/],
      ['26-03-09', 'year-digits', /^The year of the start date must have 4 digits, like 2026$/],
      ['20266-03-09', 'year-digits', /4 digits/],
      ['2026-02-30', undefined, /^The start date must be a real date$/],
      ['2026-ab-09', undefined, /^The start date must be a real date$/],
    ];
    for (const [typed, problem, message] of cases) {
      const finding = check({ 'placement.startDate': typed }).findings.find((item) => item.path === 'placement.startDate');
      assert.equal(finding?.code, 'date-invalid', typed);
      assert.equal(finding.params?.problem, problem, typed);
      assert.match(finding.message, message, typed);
    }
  });

  it('uses the local date when no today is given, and ignores a malformed one', () => {
    const fallback = checkNotification(edit(maintainedWithEhcp), { today: '2026-02-30' });
    const local = checkNotification(edit(maintainedWithEhcp));
    assert.deepEqual(codes(fallback.findings), codes(local.findings));
  });
});
