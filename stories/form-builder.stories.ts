import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { expect, waitFor } from 'storybook/test';
import '../src/components/notification/define.js';
import '../src/components/outcome-review/define.js';
import { exampleToday, maintainedWithEhcp, returnReview, reviewToday } from '../test/fixtures/examples.js';
import { checkAnswers, exampleNotification, formIn } from './story-helpers.js';

/**
 * A form builder's page (Granicus and the like): the builder's own form, its field for the widget, and its own
 * Submit button. The widget has `target-field` and no `action`, so host-submit is on: Confirm, never "sent".
 */
export interface BuilderArgs {
  form: 'notification' | 'review';
  /** The builder's send button as the person sees it (`host-submit-label`); empty for the default words. */
  hostSubmitLabel: string;
  /** What the builder's field holds when the page opens (a builder that saves and reloads its own fields). */
  keptField: string;
  value: Record<string, unknown>;
}

/** Each story's own field id: a docs page shows every story of this file on one page. */
let pages = 0;

const meta: Meta<BuilderArgs> = {
  title: 'Embedding/Form builder (host-submit)',
  args: { form: 'notification', hostSubmitLabel: '', keptField: '', value: maintainedWithEhcp as Record<string, unknown> },
  argTypes: {
    form: { control: 'inline-radio', options: ['notification', 'review'] },
    hostSubmitLabel: { control: 'text', description: 'The builder’s own send button, in the “ready” sentence.' },
    keptField: { control: 'text', description: 'The envelope JSON the builder kept in its field.' },
    value: { control: 'object', description: 'The prefill.' },
  },
  render: ({ form, hostSubmitLabel, keptField, value }) => {
    const id = `builder-field-${++pages}`;
    const widget =
      form === 'review'
        ? html`<offsite-direction-outcome-review
            today=${reviewToday}
            target-field=${`#${id}`}
            host-submit-label=${hostSubmitLabel}
            .value=${keptField ? {} : structuredClone(value)}
          ></offsite-direction-outcome-review>`
        : html`<offsite-direction-notification
            today=${exampleToday}
            target-field=${`#${id}`}
            host-submit-label=${hostSubmitLabel}
            .value=${keptField ? {} : structuredClone(value)}
          ></offsite-direction-notification>`;
    return html`<form
      action="#"
      @submit=${(event: Event) => {
        event.preventDefault();
      }}
    >
      <input type="hidden" id=${id} name="offsite_envelope" .value=${live(keptField)} />
      ${widget}
      <button type="submit">Submit form</button>
    </form>`;
  },
};

export default meta;

type Story = StoryObj<BuilderArgs>;

/** Check your answers then Confirm (its one primary button): the answers wait in the builder's field. */
async function confirmAnswers(canvasElement: HTMLElement) {
  const el = await checkAnswers(canvasElement);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button-primary"]')!.click();
  await waitFor(() => expect(el.shadowRoot!.querySelector('#ready-how')).toBeTruthy());
  return el;
}

/** Check your answers on a builder's page: Confirm, and a sentence that confirming sends nothing. */
export const CheckAnswersWithConfirm: Story = {
  name: 'Check answers: Confirm',
  play: ({ canvasElement }) => checkAnswers(canvasElement).then(() => undefined),
};

/** Confirmed: nothing has been sent yet, and the builder's own button below sends it. */
export const Ready: Story = {
  name: 'Ready: not sent yet',
  play: ({ canvasElement }) => confirmAnswers(canvasElement).then(() => undefined),
};

/** The same, with the builder's button named (`host-submit-label`). */
export const ReadyWithTheBuildersLabel: Story = {
  name: 'Ready: the builder’s button named',
  args: { hostSubmitLabel: 'the green Submit form button' },
  play: ({ canvasElement }) => confirmAnswers(canvasElement).then(() => undefined),
};

/** An answer changed after Confirm: the builder's field is empty again, and the form says so. */
export const ChangedAfterConfirming: Story = {
  name: 'Changed after confirming',
  play: async ({ canvasElement }) => {
    const el = await confirmAnswers(canvasElement);
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button[part~="button-secondary"]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLAnchorElement>('.back-link')!.click();
    await el.updateComplete;
    const name = root.querySelector<HTMLInputElement>('[name="submittedBy.name"]')!;
    name.value = `${name.value} Jr`;
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitFor(() => expect(root.querySelector('#changed-since-confirmed')).toBeTruthy());
  },
};

/** The builder kept its field and gave it back on reload: the answers return on check your answers. */
export const RestoredFromTheBuilder: Story = {
  name: 'Restored from the builder’s field',
  args: { keptField: JSON.stringify(exampleNotification()) },
  play: async ({ canvasElement }) => {
    const el = formIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('#restored-from-host')).toBeTruthy());
  },
};

/** The outcome review on a builder's page, confirmed. */
export const OutcomeReviewReady: Story = {
  name: 'Outcome review: ready, not sent yet',
  args: { form: 'review', value: returnReview as Record<string, unknown> },
  play: ({ canvasElement }) => confirmAnswers(canvasElement).then(() => undefined),
};
