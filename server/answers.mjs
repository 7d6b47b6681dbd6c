// Every answer of a notification and of an outcome review, in sections, as the forms' check-your-answers step
// shows them: label, then the answer in words. Derived values and the findings at submission follow.
import { peopleDate } from './html.mjs';

const yesNo = (value) => (value === undefined ? undefined : value ? 'Yes' : 'No');
const hours = (value) => (value === undefined ? undefined : `${value} ${value === 1 ? 'hour' : 'hours'} a week`);
const date = (value) => (value ? peopleDate(value) : undefined);
const label = (labels) => (value) => (value === undefined ? undefined : labels[value] ?? value);

const governance = label({ maintained: 'Maintained school', academy: 'Academy' });
const provisionKind = label({
  'mainstream-school': 'Mainstream school',
  'special-school': 'Special school',
  'registered-alternative-provision': 'Registered alternative provision',
  'unregistered-alternative-provision': 'Unregistered alternative provision',
});
const requestedBy = label({ scheduled: 'Scheduled review', parent: 'Requested by a parent', 'local-authority': 'Requested by the local authority' });
const outcomeKind = label({ extension: 'Extension', return: 'Return to the home school', 'managed-move': 'Managed move' });

/** @typedef {{ label: string, value: string | undefined, long?: boolean }} Row */
/** @typedef {{ title: string, rows: Row[] }} Section */

const school = (title, s) => ({
  title,
  rows: [
    { label: 'Name', value: s.name },
    { label: 'DfE number (LAESTAB)', value: s.laestab },
    { label: 'URN', value: s.urn },
    ...(s.governance ? [{ label: 'Maintained school or academy', value: governance(s.governance) }] : []),
  ],
});
const submittedBy = (p) => ({
  title: 'Sent by',
  rows: [
    { label: 'Name', value: p.name },
    { label: 'Role', value: p.role },
    { label: 'Email address', value: p.email },
    { label: 'Phone number', value: p.phone },
  ],
});
const findings = (list) => ({
  title: 'Warnings and notices when it was sent',
  rows: list.length ? list.map((item) => ({ label: item.code, value: item.message, long: true })) : [{ label: 'None', value: 'No warnings or notices' }],
});
const registration = (r) =>
  !r ? undefined
    : r.kind ? `${r.kind === 'dual' ? 'Dual' : 'Single'} registration; home school ${r.homeSchool}${r.provision ? `, provision ${r.provision}` : ''}; attendance code ${r.homeSchoolAttendanceCode}`
      : Object.entries(r).map(([key, value]) => `${key}: ${typeof value === 'object' ? Object.entries(value).map(([k, v]) => `${k} ${v}`).join(', ') : value}`).join('; ');

/** @returns {Section[]} */
export function notificationSections(envelope) {
  const { data, derived } = envelope;
  const { pupil, provision, placement, timetable } = data;
  const sessions = timetable.sessions;
  return [
    school('School', data.homeSchool),
    submittedBy(data.submittedBy),
    {
      title: 'Pupil',
      rows: [
        { label: 'Legal first name', value: pupil.firstName },
        { label: 'Legal last name', value: pupil.lastName },
        { label: 'Date of birth', value: date(pupil.dateOfBirth) },
        { label: 'UPN', value: pupil.upn },
        { label: 'Year group', value: pupil.yearGroup === 'R' ? 'Reception' : `Year ${pupil.yearGroup}` },
        { label: 'EHC plan', value: yesNo(pupil.hasEhcp) },
        { label: 'Looked after', value: yesNo(pupil.isLookedAfter) },
        { label: 'Has a social worker', value: yesNo(pupil.hasSocialWorker) },
      ],
    },
    {
      title: 'Provision',
      rows: [
        { label: 'Kind', value: provisionKind(provision.kind) },
        { label: 'Name', value: provision.name },
        { label: 'DfE number (LAESTAB)', value: provision.laestab },
        { label: 'URN', value: provision.urn },
        { label: 'Address', value: [provision.address.line1, provision.address.line2, provision.address.town, provision.address.postcode].filter(Boolean).join('\n'), long: true },
        { label: 'Reports to', value: provision.reportTo.name },
        { label: 'Their role', value: provision.reportTo.role },
        { label: 'Their phone number', value: provision.reportTo.phone },
        { label: 'Their email address', value: provision.reportTo.email },
      ],
    },
    {
      title: 'Placement',
      rows: [
        { label: 'Direction decided', value: date(placement.decisionDate) },
        { label: 'Start date', value: date(placement.startDate) },
        { label: 'Estimated end date', value: date(placement.estimatedEndDate) },
        { label: 'Reasons', value: placement.reasons, long: true },
        { label: 'Objectives', value: placement.objectives, long: true },
        { label: 'Interventions already tried', value: placement.interventionsTried, long: true },
        { label: 'First review date', value: date(placement.firstReviewDate) },
      ],
    },
    {
      title: 'Timetable',
      rows: [
        { label: 'At the provision', value: hours(timetable.offsiteHoursPerWeek) },
        { label: 'At the home school', value: hours(timetable.homeSchoolHoursPerWeek) },
        { label: 'At any other provision', value: hours(timetable.otherHoursPerWeek) },
        sessions.pattern === 'two-sessions'
          ? { label: 'Sessions', value: `Morning from ${sessions.morningStart}, break ${sessions.breakStart} to ${sessions.breakEnd}, afternoon until ${sessions.afternoonEnd}` }
          : { label: 'Sessions', value: `One session, ${sessions.start} to ${sessions.end}` },
      ],
    },
    {
      title: 'Notices and who was told',
      rows: [
        { label: 'Parents told in writing', value: date(data.notices.parentNoticeDate) },
        { label: 'Virtual school head informed', value: yesNo(data.informed?.virtualSchool) },
        { label: 'Social worker informed', value: yesNo(data.informed?.socialWorker) },
        { label: 'Dual registration confirmed', value: yesNo(data.declarations.dualRegistration) },
        { label: 'Declared accurate', value: yesNo(data.declarations.accurate) },
      ],
    },
    {
      title: 'Worked out by the rule checks',
      rows: [
        { label: 'Total hours', value: hours(derived.totalHoursPerWeek) },
        { label: 'Part-time timetable required', value: yesNo(derived.partTimeTimetableRequired) },
        { label: 'Notice deadline', value: date(derived.noticeDeadline) },
        { label: 'LA notice late', value: yesNo(derived.laNoticeLate) },
        { label: 'Parents’ notice late', value: yesNo(derived.parentNoticeLate) },
        { label: 'School days in the placement', value: derived.placementSchoolDays === undefined ? undefined : String(derived.placementSchoolDays) },
        { label: 'Term dates approximate', value: yesNo(derived.calendarApproximate) },
        { label: 'Statutory (maintained school)', value: yesNo(derived.statutory) },
        { label: 'Registration', value: registration(derived.registration) },
      ],
    },
    findings(envelope.findings),
  ];
}

/** @returns {Section[]} */
export function reviewSections(envelope) {
  const { data, derived } = envelope;
  const { outcome, review } = data;
  const outcomeRows =
    outcome.kind === 'extension'
      ? [
          { label: 'New estimated end date', value: date(outcome.newEstimatedEndDate) },
          { label: 'Reason', value: outcome.reason, long: true },
          { label: 'Next review date', value: date(outcome.nextReviewDate) },
        ]
      : outcome.kind === 'return'
        ? [
            { label: 'Return date', value: date(outcome.returnDate) },
            { label: 'Reason for ending early', value: outcome.reason, long: true },
          ]
        : [
            { label: 'Managed move starts', value: date(outcome.startDate) },
            { label: 'New school', value: outcome.newSchool.name },
            { label: 'New school’s DfE number (LAESTAB)', value: outcome.newSchool.laestab },
            { label: 'New school’s URN', value: outcome.newSchool.urn },
            { label: 'New school’s kind', value: provisionKind(outcome.newSchool.kind) },
            { label: 'Parents agreed', value: yesNo(outcome.parentsAgreed) },
            { label: 'Admission authority agreed', value: yesNo(outcome.admissionAuthorityAgreed) },
            { label: 'In the pupil’s best interests', value: yesNo(outcome.inBestInterests) },
            { label: 'LA SEND team consulted', value: yesNo(outcome.localAuthoritySendConsulted) },
          ];
  return [
    { title: 'Notification', rows: [{ label: 'Notification reference', value: data.notificationId }] },
    school('School', data.homeSchool),
    submittedBy(data.submittedBy),
    {
      title: 'Pupil',
      rows: [
        { label: 'Legal first name', value: data.pupil.firstName },
        { label: 'Legal last name', value: data.pupil.lastName },
        { label: 'Date of birth', value: date(data.pupil.dateOfBirth) },
        { label: 'UPN', value: data.pupil.upn },
        { label: 'EHC plan', value: yesNo(data.pupil.hasEhcp) },
      ],
    },
    {
      title: 'Provision and placement',
      rows: [
        { label: 'Kind', value: provisionKind(data.provision.kind) },
        { label: 'Name', value: data.provision.name },
        { label: 'DfE number (LAESTAB)', value: data.provision.laestab },
        { label: 'URN', value: data.provision.urn },
        { label: 'Start date', value: date(data.placement.startDate) },
        { label: 'Estimated end date', value: date(data.placement.estimatedEndDate) },
      ],
    },
    {
      title: 'Review',
      rows: [
        { label: 'Review date', value: date(review.date) },
        { label: 'Why it was held', value: requestedBy(review.requestedBy) },
        { label: 'Date requested', value: date(review.requestDate) },
        { label: 'Previous review', value: date(review.previousReviewDate) },
      ],
    },
    { title: 'Outcome', rows: [{ label: 'Outcome', value: outcomeKind(outcome.kind) }, ...outcomeRows] },
    {
      title: 'Notices',
      rows: [
        { label: 'Parents told of the outcome', value: date(data.notices.parentOutcomeNoticeDate) },
        { label: 'Declared accurate', value: yesNo(data.declarations.accurate) },
      ],
    },
    {
      title: 'Worked out by the rule checks',
      rows: [
        { label: 'Ended early', value: yesNo(derived.endedEarly) },
        { label: 'School days in the placement', value: derived.placementSchoolDays === undefined ? undefined : String(derived.placementSchoolDays) },
        { label: 'Registration', value: registration(derived.registration) },
      ],
    },
    findings(envelope.findings),
  ];
}

export { outcomeKind };
