/**
 * The school's saved copy of a notification (CONTRACT §8.2), as the outcome review reads it back: only the parts
 * the review takes from it (the envelope's identity, and the school, the pupil, the provision and the placement
 * dates), each checked by the outcome review's own schema for that part, and the notification's rules that join
 * those parts.
 *
 * Why not `checkEnvelope`: the review fills in nothing else from the file, and `checkEnvelope` brought the
 * envelope schemas and every notification rule into the review's bundle (about 2 KB gzip in the bundle of both
 * forms, 3.5 KB in the review's own; docs/performance.md). A receiver still runs `checkEnvelope` on what is sent.
 */
import './zod.js';
import * as z from 'zod/mini';
import { SCHEMA_VERSION } from './envelope.js';
import { isRegisteredProvision } from './notification.js';
import { outcomeReviewDataSchema } from './outcome-review.js';

const review = outcomeReviewDataSchema.shape;

/** The parts of a notification envelope the outcome review reads; anything else in the file is ignored. */
export const notificationCopySchema = z.object({
  form: z.literal('offsite-direction-notification'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  submissionId: z.uuid(),
  submittedAt: z.iso.datetime(),
  today: review.review.shape.date,
  data: z.object({
    homeSchool: review.homeSchool,
    pupil: review.pupil,
    provision: review.provision,
    placement: review.placement,
  }),
});

/** What the review takes from a saved notification, as the file holds it. */
export type NotificationCopy = z.output<typeof notificationCopySchema>;

/**
 * True when `value` is a notification envelope whose parts the review reads are well formed and agree with the
 * notification's rules on them: the estimated end on or after the start, a date of birth not after the
 * envelope's `today`, and a registered provision with a DfE number (LAESTAB) that is not the home school's.
 */
export function isNotificationCopy(value: unknown): value is NotificationCopy {
  const parsed = notificationCopySchema.safeParse(value);
  if (!parsed.success) return false;
  const { today, data } = parsed.data;
  const { laestab } = data.provision;
  return (
    data.placement.estimatedEndDate >= data.placement.startDate &&
    data.pupil.dateOfBirth <= today &&
    (!isRegisteredProvision(data.provision.kind) || (laestab !== undefined && laestab !== data.homeSchool.laestab))
  );
}
