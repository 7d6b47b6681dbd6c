import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { FormsConfigValue } from './check-runner.js';
import { DEFAULT_SEND_TIMEOUT_MS } from './delivery.js';
import type { DraftStorageKind } from './draft-storage.js';
import { localToday } from './paths.js';

/**
 * What a host page sets and reads of either form: its attributes and properties (CONTRACT §2–§3, §8.1), and the
 * form-control API of a native input (`form`, `validity`, `checkValidity()`…). The form itself, with its draft
 * and steps, is {@link OffsiteFormElement} (offsite-form-element.ts), which extends this.
 */
export abstract class OffsiteFormControl extends LitElement {
  /** A form control of the host `<form>` it sits in (used only when `name` is set). */
  static formAssociated = true;

  /** The element as a form control: its form value and validity (kept by host-link.ts). */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** "Today" for every date rule, `YYYY-MM-DD`. Defaults to the browser's local date. */
  @property({ reflect: false }) today: string = localToday();

  /** The local authority's settings (partial); missing parts take the defaults. */
  @property({ attribute: false }) config: FormsConfigValue = undefined;

  /** Opt-in: keep the unsent draft in web storage under this key. */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** Which web storage keeps the draft: `session` (the tab, until it closes) or `local` (the device, until sent). */
  @property({ attribute: 'draft-storage' }) draftStorage: DraftStorageKind = 'session';

  /**
   * Optional URL the element POSTs the envelope to as JSON (`Idempotency-Key: <submissionId>`), after the submit
   * event and any `waitUntil` promises; a 2xx answer shows the confirmation.
   */
  @property() action = '';

  /**
   * Inside a host `<form>`, the envelope JSON is submitted under this name. Reflected, because the form reads the
   * attribute. Without a name the element never blocks the host form (a page-wide ASP.NET `<form>`, say).
   */
  @property({ reflect: true }) name = '';

  /** Optional CSS selector of a host input that receives the envelope JSON. */
  @property({ attribute: 'target-field' }) targetField = '';

  /**
   * How long, in milliseconds, a POST to `action` may wait for an answer before the user is told it failed and
   * offered "Try again" (which re-sends the same submission id). Anything but a positive number means the default,
   * 30 seconds (30000).
   */
  @property({ attribute: 'send-timeout', type: Number }) sendTimeout = DEFAULT_SEND_TIMEOUT_MS;

  /**
   * The host page's own form sends the answers (form builders). Check your answers ends with Confirm, which puts
   * the envelope in `target-field` and the form value and fires `offsite-direction-ready`; the element never
   * sends, never fires `offsite-direction-submit` and never says the answers were sent. On by itself when
   * `target-field` is set without `action`.
   */
  @property({ type: Boolean, attribute: 'host-submit' }) hostSubmit = false;

  /** The host page's send button as the person sees it, for the sentence that says how to send the answers. */
  @property({ attribute: 'host-submit-label' }) hostSubmitLabel = '';

  /**
   * True when the host page's own form sends the answers: `host-submit`, or a `target-field` without `action`
   * (a builder page, where nothing else would send them).
   */
  protected get hostSends(): boolean {
    return this.hostSubmit || (this.targetField.trim() !== '' && this.action.trim() === '');
  }

  /** "Today" as the rules see it: the `today` property, or the local date when it is empty. */
  protected get effectiveToday(): string {
    return this.today || localToday();
  }

  /** The host `<form>` the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's validity as a form control: invalid (`customError`) while it has a `name` and no checked answers. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the element is invalid as a form control: the first error, or a request to check the answers. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** As for a native control: false, and an `invalid` event, while invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As for a native control: also shows the message at the field in error. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}
