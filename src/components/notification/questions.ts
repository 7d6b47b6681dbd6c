import { msg, str } from '@lit/localize';
import type { ProvisionKind } from '../../schema/index.js';

/*
 * The wording of the notification's questions, in one place so the questions step and check your answers always
 * name an answer the same way. Functions, not constants: `msg()` must run at render time to follow the locale.
 */

/** The short names of the answers, as check your answers lists them. */
export function answerKeys() {
  return {
    homeSchoolName: msg('School name'),
    homeSchoolLaestab: msg('DfE number (LAESTAB)'),
    homeSchoolUrn: msg('URN'),
    governance: msg('Type of school'),
    submittedByName: msg('Name'),
    submittedByRole: msg('Role'),
    submittedByEmail: msg('Email address'),
    submittedByPhone: msg('Phone number'),
    firstName: msg('Legal first name'),
    lastName: msg('Legal last name'),
    dateOfBirth: msg('Date of birth'),
    upn: msg('UPN'),
    yearGroup: msg('Year group'),
    hasEhcp: msg('EHC plan'),
    isLookedAfter: msg('Looked after'),
    hasSocialWorker: msg('Has a social worker'),
    provisionKind: msg('Kind of provision'),
    provisionName: msg('Name'),
    provisionLaestab: msg('DfE number (LAESTAB)'),
    provisionUrn: msg('URN'),
    address: msg('Address'),
    reportToName: msg('Reports on the first day to'),
    reportToRole: msg('Their role'),
    reportToPhone: msg('Their phone number'),
    reportToEmail: msg('Their email address'),
    decisionDate: msg('Direction decided on'),
    startDate: msg('Start date'),
    estimatedEndDate: msg('Estimated end date'),
    placementSchoolDays: msg('Length'),
    reasons: msg('Reasons'),
    objectives: msg('Objectives'),
    interventionsTried: msg('Interventions already tried'),
    firstReviewDate: msg('First review'),
    offsiteHours: msg('Hours a week at the provision'),
    homeSchoolHours: msg('Hours a week at your school'),
    otherHours: msg('Hours a week elsewhere'),
    totalHours: msg('Total hours a week'),
    sessionPattern: msg('Sessions a day'),
    morningStart: msg('Morning session starts'),
    breakStart: msg('Break starts'),
    breakEnd: msg('Break ends'),
    afternoonEnd: msg('Afternoon session ends'),
    sessionStart: msg('Session starts'),
    sessionEnd: msg('Session ends'),
    parentNoticeDate: msg('Parents given written notice'),
    virtualSchool: msg('Virtual school head told'),
    socialWorker: msg('Social worker told'),
    dualRegistration: msg('Dual registration'),
    accurate: msg('Information is accurate'),
  };
}

/** The section headings, shared by the questions and check your answers. */
export function sectionHeadings() {
  return {
    homeSchool: msg('Your school'),
    submittedBy: msg('Your details'),
    pupil: msg('The pupil'),
    provision: msg('Where the pupil will go'),
    placement: msg('The placement'),
    timetable: msg('Hours and sessions'),
    informed: msg('Who has been told'),
    declarations: msg('Declarations'),
  };
}

/** Each kind of provision with the hint that says what counts as a registered school. */
export function provisionKindOptions(): { value: ProvisionKind; label: string; hint: string }[] {
  return [
    {
      value: 'mainstream-school',
      label: msg('Another mainstream school'),
      hint: msg(
        'A maintained school, academy or free school listed on Get Information about Schools. It registers the pupil too.',
      ),
    },
    {
      value: 'special-school',
      label: msg('A special school'),
      hint: msg('A maintained or academy special school, or a registered independent special school.'),
    },
    {
      value: 'registered-alternative-provision',
      label: msg('Registered alternative provision'),
      hint: msg(
        'A pupil referral unit, an alternative provision academy or free school, or an independent school registered with the DfE. It has its own DfE number.',
      ),
    },
    {
      value: 'unregistered-alternative-provision',
      label: msg('Unregistered alternative provision'),
      hint: msg(
        'Any other provider, such as a tuition, vocational or outdoor learning provider, that is not registered as a school. The pupil stays on your register only.',
      ),
    },
  ];
}

export function provisionKindLabel(kind: unknown): string | undefined {
  return provisionKindOptions().find((option) => option.value === kind)?.label;
}

export function yearGroupLabel(yearGroup: string): string {
  return yearGroup === 'R' ? msg('Reception') : msg(str`Year ${yearGroup}`);
}

export function sessionPatternLabel(pattern: unknown): string | undefined {
  if (pattern === 'two-sessions') return msg('Two sessions, morning and afternoon, with a break between');
  if (pattern === 'one-session') return msg('One session');
  return undefined;
}
