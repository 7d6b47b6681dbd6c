import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/notification/define.js';
import type { FormsConfigInput, NotificationDraft } from '../src/schema/index.js';
import {
  academyUnregisteredPartTime,
  beyondTermDatesToday,
  exampleToday,
  lateNotice,
  maintainedPartTime,
  maintainedWithEhcp,
  malformedNotification,
  notificationBeyondTermDates,
  notificationBreakingRules,
  notificationOtherAuthority,
  notificationWithWarnings,
  unfinishedNotification,
} from '../test/fixtures/examples.js';
import {
  checkAnswers,
  chooseFile,
  confirm,
  hostAnswers,
  savedAnswersFile,
  hostListener,
  refused,
  sending,
  continuePages,
  showErrors,
  type HostAnswer,
} from './story-helpers.js';

export interface NotificationArgs {
  /** "Today" for every date rule. */
  today: string;
  /** The local authority's settings (partial). */
  config: FormsConfigInput | undefined;
  /** The prefill. */
  value: NotificationDraft;
  /** How the host page answers `offsite-direction-submit`. */
  hostAnswer?: HostAnswer;
  /** `single` (every question on one page) or `pages` (one section per page). */
  layout?: 'single' | 'pages';
}

const partTimeConfig: FormsConfigInput = {
  localAuthority: {
    partTimeTimetableFormUrl: 'https://forms.example.org/part-time-timetable',
    contactEmail: 'exclusion.access@example.org',
    guidanceUrl: 'https://schools.example.org/offsite-directions',
  },
};

const meta: Meta<NotificationArgs> = {
  title: 'Forms/Offsite direction notification',
  component: 'offsite-direction-notification',
  args: { today: exampleToday, config: undefined, value: {}, hostAnswer: 'accept', layout: 'single' },
  argTypes: {
    today: { control: 'text', description: '"Today" for every date rule, `YYYY-MM-DD`.' },
    config: { control: 'object', description: 'The local authority’s settings; missing parts take the defaults.' },
    value: { control: 'object', description: 'The prefill (partial notification data).' },
    layout: {
      control: 'inline-radio',
      options: ['single', 'pages'],
      description: '`single`: every question on one page. `pages`: one section per page, "Section N of M", Continue per page.',
    },
    hostAnswer: {
      control: 'inline-radio',
      options: hostAnswers,
      description: 'How the host page answers Submit: take the envelope, keep it waiting, or refuse it.',
      table: { category: 'Story' },
    },
  },
  render: ({ today, config, value, hostAnswer, layout }) =>
    html`<offsite-direction-notification
      today=${today}
      layout=${layout ?? 'single'}
      .config=${config}
      .value=${structuredClone(value) as Record<string, unknown>}
      @offsite-direction-submit=${hostListener(hostAnswer)}
    ></offsite-direction-notification>`,
};

export default meta;

type Story = StoryObj<NotificationArgs>;

/** Nothing answered yet: the rule panel says what it needs. */
export const Empty: Story = {};

/** A maintained school directing a pupil with an EHC plan to another mainstream school: dual registration, code D. */
export const PrefilledMaintainedWithEhcp: Story = {
  name: 'Prefilled: maintained school, pupil with an EHC plan',
  args: { value: maintainedWithEhcp },
};

/** An academy: the notice regulations do not bind it, but the local authority still asks for the form. */
export const Academy: Story = {
  args: {
    value: { ...maintainedWithEhcp, homeSchool: academyUnregisteredPartTime.homeSchool },
  },
};

/** 24.5 hours a week in all, under the 25-hour threshold: the part-time timetable notification, with its link. */
export const PartTimeHours: Story = {
  name: 'Part-time hours',
  args: { value: maintainedPartTime, config: partTimeConfig },
};

/** Unregistered alternative provision: no LAESTAB, no dual registration; single registration and code B. */
export const UnregisteredAlternativeProvision: Story = {
  name: 'Unregistered alternative provision',
  args: {
    value: {
      ...maintainedWithEhcp,
      provision: academyUnregisteredPartTime.provision,
      declarations: { accurate: true },
    },
  },
};

/**
 * Every follow-up question showing: a looked-after pupil with a social worker (virtual school head and social
 * worker questions), one session a day (its two times), and the contact line and guidance link of the config.
 */
export const FollowUpQuestions: Story = {
  name: 'Follow-up questions: looked after, social worker, one session',
  args: { value: academyUnregisteredPartTime, config: partTimeConfig },
};

/** The start date is too close: the EHC plan's local authority and the parents were told after the deadline. */
export const LateNotice: Story = {
  name: 'Late notice',
  args: { value: lateNotice },
};

/** A notification that may be sent with warnings: nobody told, a temporary UPN, a past start on a Saturday. */
export const EveryWarning: Story = {
  name: 'Every warning',
  args: { value: notificationWithWarnings },
};

/** Check your answers with two warnings: parents told before the decision, and a school in another authority. */
export const OtherAuthority: Story = {
  name: 'Warnings: notice before the decision, another authority',
  args: { value: notificationOtherAuthority },
  play: ({ canvasElement }) => checkAnswers(canvasElement).then(() => undefined),
};

/** Dates past the shipped term dates: school days are counted as weekdays less bank holidays, and it says so. */
export const BeyondTermDates: Story = {
  name: 'Dates beyond the term dates',
  args: { value: notificationBeyondTermDates, today: beyondTermDatesToday },
};

/** Continue pressed on an empty form: the error summary takes focus and every field shows its message. */
export const ErrorsShown: Story = {
  name: 'Errors shown',
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** Every kind of malformed answer: identifiers, a date that does not exist, hours that are not a number. */
export const ErrorsMalformedAnswers: Story = {
  name: 'Errors: malformed answers',
  args: { value: malformedNotification },
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** Answers left unfinished: a date with no month, a 2-digit year, a time with no AM/PM: each asked for in full. */
export const ErrorsUnfinishedAnswers: Story = {
  name: 'Errors: unfinished answers',
  args: { value: unfinishedNotification },
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** Answers that break the rules: the end before the start, no hours off site, the school's own LAESTAB… */
export const ErrorsBreakingTheRules: Story = {
  name: 'Errors: answers that break the rules',
  args: { value: notificationBreakingRules },
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** A config with mistakes: the form says what it could not use, and works on with the defaults. */
export const ConfigurationProblems: Story = {
  name: 'Configuration problems',
  args: {
    config: {
      localAuthority: { code: 'DCC', guidanceUrl: 'schools.example.org' },
      noticeSchoolDays: 1.5,
      texts: { 'contact-lines': 'Call us.' },
    } as FormsConfigInput,
  },
};

/** Check your answers, with the warnings and notices that will travel with the notification. */
export const CheckAnswers: Story = {
  name: 'Check answers',
  args: { value: academyUnregisteredPartTime, config: partTimeConfig },
  play: ({ canvasElement }) => checkAnswers(canvasElement).then(() => undefined),
};

/** Submit pressed and the host page still storing it: "Sending…", the button marked busy. */
export const Sending: Story = {
  args: { value: maintainedWithEhcp, hostAnswer: 'wait' },
  play: ({ canvasElement }) => sending(canvasElement),
};

/** The host page could not store it: the answers stay, with "Try again". */
export const SendingFailed: Story = {
  name: 'Sending failed',
  args: { value: maintainedWithEhcp, hostAnswer: 'refuse' },
  play: ({ canvasElement }) => refused(canvasElement),
};

/** Sent: the reference number, print, download and start another. */
export const Confirmation: Story = {
  args: { value: maintainedWithEhcp },
  play: ({ canvasElement }) => confirm(canvasElement),
};

/** Sent with part-time hours: next steps name the part-time timetable notification, with its link. */
export const ConfirmationPartTime: Story = {
  name: 'Confirmation: part-time hours',
  args: { value: maintainedPartTime, config: partTimeConfig },
  play: ({ canvasElement }) => confirm(canvasElement),
};

/** Carried on from a file of answers a colleague saved, half filled in (drafts off: no web storage involved). */
export const CarriedOnFromSavedFile: Story = {
  name: 'Carried on from a saved file',
  play: ({ canvasElement }) =>
    chooseFile(canvasElement, 'draftFile', savedAnswersFile('offsite-direction-notification', unfinishedNotification)),
};

/** A file of the outcome review's answers chosen here: refused with a message, the answers kept. */
export const SavedFileOfTheOtherForm: Story = {
  name: 'Errors: a saved file of the other form',
  args: { value: { homeSchool: maintainedWithEhcp.homeSchool } },
  play: ({ canvasElement }) =>
    chooseFile(canvasElement, 'draftFile', savedAnswersFile('offsite-direction-outcome-review', { pupil: { firstName: 'Alex' } })),
};

/** `layout="pages"`: the first of one section per page, with "Section 1 of 8". */
export const PagesFirstPage: Story = {
  name: 'Pages: the first page',
  args: { layout: 'pages' },
};

/** `layout="pages"`: Continue on an empty first page lists that page's errors only. */
export const PagesErrorsOnAPage: Story = {
  name: 'Pages: errors on a page',
  args: { layout: 'pages' },
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** `layout="pages"`: a page in the middle, with its Back link; the answers before it are kept. */
export const PagesMiddlePage: Story = {
  name: 'Pages: a page in the middle',
  args: { layout: 'pages', value: maintainedWithEhcp },
  play: async ({ canvasElement }) => {
    await continuePages(canvasElement, 3);
  },
};

/** `layout="pages"`: the last page ("Declarations"), then check your answers after it. */
export const PagesLastPage: Story = {
  name: 'Pages: the last page',
  args: { layout: 'pages', value: maintainedWithEhcp },
  play: async ({ canvasElement }) => {
    await continuePages(canvasElement, 7);
  },
};

/** `layout="pages"`: check your answers after the last page; each Change link opens its section's page. */
export const PagesCheckAnswers: Story = {
  name: 'Pages: check your answers',
  args: { layout: 'pages', value: maintainedWithEhcp },
  play: async ({ canvasElement }) => {
    await continuePages(canvasElement, 7);
    await checkAnswers(canvasElement);
  },
};
