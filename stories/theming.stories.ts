import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define.js';
import type { FormsConfigInput } from '../src/schema/index.js';
import { exampleToday, maintainedPartTime, managedMoveReview, reviewToday } from '../test/fixtures/examples.js';
import { checkAnswers, confirm, exampleNotification, showErrors } from './story-helpers.js';

/**
 * A council's own look, set with the `--odf-` custom properties alone: no part selectors, no other CSS. The host
 * page sets them on any ancestor (here a wrapper `<div>`); every colour pair still meets WCAG 2.2 AA, which the
 * accessibility sweep checks on each story.
 */
const councilTheme: Record<string, string> = {
  '--odf-font-family': "Arial, 'Helvetica Neue', Helvetica, sans-serif",
  '--odf-text-colour': '#1c1c1c',
  '--odf-secondary-text-colour': '#4f4f4f',
  '--odf-background-colour': '#ffffff',
  '--odf-border-colour': '#9a9a9a',
  '--odf-input-border-colour': '#1c1c1c',
  '--odf-focus-colour': '#ffbf47',
  '--odf-focus-text-colour': '#1c1c1c',
  '--odf-error-colour': '#b10e1e',
  '--odf-link-colour': '#00587a',
  '--odf-link-visited-colour': '#5c2d91',
  '--odf-link-hover-colour': '#003a52',
  '--odf-button-colour': '#5c2d91',
  '--odf-button-hover-colour': '#45206e',
  '--odf-button-shadow-colour': '#2e1449',
  '--odf-button-text-colour': '#ffffff',
  '--odf-secondary-button-colour': '#ebe6f2',
  '--odf-secondary-button-hover-colour': '#d9cfe6',
  '--odf-secondary-button-shadow-colour': '#8a7aa3',
  '--odf-panel-colour': '#00587a',
  '--odf-panel-text-colour': '#ffffff',
  '--odf-banner-text-colour': '#ffffff',
  '--odf-inset-border-colour': '#00587a',
  '--odf-tag-colour': '#dcebf2',
  '--odf-tag-text-colour': '#00394f',
  '--odf-radius': '4px',
};

interface ThemingArgs {
  /** The custom properties, set on a wrapper around the element. */
  theme: Record<string, string>;
  /** Which form. */
  form: 'notification' | 'outcome-review';
  today: string;
  config: FormsConfigInput | undefined;
  value: Record<string, unknown>;
}

const links: FormsConfigInput = {
  localAuthority: {
    name: 'Peak District Council',
    code: '831',
    contactEmail: 'exclusion.access@example.org',
    partTimeTimetableFormUrl: 'https://forms.example.org/part-time-timetable',
    guidanceUrl: 'https://schools.example.org/offsite-directions',
  },
};

const meta: Meta<ThemingArgs> = {
  title: 'Theming/Council colours',
  args: { theme: councilTheme, form: 'notification', today: exampleToday, config: links, value: maintainedPartTime },
  argTypes: {
    theme: { control: 'object', description: 'The `--odf-` custom properties the host page sets.' },
    form: { control: 'inline-radio', options: ['notification', 'outcome-review'] },
    today: { control: 'text' },
    config: { control: 'object' },
    value: { control: 'object' },
  },
  render: ({ theme, form, today, config, value }) =>
    html`<div style=${styleMap(theme)}>
      ${form === 'notification'
        ? html`<offsite-direction-notification
            today=${today}
            .config=${config}
            .value=${structuredClone(value)}
          ></offsite-direction-notification>`
        : html`<offsite-direction-outcome-review
            today=${today}
            .config=${config}
            .value=${structuredClone(value)}
            .notification=${exampleNotification()}
          ></offsite-direction-outcome-review>`}
    </div>`,
};

export default meta;

type Story = StoryObj<ThemingArgs>;

/** The notification in the council's colours, with its rule panel, links and part-time warning. */
export const Notification: Story = {};

/** Errors in the council's error colour; the focused error summary in its focus colour. */
export const NotificationErrors: Story = {
  name: 'Notification: errors',
  args: { value: {} },
  play: ({ canvasElement }) => showErrors(canvasElement),
};

/** Check your answers: summary rows, change links and warnings. */
export const NotificationCheckAnswers: Story = {
  name: 'Notification: check answers',
  play: ({ canvasElement }) => checkAnswers(canvasElement).then(() => undefined),
};

/** The confirmation panel and the secondary buttons. */
export const NotificationConfirmation: Story = {
  name: 'Notification: confirmation',
  play: ({ canvasElement }) => confirm(canvasElement),
};

/** The outcome review after the notification: the "From the notification" tags on check your answers. */
export const OutcomeReviewCheckAnswers: Story = {
  name: 'Outcome review: check answers',
  args: {
    form: 'outcome-review',
    today: reviewToday,
    value: { ...managedMoveReview, notificationId: undefined } as Record<string, unknown>,
  },
  play: ({ canvasElement }) => checkAnswers(canvasElement).then(() => undefined),
};
