/** Envelopes for the inbox tests, made by the package's own rule checks from the shared example drafts. */
import assert from 'node:assert/strict';
import {
  checkNotification, checkOutcomeReview, createEnvelope, upnCheckLetter, type NotificationDraft, type OutcomeReviewDraft,
} from '../../src/schema/index.js';
import { exampleToday, maintainedWithEhcp, extensionReview, reviewToday } from '../fixtures/examples.js';

export type Envelope = ReturnType<typeof createEnvelope> & { submissionId: string };

export function notificationEnvelope(draft: NotificationDraft = maintainedWithEhcp, { id = crypto.randomUUID(), today = exampleToday } = {}): Envelope {
  const result = checkNotification(draft, { today });
  assert.equal(result.ok, true, JSON.stringify(result.findings.filter((item) => item.severity === 'error')));
  return createEnvelope({ form: 'offsite-direction-notification', submissionId: id, today, data: result.data, derived: result.derived, findings: result.findings });
}

export function reviewEnvelope(draft: OutcomeReviewDraft = extensionReview, { id = crypto.randomUUID(), today = reviewToday } = {}): Envelope {
  const result = checkOutcomeReview(draft, { today });
  assert.equal(result.ok, true, JSON.stringify(result.findings.filter((item) => item.severity === 'error')));
  return createEnvelope({ form: 'offsite-direction-outcome-review', submissionId: id, today, data: result.data, derived: result.derived, findings: result.findings });
}

/** A valid UPN (Derbyshire's LA code, check letter computed) for serial number `n`. */
export function upnFor(n: number): string {
  const rest = `830260${String(n).padStart(6, '0')}`;
  return `${upnCheckLetter(rest)}${rest}`;
}

/** A notification for another pupil (its own UPN, name and school), so register rows can be told apart. */
export function otherPupil(firstName: string, upn: string, overrides: Partial<NotificationDraft> = {}): NotificationDraft {
  return { ...maintainedWithEhcp, pupil: { ...maintainedWithEhcp.pupil, firstName, upn }, ...overrides } as NotificationDraft;
}
