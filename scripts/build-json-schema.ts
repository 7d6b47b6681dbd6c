// Writes dist/schema/<form>.schema.json: JSON Schema (draft 2020-12) of each form's whole submission envelope,
// for backends not written in JavaScript. The zod schemas in src/schema are the single source; rules that JSON
// Schema cannot express are listed in each file's `description` (JS backends get them from `./schema`).
//
// Run with tsx: `tsx scripts/build-json-schema.ts`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import * as schemaModule from '../src/schema/index.ts';

type FormName = 'offsite-direction-notification' | 'offsite-direction-outcome-review';

interface CrossFieldRule {
  form: FormName;
  code: string;
  description: string;
}

// The envelope on the wire is what the zod schema *outputs* (trimmed, normalised identifiers), so describe the
// output side. Parts zod cannot describe (custom checks, bare transforms) become `{}` rather than failing the
// build; the rules they enforce are the ones listed in the description.
const JSON_SCHEMA_OPTIONS = {
  target: 'draft-2020-12',
  io: 'output',
  unrepresentable: 'any',
} as const;

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

// TODO(lead): drop this fallback once src/schema exports `crossFieldRules`. Kept in step with CONTRACT.md §6:
// the blocking rules that compare fields, dates against `today`, or values against lists and check digits.
const FALLBACK_CROSS_FIELD_RULES: readonly CrossFieldRule[] = [
  { form: 'offsite-direction-notification', code: 'date-invalid', description: 'every date is a real calendar date' },
  { form: 'offsite-direction-notification', code: 'upn-invalid', description: "the UPN's check letter matches its digits" },
  { form: 'offsite-direction-notification', code: 'required', description: 'provision.laestab is required when provision.kind is a registered school' },
  { form: 'offsite-direction-notification', code: 'end-before-start', description: 'placement.estimatedEndDate is not before placement.startDate' },
  { form: 'offsite-direction-notification', code: 'decision-after-start', description: 'placement.decisionDate is not after placement.startDate' },
  { form: 'offsite-direction-notification', code: 'parent-notice-in-future', description: 'notices.parentNoticeDate is not after the envelope\'s `today`' },
  { form: 'offsite-direction-notification', code: 'hours-out-of-range', description: 'weekly hours are 0 to 60 and timetable.offsiteHoursPerWeek is above 0' },
  { form: 'offsite-direction-notification', code: 'sessions-out-of-order', description: 'session times run in order through the day' },
  { form: 'offsite-direction-notification', code: 'same-school', description: "provision.laestab differs from homeSchool.laestab" },
  { form: 'offsite-direction-notification', code: 'dual-registration-required', description: 'declarations.dualRegistration is true when the provision is a registered school' },
  { form: 'offsite-direction-outcome-review', code: 'date-invalid', description: 'every date is a real calendar date' },
  { form: 'offsite-direction-outcome-review', code: 'upn-invalid', description: "the UPN's check letter matches its digits" },
  { form: 'offsite-direction-outcome-review', code: 'review-before-start', description: 'review.date is not before placement.startDate' },
  { form: 'offsite-direction-outcome-review', code: 'review-in-future', description: "review.date is not after the envelope's `today`" },
  { form: 'offsite-direction-outcome-review', code: 'extension-not-later', description: 'outcome.newEstimatedEndDate is after placement.estimatedEndDate' },
  { form: 'offsite-direction-outcome-review', code: 'return-before-start', description: 'outcome.returnDate is not before placement.startDate' },
  { form: 'offsite-direction-outcome-review', code: 'required', description: 'outcome.reason is required when the return is before placement.estimatedEndDate' },
  { form: 'offsite-direction-outcome-review', code: 'managed-move-not-agreed', description: 'a managed move has outcome.parentsAgreed and outcome.admissionAuthorityAgreed true' },
  { form: 'offsite-direction-outcome-review', code: 'managed-move-not-mainstream', description: "a managed move's outcome.newSchool.kind is mainstream-school" },
];

function isCrossFieldRuleList(value: unknown): value is readonly CrossFieldRule[] {
  return (
    Array.isArray(value) &&
    value.every(
      (rule: unknown) =>
        typeof rule === 'object' &&
        rule !== null &&
        typeof (rule as CrossFieldRule).form === 'string' &&
        typeof (rule as CrossFieldRule).code === 'string' &&
        typeof (rule as CrossFieldRule).description === 'string',
    )
  );
}

const exported: unknown = 'crossFieldRules' in schemaModule ? schemaModule.crossFieldRules : undefined;
const crossFieldRules = isCrossFieldRuleList(exported) ? exported : FALLBACK_CROSS_FIELD_RULES;

const forms = [
  {
    form: 'offsite-direction-notification',
    file: 'notification.schema.json',
    title: 'Offsite direction notification: submission envelope',
    summary:
      'The JSON a school sends its local authority when it directs a pupil to attend off-site provision to ' +
      'improve their behaviour.',
    schema: schemaModule.notificationEnvelopeSchema,
    checker: 'checkNotification',
  },
  {
    form: 'offsite-direction-outcome-review',
    file: 'outcome-review.schema.json',
    title: 'Offsite direction outcome review: submission envelope',
    summary:
      'The JSON a school sends its local authority after reviewing an off-site direction: extension, return ' +
      'to the home school, or managed move.',
    schema: schemaModule.outcomeReviewEnvelopeSchema,
    checker: 'checkOutcomeReview',
  },
] as const;

function describe(form: FormName, summary: string, checker: string): string {
  const rules = crossFieldRules.filter((rule) => rule.form === form);
  return [
    summary,
    '',
    `Checks that JSON Schema cannot express. A submission that passes this schema can still fail them; ` +
      `JavaScript backends run them with \`${checker}\` from \`${pkg.name}/schema\`. Each line is one check, ` +
      `then the code of the error finding it raises:`,
    ...rules.map((rule) => `- ${rule.description} [${rule.code}]`),
    '',
    'Warnings and notices (late notice, part-time timetable, school days, who was informed) never block a ' +
      'submission; those that stood at submit time travel in `findings`.',
  ].join('\n');
}

const outDir = new URL('../dist/schema/', import.meta.url);
mkdirSync(outDir, { recursive: true });

for (const { form, file, title, summary, schema, checker } of forms) {
  const generated = toJSONSchema(schema, JSON_SCHEMA_OPTIONS) as Record<string, unknown>;
  const { $schema, ...body } = generated;
  const document = {
    $schema,
    $id: `https://unpkg.com/${pkg.name}@${pkg.version}/dist/schema/${file}`,
    title,
    description: describe(form, summary, checker),
    ...body,
  };
  writeFileSync(new URL(file, outDir), `${JSON.stringify(document, null, 2)}\n`);
  console.log(`dist/schema/${file}: ${crossFieldRules.filter((rule) => rule.form === form).length} rules listed`);
}
