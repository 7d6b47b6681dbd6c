import { msg, str } from '@lit/localize';
import { formatDateForPeople } from './dates.js';
import { hoursText, schoolDaysText } from './plural.js';
import type { FieldInfo } from './fields.js';

export type FindingParams = Record<string, string | number>;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The sentence for a missing or malformed answer, worded for the field it is about. */
export function fieldMessage(code: string, info: FieldInfo | undefined, params: FindingParams): string {
  const noun = info?.noun() ?? msg('this answer');
  const Noun = capitalise(noun);
  switch (code) {
    case 'required':
      if (info?.kind === 'choice') return msg(str`Select ${noun}`);
      if (info?.kind === 'confirm') return msg(str`Confirm ${noun}`);
      return msg(str`Enter ${noun}`);
    case 'date-invalid':
      switch (params.problem) {
        case 'year-range':
          return msg(str`${Noun} must be a date from ${params.earliest} to ${params.latest}`);
        case 'missing-day':
          return msg(str`${Noun} must include a day`);
        case 'missing-month':
          return msg(str`${Noun} must include a month`);
        case 'missing-year':
          return msg(str`${Noun} must include a year`);
        case 'missing-day-month':
          return msg(str`${Noun} must include a day and month`);
        case 'missing-day-year':
          return msg(str`${Noun} must include a day and year`);
        case 'missing-month-year':
          return msg(str`${Noun} must include a month and year`);
        case 'year-digits':
          return msg(str`The year of ${noun} must have 4 digits, like 2026`);
        default:
          return msg(str`${Noun} must be a real date`);
      }
    case 'date-of-birth-in-future':
      return msg('The date of birth must be in the past');
    case 'upn-invalid':
      return params.problem === 'check-letter'
        ? msg('The UPN\'s check letter does not match the rest of the number: check each character against the pupil\'s records')
        : msg('Enter the UPN as 13 characters: a letter, 11 digits, then a digit or a letter, like Q830200024001');
    case 'laestab-invalid':
      return msg(str`Enter ${noun} as 7 digits: the 3-digit LA code and the 4-digit school number, like 830/2000`);
    case 'urn-invalid':
      return msg(str`Enter ${noun} as 6 digits, like 112906`);
    case 'postcode-invalid':
      return msg('Enter a full UK postcode, like DE4 3AG');
    case 'email-invalid':
      return msg('Enter an email address in the correct format, like name@example.org');
    case 'phone-invalid':
      return msg('Enter a UK phone number, like 01629 533190 or 07700 900982');
    case 'number-invalid':
      return msg(str`${Noun} must be a number, like 12.5`);
    case 'time-invalid':
      return msg(str`Enter ${noun} as a complete time, with hours and minutes, like 09:15`);
    case 'hours-out-of-range':
      return params.offsiteZero
        ? msg(str`${Noun} must be more than 0: an offsite direction needs time at the provision`)
        : msg(str`${Noun} must be between 0 and 60`);
    case 'too-long':
      return msg(str`${Noun} must be ${params.max} characters or fewer`);
    case 'option-invalid':
      return msg(str`Select one of the options for ${noun}`);
    default:
      return msg(str`Check ${noun}`);
  }
}

/** The sentence for a rule finding; dates in `params` are ISO and written for people here. */
export function ruleMessage(code: string, params: FindingParams, locale: string): string {
  const date = (key: string) => formatDateForPeople(String(params[key] ?? ''), locale);
  switch (code) {
    case 'date-of-birth-in-future':
      return msg('The date of birth must be in the past');
    case 'end-before-start':
      return msg('The estimated end date must be the same as or after the start date');
    case 'decision-after-start':
      return msg('The date the direction was decided must be on or before the start date');
    case 'parent-notice-in-future':
      return msg(str`The date parents were given notice cannot be after today (${date('today')})`);
    case 'parent-notice-before-decision':
      return msg(str`The date parents were given notice (${date('parentNoticeDate')}) is before the direction was decided (${date('decisionDate')}): notice is given after the decision. Check both dates.`);
    case 'home-school-other-la':
      return msg(str`Your school's DfE number starts with ${params.laCode}, but ${params.localAuthority}'s code is ${params.localAuthorityCode}: check that ${params.localAuthority} is the right local authority to send this to.`);
    case 'sessions-out-of-order':
      return params.pattern === 'one-session'
        ? msg('The session must end after it starts')
        : msg('Session times must be in order: the morning starts, then the break starts, then the break ends, then the afternoon ends');
    case 'same-school':
      return msg('The provision\'s DfE number is your own school\'s: enter the school or provision the pupil is going to');
    case 'dual-registration-required':
      return msg('Confirm that the pupil will be dual registered: a pupil directed to another school must be on both schools\' registers');
    case 'la-notice-late':
      return msg(str`The local authority that maintains the pupil's EHC plan should have been told by ${date('noticeDeadline')}, ${schoolDaysText(Number(params.noticeSchoolDays), locale)} before the start date. Send this notification now and say why it is late in the reasons.`);
    case 'parent-notice-late':
      return msg(str`Parents should be given written notice by ${date('noticeDeadline')}, ${schoolDaysText(Number(params.noticeSchoolDays), locale)} before the start date; the notice was given on ${date('parentNoticeDate')}.`);
    case 'part-time-timetable-required':
      return msg(str`The pupil will have ${hoursText(Number(params.totalHoursPerWeek ?? 0), locale)} of education a week, below ${hoursText(Number(params.threshold ?? 0), locale)}: you must also send the part-time timetable notification.`);
    case 'start-not-school-day':
      return msg(str`${date('startDate')} is not a school day on the school calendar: check the start date.`);
    case 'start-in-past':
      return msg(str`The start date (${date('startDate')}) is in the past: check it, and send notifications before the placement starts.`);
    case 'review-outside-placement':
      return msg('The first review date is outside the placement: plan it between the start date and the estimated end date.');
    case 'virtual-school-not-informed':
      return msg('The pupil is looked after: tell the virtual school head about the direction.');
    case 'social-worker-not-informed':
      return msg('The pupil has a social worker: tell them about the direction.');
    case 'upn-temporary':
      return msg('This is a temporary UPN: replace it with the permanent UPN when the pupil has one.');
    case 'upn-unknown-la':
      return msg(str`The UPN's local authority code ${params.laCode} is not on the DfE list: check the UPN.`);
    case 'academy-non-statutory':
      return msg(str`Academies are not bound by the offsite direction regulations, but ${params.localAuthority} still asks academies to send this notification.`);
    case 'calendar-approximate':
      return msg('No term dates cover these dates, so school days are counted as weekdays less bank holidays: the count is approximate.');
    case 'provision-laestab-missing':
      return msg('Give the provision\'s DfE number (LAESTAB): the local authority uses it to match this review to the placement.');
    case 'la-review-request-without-ehcp':
      return msg('The regulations let the local authority ask for a review only for a pupil with an EHC plan; the governing board may still hold one.');
    case 'request-date-missing':
      return msg('Give the date the review was asked for: a review asked for in writing must be held as soon as reasonably practicable.');
    case 'review-before-start':
      return msg('The review date must be on or after the placement start date');
    case 'request-after-review':
      return msg('The date the review was asked for must be on or before the date of the review meeting');
    case 'next-review-outside-placement':
      return msg('The next review date is outside the extended placement: plan it after this review and by the new estimated end date.');
    case 'review-in-future':
      return msg(str`The review date cannot be after today (${date('today')})`);
    case 'extension-not-later':
      return msg(str`The new estimated end date must be after the notified estimated end date (${date('estimatedEndDate')})`);
    case 'return-before-start':
      return msg('The return date must be on or after the placement start date');
    case 'managed-move-not-agreed':
      return params.party === 'parents'
        ? msg('A managed move cannot go ahead without the parents\' agreement: it is voluntary. Choose another outcome if they have not agreed.')
        : msg('A managed move cannot go ahead without the agreement of the new school\'s admission authority. Choose another outcome until it agrees.');
    case 'managed-move-not-in-best-interests':
      return msg('A managed move may only happen in the pupil\'s best interests. Choose another outcome if it is not.');
    case 'managed-move-not-mainstream':
      return msg('A managed move is a permanent move to another mainstream school: for other provision, choose another outcome.');
    case 'ended-early':
      return msg(str`The placement ended early, before the estimated end date (${date('estimatedEndDate')}), so the reason for the early return is required.`);
    case 'return-not-school-day':
      return msg(str`${date('date')} is not a school day on the school calendar: check the return date.`);
    case 'managed-move-start-not-school-day':
      return msg(str`${date('date')} is not a school day on the school calendar: check the start date at the new school.`);
    case 'managed-move-ehcp':
      return msg('The pupil has an EHC plan: the local authority SEND team must be involved before the move, to amend the plan.');
    case 'review-request-within-10-weeks':
      return msg('A review meeting was held in the 10 weeks before this request, so the governing board does not have to hold another one.');
    case 'managed-move-data-returns':
      return msg('Data returns: your school takes the pupil off roll and sends a CML file; the new school registers the pupil as main (single) registration and sends a CMJ file within 5 days.');
    default:
      return code;
  }
}
