// checkOutcomeReview: every finding code of the outcome review, each outcome's `derived`, the conditional answers,
// and the review drafted from a checked notification.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkNotification, checkOutcomeReview, createEnvelope, outcomeReviewEnvelopeSchema, outcomeReviewFields,
  outcomeReviewFromNotification, REVIEW_REQUEST_WINDOW_DAYS, suggestedNewSchool, type CheckOptions, type Finding,
  type OutcomeReviewDraft,
} from '../../src/schema/index.js';
import {
  academyUnregisteredPartTime, exampleToday, extensionReview, maintainedWithEhcp, managedMoveReview, returnReview,
  reviewBeyondTermDates, reviewDatesOutOfOrder, reviewToday,
} from '../fixtures/examples.js';
import { assertCasesCoverCatalogue, assertFiresAndStaysSilent, type FindingCase } from '../fixtures/finding-cases.js';
import { edit, type Changes } from '../fixtures/edit.js';


const bases = { extension: extensionReview, return: returnReview, 'managed-move': managedMoveReview } as const;
type BaseName = keyof typeof bases;
const check = (base: BaseName, changes: Changes = {}, options: CheckOptions = {}) =>
  checkOutcomeReview(edit(bases[base], changes), { today: reviewToday, ...options });
const codes = (findings: readonly Finding[]) => findings.map((item) => item.code);

interface Case extends FindingCase {
  base: BaseName;
  fire: Changes;
  silent: Changes;
  /** The silent case's base when it differs. */
  silentBase?: BaseName;
}

/**
 * The placement of the examples runs from Monday 9 March to Friday 22 May 2026; the review met on 20 April and
 * "today" is Wednesday 22 April.
 */
const cases: Case[] = [
  { code: 'required', severity: 'error', path: 'review.date', base: 'extension', fire: { 'review.date': undefined }, silent: {} },
  { code: 'date-invalid', severity: 'error', path: 'review.date', base: 'extension', fire: { 'review.date': '2026-04-31' }, silent: { 'review.date': '2026-04-21' } },
  { code: 'upn-invalid', severity: 'error', path: 'pupil.upn', base: 'extension', fire: { 'pupil.upn': 'Q207000016049' }, silent: { 'pupil.upn': 'q830 2000 2400 1' } },
  { code: 'laestab-invalid', severity: 'error', path: 'provision.laestab', base: 'extension', fire: { 'provision.laestab': '830/40021' }, silent: { 'provision.laestab': '830/4002' } },
  { code: 'urn-invalid', severity: 'error', path: 'provision.urn', base: 'extension', fire: { 'provision.urn': '1456789' }, silent: { 'provision.urn': undefined } },
  { code: 'email-invalid', severity: 'error', path: 'submittedBy.email', base: 'extension', fire: { 'submittedBy.email': 'sam carter@example.org' }, silent: { 'submittedBy.email': 'sam@example.org' } },
  { code: 'phone-invalid', severity: 'error', path: 'submittedBy.phone', base: 'extension', fire: { 'submittedBy.phone': '+1 202 555 0100' }, silent: { 'submittedBy.phone': '+44 1629 533190' } },
  { code: 'too-long', severity: 'error', path: 'outcome.reason', base: 'extension', fire: { 'outcome.reason': 'x'.repeat(5001) }, silent: { 'outcome.reason': 'x'.repeat(5000) } },
  { code: 'option-invalid', severity: 'error', path: 'review.requestedBy', base: 'extension', fire: { 'review.requestedBy': 'governors' }, silent: { 'review.requestedBy': 'scheduled' } },
  { code: 'date-of-birth-in-future', severity: 'error', path: 'pupil.dateOfBirth', base: 'extension', fire: { 'pupil.dateOfBirth': '2026-04-23' }, silent: { 'pupil.dateOfBirth': '2026-04-22' } },
  {
    code: 'end-before-start', severity: 'error', path: 'placement.estimatedEndDate', base: 'extension',
    fire: { 'placement.estimatedEndDate': '2026-03-06' }, silent: { 'placement.estimatedEndDate': '2026-03-09' },
  },
  {
    code: 'parent-notice-in-future', severity: 'error', path: 'notices.parentOutcomeNoticeDate', base: 'extension',
    fire: { 'notices.parentOutcomeNoticeDate': '2026-04-23' }, silent: { 'notices.parentOutcomeNoticeDate': '2026-04-22' },
  },
  {
    code: 'same-school', severity: 'error', path: 'outcome.newSchool.laestab', base: 'managed-move',
    fire: { 'outcome.newSchool.laestab': '830/4001' }, silent: { 'outcome.newSchool.laestab': '830/4005' },
  },
  { code: 'review-before-start', severity: 'error', path: 'review.date', base: 'extension', fire: { 'review.date': '2026-03-06' }, silent: { 'review.date': '2026-03-09' } },
  { code: 'review-in-future', severity: 'error', path: 'review.date', base: 'extension', fire: { 'review.date': '2026-04-23' }, silent: { 'review.date': '2026-04-22' } },
  {
    code: 'extension-not-later', severity: 'error', path: 'outcome.newEstimatedEndDate', base: 'extension',
    fire: { 'outcome.newEstimatedEndDate': '2026-05-22' }, silent: { 'outcome.newEstimatedEndDate': '2026-05-23' },
  },
  { code: 'return-before-start', severity: 'error', path: 'outcome.returnDate', base: 'return', fire: { 'outcome.returnDate': '2026-03-06' }, silent: { 'outcome.returnDate': '2026-03-09' } },
  {
    code: 'managed-move-not-agreed', severity: 'error', path: 'outcome.parentsAgreed', base: 'managed-move',
    fire: { 'outcome.parentsAgreed': false }, silent: {},
  },
  {
    code: 'managed-move-not-in-best-interests', severity: 'error', path: 'outcome.inBestInterests', base: 'managed-move',
    fire: { 'outcome.inBestInterests': false }, silent: {},
  },
  {
    code: 'managed-move-not-mainstream', severity: 'error', path: 'outcome.newSchool.kind', base: 'managed-move',
    fire: { 'outcome.newSchool.kind': 'special-school' }, silent: { 'outcome.newSchool.kind': 'mainstream-school' },
  },
  {
    code: 'ended-early', severity: 'info', path: 'outcome.returnDate', base: 'return',
    fire: {}, silent: { 'outcome.returnDate': '2026-05-22', 'outcome.reason': undefined },
  },
  { code: 'return-not-school-day', severity: 'warning', path: 'outcome.returnDate', base: 'return', fire: { 'outcome.returnDate': '2026-05-04' }, silent: { 'outcome.returnDate': '2026-05-05' } },
  {
    code: 'managed-move-start-not-school-day', severity: 'warning', path: 'outcome.startDate', base: 'managed-move',
    fire: { 'outcome.startDate': '2026-04-25' }, silent: { 'outcome.startDate': '2026-04-24' },
  },
  {
    code: 'request-after-review', severity: 'error', path: 'review.requestDate', base: 'extension',
    fire: { 'review.requestedBy': 'parent', 'review.requestDate': '2026-04-21' },
    silent: { 'review.requestedBy': 'parent', 'review.requestDate': '2026-04-20' },
  },
  {
    code: 'next-review-outside-placement', severity: 'warning', path: 'outcome.nextReviewDate', base: 'extension',
    fire: { 'outcome.nextReviewDate': '2026-07-20' }, silent: { 'outcome.nextReviewDate': '2026-07-17' },
  },
  {
    code: 'next-review-outside-placement', severity: 'warning', path: 'outcome.nextReviewDate', base: 'extension',
    fire: { 'outcome.nextReviewDate': '2026-04-20' }, silent: { 'outcome.nextReviewDate': '2026-04-21' },
  },
  {
    code: 'home-school-other-la', severity: 'warning', path: 'homeSchool.laestab', base: 'extension',
    fire: { 'homeSchool.laestab': '8314001' }, silent: { 'homeSchool.laestab': '8304001' },
  },
  // No term dates cover 2026/27 in the shipped calendar: a count or a school day judged there is approximate.
  {
    code: 'calendar-approximate', severity: 'info', path: 'placement', base: 'extension',
    fire: { 'outcome.newEstimatedEndDate': '2026-10-16' }, silent: { 'outcome.newEstimatedEndDate': '2026-07-17' },
  },
  {
    code: 'calendar-approximate', severity: 'info', path: 'placement', base: 'managed-move',
    fire: { 'outcome.startDate': '2026-09-07' }, silent: { 'outcome.startDate': '2026-04-24' },
  },
  {
    code: 'managed-move-ehcp', severity: 'warning', path: 'outcome.localAuthoritySendConsulted', base: 'managed-move',
    fire: { 'outcome.localAuthoritySendConsulted': false }, silent: { 'outcome.localAuthoritySendConsulted': false, 'pupil.hasEhcp': false },
  },
  {
    code: 'provision-laestab-missing', severity: 'warning', path: 'provision.laestab', base: 'extension',
    fire: { 'provision.laestab': undefined }, silent: { 'provision.laestab': undefined, 'provision.kind': 'unregistered-alternative-provision' },
  },
  {
    code: 'la-review-request-without-ehcp', severity: 'info', path: 'review.requestedBy', base: 'extension',
    fire: { 'review.requestedBy': 'local-authority', 'review.requestDate': '2026-04-13', 'pupil.hasEhcp': false },
    silent: { 'review.requestedBy': 'local-authority', 'review.requestDate': '2026-04-13' },
  },
  {
    code: 'request-date-missing', severity: 'warning', path: 'review.requestDate', base: 'extension',
    fire: { 'review.requestedBy': 'parent' }, silent: { 'review.requestedBy': 'parent', 'review.requestDate': '2026-04-13' },
  },
  {
    code: 'review-request-within-10-weeks', severity: 'info', path: 'review.requestDate', base: 'extension',
    fire: { 'review.requestedBy': 'parent', 'review.requestDate': '2026-04-15', 'review.previousReviewDate': '2026-02-04' },
    silent: { 'review.requestedBy': 'parent', 'review.requestDate': '2026-04-15', 'review.previousReviewDate': '2026-02-03' },
  },
  {
    code: 'managed-move-data-returns', severity: 'info', path: 'outcome', base: 'managed-move',
    fire: {}, silent: {}, silentBase: 'extension',
  },
];

describe('checkOutcomeReview: the examples', () => {
  it('accepts the extension, return and managed-move examples on reviewToday', () => {
    assert.deepEqual(check('extension').findings, []);
    assert.equal(check('extension').ok, true);
    assert.deepEqual(codes(check('return').findings), ['ended-early']);
    assert.equal(check('return').ok, true);
    assert.deepEqual(codes(check('managed-move').findings), ['managed-move-data-returns']);
    assert.equal(check('managed-move').ok, true);
  });
});

describe('checkOutcomeReview: the story examples', () => {
  it('reviewBeyondTermDates may be sent, its school days approximate', () => {
    const result = checkOutcomeReview(reviewBeyondTermDates, { today: reviewToday });
    assert.equal(result.ok, true);
    assert.deepEqual(codes(result.findings), ['calendar-approximate']);
    assert.equal(result.derived?.calendarApproximate, true);
  });

  it('reviewDatesOutOfOrder is refused for the request date, and warns of the next review', () => {
    const result = checkOutcomeReview(reviewDatesOutOfOrder, { today: reviewToday });
    assert.equal(result.ok, false);
    assert.deepEqual(codes(result.findings).sort(), ['next-review-outside-placement', 'request-after-review']);
  });
});

describe('checkOutcomeReview: every finding code fires and stays silent', () => {
  it('has a row for every outcome review code in CONTRACT §6 and rules.ts', () => {
    const contract = [
      'review-before-start', 'review-in-future', 'extension-not-later', 'return-before-start', 'managed-move-not-agreed',
      'managed-move-not-mainstream', 'ended-early', 'return-not-school-day', 'managed-move-start-not-school-day',
      'managed-move-ehcp', 'review-request-within-10-weeks', 'managed-move-data-returns',
      'required', 'date-invalid', 'upn-invalid', 'laestab-invalid', 'urn-invalid', 'email-invalid', 'phone-invalid',
    ];
    assertCasesCoverCatalogue('offsite-direction-outcome-review', contract, cases);
  });

  for (const row of cases) {
    it(`${row.code} (${row.severity}, ${row.path})`, () => {
      assertFiresAndStaysSilent(row, check(row.base, row.fire), check(row.silentBase ?? row.base, row.silent));
    });
  }

  it('managed-move-not-agreed names the admission authority too', () => {
    const result = check('managed-move', { 'outcome.admissionAuthorityAgreed': false });
    const finding = result.findings.find((item) => item.code === 'managed-move-not-agreed');
    assert.equal(finding?.path, 'outcome.admissionAuthorityAgreed');
    assert.equal(finding?.params?.party, 'admission-authority');
    const both = check('managed-move', { 'outcome.admissionAuthorityAgreed': false, 'outcome.parentsAgreed': false });
    assert.equal(both.findings.filter((item) => item.code === 'managed-move-not-agreed').length, 2);
  });

  it('return-before-start also guards the start date at the new school', () => {
    const result = check('managed-move', { 'outcome.startDate': '2026-03-06' });
    assert.ok(result.findings.some((item) => item.code === 'return-before-start' && item.path === 'outcome.startDate'));
  });

  it('review-request-within-10-weeks: 70 days is within, 71 is not, for parent and LA requests', () => {
    assert.equal(REVIEW_REQUEST_WINDOW_DAYS, 70);
    for (const requestedBy of ['parent', 'local-authority']) {
      const within = check('extension', { 'review.requestedBy': requestedBy, 'review.requestDate': '2026-04-20', 'review.previousReviewDate': '2026-02-09' });
      assert.ok(codes(within.findings).includes('review-request-within-10-weeks'), `${requestedBy}, 70 days`);
      assert.equal(within.ok, true);
      const outside = check('extension', { 'review.requestedBy': requestedBy, 'review.requestDate': '2026-04-20', 'review.previousReviewDate': '2026-02-08' });
      assert.ok(!codes(outside.findings).includes('review-request-within-10-weeks'), `${requestedBy}, 71 days`);
    }
    // A previous review after the request says nothing about the request.
    const after = check('extension', { 'review.requestedBy': 'parent', 'review.requestDate': '2026-04-10', 'review.previousReviewDate': '2026-04-11' });
    assert.ok(!codes(after.findings).includes('review-request-within-10-weeks'));
  });
});

describe('checkOutcomeReview: conditional answers', () => {
  it('a return before the estimated end date needs a reason', () => {
    const noReason = check('return', { 'outcome.reason': undefined });
    assert.equal(noReason.ok, false);
    assert.equal(noReason.derived?.endedEarly, true);
    const required = noReason.findings.find((item) => item.code === 'required');
    assert.equal(required?.path, 'outcome.reason');
    assert.equal(check('return', { 'outcome.reason': '   ' }).ok, false);
    assert.equal(check('return').ok, true);
    // On or after the estimated end date, no reason is needed.
    const onTime = check('return', { 'outcome.returnDate': '2026-05-26', 'outcome.reason': undefined }, { today: '2026-05-26' });
    assert.equal(onTime.ok, true);
    assert.equal(onTime.derived?.endedEarly, false);
  });

  it('a review asked for by a parent or the LA asks for the request date, as a warning (optional in CONTRACT §5)', () => {
    for (const requestedBy of ['parent', 'local-authority']) {
      const missing = check('extension', { 'review.requestedBy': requestedBy });
      assert.equal(missing.ok, true);
      assert.ok(missing.findings.some((item) => item.code === 'request-date-missing' && item.severity === 'warning' && item.path === 'review.requestDate'), requestedBy);
      const given = check('extension', { 'review.requestedBy': requestedBy, 'review.requestDate': '2026-04-13' });
      assert.equal(given.ok, true);
      assert.equal(given.data?.review.requestDate, '2026-04-13');
    }
  });

  it('a scheduled review drops the request and previous review dates', () => {
    const result = check('extension', { 'review.requestDate': '2026-04-13', 'review.previousReviewDate': 'nonsense' });
    assert.equal(result.ok, true);
    assert.deepEqual(result.data?.review, { date: '2026-04-20', requestedBy: 'scheduled' });
  });

  it('a managed move for a pupil without an EHC plan drops localAuthoritySendConsulted', () => {
    const result = check('managed-move', { 'pupil.hasEhcp': false });
    assert.equal(result.ok, true);
    assert.equal(result.data?.outcome.kind, 'managed-move');
    assert.equal('localAuthoritySendConsulted' in (result.data?.outcome ?? {}), false);
  });

  it('a managed move asks for the new school when it is missing', () => {
    const result = check('managed-move', { 'outcome.newSchool': undefined });
    const paths = result.findings.filter((item) => item.code === 'required').map((item) => item.path).sort();
    assert.deepEqual(paths, ['outcome.newSchool.kind', 'outcome.newSchool.laestab', 'outcome.newSchool.name']);
  });

  it('an unregistered provision needs no LAESTAB; a registered one without it gets a warning', () => {
    const unregistered = check('extension', { 'provision.kind': 'unregistered-alternative-provision', 'provision.laestab': 'x' });
    assert.equal(unregistered.ok, true);
    assert.equal('laestab' in (unregistered.data?.provision ?? {}), false);
    assert.equal(unregistered.findings.some((item) => item.code === 'provision-laestab-missing'), false);
    const registered = check('extension', { 'provision.laestab': undefined });
    assert.equal(registered.ok, true);
    assert.ok(registered.findings.some((item) => item.code === 'provision-laestab-missing' && item.severity === 'warning' && item.path === 'provision.laestab'));
  });

  it('switching outcome kind leaves no stale answers in data', () => {
    const toReturn = check('managed-move', { 'outcome.kind': 'return', 'outcome.returnDate': '2026-05-26', 'outcome.parentsAgreed': false }, { today: '2026-05-26' });
    assert.equal(toReturn.ok, true, JSON.stringify(toReturn.findings));
    assert.deepEqual(toReturn.data?.outcome, { kind: 'return', returnDate: '2026-05-26' });

    const toExtension = check('return', {
      'outcome.kind': 'extension', 'outcome.newEstimatedEndDate': '2026-07-17', 'outcome.nextReviewDate': '2026-06-15',
    });
    assert.equal(toExtension.ok, true);
    assert.deepEqual(toExtension.data?.outcome, {
      kind: 'extension', newEstimatedEndDate: '2026-07-17', reason: 'Objectives met early.', nextReviewDate: '2026-06-15',
    });
    assert.ok(!codes(toExtension.findings).includes('ended-early'));

    const toMove = check('extension', {
      'outcome.kind': 'managed-move', 'outcome.startDate': '2026-04-27', 'outcome.newSchool': { name: 'Valley Academy', laestab: '8304002', kind: 'mainstream-school' },
      'outcome.parentsAgreed': true, 'outcome.admissionAuthorityAgreed': true, 'outcome.inBestInterests': true,
      'outcome.localAuthoritySendConsulted': true,
    });
    assert.equal(toMove.ok, true);
    assert.deepEqual(Object.keys(toMove.data?.outcome ?? {}).sort(), [
      'admissionAuthorityAgreed', 'inBestInterests', 'kind', 'localAuthoritySendConsulted', 'newSchool', 'parentsAgreed', 'startDate',
    ]);
  });

  it('gives `required` for every required field of an empty draft', () => {
    const result = checkOutcomeReview({}, { today: reviewToday });
    assert.equal(result.ok, false);
    const required = [
      'homeSchool.name', 'homeSchool.laestab', 'homeSchool.governance', 'submittedBy.name', 'submittedBy.role',
      'submittedBy.email', 'submittedBy.phone', 'pupil.firstName', 'pupil.lastName', 'pupil.dateOfBirth', 'pupil.upn',
      'pupil.hasEhcp', 'provision.kind', 'provision.name', 'placement.startDate', 'placement.estimatedEndDate',
      'review.date', 'review.requestedBy', 'outcome.kind', 'notices.parentOutcomeNoticeDate', 'declarations.accurate',
    ];
    assert.ok(result.findings.every((item) => item.code === 'required'));
    assert.deepEqual(result.findings.map((item) => item.path).sort(), [...required].sort());
    for (const item of result.findings) assert.ok(item.path && item.path in outcomeReviewFields, item.path);
  });

  it('asks for the fields of the chosen outcome', () => {
    const paths = (kind: string) =>
      check('extension', { outcome: { kind } }).findings.filter((item) => item.code === 'required').map((item) => item.path).sort();
    assert.deepEqual(paths('extension'), ['outcome.newEstimatedEndDate', 'outcome.nextReviewDate', 'outcome.reason']);
    assert.deepEqual(paths('return'), ['outcome.returnDate']);
    assert.deepEqual(paths('managed-move'), [
      'outcome.admissionAuthorityAgreed', 'outcome.inBestInterests', 'outcome.newSchool.kind', 'outcome.newSchool.laestab',
      'outcome.newSchool.name', 'outcome.parentsAgreed', 'outcome.startDate',
    ]);
  });
});

describe('checkOutcomeReview: derived', () => {
  it('extension: registration unchanged, school days to the new end date', () => {
    assert.deepEqual(check('extension').derived, {
      outcome: 'extension',
      endedEarly: false,
      placementSchoolDays: 79, // 9–27 March (15) + summer 1 (29) + 1 June–17 July (35)
      registration: { change: 'unchanged', kind: 'dual', homeSchool: 'main', provision: 'subsidiary', homeSchoolAttendanceCode: 'D' },
    });
    const unregistered = check('extension', { 'provision.kind': 'unregistered-alternative-provision' });
    assert.deepEqual(unregistered.derived?.registration, {
      change: 'unchanged', kind: 'single', homeSchool: 'single', provision: null, homeSchoolAttendanceCode: 'B',
    });
  });

  it('return: subsidiary registration ends and the home school is single again', () => {
    const result = check('return');
    assert.deepEqual(result.derived, {
      outcome: 'return',
      endedEarly: true,
      placementSchoolDays: 25, // 9–27 March (15) + 13–24 April (10): the return day is back at the home school
      registration: { change: 'return', homeSchool: 'single', provision: 'subsidiary-ended' },
    });
    const registration = result.derived?.registration;
    assert.ok(registration && registration.change === 'return');
    assert.equal(registration.homeSchool, 'single');
    const fromUnregistered = check('return', { 'provision.kind': 'unregistered-alternative-provision' });
    assert.deepEqual(fromUnregistered.derived?.registration, { change: 'return', homeSchool: 'single', provision: null });
  });

  it('managed move: off-roll, main, CML and CMJ exactly as CONTRACT §6', () => {
    const result = check('managed-move');
    const registration = result.derived?.registration as Record<string, unknown> | null | undefined;
    assert.ok(registration);
    const { change, ...contract } = registration;
    assert.equal(change, 'managed-move');
    assert.deepEqual(contract, { homeSchool: 'off-roll', newSchool: 'main', dataReturns: { homeSchool: 'CML', newSchool: 'CMJ' } });
    assert.equal(result.derived?.outcome, 'managed-move');
    assert.equal(result.derived?.endedEarly, false);
    assert.equal(result.derived?.placementSchoolDays, 25);
    const info = result.findings.find((item) => item.code === 'managed-move-data-returns');
    assert.match(info?.message ?? '', /CML/);
    assert.match(info?.message ?? '', /CMJ/);
  });

  it('is null where the answers are missing', () => {
    assert.deepEqual(checkOutcomeReview({}, { today: reviewToday }).derived, {
      outcome: null, endedEarly: null, placementSchoolDays: null, registration: null,
    });
  });
});

describe('outcomeReviewFromNotification', () => {
  const reviewAnswers = {
    submittedBy: extensionReview.submittedBy,
    review: { date: '2026-04-20', requestedBy: 'scheduled' },
    outcome: { kind: 'extension', newEstimatedEndDate: '2026-07-17', reason: 'More time to settle.', nextReviewDate: '2026-06-15' },
    notices: { parentOutcomeNoticeDate: '2026-04-21' },
    declarations: { accurate: true },
  } satisfies OutcomeReviewDraft;

  function envelopeOf(draft: unknown) {
    const checked = checkNotification(draft, { today: exampleToday });
    assert.equal(checked.ok, true);
    return createEnvelope({
      form: 'offsite-direction-notification',
      submissionId: '0b6f4c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f',
      today: exampleToday,
      data: checked.data,
      derived: checked.derived,
      findings: checked.findings,
      submittedAt: '2026-03-02T09:14:05.123Z',
    });
  }

  it('drafts the review from a checked notification envelope, and the review then passes', () => {
    const envelope = envelopeOf(maintainedWithEhcp);
    const draft = outcomeReviewFromNotification(envelope);
    assert.equal(draft.notificationId, envelope.submissionId);
    assert.deepEqual(draft.homeSchool, { name: 'Hillside Community School', laestab: '8304001', urn: '112233', governance: 'maintained' });
    assert.deepEqual(draft.pupil, { firstName: 'Alex', lastName: 'Morgan', dateOfBirth: '2012-05-14', upn: 'Q830200024001', hasEhcp: true });
    assert.deepEqual(draft.provision, { kind: 'mainstream-school', name: 'Valley Academy', laestab: '8304002', urn: '145678' });
    assert.deepEqual(draft.placement, { startDate: '2026-03-09', estimatedEndDate: '2026-05-22' });
    assert.equal('submittedBy' in draft, false, 'the person sending the review may differ');

    const review = checkOutcomeReview({ ...draft, ...reviewAnswers }, { today: reviewToday });
    assert.equal(review.ok, true, JSON.stringify(review.findings));
    assert.equal(review.data?.notificationId, envelope.submissionId);
    const reviewEnvelope = createEnvelope({
      form: 'offsite-direction-outcome-review', submissionId: '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5', today: reviewToday,
      data: review.data, derived: review.derived, findings: review.findings,
    });
    assert.equal(outcomeReviewEnvelopeSchema.safeParse(reviewEnvelope).success, true);
  });

  it('works from unregistered provision and from bare notification data', () => {
    const envelope = envelopeOf(academyUnregisteredPartTime);
    const draft = outcomeReviewFromNotification(envelope);
    assert.deepEqual(draft.provision, { kind: 'unregistered-alternative-provision', name: 'Dales Outdoor Learning' });
    const review = checkOutcomeReview({ ...draft, ...reviewAnswers }, { today: reviewToday });
    assert.equal(review.ok, true, JSON.stringify(review.findings));

    const bare = outcomeReviewFromNotification(maintainedWithEhcp);
    assert.equal(bare.notificationId, undefined);
    assert.equal(bare.pupil?.upn, 'Q830200024001');
  });

  it('suggests the provision as the new school of a managed move only when it is a mainstream school', () => {
    const draft = outcomeReviewFromNotification(envelopeOf(maintainedWithEhcp));
    assert.deepEqual(suggestedNewSchool(draft.provision), { name: 'Valley Academy', laestab: '8304002', urn: '145678', kind: 'mainstream-school' });
    assert.equal(suggestedNewSchool({ kind: 'special-school', name: 'x', laestab: '8307001' }), undefined);
    assert.equal(suggestedNewSchool(undefined), undefined);
  });
});
