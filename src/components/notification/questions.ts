import { html } from 'lit';
import { msg, str } from '@lit/localize';
import {
  isRegisteredProvision,
  yearGroups,
  type FormsConfig,
  type NotificationDerived,
  type ProvisionKind,
} from '../../schema/index.js';
import { hoursText, schoolDaysText } from '../../schema/plural.js';
import {
  accurateDeclaration,
  homeSchoolSection,
  provisionNumbers,
  pupilIdentityQuestions,
  submittedBySection,
} from '../shared/common-questions.js';
import { placementLengthText } from '../shared/placement-length.js';
import type { FormDefinition, Item, QuestionView } from '../shared/questions.js';
import { formatHours } from './rule-panel.js';

/*
 * The notification's questions, each defined once: the form, check your answers and the error summary's order all
 * come from this definition (see ../shared/questions.ts). Made once per locale, so `msg()` runs in that locale.
 */

/** What the notification's questions read besides the answers. */
export interface NotificationView extends QuestionView {
  readonly config: FormsConfig;
  readonly derived: NotificationDerived | undefined;
}

const registered = (view: QuestionView) => isRegisteredProvision(view.value('provision.kind'));

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

function yearGroupLabel(yearGroup: string): string {
  return yearGroup === 'R' ? msg('Reception') : msg(str`Year ${yearGroup}`);
}

/** A time box in the timetable. */
function sessionTime(name: string, label: string): Item<NotificationView> {
  return { kind: 'time', path: `timetable.sessions.${name}`, label, summary: { key: label } };
}

/** The notification, section by section. */
export function notificationDefinition(): FormDefinition<NotificationView> {
  return {
    sections: [
      homeSchoolSection(),
      submittedBySection(),
      {
        id: 'pupil',
        heading: msg('The pupil'),
        items: [
          ...pupilIdentityQuestions<NotificationView>({
            firstNameHint: msg('As on the school register'),
            upnHint: msg(
              '13 characters, like Q830200024001. It is on the pupil\'s record in your management information system and on their common transfer file.',
            ),
          }),
          {
            kind: 'radios',
            path: 'pupil.yearGroup',
            label: msg('Year group'),
            inline: true,
            options: yearGroups.map((yearGroup) => ({ value: yearGroup, label: yearGroupLabel(yearGroup) })),
            summary: { key: msg('Year group') },
          },
          {
            kind: 'yes-no',
            path: 'pupil.hasEhcp',
            label: msg('Does the pupil have an education, health and care (EHC) plan?'),
            hint: msg('If so, the local authority that maintains the plan must also be given notice.'),
            summary: { key: msg('EHC plan') },
          },
          {
            kind: 'yes-no',
            path: 'pupil.isLookedAfter',
            label: msg('Is the pupil looked after by a local authority?'),
            hint: msg('A child in care, including one placed with foster carers or in a children\'s home.'),
            summary: { key: msg('Looked after') },
          },
          {
            kind: 'yes-no',
            path: 'pupil.hasSocialWorker',
            label: msg('Does the pupil have a social worker?'),
            summary: { key: msg('Has a social worker') },
          },
        ],
      },
      {
        id: 'provision',
        heading: msg('Where the pupil will go'),
        items: [
          {
            kind: 'radios',
            path: 'provision.kind',
            label: msg('What kind of provision will the pupil attend?'),
            hint: msg('A registered school is one on the DfE\'s register of schools, with its own DfE number.'),
            options: provisionKindOptions().map((option) =>
              isRegisteredProvision(option.value) ? { ...option, followUps: provisionNumbers() } : option,
            ),
            summary: { key: msg('Kind of provision') },
          },
          {
            kind: 'text',
            path: 'provision.name',
            label: msg('Name of the school or provision'),
            autocomplete: 'off',
            summary: { key: msg('Name') },
          },
          {
            kind: 'text',
            path: 'provision.address.line1',
            label: msg('Address line 1'),
            autocomplete: 'off',
            summary: {
              key: msg('Address'),
              value: (view) =>
                ['line1', 'line2', 'town', 'postcode']
                  .map((part) => view.shown(`provision.address.${part}`))
                  .filter((line): line is string => typeof line === 'string' && line.trim() !== '')
                  .map((line) => line.trim()),
            },
          },
          { kind: 'text', path: 'provision.address.line2', label: msg('Address line 2 (optional)'), autocomplete: 'off', summary: false },
          { kind: 'text', path: 'provision.address.town', label: msg('Town or city'), width: 20, autocomplete: 'off', summary: false },
          {
            kind: 'text',
            path: 'provision.address.postcode',
            label: msg('Postcode'),
            width: 10,
            autocomplete: 'off',
            spellcheck: false,
            summary: false,
          },
          {
            kind: 'content',
            render: () => html`<h4 class="heading-s">${msg('Who the pupil reports to on the first day')}</h4>
              <p class="hint">${msg('The parents\' notice must say who this is.')}</p>`,
          },
          {
            kind: 'text',
            path: 'provision.reportTo.name',
            label: msg('Their name'),
            autocomplete: 'off',
            summary: { key: msg('Reports on the first day to') },
          },
          {
            kind: 'text',
            path: 'provision.reportTo.role',
            label: msg('Their role (optional)'),
            autocomplete: 'off',
            summary: { key: msg('Their role') },
          },
          {
            kind: 'tel',
            path: 'provision.reportTo.phone',
            label: msg('Their phone number (optional)'),
            autocomplete: 'off',
            summary: { key: msg('Their phone number') },
          },
          {
            kind: 'email',
            path: 'provision.reportTo.email',
            label: msg('Their email address (optional)'),
            autocomplete: 'off',
            summary: { key: msg('Their email address') },
          },
        ],
      },
      {
        id: 'placement',
        heading: msg('The placement'),
        items: [
          {
            kind: 'date',
            path: 'placement.decisionDate',
            label: msg('When was the direction decided?'),
            hint: msg('The date your school decided to direct the pupil off site. For example, 2 3 2026'),
            summary: { key: msg('Direction decided on') },
          },
          {
            kind: 'date',
            path: 'placement.startDate',
            label: msg('Start date'),
            hint: (view) =>
              msg(
                str`The first school day the pupil must attend the provision: the law calls it the “relevant day”. Parents must be given written notice at least ${schoolDaysText(view.config.noticeSchoolDays, view.locale)} before it. For example, 13 4 2026`,
              ),
            summary: { key: msg('Start date') },
          },
          {
            kind: 'date',
            path: 'placement.estimatedEndDate',
            label: msg('Estimated end date'),
            hint: msg('You can extend the placement later with an outcome review. For example, 22 5 2026'),
            summary: { key: msg('Estimated end date') },
          },
          {
            kind: 'derived',
            key: msg('Length'),
            value: (view) => {
              const days = view.derived?.placementSchoolDays ?? null;
              return days === null ? undefined : placementLengthText(days, view.derived?.calendarApproximate ?? false, view.locale);
            },
          },
          {
            kind: 'textarea',
            path: 'placement.reasons',
            label: msg('Reasons for the direction'),
            hint: msg('The behaviour the direction is meant to improve. It must not be used as a punishment.'),
            summary: { key: msg('Reasons') },
          },
          {
            kind: 'textarea',
            path: 'placement.objectives',
            label: msg('Objectives'),
            hint: msg('What the pupil should achieve, so the reviews can tell whether it is working.'),
            summary: { key: msg('Objectives') },
          },
          {
            kind: 'textarea',
            path: 'placement.interventionsTried',
            label: msg('Interventions already tried in school'),
            hint: msg('For example, a pastoral support plan, mentoring or a behaviour support referral.'),
            summary: { key: msg('Interventions already tried') },
          },
          {
            kind: 'date',
            path: 'placement.firstReviewDate',
            label: msg('Date of the first review'),
            hint: msg('Review at intervals that suit the pupil\'s needs. For example, 20 4 2026'),
            summary: { key: msg('First review') },
          },
        ],
      },
      {
        id: 'timetable',
        heading: msg('Hours and sessions'),
        items: [
          {
            kind: 'content',
            render: (view) => html`<p class="body">
              ${msg(
                str`Give the hours of education each week. If they add up to less than ${formatHours(view.config.partTimeThresholdHours, view.locale)}, you must also send the part-time timetable notification.`,
              )}
            </p>`,
          },
          {
            kind: 'hours',
            path: 'timetable.offsiteHoursPerWeek',
            label: msg('Hours a week at the provision'),
            hint: msg('For example, 12.5'),
            summary: { key: msg('Hours a week at the provision') },
          },
          {
            kind: 'hours',
            path: 'timetable.homeSchoolHoursPerWeek',
            label: msg('Hours a week at your school'),
            hint: msg('Enter 0 if the pupil is off site full-time'),
            summary: { key: msg('Hours a week at your school') },
          },
          {
            kind: 'hours',
            path: 'timetable.otherHoursPerWeek',
            label: msg('Hours a week at any other provision'),
            hint: msg('Enter 0 if there is none'),
            summary: { key: msg('Hours a week elsewhere') },
          },
          {
            kind: 'derived',
            key: msg('Total hours a week'),
            value: (view) => {
              const total = view.derived?.totalHoursPerWeek ?? null;
              return total === null ? undefined : hoursText(total, view.locale);
            },
          },
          {
            kind: 'radios',
            path: 'timetable.sessions.pattern',
            label: msg('How is the pupil\'s day at the provision arranged?'),
            hint: msg('The parents\' notice must give these times.'),
            options: [
              {
                value: 'two-sessions',
                label: msg('Two sessions, morning and afternoon, with a break between'),
                followUps: [
                  sessionTime('morningStart', msg('Morning session starts')),
                  sessionTime('breakStart', msg('Break starts')),
                  sessionTime('breakEnd', msg('Break ends')),
                  sessionTime('afternoonEnd', msg('Afternoon session ends')),
                ],
              },
              {
                value: 'one-session',
                label: msg('One session'),
                followUps: [sessionTime('start', msg('Session starts')), sessionTime('end', msg('Session ends'))],
              },
            ],
            summary: { key: msg('Sessions a day') },
          },
        ],
      },
      {
        id: 'informed',
        heading: msg('Who has been told'),
        items: [
          {
            kind: 'date',
            path: 'notices.parentNoticeDate',
            label: msg('When were parents given written notice?'),
            hint: msg(
              'Or the pupil, if they are 18 or over. The notice gives the address, who to report to, the number of days, the reasons and objectives, and the session times. For example, 2 3 2026',
            ),
            summary: { key: msg('Parents given written notice') },
          },
          {
            kind: 'yes-no',
            path: 'informed.virtualSchool',
            label: msg('Have you told the virtual school head?'),
            hint: msg('The pupil is looked after, so their virtual school head should know about the direction.'),
            when: (view) => view.value('pupil.isLookedAfter') === true,
            summary: { key: msg('Virtual school head told') },
          },
          {
            kind: 'yes-no',
            path: 'informed.socialWorker',
            label: msg('Have you told the pupil\'s social worker?'),
            when: (view) => view.value('pupil.hasSocialWorker') === true,
            summary: { key: msg('Social worker told') },
          },
        ],
      },
      {
        id: 'declarations',
        heading: msg('Declarations'),
        items: [
          {
            kind: 'checkbox',
            path: 'declarations.dualRegistration',
            label: msg('The pupil will be dual registered: my school keeps the main registration and the provision adds the pupil as a subsidiary registration'),
            hint: msg(
              'A pupil directed to another registered school must be on both schools\' registers. Your school records code D for the sessions the pupil is due there.',
            ),
            when: registered,
            summary: { key: msg('Dual registration') },
          },
          accurateDeclaration(),
        ],
      },
    ],
  };
}
