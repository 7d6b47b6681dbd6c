/**
 * The catalogue of finding codes, and the rules a JSON Schema cannot express (listed in the generated JSON
 * Schema files' descriptions for backends not written in JavaScript). Codes are stable: add, never rename.
 */
import type { Severity } from './result.js';
import type { FormName } from './envelope.js';

export interface RuleEntry {
  code: string;
  severity: Severity;
  forms: readonly FormName[];
  /** When it fires, in plain words. */
  description: string;
}

const N = 'offsite-direction-notification';
const R = 'offsite-direction-outcome-review';
const both = [N, R] as const;

export const findingCodes = Object.freeze([
  { code: 'required', severity: 'error', forms: both, description: 'A required answer is missing.' },
  { code: 'date-invalid', severity: 'error', forms: both, description: 'A date is not a real date written YYYY-MM-DD.' },
  { code: 'upn-invalid', severity: 'error', forms: both, description: 'The UPN is malformed or its check letter does not match.' },
  { code: 'laestab-invalid', severity: 'error', forms: both, description: 'A LAESTAB is not 7 digits.' },
  { code: 'urn-invalid', severity: 'error', forms: both, description: 'A URN is not 6 digits.' },
  { code: 'postcode-invalid', severity: 'error', forms: [N], description: 'The postcode is not a UK postcode.' },
  { code: 'email-invalid', severity: 'error', forms: both, description: 'An email address is malformed.' },
  { code: 'phone-invalid', severity: 'error', forms: both, description: 'A phone number is not a UK number.' },
  { code: 'number-invalid', severity: 'error', forms: [N], description: 'Hours are not a number.' },
  { code: 'time-invalid', severity: 'error', forms: [N], description: 'A session time is not HH:MM.' },
  { code: 'too-long', severity: 'error', forms: both, description: 'A text answer is longer than allowed.' },
  { code: 'option-invalid', severity: 'error', forms: both, description: 'An answer is not one of the options.' },
  { code: 'date-of-birth-in-future', severity: 'error', forms: both, description: 'The date of birth is after today.' },
  { code: 'end-before-start', severity: 'error', forms: both, description: 'The estimated end date is before the start date.' },
  { code: 'decision-after-start', severity: 'error', forms: [N], description: 'The direction was decided after the start date.' },
  { code: 'parent-notice-in-future', severity: 'error', forms: both, description: 'The date parents were told is after today.' },
  { code: 'hours-out-of-range', severity: 'error', forms: [N], description: 'Hours are negative or over 60, or off-site hours are 0.' },
  { code: 'sessions-out-of-order', severity: 'error', forms: [N], description: 'Session times are not in order.' },
  { code: 'same-school', severity: 'error', forms: both, description: 'The provision or new school has the home school\'s LAESTAB.' },
  { code: 'dual-registration-required', severity: 'error', forms: [N], description: 'The provision is a registered school and dual registration is not declared.' },
  { code: 'la-notice-late', severity: 'warning', forms: [N], description: 'EHC plan, and today is after the notice deadline.' },
  { code: 'parent-notice-late', severity: 'warning', forms: [N], description: 'Parents were given notice after the notice deadline.' },
  { code: 'part-time-timetable-required', severity: 'warning', forms: [N], description: 'Total weekly hours are below the part-time threshold.' },
  { code: 'start-not-school-day', severity: 'warning', forms: [N], description: 'The start date is not a school day.' },
  { code: 'start-in-past', severity: 'warning', forms: [N], description: 'The start date is before today.' },
  { code: 'review-outside-placement', severity: 'warning', forms: [N], description: 'The first review date is outside the placement.' },
  { code: 'virtual-school-not-informed', severity: 'warning', forms: [N], description: 'Looked-after pupil; the virtual school head was not told.' },
  { code: 'social-worker-not-informed', severity: 'warning', forms: [N], description: 'The pupil\'s social worker was not told.' },
  { code: 'upn-temporary', severity: 'info', forms: [N], description: 'The UPN is temporary.' },
  { code: 'upn-unknown-la', severity: 'warning', forms: [N], description: 'The UPN\'s LA code is not on the DfE list.' },
  { code: 'academy-non-statutory', severity: 'info', forms: [N], description: 'An academy: the regulations do not bind it, the LA still asks for the form.' },
  { code: 'request-after-review', severity: 'error', forms: [R], description: 'The review was asked for after the review meeting.' },
  { code: 'next-review-outside-placement', severity: 'warning', forms: [R], description: 'An extension\'s next review is not after this review and by the new end date.' },
  { code: 'parent-notice-before-decision', severity: 'warning', forms: [N], description: 'Parents were given notice before the direction was decided.' },
  { code: 'home-school-other-la', severity: 'warning', forms: both, description: 'The home school\'s DfE number carries another authority\'s LA code.' },
  { code: 'calendar-approximate', severity: 'info', forms: both, description: 'No term dates cover the dates counted or judged.' },
  { code: 'review-before-start', severity: 'error', forms: [R], description: 'The review date is before the placement start.' },
  { code: 'review-in-future', severity: 'error', forms: [R], description: 'The review date is after today.' },
  { code: 'extension-not-later', severity: 'error', forms: [R], description: 'The new end date is not after the notified estimated end date.' },
  { code: 'return-before-start', severity: 'error', forms: [R], description: 'The return or move date is before the placement start.' },
  { code: 'managed-move-not-agreed', severity: 'error', forms: [R], description: 'Parents or the new school\'s admission authority have not agreed.' },
  { code: 'managed-move-not-in-best-interests', severity: 'error', forms: [R], description: 'The move is not in the pupil\'s best interests.' },
  { code: 'managed-move-not-mainstream', severity: 'error', forms: [R], description: 'The new school is not a mainstream school.' },
  { code: 'ended-early', severity: 'info', forms: [R], description: 'Return before the estimated end date; a reason is then required.' },
  { code: 'return-not-school-day', severity: 'warning', forms: [R], description: 'The return date is not a school day.' },
  { code: 'managed-move-start-not-school-day', severity: 'warning', forms: [R], description: 'The start date at the new school is not a school day.' },
  { code: 'managed-move-ehcp', severity: 'warning', forms: [R], description: 'EHC plan, and the LA SEND team was not consulted.' },
  { code: 'provision-laestab-missing', severity: 'warning', forms: [R], description: 'A registered school provision without its LAESTAB.' },
  { code: 'la-review-request-without-ehcp', severity: 'info', forms: [R], description: 'The LA asked for the review, and the pupil has no EHC plan.' },
  { code: 'request-date-missing', severity: 'warning', forms: [R], description: 'A review asked for by a parent or the LA without the request date.' },
  { code: 'review-request-within-10-weeks', severity: 'info', forms: [R], description: 'A requested review within 10 weeks of the previous review meeting.' },
  { code: 'managed-move-data-returns', severity: 'info', forms: [R], description: 'A managed move: CML from the home school, CMJ from the new school.' },
] as const satisfies readonly RuleEntry[]);

export type FindingCode = (typeof findingCodes)[number]['code'];

/** Rules that join several fields: JSON Schema checks shapes, `./schema` checks these. */
export const crossFieldRules: readonly { form: FormName; code: string; description: string }[] = Object.freeze([
  { form: N, code: 'required', description: 'provision.laestab is required when provision.kind is a registered school (mainstream-school, special-school, registered-alternative-provision).' },
  { form: N, code: 'dual-registration-required', description: 'declarations.dualRegistration must be true when the provision is a registered school.' },
  { form: R, code: 'required', description: 'outcome.reason is required for a return before placement.estimatedEndDate.' },
  ...findingCodes
    .filter((entry) => entry.severity === 'error' && !['required', 'date-invalid', 'upn-invalid', 'laestab-invalid', 'urn-invalid', 'postcode-invalid', 'email-invalid', 'phone-invalid', 'number-invalid', 'time-invalid', 'too-long', 'option-invalid'].includes(entry.code))
    .flatMap((entry) => entry.forms.map((form) => ({ form, code: entry.code, description: entry.description }))),
]);
