import './zod.js';
import * as z from 'zod/mini';
import { isIsoDate } from './dates.js';
import { resolveConfig } from './config.js';
import { checkNotification, notificationDataSchema, notificationDerivedSchema } from './notification.js';
import { checkOutcomeReview, outcomeReviewDataSchema, outcomeReviewDerivedSchema } from './outcome-review.js';
import type { CheckOptions, Finding } from './result.js';

export const SCHEMA_VERSION = 1;
export const formNames = ['offsite-direction-notification', 'offsite-direction-outcome-review'] as const;
export type FormName = (typeof formNames)[number];

/** A finding as it travels in an envelope: warnings and notices only, never an error. */
export const envelopeFindingSchema = z.object({
  code: z.string(),
  severity: z.enum(['warning', 'info']),
  path: z.optional(z.string()),
  message: z.string(),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

const envelopeFields = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  submissionId: z.uuid(),
  submittedAt: z.iso.datetime(),
  today: z.iso.date(),
  locale: z.string().check(z.minLength(2), z.maxLength(35)),
  localAuthority: z.object({ name: z.string().check(z.minLength(1)), code: z.string().check(z.regex(/^\d{3}$/)) }),
  findings: z.array(envelopeFindingSchema),
};

export const notificationEnvelopeSchema = z.object({
  form: z.literal('offsite-direction-notification'),
  ...envelopeFields,
  data: notificationDataSchema,
  derived: notificationDerivedSchema,
});

export const outcomeReviewEnvelopeSchema = z.object({
  form: z.literal('offsite-direction-outcome-review'),
  ...envelopeFields,
  data: outcomeReviewDataSchema,
  derived: outcomeReviewDerivedSchema,
});

export type NotificationEnvelope = z.output<typeof notificationEnvelopeSchema>;
export type OutcomeReviewEnvelope = z.output<typeof outcomeReviewEnvelopeSchema>;
export type SubmissionEnvelope = NotificationEnvelope | OutcomeReviewEnvelope;

export interface EnvelopeParts<TData, TDerived> {
  form: FormName;
  submissionId: string;
  today: string;
  data: TData;
  derived: TDerived;
  findings: readonly Finding[];
  locale?: string;
  config?: CheckOptions['config'];
  /** Defaults to now. */
  submittedAt?: string;
}

/** The submission envelope of a checked form (CONTRACT §4); errors never travel in it. */
export function createEnvelope<TData, TDerived>(parts: EnvelopeParts<TData, TDerived>) {
  const { localAuthority } = resolveConfig(parts.config).config;
  return {
    form: parts.form,
    schemaVersion: SCHEMA_VERSION,
    submissionId: parts.submissionId,
    submittedAt: parts.submittedAt ?? new Date().toISOString(),
    today: parts.today,
    locale: parts.locale ?? 'en-GB',
    localAuthority: { name: localAuthority.name, code: localAuthority.code },
    data: parts.data,
    derived: parts.derived,
    findings: parts.findings.filter((item) => item.severity !== 'error'),
  };
}

export interface EnvelopeCheck {
  ok: boolean;
  form?: FormName;
  /** Shape problems of the envelope itself, then every finding of the rule checks on its data. */
  findings: Finding[];
}

/**
 * What a backend runs on a received envelope: its shape, then every rule again on its data as of the
 * envelope's `today`. A backend never trusts the browser's word that the data was checked.
 */
export function checkEnvelope(envelope: unknown, options: Omit<CheckOptions, 'today'> = {}): EnvelopeCheck {
  const form = (envelope as { form?: unknown } | null)?.form;
  const schema =
    form === 'offsite-direction-notification' ? notificationEnvelopeSchema
      : form === 'offsite-direction-outcome-review' ? outcomeReviewEnvelopeSchema : undefined;
  if (!schema) {
    return { ok: false, findings: [{ code: 'envelope-invalid', severity: 'error', path: 'form', message: 'The envelope does not name a known form.' }] };
  }
  const today = (envelope as { today?: unknown }).today;
  const check = form === 'offsite-direction-notification' ? checkNotification : checkOutcomeReview;
  const rules = check((envelope as { data?: unknown }).data, { ...options, today: isIsoDate(today) ? today : undefined });
  const shape = schema.safeParse(envelope);
  const shapeFindings: Finding[] = shape.success
    ? []
    : shape.error.issues
        .filter((issue) => issue.path[0] !== 'data')
        .map((issue) => ({
          code: 'envelope-invalid',
          severity: 'error' as const,
          path: issue.path.map(String).join('.'),
          message: `The envelope's "${issue.path.map(String).join('.')}" is missing or malformed.`,
        }));
  const findings = [...shapeFindings, ...rules.findings.map((item) => (item.path ? { ...item, path: `data.${item.path}` } : item))];
  return { ok: shape.success && rules.ok, form: form as FormName, findings };
}
