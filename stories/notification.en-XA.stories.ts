import type { Meta, StoryObj } from '@storybook/web-components-vite';
import meta, * as stories from './notification.stories.js';
import type { NotificationArgs } from './notification.stories.js';

/**
 * Every notification story again in the pseudo-locale en-XA: accented, lengthened text shows a string that missed
 * msg() (plain English), and text that overflows or is cut short. The toolbar's locale switch shows any story in
 * either locale; these keep en-XA in the accessibility sweep.
 */
const pseudoLocaleMeta: Meta<NotificationArgs> = {
  ...meta,
  title: 'Forms/Offsite direction notification in en-XA',
  // Off the docs page, whose forms follow the toolbar's locale; on their own page they show the en-XA text.
  tags: ['!autodocs'],
  globals: { locale: 'en-XA' },
};

export default pseudoLocaleMeta;

type Story = StoryObj<NotificationArgs>;

export const Empty: Story = { ...stories.Empty };
export const PrefilledMaintainedWithEhcp: Story = { ...stories.PrefilledMaintainedWithEhcp };
export const Academy: Story = { ...stories.Academy };
export const PartTimeHours: Story = { ...stories.PartTimeHours };
export const UnregisteredAlternativeProvision: Story = { ...stories.UnregisteredAlternativeProvision };
export const FollowUpQuestions: Story = { ...stories.FollowUpQuestions };
export const LateNotice: Story = { ...stories.LateNotice };
export const EveryWarning: Story = { ...stories.EveryWarning };
export const OtherAuthority: Story = { ...stories.OtherAuthority };
export const BeyondTermDates: Story = { ...stories.BeyondTermDates };
export const ErrorsShown: Story = { ...stories.ErrorsShown };
export const ErrorsMalformedAnswers: Story = { ...stories.ErrorsMalformedAnswers };
export const ErrorsUnfinishedAnswers: Story = { ...stories.ErrorsUnfinishedAnswers };
export const ErrorsBreakingTheRules: Story = { ...stories.ErrorsBreakingTheRules };
export const ConfigurationProblems: Story = { ...stories.ConfigurationProblems };
export const CheckAnswers: Story = { ...stories.CheckAnswers };
export const Sending: Story = { ...stories.Sending };
export const SendingFailed: Story = { ...stories.SendingFailed };
export const Confirmation: Story = { ...stories.Confirmation };
export const ConfirmationPartTime: Story = { ...stories.ConfirmationPartTime };
export const CarriedOnFromSavedFile: Story = { ...stories.CarriedOnFromSavedFile };
export const SavedFileOfTheOtherForm: Story = { ...stories.SavedFileOfTheOtherForm };
