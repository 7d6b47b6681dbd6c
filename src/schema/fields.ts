import { msg } from '@lit/localize';

/** What kind of answer a field takes: decides which sentence a missing or malformed answer gets. */
export type FieldKind =
  | 'text' | 'choice' | 'date' | 'time' | 'hours' | 'upn' | 'laestab' | 'urn' | 'postcode' | 'email' | 'phone'
  | 'confirm' | 'group';

export interface FieldInfo {
  kind: FieldKind;
  /** The field named inside a sentence, e.g. "the pupil's first name". Localised when called. */
  noun: () => string;
}

const field = (kind: FieldKind, noun: () => string): FieldInfo => ({ kind, noun });

const schoolFields = (prefix: string, who: 'home' | 'provision' | 'new'): Record<string, FieldInfo> => {
  const nouns = {
    home: { name: () => msg('the name of your school'), laestab: () => msg('your school\'s DfE number (LAESTAB)'), urn: () => msg('your school\'s URN') },
    provision: { name: () => msg('the name of the provision'), laestab: () => msg('the provision\'s DfE number (LAESTAB)'), urn: () => msg('the provision\'s URN') },
    new: { name: () => msg('the name of the new school'), laestab: () => msg('the new school\'s DfE number (LAESTAB)'), urn: () => msg('the new school\'s URN') },
  }[who];
  return {
    [`${prefix}.name`]: field('text', nouns.name),
    [`${prefix}.laestab`]: field('laestab', nouns.laestab),
    [`${prefix}.urn`]: field('urn', nouns.urn),
  };
};

const commonFields = (): Record<string, FieldInfo> => ({
  homeSchool: field('group', () => msg('your school')),
  ...schoolFields('homeSchool', 'home'),
  'homeSchool.governance': field('choice', () => msg('whether your school is a maintained school or an academy')),
  submittedBy: field('group', () => msg('your details')),
  'submittedBy.name': field('text', () => msg('your full name')),
  'submittedBy.role': field('text', () => msg('your role')),
  'submittedBy.email': field('email', () => msg('your email address')),
  'submittedBy.phone': field('phone', () => msg('your phone number')),
  pupil: field('group', () => msg('the pupil')),
  'pupil.firstName': field('text', () => msg('the pupil\'s legal first name')),
  'pupil.lastName': field('text', () => msg('the pupil\'s legal last name')),
  'pupil.dateOfBirth': field('date', () => msg('the pupil\'s date of birth')),
  'pupil.upn': field('upn', () => msg('the pupil\'s UPN')),
  'pupil.hasEhcp': field('choice', () => msg('whether the pupil has an EHC plan')),
  provision: field('group', () => msg('the provision')),
  'provision.kind': field('choice', () => msg('the kind of provision')),
  ...schoolFields('provision', 'provision'),
  placement: field('group', () => msg('the placement')),
  'placement.startDate': field('date', () => msg('the start date')),
  'placement.estimatedEndDate': field('date', () => msg('the estimated end date')),
});

/** Every field and group of the notification, by dotted path. */
export const notificationFields: Readonly<Record<string, FieldInfo>> = Object.freeze({
  ...commonFields(),
  'pupil.yearGroup': field('choice', () => msg('the pupil\'s year group')),
  'pupil.isLookedAfter': field('choice', () => msg('whether the pupil is looked after')),
  'pupil.hasSocialWorker': field('choice', () => msg('whether the pupil has a social worker')),
  'provision.address': field('group', () => msg('the provision\'s address')),
  'provision.address.line1': field('text', () => msg('the first line of the address')),
  'provision.address.line2': field('text', () => msg('the second line of the address')),
  'provision.address.town': field('text', () => msg('the town or city')),
  'provision.address.postcode': field('postcode', () => msg('the postcode')),
  'provision.reportTo': field('group', () => msg('who the pupil reports to')),
  'provision.reportTo.name': field('text', () => msg('the name of the person the pupil reports to')),
  'provision.reportTo.role': field('text', () => msg('their role')),
  'provision.reportTo.phone': field('phone', () => msg('their phone number')),
  'provision.reportTo.email': field('email', () => msg('their email address')),
  'placement.decisionDate': field('date', () => msg('the date the direction was decided')),
  'placement.reasons': field('text', () => msg('the reasons for the direction')),
  'placement.objectives': field('text', () => msg('the objectives of the direction')),
  'placement.interventionsTried': field('text', () => msg('the in-school interventions already tried')),
  'placement.firstReviewDate': field('date', () => msg('the first review date')),
  timetable: field('group', () => msg('the timetable')),
  'timetable.offsiteHoursPerWeek': field('hours', () => msg('the hours a week at the provision')),
  'timetable.homeSchoolHoursPerWeek': field('hours', () => msg('the hours a week at your school')),
  'timetable.otherHoursPerWeek': field('hours', () => msg('the hours a week at any other provision')),
  'timetable.sessions': field('group', () => msg('the session times')),
  'timetable.sessions.pattern': field('choice', () => msg('how many sessions the day has')),
  'timetable.sessions.morningStart': field('time', () => msg('the time the morning session starts')),
  'timetable.sessions.breakStart': field('time', () => msg('the time the break starts')),
  'timetable.sessions.breakEnd': field('time', () => msg('the time the break ends')),
  'timetable.sessions.afternoonEnd': field('time', () => msg('the time the afternoon session ends')),
  'timetable.sessions.start': field('time', () => msg('the time the session starts')),
  'timetable.sessions.end': field('time', () => msg('the time the session ends')),
  notices: field('group', () => msg('the notices')),
  'notices.parentNoticeDate': field('date', () => msg('the date parents were given written notice')),
  informed: field('group', () => msg('who else was told')),
  'informed.virtualSchool': field('choice', () => msg('whether the virtual school head was told')),
  'informed.socialWorker': field('choice', () => msg('whether the social worker was told')),
  declarations: field('group', () => msg('the declarations')),
  'declarations.dualRegistration': field('confirm', () => msg('that the pupil will be dual registered')),
  'declarations.accurate': field('confirm', () => msg('that the information you have given is accurate')),
});

/** Every field and group of the outcome review, by dotted path. */
export const outcomeReviewFields: Readonly<Record<string, FieldInfo>> = Object.freeze({
  notificationId: field('text', () => msg('the notification reference')),
  ...commonFields(),
  review: field('group', () => msg('the review')),
  'review.date': field('date', () => msg('the date of the review meeting')),
  'review.requestedBy': field('choice', () => msg('why the review was held')),
  'review.requestDate': field('date', () => msg('the date the review was asked for')),
  'review.previousReviewDate': field('date', () => msg('the date of the previous review meeting')),
  outcome: field('group', () => msg('the outcome')),
  'outcome.kind': field('choice', () => msg('the outcome of the review')),
  'outcome.newEstimatedEndDate': field('date', () => msg('the new estimated end date')),
  'outcome.reason': field('text', () => msg('the reason for this outcome')),
  'outcome.nextReviewDate': field('date', () => msg('the next review date')),
  'outcome.returnDate': field('date', () => msg('the date the pupil returns')),
  'outcome.startDate': field('date', () => msg('the start date at the new school')),
  'outcome.newSchool': field('group', () => msg('the new school')),
  ...schoolFields('outcome.newSchool', 'new'),
  'outcome.newSchool.kind': field('choice', () => msg('the kind of school')),
  'outcome.parentsAgreed': field('choice', () => msg('whether the parents agreed to the move')),
  'outcome.admissionAuthorityAgreed': field('choice', () => msg('whether the new school\'s admission authority agreed')),
  'outcome.inBestInterests': field('choice', () => msg('whether the move is in the pupil\'s best interests')),
  'outcome.localAuthoritySendConsulted': field('choice', () => msg('whether the local authority SEND team was consulted')),
  notices: field('group', () => msg('the notices')),
  'notices.parentOutcomeNoticeDate': field('date', () => msg('the date parents were told of the outcome')),
  declarations: field('group', () => msg('the declarations')),
  'declarations.accurate': field('confirm', () => msg('that the information you have given is accurate')),
});
