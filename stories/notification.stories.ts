import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/notification/define.js';
import type { OffsiteDirectionNotification } from '../src/components/notification/offsite-direction-notification.js';
import type { FormsConfigInput, NotificationDraft } from '../src/schema/index.js';
import {
  academyUnregisteredPartTime,
  exampleToday,
  lateNotice,
  maintainedPartTime,
  maintainedWithEhcp,
} from '../test/fixtures/examples.js';

interface NotificationArgs {
  /** "Today" for every date rule. */
  today: string;
  /** The local authority's settings (partial). */
  config: FormsConfigInput | undefined;
  /** The prefill. */
  value: NotificationDraft;
}

const partTimeConfig: FormsConfigInput = {
  localAuthority: {
    partTimeTimetableFormUrl: 'https://forms.example.org/part-time-timetable',
    contactEmail: 'exclusion.access@example.org',
  },
};

function formIn(canvasElement: HTMLElement): OffsiteDirectionNotification {
  const el = canvasElement.querySelector('offsite-direction-notification');
  if (!el) throw new Error('The story has no <offsite-direction-notification>');
  return el;
}

/** Presses a button inside the element's shadow root by its text, as a user would. */
async function press(el: OffsiteDirectionNotification, label: RegExp): Promise<void> {
  await el.updateComplete;
  const button = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find((candidate) =>
    label.test(candidate.textContent!.trim()),
  );
  if (!button) throw new Error(`No button matches ${label}`);
  button.click();
  await el.updateComplete;
}

async function continueToCheck({ canvasElement }: StoryContext<NotificationArgs>): Promise<void> {
  const el = formIn(canvasElement);
  await press(el, /^Continue$/);
  await expect(el.shadowRoot!.querySelector('#step-heading')?.textContent?.trim()).toBe(
    'Check your answers before sending',
  );
}

const meta: Meta<NotificationArgs> = {
  title: 'Forms/Offsite direction notification',
  component: 'offsite-direction-notification',
  args: { today: exampleToday, config: undefined, value: {} },
  argTypes: {
    today: { control: 'text', description: '"Today" for every date rule, `YYYY-MM-DD`.' },
    config: { control: 'object', description: 'The local authority’s settings; missing parts take the defaults.' },
    value: { control: 'object', description: 'The prefill (partial notification data).' },
  },
  render: ({ today, config, value }) =>
    html`<offsite-direction-notification
      today=${today}
      .config=${config}
      .value=${structuredClone(value) as Record<string, unknown>}
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

/** The start date is too close: the EHC plan's local authority and the parents were told after the deadline. */
export const LateNotice: Story = {
  name: 'Late notice',
  args: { value: lateNotice },
};

/** Continue pressed on an empty form: the error summary takes focus and every field shows its message. */
export const ErrorsShown: Story = {
  name: 'Errors shown',
  play: async ({ canvasElement }) => {
    const el = formIn(canvasElement);
    await press(el, /^Continue$/);
    await waitFor(() => expect(el.shadowRoot!.activeElement?.id).toBe('error-summary'));
  },
};

/** Check your answers, with the warnings and notices that will travel with the notification. */
export const CheckAnswers: Story = {
  name: 'Check answers',
  args: { value: academyUnregisteredPartTime, config: partTimeConfig },
  play: continueToCheck,
};

/** Sent: the reference number, print, download and start another. */
export const Confirmation: Story = {
  args: { value: maintainedWithEhcp },
  play: async (context) => {
    await continueToCheck(context);
    const el = formIn(context.canvasElement);
    await press(el, /^Submit/);
    await waitFor(() => expect(el.shadowRoot!.querySelector('#reference')).toBeTruthy());
  },
};
