import type { Meta, StoryObj } from '@storybook/web-components-vite';
import meta, * as stories from './outcome-review.stories.js';
import type { OutcomeReviewArgs } from './outcome-review.stories.js';

/**
 * Every outcome review story again in the pseudo-locale en-XA: accented, lengthened text shows a string that
 * missed msg() (plain English), and text that overflows or is cut short. The toolbar's locale switch shows any story
 * in either locale; these keep en-XA in the accessibility sweep.
 */
const pseudoLocaleMeta: Meta<OutcomeReviewArgs> = {
  ...meta,
  title: 'Forms/Outcome review in en-XA',
  // Off the docs page, whose forms follow the toolbar's locale; on their own page they show the en-XA text.
  tags: ['!autodocs'],
  globals: { locale: 'en-XA' },
};

export default pseudoLocaleMeta;

type Story = StoryObj<OutcomeReviewArgs>;

export const Empty: Story = { ...stories.Empty };
export const Extension: Story = { ...stories.Extension };
export const Return: Story = { ...stories.Return };
export const EndedEarly: Story = { ...stories.EndedEarly };
export const ManagedMove: Story = { ...stories.ManagedMove };
export const ManagedMoveNotAgreed: Story = { ...stories.ManagedMoveNotAgreed };
export const PrefilledFromNotification: Story = { ...stories.PrefilledFromNotification };
export const CheckAnswersAfterNotification: Story = { ...stories.CheckAnswersAfterNotification };
export const ErrorsShown: Story = { ...stories.ErrorsShown };
export const ManagedMoveNotAllowed: Story = { ...stories.ManagedMoveNotAllowed };
export const ReviewBreakingTheRules: Story = { ...stories.ReviewBreakingTheRules };
export const ReviewDatesOutOfOrder: Story = { ...stories.ReviewDatesOutOfOrder };
export const BeyondTermDates: Story = { ...stories.BeyondTermDates };
export const ReviewInTheFuture: Story = { ...stories.ReviewInTheFuture };
export const RequestedByTheLocalAuthority: Story = { ...stories.RequestedByTheLocalAuthority };
export const ConfigurationProblems: Story = { ...stories.ConfigurationProblems };
export const CheckAnswersExtension: Story = { ...stories.CheckAnswersExtension };
export const CheckAnswersReturn: Story = { ...stories.CheckAnswersReturn };
export const SendingFailed: Story = { ...stories.SendingFailed };
export const ConfirmationExtension: Story = { ...stories.ConfirmationExtension };
export const ConfirmationReturn: Story = { ...stories.ConfirmationReturn };
export const ConfirmationManagedMove: Story = { ...stories.ConfirmationManagedMove };
export const StartedFromNotificationFile: Story = { ...stories.StartedFromNotificationFile };
export const NotificationFileRefused: Story = { ...stories.NotificationFileRefused };
export const CarriedOnFromSavedFile: Story = { ...stories.CarriedOnFromSavedFile };
