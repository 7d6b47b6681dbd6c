import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/outcome-review/define.js';
import type {
  NotificationSource,
  OffsiteDirectionOutcomeReview,
} from '../src/components/outcome-review/offsite-direction-outcome-review.js';
import {
  checkNotification,
  createEnvelope,
  type FormsConfigInput,
  type OutcomeReviewDraft,
} from '../src/schema/index.js';
import {
  endedEarlyReview,
  exampleToday,
  extensionReview,
  maintainedWithEhcp,
  managedMoveNotAgreedReview,
  managedMoveReview,
  returnReview,
  reviewToday,
} from '../test/fixtures/examples.js';

interface OutcomeReviewArgs {
  /** "Today" for every date rule. */
  today: string;
  /** The local authority's settings (partial). */
  config?: FormsConfigInput;
  /** The draft to start from. */
  value?: OutcomeReviewDraft;
  /** The envelope the notification form sent. */
  notification?: NotificationSource;
}

/** The example notification, checked and wrapped in its envelope as the notification form sends it. */
function exampleNotification(): NotificationSource {
  const result = checkNotification(maintainedWithEhcp, { today: exampleToday });
  return createEnvelope({
    form: 'offsite-direction-notification',
    submissionId: '6f1d2c1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
    submittedAt: '2026-03-02T09:14:05.123Z',
    today: exampleToday,
    data: result.data ?? maintainedWithEhcp,
    derived: result.derived,
    findings: result.findings,
  }) as NotificationSource;
}

/** Presses Continue, so the story opens on what the user meets next: check your answers, or the errors. */
async function pressContinue(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector<OffsiteDirectionOutcomeReview>('offsite-direction-outcome-review');
  if (!el) return;
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await el.updateComplete;
}

const meta: Meta<OutcomeReviewArgs> = {
  title: 'Forms/Outcome review',
  component: 'offsite-direction-outcome-review',
  args: { today: reviewToday },
  argTypes: {
    today: { control: 'text', description: '"Today" for every date rule, YYYY-MM-DD' },
    config: { control: 'object' },
    value: { control: 'object' },
    notification: { control: 'object' },
  },
  render: ({ today, config, value, notification }) =>
    html`<offsite-direction-outcome-review
      today=${today}
      .config=${config}
      .value=${value ?? {}}
      .notification=${notification}
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
