import './zod.js';
import * as z from 'zod/mini';
import { addDays, daysBetween, isIsoDate, localToday } from './dates.js';
import { resolveConfig } from './config.js';
import { outcomeReviewFields } from './fields.js';
import { fieldMessage } from './messages.js';
import {
  homeSchoolSchema, isRegisteredProvision, provisionIdentityShape, provisionKinds, pupilIdentityShape, registrationFor,
  submittedBySchema, type DeepPartial,
  type NotificationData,
} from './notification.js';
import {
  dropAt, fieldSchemas as f, finding, getAt, homeSchoolInAnotherLa, isPlainObject, issuesToFindings, prepareDraft, read, sectionParser,
  ruleFindings,
} from './parts.js';
import type { CheckOptions, CheckResult } from './result.js';

export const outcomeKinds = ['extension', 'return', 'managed-move'] as const;
export const reviewRequesters = ['scheduled', 'parent', 'local-authority'] as const;
/** A review requested within this many days of the last review meeting need not be held (reg 4A). */
export const REVIEW_REQUEST_WINDOW_DAYS = 70;

export const outcomeReviewDataSchema = z.object({
  notificationId: z.optional(f.shortText()),
  homeSchool: homeSchoolSchema,
  submittedBy: submittedBySchema,
  pupil: z.object({ ...pupilIdentityShape, hasEhcp: z.boolean() }),
  provision: z.object(provisionIdentityShape),
  placement: z.object({ startDate: f.date(), estimatedEndDate: f.date() }),
  review: z.object({
    date: f.date(),
    requestedBy: z.enum(reviewRequesters),
    requestDate: z.optional(f.date()),
    previousReviewDate: z.optional(f.date()),
  }),
  outcome: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('extension'),
      newEstimatedEndDate: f.date(),
      reason: f.longText(),
      nextReviewDate: f.date(),
    }),
    z.object({ kind: z.literal('return'), returnDate: f.date(), reason: z.optional(f.longText()) }),
    z.object({
      kind: z.literal('managed-move'),
      startDate: f.date(),
      newSchool: z.object({
        name: f.shortText(),
        laestab: f.laestab(),
        urn: z.optional(f.urn()),
        kind: z.enum(provisionKinds),
      }),
      parentsAgreed: z.boolean(),
      admissionAuthorityAgreed: z.boolean(),
      inBestInterests: z.boolean(),
      localAuthoritySendConsulted: z.optional(z.boolean()),
    }),
  ]),
  notices: z.object({ parentOutcomeNoticeDate: f.date() }),
  declarations: z.object({ accurate: f.confirmed() }),
});

export type OutcomeReviewData = z.output<typeof outcomeReviewDataSchema>;
/** `outcomeReviewDataSchema.safeParse`, one section at a time, unchanged sections not checked again (made at first use). */
let parseOutcomeReviewData: ReturnType<typeof sectionParser<OutcomeReviewData>> | undefined;
export type OutcomeReviewDraft = DeepPartial<OutcomeReviewData>;
export type OutcomeKind = (typeof outcomeKinds)[number];

const unchangedRegistration = z.object({
  change: z.literal('unchanged'),
  kind: z.enum(['dual', 'single']),
  homeSchool: z.enum(['main', 'single']),
  provision: z.nullable(z.literal('subsidiary')),
  homeSchoolAttendanceCode: z.enum(['D', 'B']),
});
const returnRegistration = z.object({
  change: z.literal('return'),
  homeSchool: z.literal('single'),
  /** `subsidiary-ended` when the pupil was dual registered at the provision. */
  provision: z.nullable(z.literal('subsidiary-ended')),
});
const managedMoveRegistration = z.object({
  change: z.literal('managed-move'),
  homeSchool: z.literal('off-roll'),
  newSchool: z.literal('main'),
  dataReturns: z.object({ homeSchool: z.literal('CML'), newSchool: z.literal('CMJ') }),
});

export const outcomeReviewDerivedSchema = z.object({
  outcome: z.nullable(z.enum(outcomeKinds)),
  endedEarly: z.nullable(z.boolean()),
  placementSchoolDays: z.nullable(z.number()),
  /**
   * Present, and true, when no term dates cover a date counted or judged, so school-day answers are approximate.
   * Added after version 1 was first described, so optional and left out when false: an envelope without it is
   * what every receiver of version 1 accepts.
   */
  calendarApproximate: z.optional(z.boolean()),
  registration: z.nullable(z.discriminatedUnion('change', [unchangedRegistration, returnRegistration, managedMoveRegistration])),
});
export type OutcomeReviewDerived = z.output<typeof outcomeReviewDerivedSchema>;
export type OutcomeRegistration = NonNullable<OutcomeReviewDerived['registration']>;
export type OutcomeReviewCheck = CheckResult<OutcomeReviewData, OutcomeReviewDerived>;

const GROUPS = ['homeSchool', 'submittedBy', 'pupil', 'provision', 'placement', 'review', 'outcome', 'notices', 'declarations'];

/** Every rule of the outcome review on a draft. Never throws; answers that do not apply are dropped. */
export function checkOutcomeReview(input: unknown, options: CheckOptions = {}): OutcomeReviewCheck {
  const locale = options.locale ?? 'en-GB';
  const today = isIsoDate(options.today) ? options.today : localToday();
  const { config, calendar } = resolveConfig(options.config);
  const draft = prepareDraft(input, GROUPS, []);

  const provisionKind = getAt(draft, 'provision.kind');
  if (provisionKind === 'unregistered-alternative-provision') {
    dropAt(draft, 'provision.laestab');
    dropAt(draft, 'provision.urn');
  }
  const requestedBy = getAt(draft, 'review.requestedBy');
  if (requestedBy === 'scheduled') {
    dropAt(draft, 'review.requestDate');
    dropAt(draft, 'review.previousReviewDate');
  }
  const hasEhcp = read.boolean(draft, 'pupil.hasEhcp');
  const outcomeKind = getAt(draft, 'outcome.kind');
  if (outcomeKind === 'managed-move' && hasEhcp !== true) dropAt(draft, 'outcome.localAuthoritySendConsulted');
  if (outcomeKind === 'managed-move' && !isPlainObject(getAt(draft, 'outcome.newSchool'))) {
    (draft.outcome as Record<string, unknown>).newSchool = {};
  }

  parseOutcomeReviewData ??= sectionParser<OutcomeReviewData>(outcomeReviewDataSchema);
  const parsed = parseOutcomeReviewData(draft);
  const findings = parsed.success ? [] : issuesToFindings(parsed.issues, draft, outcomeReviewFields);
  const required = (path: string) =>
    findings.push(finding('required', 'error', path, fieldMessage('required', outcomeReviewFields[path], {})));

  const { findings: rules, add } = ruleFindings(locale);
  // CONTRACT §5 makes both optional in the review, so a missing one is a warning, never a reason to refuse.
  if (isRegisteredProvision(provisionKind) && getAt(draft, 'provision.laestab') === undefined) {
    add('provision-laestab-missing', 'warning', 'provision.laestab');
  }
  if ((requestedBy === 'parent' || requestedBy === 'local-authority') && getAt(draft, 'review.requestDate') === undefined) {
    add('request-date-missing', 'warning', 'review.requestDate');
  }
  // Reg 4A gives the LA the right to ask for a review only where it maintains the pupil's EHC plan.
  if (requestedBy === 'local-authority' && read.boolean(draft, 'pupil.hasEhcp') === false) {
    add('la-review-request-without-ehcp', 'info', 'review.requestedBy');
  }
  homeSchoolInAnotherLa(draft, config.localAuthority, add);

  const date = (path: string) => read.date(draft, path);
  const startDate = date('placement.startDate');
  const estimatedEndDate = date('placement.estimatedEndDate');
  const reviewDate = date('review.date');
  const dateOfBirth = date('pupil.dateOfBirth');
  const noticeDate = date('notices.parentOutcomeNoticeDate');

  if (dateOfBirth && dateOfBirth > today) add('date-of-birth-in-future', 'error', 'pupil.dateOfBirth');
  if (startDate && estimatedEndDate && estimatedEndDate < startDate) add('end-before-start', 'error', 'placement.estimatedEndDate');
  if (reviewDate && startDate && reviewDate < startDate) add('review-before-start', 'error', 'review.date');
  if (reviewDate && reviewDate > today) add('review-in-future', 'error', 'review.date', { today });
  if (noticeDate && noticeDate > today) add('parent-notice-in-future', 'error', 'notices.parentOutcomeNoticeDate', { today });

  const requestDate = date('review.requestDate');
  const previousReviewDate = date('review.previousReviewDate');
  // A review is held because it was asked for, so the request comes first.
  const requestAfterReview = Boolean(requestDate && reviewDate && requestDate > reviewDate);
  if (requestAfterReview) add('request-after-review', 'error', 'review.requestDate');
  if (!requestAfterReview && requestDate && previousReviewDate && previousReviewDate <= requestDate &&
      daysBetween(previousReviewDate, requestDate) <= REVIEW_REQUEST_WINDOW_DAYS) {
    add('review-request-within-10-weeks', 'info', 'review.requestDate', { previousReviewDate, requestDate });
  }

  let endedEarly: boolean | null = null;
  let lastPlacementDay: string | undefined;
  let registration: OutcomeRegistration | null = null;
  if (outcomeKind === 'extension') {
    endedEarly = false;
    const newEnd = date('outcome.newEstimatedEndDate');
    if (newEnd && estimatedEndDate && newEnd <= estimatedEndDate) {
      add('extension-not-later', 'error', 'outcome.newEstimatedEndDate', { estimatedEndDate });
    }
    const nextReview = date('outcome.nextReviewDate');
    if (nextReview && ((reviewDate && nextReview <= reviewDate) || (newEnd && nextReview > newEnd))) {
      add('next-review-outside-placement', 'warning', 'outcome.nextReviewDate');
    }
    lastPlacementDay = newEnd;
    const unchanged = registrationFor(provisionKind);
    if (unchanged) registration = { change: 'unchanged', ...unchanged };
  } else if (outcomeKind === 'return') {
    const returnDate = date('outcome.returnDate');
    if (returnDate && startDate && returnDate < startDate) add('return-before-start', 'error', 'outcome.returnDate');
    endedEarly = returnDate && estimatedEndDate ? returnDate < estimatedEndDate : null;
    if (endedEarly) {
      add('ended-early', 'info', 'outcome.returnDate', { estimatedEndDate: estimatedEndDate as string, returnDate: returnDate as string });
      if (getAt(draft, 'outcome.reason') === undefined) required('outcome.reason');
    }
    if (returnDate && !calendar.isSchoolDay(returnDate)) add('return-not-school-day', 'warning', 'outcome.returnDate', { date: returnDate });
    lastPlacementDay = returnDate ? addDays(returnDate, -1) : undefined;
    registration = { change: 'return', homeSchool: 'single', provision: isRegisteredProvision(provisionKind) ? 'subsidiary-ended' : null };
  } else if (outcomeKind === 'managed-move') {
    endedEarly = false;
    const moveDate = date('outcome.startDate');
    for (const [path, party] of [['outcome.parentsAgreed', 'parents'], ['outcome.admissionAuthorityAgreed', 'admission-authority']]) {
      if (read.boolean(draft, path as string) === false) add('managed-move-not-agreed', 'error', path as string, { party: party as string });
    }
    if (read.boolean(draft, 'outcome.inBestInterests') === false) {
      add('managed-move-not-in-best-interests', 'error', 'outcome.inBestInterests');
    }
    const newSchoolKind = getAt(draft, 'outcome.newSchool.kind');
    if (newSchoolKind !== undefined && newSchoolKind !== 'mainstream-school') {
      add('managed-move-not-mainstream', 'error', 'outcome.newSchool.kind');
    }
    const homeLaestab = read.laestab(draft, 'homeSchool.laestab');
    if (homeLaestab && homeLaestab === read.laestab(draft, 'outcome.newSchool.laestab')) {
      add('same-school', 'error', 'outcome.newSchool.laestab');
    }
    if (moveDate && startDate && moveDate < startDate) add('return-before-start', 'error', 'outcome.startDate');
    if (moveDate && !calendar.isSchoolDay(moveDate)) {
      add('managed-move-start-not-school-day', 'warning', 'outcome.startDate', { date: moveDate });
    }
    if (hasEhcp && read.boolean(draft, 'outcome.localAuthoritySendConsulted') !== true) {
      add('managed-move-ehcp', 'warning', 'outcome.localAuthoritySendConsulted');
    }
    add('managed-move-data-returns', 'info', 'outcome');
    lastPlacementDay = moveDate ? addDays(moveDate, -1) : undefined;
    registration = {
      change: 'managed-move', homeSchool: 'off-roll', newSchool: 'main', dataReturns: { homeSchool: 'CML', newSchool: 'CMJ' },
    };
  }

  const counted = Boolean(startDate && lastPlacementDay && lastPlacementDay >= startDate);
  // Where no term dates cover a date, the count of school days and the school-day warnings are best guesses.
  const judgedDay = outcomeKind === 'return' ? date('outcome.returnDate') : outcomeKind === 'managed-move' ? date('outcome.startDate') : undefined;
  const calendarApproximate = Boolean(
    (counted && !calendar.coversRange(startDate!, lastPlacementDay!)) || (judgedDay && !calendar.covers(judgedDay)),
  );
  if (calendarApproximate) add('calendar-approximate', 'info', 'placement');

  const derived: OutcomeReviewDerived = {
    outcome: (outcomeKinds as readonly unknown[]).includes(outcomeKind) ? (outcomeKind as OutcomeKind) : null,
    endedEarly,
    placementSchoolDays: counted ? calendar.countSchoolDays(startDate!, lastPlacementDay!) : null,
    // Only when true: an envelope without it is the one version 1 first described, which every receiver accepts.
    ...(calendarApproximate ? { calendarApproximate } : {}),
    registration,
  };

  const all = [...findings, ...rules];
  const ok = !all.some((item) => item.severity === 'error');
  return ok && parsed.success ? { ok, data: parsed.data, derived, findings: all } : { ok: false, derived, findings: all };
}

/**
 * The outcome review answers a notification already gave: school, pupil, provision and placement dates, and
 * the notification's reference. For a mainstream school provision the new school of a managed move defaults to it.
 */
export function outcomeReviewFromNotification(
  notification: { submissionId?: string; data?: DeepPartial<NotificationData> } | DeepPartial<NotificationData>,
): OutcomeReviewDraft {
  const envelope = notification as { submissionId?: unknown; data?: unknown };
  const data = (isPlainObject(envelope.data) ? envelope.data : notification) as DeepPartial<NotificationData>;
  const draft: OutcomeReviewDraft = {};
  if (typeof envelope.submissionId === 'string') draft.notificationId = envelope.submissionId;
  if (data.homeSchool) draft.homeSchool = { ...data.homeSchool };
  if (data.pupil) {
    const { firstName, lastName, dateOfBirth, upn, hasEhcp } = data.pupil;
    draft.pupil = { firstName, lastName, dateOfBirth, upn, hasEhcp };
  }
  if (data.provision) {
    const { kind, name, laestab, urn } = data.provision;
    draft.provision = { kind, name, laestab, urn };
  }
  if (data.placement) {
    draft.placement = { startDate: data.placement.startDate, estimatedEndDate: data.placement.estimatedEndDate };
  }
  return JSON.parse(JSON.stringify(draft)) as OutcomeReviewDraft;
}

/** The managed-move new school a provision suggests: only a mainstream school can be one. */
export function suggestedNewSchool(provision: OutcomeReviewDraft['provision']) {
  if (provision?.kind !== 'mainstream-school') return undefined;
  return { name: provision.name, laestab: provision.laestab, urn: provision.urn, kind: 'mainstream-school' as const };
}
