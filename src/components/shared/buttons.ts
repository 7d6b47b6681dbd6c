import { html, type TemplateResult } from 'lit';
import { classNames as classMap } from './class-names.js';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface ButtonOptions {
  label: string;
  /** `primary` (green, the one action the step is for) or `secondary` (grey). */
  variant?: 'primary' | 'secondary';
  type?: 'button' | 'submit';
  /**
   * Sending: the button says `busyLabel`, is marked `aria-disabled` and ignores presses. It is not `disabled`:
   * that would drop the keyboard focus it holds to the page's body for the whole send.
   */
  busy?: boolean;
  busyLabel?: string;
  id?: string;
  onClick?: (event: Event) => void;
}

/** A GOV.UK button. The click handler must still guard against a second press itself. */
export function button(options: ButtonOptions): TemplateResult {
  const busy = Boolean(options.busy);
  return html`<button
    class=${classMap({ button: true, 'button--secondary': options.variant === 'secondary' })}
    type=${options.type ?? 'button'}
    id=${ifDefined(options.id)}
    part=${options.variant === 'secondary' ? 'button button-secondary' : 'button button-primary'}
    aria-disabled=${ifDefined(busy ? 'true' : undefined)}
    @click=${(event: Event) => {
      if (busy) {
        event.preventDefault();
        return;
      }
      options.onClick?.(event);
    }}
  >
    ${busy ? (options.busyLabel ?? options.label) : options.label}
  </button>`;
}

/** A row of buttons (stacked on narrow screens). */
export function buttonGroup(...buttons: (TemplateResult | TemplateResult[])[]): TemplateResult {
  return html`<div class="button-group">${buttons}</div>`;
}
