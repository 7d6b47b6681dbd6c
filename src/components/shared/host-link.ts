/**
 * Embedding (CONTRACT §2–§3, §8.1): the element as a form control of a host `<form>` (its value and validity),
 * the `target-field` input that receives the envelope JSON, and with host-submit the watch on the host form and
 * the answers a builder's field gives back.
 */
import type { LitElement } from 'lit';
import { msg } from '@lit/localize';
import type { FormEnvelope } from '../../events.js';
import type { CheckResult, Finding } from '../../schema/result.js';
import type { DraftHolder } from './draft-keeper.js';
import { hasErrors } from './error-display.js';
import { controlFor } from './focus.js';
import { findHostField, writeHostField } from './host-field.js';
import { HostSubmitWatch, keptEnvelope } from './host-submit.js';
import { HostValue } from './host-value.js';
import type { FormStep } from './offsite-form-element.js';
import { cloneDraft, type Draft } from './paths.js';

/** What the host link reads of the element, and the few things it changes there. */
export interface HostLinkPort<TData, TDerived> {
  readonly internals: ElementInternals;
  readonly holder: DraftHolder;
  /** The element's `name`, `target-field`, `action` and `host-submit`, as set. */
  attributes(): { name: string; targetField: string; action: string; hostSubmit: boolean };
  /** True when the host page's own form sends the answers. */
  hostSends(): boolean;
  step(): FormStep;
  /** Shows a step without moving focus (a restore before the first render). */
  showStep(step: FormStep): void;
  checkResult(): CheckResult<TData, TDerived>;
  /** Shows the errors `result` has, as a press would. */
  showErrorsOf(result: CheckResult<TData, TDerived>): void;
  /** The first error in page order, shown or not yet. */
  firstError(): Finding | undefined;
  /** When the draft restored from web storage was kept; undefined when none shows. */
  draftRestoredAt(): string | undefined;
  /** The host form was submitted holding the confirmed answers: forget the kept draft. */
  onHostSubmit(): void;
}

export class HostLink<TData, TDerived> {
  /**
   * The envelope of the answers the user last checked (Continue) or submitted: the host form's value and what
   * `target-field` holds. Any change to the draft forgets it, so a host never sends answers nobody checked.
   */
  private checked: FormEnvelope<TData, TDerived> | undefined;
  /** What this element last wrote into the `target-field` input ('' when it has written nothing). */
  private hostFieldText = '';
  private hostFieldLookedUp = false;
  private warnedActionIgnored = false;
  /** With host-submit: the answers changed after they were confirmed, so the host form holds nothing to send. */
  readonly changedSinceConfirmed: HostValue<boolean>;
  /** With host-submit: the answers came back from the builder's own field (a builder that saves its pages). */
  readonly restoredFromHost: HostValue<boolean>;
  private readonly watch: HostSubmitWatch;

  constructor(
    private readonly host: LitElement,
    private readonly port: HostLinkPort<TData, TDerived>,
  ) {
    this.changedSinceConfirmed = new HostValue(host, false);
    this.restoredFromHost = new HostValue(host, false);
    this.watch = new HostSubmitWatch(host, {
      active: () => port.hostSends(),
      hostForms: () => [port.internals.form, this.hostField()?.form],
      hasUnsentAnswers: () => port.step() === 'ready' || Object.keys(port.holder.draft).length > 0,
      confirmed: () => this.checked !== undefined,
      onHostSubmit: () => port.onHostSubmit(),
    });
  }

  /** The draft changed (`user`: by an edit): confirmed answers are no longer in the host form. */
  noteDraftChange(user: boolean): void {
    if (this.port.hostSends()) {
      // Confirmed answers that change are no longer in the host form: say so until they are confirmed again.
      if (user && this.checked) this.changedSinceConfirmed.value = true;
      if (this.port.step() === 'ready') this.port.showStep('form');
      this.watch.noteEdit();
    }
    this.setCheckedEnvelope(undefined);
  }

  /** Records the envelope the user checked (or `undefined` after an edit) and tells the host form and field. */
  setCheckedEnvelope(envelope: FormEnvelope<TData, TDerived> | undefined): void {
    if (envelope === undefined && this.checked === undefined && !this.hostFieldText) return;
    this.checked = envelope;
    this.sync();
    this.syncHostField();
  }

  /** Keeps the host form's value and validity (whose anchor is a rendered control) up to date. */
  sync(): void {
    this.syncFormValue();
    this.syncValidity();
  }

  /** Once per element: with host-submit and `action` both set, says that `action` is ignored. */
  warnIfActionIgnored(formName: string): void {
    const { hostSubmit, action } = this.port.attributes();
    if (!hostSubmit || !action.trim() || this.warnedActionIgnored) return;
    this.warnedActionIgnored = true;
    console.warn(`${formName}: host-submit is set, so the host page's form sends the answers and action is ignored.`);
  }

  /** The `target-field` input, when one is set and found. */
  private hostField(): HTMLInputElement | HTMLTextAreaElement | null {
    const { targetField } = this.port.attributes();
    return targetField.trim() ? findHostField(this.host, targetField) : null;
  }

  /** The host form's value: the checked envelope's JSON, only with a `name`. */
  private syncFormValue(): void {
    const { internals, holder } = this.port;
    if (!this.port.attributes().name) {
      internals.setFormValue(null);
      return;
    }
    const envelope = this.checked;
    // The state lets the browser give the answers back on history navigation, as it does for its own inputs;
    // never once sent, so a sent submission id is not reused.
    const restorable =
      this.port.step() === 'sent' ? null : JSON.stringify({ value: holder.draft, submissionId: holder.submissionId });
    internals.setFormValue(envelope ? JSON.stringify(envelope) : null, restorable);
  }

  /**
   * Invalid, so a host form's native submit is blocked, while the element has a `name` and no checked envelope:
   * the message is the first error in page order (or asks the user to check their answers); the browser focuses
   * the anchor (that error's control, else this step's main button) and shows the message there.
   */
  private syncValidity(): void {
    const { internals } = this.port;
    if (!this.port.attributes().name || this.checked) {
      internals.setValidity({});
      return;
    }
    // The browser's own message when a host form is sent: the first error there is, shown on the page or not yet.
    const error = this.port.firstError();
    const message =
      error?.message ??
      (this.port.hostSends() ? msg('Check and confirm your answers before you send this form.') : msg('Check your answers before sending.'));
    const root = this.host.renderRoot as ParentNode | undefined;
    const anchor =
      (error?.path ? controlFor(root, error.path) : undefined) ??
      root?.querySelector<HTMLElement>('button[part~="button-primary"]') ??
      root?.querySelector<HTMLElement>('#step-heading') ??
      undefined;
    if (anchor) internals.setValidity({ customError: true }, message, anchor);
    else internals.setValidity({ customError: true }, message);
  }

  /** Copies the checked envelope into the `target-field` input, or empties it once the answers change. */
  private syncHostField(): void {
    const { targetField } = this.port.attributes();
    const text = this.checked ? JSON.stringify(this.checked) : '';
    if (!targetField || text === this.hostFieldText) return;
    const field = findHostField(this.host, targetField);
    if (!field) return;
    writeHostField(field, text);
    this.hostFieldText = text;
  }

  /**
   * With host-submit, once: a builder that saves and reloads its own fields gives back the envelope this element
   * confirmed. Its answers come back, re-checked, on check your answers, with their submission id. A draft kept in
   * web storage after that envelope (answers changed since) is newer: it stays, and the stale field is emptied.
   */
  restoreFromHostField(): void {
    const port = this.port;
    if (this.hostFieldLookedUp || !port.hostSends()) return;
    this.hostFieldLookedUp = true;
    const field = this.hostField();
    const kept = field ? keptEnvelope(field.value, port.holder.formName) : undefined;
    if (!field || !kept) return;
    const draftSavedAt = port.draftRestoredAt();
    if (draftSavedAt !== undefined && draftSavedAt > kept.submittedAt) {
      writeHostField(field, '');
      this.changedSinceConfirmed.value = true;
      return;
    }
    port.holder.setDraft(cloneDraft(kept.data as Draft), { user: false });
    port.holder.submissionId = kept.submissionId;
    port.holder.attempt = { id: kept.submissionId, data: JSON.stringify(kept.data) };
    const result = port.checkResult();
    port.showErrorsOf(result);
    if (hasErrors(result)) {
      // Today's rules refuse what was confirmed then (a later "today", say): the field must not send it.
      writeHostField(field, '');
      port.showStep('form');
      return;
    }
    if (JSON.stringify(result.data) === JSON.stringify(kept.data)) {
      // Still exactly what was confirmed: the field keeps it, and the host form may send it as it is.
      this.checked = JSON.parse(field.value) as FormEnvelope<TData, TDerived>;
      this.hostFieldText = field.value;
    } else {
      writeHostField(field, '');
      this.changedSinceConfirmed.value = true;
    }
    this.restoredFromHost.value = true;
    port.showStep('check');
  }

  /** True while checked answers are in the host form. */
  get confirmed(): boolean {
    return this.checked !== undefined;
  }
}
