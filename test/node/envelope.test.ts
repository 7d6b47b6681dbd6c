// The submission envelope (CONTRACT §4): built from a checked form, accepted by the exported schemas, and
// re-checked by a backend that trusts nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkEnvelope, checkNotification, checkOutcomeReview, createEnvelope, formNames, notificationEnvelopeSchema,
  outcomeReviewEnvelopeSchema, SCHEMA_VERSION, type Finding,
} from '../../src/schema/index.js';
import {
  academyUnregisteredPartTime, exampleToday, managedMoveReview, maintainedWithEhcp, reviewToday,
} from '../fixtures/examples.js';

const NOTIFICATION_ID = '0b6f4c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f';
const REVIEW_ID = '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5';

function notificationEnvelope(draft: unknown = academyUnregisteredPartTime, extraFindings: Finding[] = []) {
  const checked = checkNotification(draft, { today: exampleToday });
  assert.equal(checked.ok, true, JSON.stringify(checked.findings));
  return createEnvelope({
    form: 'offsite-direction-notification',
    submissionId: NOTIFICATION_ID,
    today: exampleToday,
    data: checked.data,
    derived: checked.derived,
    findings: [...checked.findings, ...extraFindings],
  });
}

function reviewEnvelope() {
  const checked = checkOutcomeReview(managedMoveReview, { today: reviewToday });
  assert.equal(checked.ok, true, JSON.stringify(checked.findings));
  return createEnvelope({
    form: 'offsite-direction-outcome-review',
    submissionId: REVIEW_ID,
    today: reviewToday,
    data: checked.data,
    derived: checked.derived,
    findings: checked.findings,
    submittedAt: '2026-04-22T10:00:00.000Z',
    locale: 'en-GB',
  });
}

/** A JSON copy, as a backend receives it. */
const overTheWire = <T>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('createEnvelope', () => {
  it('builds the CONTRACT §4 envelope', () => {
    const before = Date.now();
    const envelope = notificationEnvelope();
    assert.equal(envelope.form, 'offsite-direction-notification');
    assert.equal(envelope.schemaVersion, 1);
    assert.equal(SCHEMA_VERSION, 1);
    assert.equal(envelope.submissionId, NOTIFICATION_ID);
    assert.equal(envelope.today, exampleToday);
    assert.equal(envelope.locale, 'en-GB');
    assert.deepEqual(envelope.localAuthority, { name: 'Derbyshire County Council', code: '830' });
    assert.match(envelope.submittedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.ok(Date.parse(envelope.submittedAt) >= before - 1000 && Date.parse(envelope.submittedAt) <= Date.now() + 1000);
    assert.deepEqual(
      envelope.findings.map((item) => item.code).sort(),
      ['academy-non-statutory', 'part-time-timetable-required', 'upn-temporary'],
    );
    assert.deepEqual(formNames, ['offsite-direction-notification', 'offsite-direction-outcome-review']);
  });

  it('never carries an error', () => {
    const error: Finding = { code: 'upn-invalid', severity: 'error', path: 'pupil.upn', message: 'Enter the UPN' };
    const envelope = notificationEnvelope(maintainedWithEhcp, [error]);
    assert.deepEqual(envelope.findings, []);
  });

  it('names the configured local authority', () => {
    const checked = checkNotification(maintainedWithEhcp, { today: exampleToday });
    const envelope = createEnvelope({
      form: 'offsite-direction-notification', submissionId: NOTIFICATION_ID, today: exampleToday, data: checked.data,
      derived: checked.derived, findings: checked.findings, config: { localAuthority: { name: 'Test Borough Council', code: '999' } },
    });
    assert.deepEqual(envelope.localAuthority, { name: 'Test Borough Council', code: '999' });
  });
});

describe('the envelope schemas', () => {
  it('accept a real notification envelope, before and after JSON', () => {
    const envelope = notificationEnvelope();
    assert.equal(notificationEnvelopeSchema.safeParse(envelope).success, true);
    const parsed = notificationEnvelopeSchema.safeParse(overTheWire(envelope));
    assert.equal(parsed.success, true);
    assert.deepEqual(parsed.data, overTheWire(envelope));
  });

  it('accept a real outcome review envelope', () => {
    const envelope = reviewEnvelope();
    assert.equal(outcomeReviewEnvelopeSchema.safeParse(overTheWire(envelope)).success, true);
  });

  it('accept an outcome review envelope with derived.calendarApproximate or without it, but not a malformed one', () => {
    const usual = reviewEnvelope();
    assert.equal('calendarApproximate' in (usual.derived as object), false, 'left out when false, as version 1 first described');
    const approximate = { ...usual, derived: { ...usual.derived, calendarApproximate: true } };
    assert.equal(outcomeReviewEnvelopeSchema.safeParse(overTheWire(approximate)).success, true);
    assert.equal(checkEnvelope(overTheWire(approximate)).ok, true);
    const malformed = { ...usual, derived: { ...usual.derived, calendarApproximate: 'no' } };
    assert.equal(outcomeReviewEnvelopeSchema.safeParse(overTheWire(malformed)).success, false);
  });

  it('do not accept each other\'s envelopes', () => {
    assert.equal(outcomeReviewEnvelopeSchema.safeParse(notificationEnvelope()).success, false);
    assert.equal(notificationEnvelopeSchema.safeParse(reviewEnvelope()).success, false);
  });

  it('reject an envelope carrying an error finding, a bad id or a wrong version', () => {
    const envelope = overTheWire(notificationEnvelope());
    const withError = { ...envelope, findings: [{ code: 'required', severity: 'error', path: 'pupil.upn', message: 'Enter the UPN' }] };
    assert.equal(notificationEnvelopeSchema.safeParse(withError).success, false);
    assert.equal(notificationEnvelopeSchema.safeParse({ ...envelope, submissionId: 'not-a-uuid' }).success, false);
    assert.equal(notificationEnvelopeSchema.safeParse({ ...envelope, schemaVersion: 2 }).success, false);
    assert.equal(notificationEnvelopeSchema.safeParse({ ...envelope, today: '2026-02-30' }).success, false);
  });

  it('reject data that the form would not have output', () => {
    const envelope = overTheWire(notificationEnvelope()) as { data: { pupil: Record<string, unknown> } };
    envelope.data.pupil.upn = 'q830 2000 2400 1';
    assert.equal(notificationEnvelopeSchema.safeParse(envelope).success, true, 'the schema normalises, like the form');
    envelope.data.pupil.upn = 'Q207000016049';
    assert.equal(notificationEnvelopeSchema.safeParse(envelope).success, false);
  });
});

describe('checkEnvelope', () => {
  it('accepts a real envelope after JSON, with its warnings prefixed data.', () => {
    const result = checkEnvelope(overTheWire(notificationEnvelope()));
    assert.equal(result.ok, true, JSON.stringify(result.findings));
    assert.equal(result.form, 'offsite-direction-notification');
    assert.ok(result.findings.some((item) => item.code === 'part-time-timetable-required' && item.path === 'data.timetable'));
    assert.ok(result.findings.every((item) => item.severity !== 'error'));

    const review = checkEnvelope(overTheWire(reviewEnvelope()));
    assert.equal(review.ok, true, JSON.stringify(review.findings));
    assert.equal(review.form, 'offsite-direction-outcome-review');
    assert.ok(review.findings.some((item) => item.code === 'managed-move-data-returns' && item.path === 'data.outcome'));
  });

  it('flags tampered data with findings on data. paths', () => {
    const envelope = overTheWire(notificationEnvelope()) as { data: Record<string, Record<string, unknown>> };
    envelope.data.pupil!.upn = 'Q207000016049';
    envelope.data.timetable!.offsiteHoursPerWeek = 0;
    delete envelope.data.placement!.reasons;
    const result = checkEnvelope(envelope);
    assert.equal(result.ok, false);
    assert.ok(result.findings.some((item) => item.code === 'upn-invalid' && item.path === 'data.pupil.upn'));
    assert.ok(result.findings.some((item) => item.code === 'hours-out-of-range' && item.path === 'data.timetable.offsiteHoursPerWeek'));
    assert.ok(result.findings.some((item) => item.code === 'required' && item.path === 'data.placement.reasons'));
    for (const item of result.findings) if (item.path !== undefined) assert.match(item.path, /^data\./);
  });

  it('flags data that breaks a cross-field rule the shape cannot see', () => {
    const envelope = overTheWire(notificationEnvelope(maintainedWithEhcp)) as { data: Record<string, Record<string, unknown>> };
    envelope.data.declarations!.dualRegistration = false;
    const result = checkEnvelope(envelope);
    assert.equal(result.ok, false);
    assert.ok(result.findings.some((item) => item.code === 'dual-registration-required' && item.path === 'data.declarations.dualRegistration'));
  });

  it('re-checks the data as of the envelope\'s today', () => {
    const envelope = overTheWire(notificationEnvelope(maintainedWithEhcp));
    assert.equal(checkEnvelope(envelope).ok, true);
    const backdated = { ...envelope, today: '2026-03-01' };
    const result = checkEnvelope(backdated);
    assert.equal(result.ok, false);
    assert.ok(result.findings.some((item) => item.code === 'parent-notice-in-future' && item.path === 'data.notices.parentNoticeDate'));
  });

  it('flags a malformed envelope around valid data', () => {
    const envelope = overTheWire(notificationEnvelope());
    const result = checkEnvelope({ ...envelope, submissionId: 'x', localAuthority: { name: 'Derbyshire County Council', code: '83' } });
    assert.equal(result.ok, false);
    const paths = result.findings.filter((item) => item.code === 'envelope-invalid').map((item) => item.path).sort();
    assert.deepEqual(paths, ['localAuthority.code', 'submissionId']);
  });

  it('refuses an unknown form', () => {
    for (const envelope of [{ form: 'offsite-direction-something' }, {}, null, 'text', 42, []]) {
      const result = checkEnvelope(envelope);
      assert.equal(result.ok, false);
      assert.equal(result.form, undefined);
      assert.deepEqual(result.findings.map((item) => [item.code, item.severity, item.path]), [['envelope-invalid', 'error', 'form']]);
    }
  });
});
