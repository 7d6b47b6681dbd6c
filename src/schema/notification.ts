import './zod.js';
import * as z from 'zod/mini';
import { localToday, isIsoDate } from './dates.js';
import { resolveConfig } from './config.js';
import { notificationFields } from './fields.js';
import { validateUpn } from './identifiers.js';
import {
  dropAt, fieldSchemas as f, finding, getAt, homeSchoolInAnotherLa, issuesToFindings, MAX_HOURS_PER_WEEK, prepareDraft, read, sectionParser,
  ruleFindings,
} from './parts.js';
import { fieldMessage } from './messages.js';
import type { CheckOptions, CheckResult } from './result.js';

export const governanceTypes = ['maintained', 'academy'] as const;
export const provisionKinds = [
  'mainstream-school', 'special-school', 'registered-alternative-provision', 'unregistered-alternative-provision',
] as const;
/** Provision kinds that are registered schools: the pupil is dual registered there and has a LAESTAB. */
export const registeredProvisionKinds = ['mainstream-school', 'special-school', 'registered-alternative-provision'] as const;
export const yearGroups = ['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'] as const;
export const sessionPatterns = ['two-sessions', 'one-session'] as const;

export type ProvisionKind = (typeof provisionKinds)[number];

export const isRegisteredProvision = (kind: unknown): boolean =>
  (registeredProvisionKinds as readonly unknown[]).includes(kind);

export const homeSchoolSchema = z.object({
  name: f.shortText(),
  laestab: f.laestab(),
  urn: z.optional(f.urn()),
  governance: z.enum(governanceTypes),
});

export const submittedBySchema = z.object({
  name: f.shortText(),
  role: f.shortText(),
  email: f.email(),
  phone: f.phone(),
});

/** The fields that name a pupil, in both forms. */
export const pupilIdentityShape = {
  firstName: f.shortText(),
  lastName: f.shortText(),
  dateOfBirth: f.date(),
  upn: f.upn(),
};

/** The fields that name a provision, in both forms (the LAESTAB is required for registered kinds by the checks). */
export const provisionIdentityShape = {
  kind: z.enum(provisionKinds),
  name: f.shortText(),
  laestab: z.optional(f.laestab()),
  urn: z.optional(f.urn()),
};

export const notificationDataSchema = z.object({
  homeSchool: homeSchoolSchema,
  submittedBy: submittedBySchema,
  pupil: z.object({
    ...pupilIdentityShape,
    yearGroup: z.enum(yearGroups),
    hasEhcp: z.boolean(),
    isLookedAfter: z.boolean(),
    hasSocialWorker: z.boolean(),
  }),
  provision: z.object({
    ...provisionIdentityShape,
    address: z.object({
      line1: f.shortText(),
      line2: z.optional(f.shortText()),
      town: f.shortText(),
      postcode: f.postcode(),
    }),
    reportTo: z.object({
      name: f.shortText(),
      role: z.optional(f.shortText()),
      phone: z.optional(f.phone()),
      email: z.optional(f.email()),
    }),
  }),
  placement: z.object({
    decisionDate: f.date(),
    startDate: f.date(),
    estimatedEndDate: f.date(),
    reasons: f.longText(),
    objectives: f.longText(),
    interventionsTried: f.longText(),
    firstReviewDate: f.date(),
  }),
  timetable: z.object({
    offsiteHoursPerWeek: z.number().check(z.gt(0), z.lte(MAX_HOURS_PER_WEEK)),
    homeSchoolHoursPerWeek: f.hours(),
    otherHoursPerWeek: f.hours(),
    sessions: z.discriminatedUnion('pattern', [
      z.object({
        pattern: z.literal('two-sessions'),
        morningStart: f.time(),
        breakStart: f.time(),
        breakEnd: f.time(),
        afternoonEnd: f.time(),
      }),
      z.object({ pattern: z.literal('one-session'), start: f.time(), end: f.time() }),
    ]),
  }),
  notices: z.object({ parentNoticeDate: f.date() }),
  informed: z.object({ virtualSchool: z.optional(z.boolean()), socialWorker: z.optional(z.boolean()) }),
  declarations: z.object({ dualRegistration: z.optional(z.boolean()), accurate: f.confirmed() }),
});

export type NotificationData = z.output<typeof notificationDataSchema>;
/** `notificationDataSchema.safeParse`, one section at a time, unchanged sections not checked again (made at first use). */
let parseNotificationData: ReturnType<typeof sectionParser<NotificationData>> | undefined;
/** A draft as a host or the element holds it: any part may be missing or not yet valid. */
export type NotificationDraft = DeepPartial<NotificationData>;
export type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export const registrationSchema = z.object({
  kind: z.enum(['dual', 'single']),
  homeSchool: z.enum(['main', 'single']),
  provision: z.nullable(z.literal('subsidiary')),
  homeSchoolAttendanceCode: z.enum(['D', 'B']),
});
export type Registration = z.output<typeof registrationSchema>;

export const notificationDerivedSchema = z.object({
  totalHoursPerWeek: z.nullable(z.number()),
  partTimeTimetableRequired: z.nullable(z.boolean()),
  noticeDeadline: z.nullable(z.iso.date()),
  laNoticeLate: z.nullable(z.boolean()),
  parentNoticeLate: z.nullable(z.boolean()),
  placementSchoolDays: z.nullable(z.number()),
  calendarApproximate: z.boolean(),
  statutory: z.nullable(z.boolean()),
  registration: z.nullable(registrationSchema),
});
/** Computed by the rule checks, never typed. A part is null while the answers it needs are missing. */
export type NotificationDerived = z.output<typeof notificationDerivedSchema>;

export type NotificationCheck = CheckResult<NotificationData, NotificationDerived>;

/** Groups made present before parsing so that each missing field is reported on its own path. */
const GROUPS = [
  'homeSchool', 'submittedBy', 'pupil', 'provision', 'provision.address', 'provision.reportTo', 'placement',
  'timetable', 'timetable.sessions', 'notices', 'informed', 'declarations',
];
const HOURS = ['timetable.offsiteHoursPerWeek', 'timetable.homeSchoolHoursPerWeek', 'timetable.otherHoursPerWeek'];

export function registrationFor(kind: unknown): Registration | null {
  if (isRegisteredProvision(kind)) {
    return { kind: 'dual', homeSchool: 'main', provision: 'subsidiary', homeSchoolAttendanceCode: 'D' };
  }
  if (kind === 'unregistered-alternative-provision') {
    return { kind: 'single', homeSchool: 'single', provision: null, homeSchoolAttendanceCode: 'B' };
  }
  return null;
}

/**
 * Every rule of the notification on a draft. Never throws, whatever it is given. Questions that do not apply
 * (a LAESTAB for unregistered provision, the virtual school for a pupil who is not looked after…) are dropped
 * from `data`.
 */
export function checkNotification(input: unknown, options: CheckOptions = {}): NotificationCheck {
  const locale = options.locale ?? 'en-GB';
  const today = isIsoDate(options.today) ? options.today : localToday();
  const { config, calendar } = resolveConfig(options.config);
  const draft = prepareDraft(input, GROUPS, HOURS);

  const kind = getAt(draft, 'provision.kind');
  const registered = isRegisteredProvision(kind);
  if (kind === 'unregistered-alternative-provision') {
    dropAt(draft, 'provision.laestab');
    dropAt(draft, 'provision.urn');
  }
  if (read.boolean(draft, 'pupil.isLookedAfter') !== true) dropAt(draft, 'informed.virtualSchool');
  if (read.boolean(draft, 'pupil.hasSocialWorker') !== true) dropAt(draft, 'informed.socialWorker');
  if (!registered) dropAt(draft, 'declarations.dualRegistration');

  parseNotificationData ??= sectionParser<NotificationData>(notificationDataSchema);
  const parsed = parseNotificationData(draft);
  const findings = parsed.success ? [] : issuesToFindings(parsed.issues, draft, notificationFields);
  if (registered && getAt(draft, 'provision.laestab') === undefined) {
    findings.push(finding('required', 'error', 'provision.laestab', fieldMessage('required', notificationFields['provision.laestab'], {})));
  }

  const { findings: rules, add } = ruleFindings(locale);
  const date = (path: string) => read.date(draft, path);
  const startDate = date('placement.startDate');
  const endDate = date('placement.estimatedEndDate');
  const decisionDate = date('placement.decisionDate');
  const reviewDate = date('placement.firstReviewDate');
  const parentNoticeDate = date('notices.parentNoticeDate');
  const dateOfBirth = date('pupil.dateOfBirth');
  const hasEhcp = read.boolean(draft, 'pupil.hasEhcp');
  const governance = getAt(draft, 'homeSchool.governance');

  if (dateOfBirth && dateOfBirth > today) add('date-of-birth-in-future', 'error', 'pupil.dateOfBirth');
  if (startDate && endDate && endDate < startDate) add('end-before-start', 'error', 'placement.estimatedEndDate');
  if (startDate && decisionDate && decisionDate > startDate) add('decision-after-start', 'error', 'placement.decisionDate');
  if (parentNoticeDate && parentNoticeDate > today) add('parent-notice-in-future', 'error', 'notices.parentNoticeDate', { today });
  if (parentNoticeDate && decisionDate && parentNoticeDate < decisionDate) {
    add('parent-notice-before-decision', 'warning', 'notices.parentNoticeDate', { parentNoticeDate, decisionDate });
  }

  const sessionsOrder = sessionOrderProblem(draft);
  if (sessionsOrder) add('sessions-out-of-order', 'error', sessionsOrder.path, { pattern: sessionsOrder.pattern });

  const homeLaestab = read.laestab(draft, 'homeSchool.laestab');
  if (registered && homeLaestab && homeLaestab === read.laestab(draft, 'provision.laestab')) {
    add('same-school', 'error', 'provision.laestab');
  }
  if (registered && read.boolean(draft, 'declarations.dualRegistration') !== true) {
    add('dual-registration-required', 'error', 'declarations.dualRegistration');
  }

  const noticeSchoolDays = config.noticeSchoolDays;
  const noticeDeadline = startDate ? calendar.addSchoolDays(startDate, -noticeSchoolDays) : null;
  const laNoticeLate = noticeDeadline && hasEhcp !== undefined ? hasEhcp && today > noticeDeadline : null;
  const parentNoticeLate = noticeDeadline && parentNoticeDate ? parentNoticeDate > noticeDeadline : null;
  if (laNoticeLate && noticeDeadline) add('la-notice-late', 'warning', 'placement.startDate', { noticeDeadline, noticeSchoolDays });
  if (parentNoticeLate && noticeDeadline && parentNoticeDate) {
    add('parent-notice-late', 'warning', 'notices.parentNoticeDate', { noticeDeadline, noticeSchoolDays, parentNoticeDate });
  }

  const hours = HOURS.map((path) => read.number(draft, path));
  const hoursKnown = hours.every((value) => value !== undefined && value >= 0 && value <= MAX_HOURS_PER_WEEK);
  // Rounded only to shed floating-point noise (8.333 × 3 is 24.999000000000002), never to a coarser step: a total
  // of 24.999 (or 24.9999999) is under 25 and needs the part-time timetable notification.
  const totalHoursPerWeek = hoursKnown ? Math.round((hours as number[]).reduce((sum, value) => sum + value, 0) * 1e9) / 1e9 : null;
  const partTimeTimetableRequired = totalHoursPerWeek === null ? null : totalHoursPerWeek < config.partTimeThresholdHours;
  if (partTimeTimetableRequired) {
    const params: Record<string, string | number> = { totalHoursPerWeek: totalHoursPerWeek as number, threshold: config.partTimeThresholdHours };
    if (config.localAuthority.partTimeTimetableFormUrl) params.formUrl = config.localAuthority.partTimeTimetableFormUrl;
    add('part-time-timetable-required', 'warning', 'timetable', params);
  }

  if (startDate && !calendar.isSchoolDay(startDate)) add('start-not-school-day', 'warning', 'placement.startDate', { startDate });
  if (startDate && startDate < today) add('start-in-past', 'warning', 'placement.startDate', { startDate });
  if (reviewDate && startDate && endDate && (reviewDate < startDate || reviewDate > endDate)) {
    add('review-outside-placement', 'warning', 'placement.firstReviewDate');
  }
  if (read.boolean(draft, 'pupil.isLookedAfter') && read.boolean(draft, 'informed.virtualSchool') !== true) {
    add('virtual-school-not-informed', 'warning', 'informed.virtualSchool');
  }
  if (read.boolean(draft, 'pupil.hasSocialWorker') && read.boolean(draft, 'informed.socialWorker') !== true) {
    add('social-worker-not-informed', 'warning', 'informed.socialWorker');
  }
  const upn = read.string(draft, 'pupil.upn');
  const upnCheck = upn ? validateUpn(upn) : undefined;
  if (upnCheck?.valid && upnCheck.temporary) add('upn-temporary', 'info', 'pupil.upn');
  if (upnCheck?.valid && !upnCheck.knownLa) add('upn-unknown-la', 'warning', 'pupil.upn', { laCode: upnCheck.laCode });
  homeSchoolInAnotherLa(draft, config.localAuthority, add);
  if (governance === 'academy') add('academy-non-statutory', 'info', 'homeSchool.governance', { localAuthority: config.localAuthority.name });

  const calendarApproximate = Boolean(
    (startDate && noticeDeadline && !calendar.coversRange(noticeDeadline, startDate)) ||
      (startDate && endDate && endDate >= startDate && !calendar.coversRange(startDate, endDate)),
  );
  if (calendarApproximate) add('calendar-approximate', 'info', 'placement');

  const derived: NotificationDerived = {
    totalHoursPerWeek,
    partTimeTimetableRequired,
    noticeDeadline,
    laNoticeLate,
    parentNoticeLate,
    placementSchoolDays: startDate && endDate && endDate >= startDate ? calendar.countSchoolDays(startDate, endDate) : null,
    calendarApproximate,
    statutory: governance === 'maintained' ? true : governance === 'academy' ? false : null,
    registration: registrationFor(kind),
  };

  const all = [...findings, ...rules];
  const ok = !all.some((item) => item.severity === 'error');
  return ok && parsed.success ? { ok, data: parsed.data, derived, findings: all } : { ok: false, derived, findings: all };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The first session time that is not after the one before it, once every time of the pattern is well formed. */
function sessionOrderProblem(draft: Record<string, unknown>): { path: string; pattern: string } | undefined {
  const pattern = getAt(draft, 'timetable.sessions.pattern');
  const keys =
    pattern === 'two-sessions' ? ['morningStart', 'breakStart', 'breakEnd', 'afternoonEnd']
      : pattern === 'one-session' ? ['start', 'end'] : undefined;
  if (!keys) return undefined;
  const times = keys.map((key) => getAt(draft, `timetable.sessions.${key}`));
  if (!times.every((time) => typeof time === 'string' && TIME.test(time))) return undefined;
  for (let index = 1; index < keys.length; index++) {
    if ((times[index] as string) <= (times[index - 1] as string)) {
      return { path: `timetable.sessions.${keys[index]}`, pattern: pattern as string };
    }
  }
  return undefined;
}
