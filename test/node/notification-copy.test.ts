// The school's saved notification as the outcome review reads it back (CONTRACT §8.2): every copy a notification
// can save is taken, and a copy whose parts the review reads are missing, malformed or contradict the
// notification's rules is refused, as `checkEnvelope` refused it before; what the review does not read is ignored.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkEnvelope, checkNotification, createEnvelope, isNotificationCopy, outcomeReviewFromNotification,
} from '../../src/schema/index.js';
import {
  academyUnregisteredPartTime, exampleToday, lateNotice, maintainedPartTime, maintainedWithEhcp,
} from '../fixtures/examples.js';

const ID = '0b6f4c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f';

function savedCopy(draft: unknown = maintainedWithEhcp) {
  const checked = checkNotification(draft, { today: exampleToday });
  assert.equal(checked.ok, true, JSON.stringify(checked.findings));
  // As the file holds it: JSON text read back.
  return JSON.parse(JSON.stringify(createEnvelope({
    form: 'offsite-direction-notification', submissionId: ID, today: exampleToday,
    data: checked.data, derived: checked.derived, findings: checked.findings,
  }))) as ReturnType<typeof createEnvelope> & { data: Record<string, Record<string, unknown>> };
}

/** A saved copy with one change made by `edit`. */
function changed(edit: (copy: ReturnType<typeof savedCopy>) => void) {
  const copy = savedCopy();
  edit(copy);
  return copy;
}

describe('a saved notification, read back by the outcome review', () => {
  it('takes every copy a notification saves, as checkEnvelope does', () => {
    for (const draft of [maintainedWithEhcp, academyUnregisteredPartTime, maintainedPartTime, lateNotice]) {
      const copy = savedCopy(draft);
      assert.equal(checkEnvelope(copy).ok, true);
      assert.equal(isNotificationCopy(copy), true);
      assert.equal(outcomeReviewFromNotification(copy).pupil?.upn, checkNotification(draft, { today: exampleToday }).data?.pupil.upn);
    }
  });

  it('refuses a copy whose envelope is not a notification of version 1 with its id and times', () => {
    assert.equal(isNotificationCopy(changed((copy) => { copy.form = 'offsite-direction-outcome-review'; })), false);
    assert.equal(isNotificationCopy({ ...savedCopy(), schemaVersion: 2 }), false);
    assert.equal(isNotificationCopy(changed((copy) => { delete (copy as Partial<typeof copy>).submissionId; })), false);
    assert.equal(isNotificationCopy(changed((copy) => { copy.submissionId = 'not-an-id'; })), false);
    assert.equal(isNotificationCopy(changed((copy) => { copy.submittedAt = 'yesterday'; })), false);
    assert.equal(isNotificationCopy(changed((copy) => { copy.today = '2026-02-30'; })), false);
    for (const value of [null, [], 'text', 1, {}]) assert.equal(isNotificationCopy(value), false);
  });

  it('refuses a copy whose school, pupil, provision or placement dates are missing or malformed', () => {
    const refused = (edit: (data: Record<string, Record<string, unknown>>) => void) =>
      assert.equal(isNotificationCopy(changed((copy) => edit(copy.data))), false, edit.toString());
    refused((data) => { data.pupil!.upn = 'Q830200024002'; }); // the check letter no longer fits
    refused((data) => { delete data.pupil!.lastName; });
    refused((data) => { data.pupil!.hasEhcp = 'yes'; });
    refused((data) => { data.pupil!.dateOfBirth = '2012-13-01'; });
    refused((data) => { data.homeSchool!.laestab = '83'; });
    refused((data) => { data.homeSchool!.governance = 'free-school'; });
    refused((data) => { data.provision!.kind = 'somewhere'; });
    refused((data) => { data.provision!.urn = '12'; });
    refused((data) => { data.placement!.startDate = ''; });
    refused((data) => { delete data.placement; });
  });

  it("refuses a copy that breaks the notification's rules on those parts", () => {
    const refused = (edit: (data: Record<string, Record<string, unknown>>) => void) => {
      const copy = changed((c) => edit(c.data));
      assert.equal(checkEnvelope(copy).ok, false, 'checkEnvelope refuses it too');
      assert.equal(isNotificationCopy(copy), false, edit.toString());
    };
    refused((data) => { data.placement!.estimatedEndDate = '2026-03-01'; }); // before the start, 2026-03-09
    refused((data) => { data.pupil!.dateOfBirth = '2026-03-03'; }); // after the copy's today
    refused((data) => { delete data.provision!.laestab; }); // a registered provision's DfE number
    refused((data) => { data.provision!.laestab = data.homeSchool!.laestab; }); // the home school itself
    // Rules on what it does not read stay the receiver's: a changed timetable is still the pupil's placement.
    const otherPart = changed((copy) => { copy.data.timetable!.offsiteHoursPerWeek = 0; });
    assert.equal(checkEnvelope(otherPart).ok, false);
    assert.equal(isNotificationCopy(otherPart), true);
  });
});
