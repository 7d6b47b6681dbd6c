import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/outcome-review/define.js';
import type { NotificationSource } from '../src/components/outcome-review/offsite-direction-outcome-review.js';
import type { FormsConfigInput, OutcomeReviewDraft } from '../src/schema/index.js';
import {
  endedEarlyReview,
  extensionReview,
  managedMoveNotAgreedReview,
  managedMoveNotAllowedReview,
  managedMoveReview,
  returnReview,
  reviewBeyondTermDates,
  reviewBreakingRules,
  reviewDatesOutOfOrder,
  reviewInFuture,
  reviewToday,
} from '../test/fixtures/examples.js';
import {
  checkAnswers,
  chooseFile,
  confirm,
  exampleNotification,
  jsonFile,
  savedAnswersFile,
  hostAnswers,
  hostListener,
  pressContinue as continueFrom,
  refused,
  continuePages,
  showErrors,
  type HostAnswer,
} from './story-helpers.js';

export interface OutcomeReviewArgs {
  /** "Today" for every date rule. */
  today: string;
  /** The local authority's settings (partial). */
  config?: FormsConfigInput;
  /** The draft to start from. */
  value?: OutcomeReviewDraft;
  /** The envelope the notification form sent. */
  notification?: NotificationSource;
  /** How the host page answers `offsite-direction-submit`. */
  hostAnswer?: HostAnswer;
  /** `single` (every question on one page) or `pages` (one section per page). */
  layout?: 'single' | 'pages';
}

/** Presses Continue, so the story opens on what the user meets next: check your answers, or the errors. */
async function pressContinue(canvasElement: HTMLElement): Promise<void> {
  await continueFrom(canvasElement);
}

const meta: Meta<OutcomeReviewArgs> = {
  title: 'Forms/Outcome review',
  component: 'offsite-direction-outcome-review',
  args: { today: reviewToday, config: undefined, value: {}, hostAnswer: 'accept', layout: 'single' },
  argTypes: {
    today: { control: 'text', description: '"Today" for every date rule, YYYY-MM-DD' },
    config: { control: 'object', description: 'The local authority’s settings; missing parts take the defaults.' },
    value: { control: 'object', description: 'The draft to start from (partial outcome review data).' },
    notification: { control: 'object', description: 'The envelope the notification form sent: prefills the review.' },
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
  render: ({ today, config, value, notification, hostAnswer, layout }) =>
    html`<offsite-direction-outcome-review
      today=${today}
      layout=${layout ?? 'single'}
      .config=${config}
      .value=${structuredClone(value ?? {}) as Record<string, unknown>}
      .notification=${notification}
      @offsite-direction-submit=${hostListener(hostAnswer)}
    ></offsite-direction-outcome-review>`,
};

export default meta;

type Story = StoryObj<OutcomeReviewArgs>;

/** An empty review, as a school first meets it. */
export const Empty: Story = {};

/** The placement is extended to a new estimated end date. */
export const Extension: Story = {
  args: { value: extensionReview },
};

/** The pupil returns to the school after the estimated end date. */
export const Return: Story = {
  args: {
    value: { ...returnReview, outcome: { kind: 'return', returnDate: '2026-06-01' } },
  },
};

/** The pupil returns before the notified estimated end date: the reason becomes required. */
export const EndedEarly: Story = {
  args: { value: endedEarlyReview },
  play: ({ canvasElement }) => pressContinue(canvasElement),
};

/** A permanent managed move to the mainstream school the pupil was placed at. */
export const ManagedMove: Story = {
  args: { value: managedMoveReview },
};

/** The parents have not agreed: the form says why, and will not send it as a managed move. */
export const ManagedMoveNotAgreed: Story = {
  args: { value: managedMoveNotAgreedReview },
  play: ({ canvasElement }) => pressContinue(canvasElement),
};

/** Set `notification` and the school, pupil, provision and placement dates are filled in from it. */
export const PrefilledFromNotification: Story = {
  args: { notification: exampleNotification() },
};

/** A managed move answered in full after a prefill: check your answers marks what came from the notification. */
export const CheckAnswersAfterNotification: Story = {
  args: {
    notification: exampleNotification(),
    value: { ...managedMoveReview, notificationId: undefined },
  },
  play: ({ canvasElement }) => pressContinue(canvasElement),
};

/** Continue pressed on an empty review: the error summary takes focus and every question shows its message. */
export const ErrorsShown: Story = {
  name: 'Errors shown',
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** A managed move that may not go ahead: to a special school, without agreement, not in the pupil's interests. */
export const ManagedMoveNotAllowed: Story = {
  name: 'Managed move that may not go ahead',
  args: { value: managedMoveNotAllowedReview },
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** A parent's request within 10 weeks of the last review; the review before the start; an earlier end date. */
export const ReviewBreakingTheRules: Story = {
  name: 'Errors: a review that breaks the rules',
  args: { value: reviewBreakingRules },
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** Asked for after the meeting, and the next review after the new end date: refused, and warned. */
export const ReviewDatesOutOfOrder: Story = {
  name: 'Errors: review dates out of order',
  args: { value: reviewDatesOutOfOrder },
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** An extension past the shipped term dates: the panel counts the school days approximately, and says so. */
export const BeyondTermDates: Story = {
  name: 'Dates beyond the term dates',
  args: { value: reviewBeyondTermDates },
};

/** The review meeting has not happened yet, and the return date is before the placement started. */
export const ReviewInTheFuture: Story = {
  name: 'Errors: a review in the future',
  args: { value: reviewInFuture },
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** Asked for by the local authority (a pupil with an EHC plan): the request date question follows. */
export const RequestedByTheLocalAuthority: Story = {
  name: 'Requested by the local authority',
  args: {
    value: { ...extensionReview, review: { date: '2026-04-20', requestedBy: 'local-authority', requestDate: '2026-04-10' } },
    config: {
      localAuthority: {
        contactEmail: 'exclusion.access@example.org',
        guidanceUrl: 'https://schools.example.org/offsite-directions',
      },
    },
  },
};

/** A config with mistakes: the form says what it could not use, and works on with the defaults. */
export const ConfigurationProblems: Story = {
  name: 'Configuration problems',
  args: { config: { localAuthority: { code: 'DCC' }, texts: { 'next-steps': 'Thank you.' } } as FormsConfigInput },
};

/** Check your answers for an extension. */
export const CheckAnswersExtension: Story = {
  name: 'Check answers: extension',
  args: { value: extensionReview },
  play: ({ canvasElement }) => checkAnswers(canvasElement).then(() => undefined),
};

/** Check your answers for a return. */
export const CheckAnswersReturn: Story = {
  name: 'Check answers: return',
  args: { value: returnReview },
  play: ({ canvasElement }) => checkAnswers(canvasElement).then(() => undefined),
};

/** The host page could not store it: the answers stay, with "Try again". */
export const SendingFailed: Story = {
  name: 'Sending failed',
  args: { value: extensionReview, hostAnswer: 'refuse' },
  play: ({ canvasElement }) => refused(canvasElement),
};

/** Sent: an extension, with the next review meeting in the next steps. */
export const ConfirmationExtension: Story = {
  name: 'Confirmation: extension',
  args: { value: extensionReview },
  play: ({ canvasElement }) => confirm(canvasElement),
};

/** Sent: a return, with what happens to the registration. */
export const ConfirmationReturn: Story = {
  name: 'Confirmation: return',
  args: { value: returnReview },
  play: ({ canvasElement }) => confirm(canvasElement),
};

/** Sent: a managed move, with the data returns each school sends. */
export const ConfirmationManagedMove: Story = {
  name: 'Confirmation: managed move',
  args: { value: managedMoveReview },
  play: ({ canvasElement }) => confirm(canvasElement),
};

/** Started from the file the notification's confirmation saved: the same answers as the `notification` property. */
export const StartedFromNotificationFile: Story = {
  name: 'Started from the notification file',
  play: ({ canvasElement }) =>
    chooseFile(canvasElement, 'notificationFile', jsonFile('offsite-direction-notification-2026-03-02-6F1D2C1E.json', exampleNotification())),
};

/** A notification file changed since it was saved: refused beside the question and in the error summary. */
export const NotificationFileRefused: Story = {
  name: 'Errors: a notification file that has been changed',
  args: { value: { homeSchool: { name: 'Hillside Community School' } } },
  play: ({ canvasElement }) => {
    const changed = { ...(exampleNotification() as object), submissionId: 'typed over' };
    return chooseFile(canvasElement, 'notificationFile', jsonFile('offsite-direction-notification-2026-03-02-6F1D2C1E.json', changed));
  },
};

/** Carried on from a file of answers a colleague saved, half filled in. */
export const CarriedOnFromSavedFile: Story = {
  name: 'Carried on from a saved file',
  play: ({ canvasElement }) =>
    chooseFile(canvasElement, 'draftFile', savedAnswersFile('offsite-direction-outcome-review', { ...extensionReview, outcome: undefined })),
};

/** `layout="pages"`: the first of one section per page, with "Section 1 of 10". */
export const PagesFirstPage: Story = {
  name: 'Pages: the first page',
  args: { layout: 'pages' },
};

/** `layout="pages"`: past the optional first page, Continue on the empty school page lists that page's errors only. */
export const PagesErrorsOnAPage: Story = {
  name: 'Pages: errors on a page',
  args: { layout: 'pages' },
  play: async ({ canvasElement }) => {
    await continuePages(canvasElement, 1);
    await showErrors(canvasElement);
  },
};

/** `layout="pages"`: a page in the middle, with its Back link; the answers before it are kept. */
export const PagesMiddlePage: Story = {
  name: 'Pages: a page in the middle',
  args: { layout: 'pages', value: extensionReview },
  play: async ({ canvasElement }) => {
    await continuePages(canvasElement, 3);
  },
};

/** `layout="pages"`: the last page ("Declaration"), then check your answers after it. */
export const PagesLastPage: Story = {
  name: 'Pages: the last page',
  args: { layout: 'pages', value: extensionReview },
  play: async ({ canvasElement }) => {
    await continuePages(canvasElement, 9);
  },
};

/** `layout="pages"`: check your answers after the last page; each Change link opens its section's page. */
export const PagesCheckAnswers: Story = {
  name: 'Pages: check your answers',
  args: { layout: 'pages', value: extensionReview },
  play: async ({ canvasElement }) => {
    await continuePages(canvasElement, 9);
    await checkAnswers(canvasElement);
  },
};
