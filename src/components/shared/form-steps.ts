import type { PropertyValues } from 'lit';
import type { CheckResult, Finding } from '../../schema/result.js';
import { createFormEvent, INVALID_EVENT, READY_EVENT, type FormEnvelope } from '../../events.js';
import { deliverEnvelope, SendError } from './delivery.js';
import { hasErrors } from './error-display.js';
import { applyFocus, focusField } from './focus.js';
import { cloneDraft, newSubmissionId, type Draft } from './paths.js';
import { joinPrinting, leavePrinting, printOnly } from './printing.js';
import type { QuestionView } from './questions.js';

import type { FormStep } from './offsite-form-element.js';
import { OffsiteFormState } from './form-state.js';

/**
 * The second layer of the forms' base class: the steps (form → check your answers → sending → sent, or ready with
 * host-submit), with layout="pages" the pages, sending and the envelope, focus, the lifecycle and the public methods.
 */
export abstract class OffsiteFormSteps<TData = unknown, TDerived = unknown, V extends QuestionView = QuestionView> extends OffsiteFormState<TData, TDerived, V> {
  // ---------------------------------------------------------------------------------------------------------
  // Steps and sending

  /** Moves to a step; focus goes to its heading. */
  protected goToStep(step: FormStep): void {
    this.step = step;
    this.pendingFocus = 'heading';
    this.liveRegion.quiet();
  }

  /** Shows the errors and the summary (focused), back on the questions, and tells the host. */
  protected refuse(result: CheckResult<TData, TDerived>): void {
    this.showErrorsOf(result);
    if (this.paged) this.pages.showFirstWith(result.findings);
    this.sendError = null;
    this.step = 'form';
    this.pendingFocus = 'error-summary';
    this.requestUpdate();
    this.dispatchEvent(createFormEvent(INVALID_EVENT, { form: this.formName, findings: [...result.findings] }));
  }

  protected readonly onContinue = (event: Event) => {
    event.preventDefault();
    // Enter pressed in a box submits without leaving it: let the box say what it holds first (an unfinished time
    // box reports itself on leaving), so the check below sees it. Focus moves on from here anyway.
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (focused instanceof HTMLInputElement) focused.blur();
    const result = this.checkResult;
    if (this.paged && this.continuePage(result)) return;
    if (hasErrors(result)) {
      this.refuse(result);
      return;
    }
    this.showErrorsOf(result);
    this.pages.returnToCheck = false;
    this.errors.fileProblems.clear();
    this.answersFile.status = '';
    // A failed send belongs to the visit to check your answers it happened on; coming back through Continue
    // starts a fresh one (the submission id still only changes if the answers did).
    this.sendError = null;
    this.retryFirst = false;
    this.sendProblems = [];
    // With host-submit only Confirm puts answers in the host form; otherwise checked answers go there now.
    if (!this.hostSends) this.hostLink.setCheckedEnvelope(this.buildEnvelope(result));
    this.goToStep('check');
  };

  /**
   * Prints the page. The element carries a `printing` attribute until printing ends, so the host page's print
   * style can leave out everything else: `@media print { main > :not([printing], :has([printing])) { display: none } }`.
   * The browser's own Print marks the form in use the same way (printing.ts).
   */
  protected readonly onPrint = () => {
    printOnly(this);
  };

  protected readonly onSubmitPress = () => {
    // With host-submit, submit() confirms instead.
    void this.submit();
  };

  protected readonly onBackToCheck = () => {
    this.goToStep('check');
  };

  protected readonly onChangeAnswer = (path: string) => {
    // With pages, the page that asks it; its Continue comes back here.
    if (this.paged) this.pages.openFor(path);
    this.step = 'form';
    this.pendingFocus = { path };
  };

  protected readonly onBack = (event: Event) => {
    event.preventDefault();
    if (this.paged) this.pages.last();
    this.goToStep('form');
  };

  /**
   * With pages, Continue on a page: its own errors stop it there; else the next page shows, with none of its errors
   * until its own Continue. True when that is all; false after the last page (or a page opened by a Change link),
   * when Continue goes on to check every answer.
   */
  protected continuePage(result: CheckResult<TData, TDerived>): boolean {
    const onPage = result.findings.filter((finding) => finding.severity === 'error' && this.pages.onPage(finding));
    if (onPage.length) {
      this.refuse({ ...result, findings: onPage });
      return true;
    }
    if (this.pages.isLast || this.pages.returnToCheck) return false;
    this.pages.next();
    this.showErrorsOf({ ...result, findings: [] });
    this.errors.fileProblems.clear();
    this.goToStep('form');
    this.requestUpdate();
    this.drafts.save();
    return true;
  }

  /** A page's Back link: the page before, or check your answers for a page a Change link opened. */
  protected readonly onPageBack = (event: Event) => {
    event.preventDefault();
    if (this.pages.returnToCheck) {
      this.pages.returnToCheck = false;
      this.goToStep('check');
      return;
    }
    this.pages.previous();
    this.goToStep('form');
    this.requestUpdate();
    this.drafts.save();
  };

  protected readonly onStartAnother = () => {
    this.reset();
    this.pendingFocus = 'heading';
  };

  protected readonly onClearDraft = () => {
    const before = this.drafts.replaced ?? {};
    this.drafts.forget();
    this.errorsShown = false;
    this.sendError = null;
    this.sendProblems = [];
    this.submissionId = newSubmissionId();
    this.step = 'form';
    this.setDraft(cloneDraft(before), { user: false });
    this.pendingFocus = 'heading';
  };

  /** Makes the envelope of CONTRACT §4 from a passing check. */
  protected buildEnvelope(result: CheckResult<TData, TDerived>): FormEnvelope<TData, TDerived> {
    return {
      form: this.formName,
      schemaVersion: 1,
      submissionId: this.submissionId,
      submittedAt: new Date().toISOString(),
      today: this.effectiveToday,
      locale: this.locale(),
      localAuthority: this.localAuthority(),
      data: result.data as TData,
      derived: result.derived as TDerived,
      findings: result.findings.filter((finding) => finding.severity !== 'error'),
    };
  }

  /**
   * Hands the envelope over. Resolves `true` when it was taken (show the confirmation), `false` when the host
   * cancelled (stay on check your answers); rejects when sending failed (show the error and "Try again").
   * This default fires `offsite-direction-submit`, waits for any `waitUntil` promises, then — with `action`
   * set — POSTs the envelope (delivery.ts).
   */
  protected deliver(envelope: FormEnvelope<TData, TDerived>): Promise<boolean> {
    return deliverEnvelope(this, envelope, {
      action: this.action,
      sendTimeout: this.sendTimeout,
      onSending: () => this.showSending(),
    });
  }

  /** Puts the element in its "Sending…" state (for `deliver` overrides). */
  protected showSending(): void {
    this.step = 'sending';
  }

  /**
   * Submits the current draft: re-checks it (errors → back to the questions with the summary), then
   * {@link deliver}s the envelope once. A press while one is pending does nothing.
   */
  protected async submit(): Promise<void> {
    if (this.hostSends) {
      this.confirmAnswers();
      return;
    }
    if (this.submitPending) return;
    this.submitPending = true;
    try {
      const result = this.checkResult;
      if (hasErrors(result)) {
        this.refuse(result);
        return;
      }
      // Before the submit event, so a host that submits its own form from the listener sends this envelope.
      const envelope = this.handOver(result);
      this.sendError = null;
      this.sendProblems = [];
      let taken: boolean;
      try {
        taken = await this.deliver(envelope);
      } catch (error) {
        this.sendError = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
        this.sendErrorIsOwn = error instanceof SendError;
        this.sendProblems = error instanceof SendError ? error.problems : [];
        this.step = 'check';
        this.retryFirst = true;
        this.pendingFocus = 'send-error';
        return;
      }
      if (!taken) {
        this.step = 'check';
        return;
      }
      this.sentEnvelope = envelope;
      this.drafts.forget();
      this.goToStep('sent');
    } finally {
      this.submitPending = false;
    }
  }

  /**
   * Hands the checked answers over (a Submit, or a Confirm for the host's form): the same answers keep the
   * submission id they were last handed over under, changed ones get a new one; the draft keeps that attempt, and
   * the host form and target field get the envelope, which is returned.
   */
  protected handOver(result: CheckResult<TData, TDerived>): FormEnvelope<TData, TDerived> {
    const data = JSON.stringify(result.data);
    if (this.attempt?.id === this.submissionId && this.attempt.data !== data) this.submissionId = newSubmissionId();
    this.attempt = { id: this.submissionId, data };
    this.drafts.save();
    const envelope = this.buildEnvelope(result);
    this.hostLink.setCheckedEnvelope(envelope);
    return envelope;
  }

  /**
   * With host-submit: re-checks the draft (errors → back to the questions with the summary), then puts the
   * envelope in the target field and the form value, fires `offsite-direction-ready` and shows that nothing has
   * been sent. The submission id changes only when the answers differ from those last confirmed.
   */
  protected confirmAnswers(): void {
    const result = this.checkResult;
    if (hasErrors(result)) {
      this.refuse(result);
      return;
    }
    const envelope = this.handOver(result);
    this.hostLink.changedSinceConfirmed.value = false;
    this.hostLink.restoredFromHost.value = false;
    this.goToStep('ready');
    this.dispatchEvent(createFormEvent(READY_EVENT, JSON.parse(JSON.stringify(envelope)) as FormEnvelope));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Focus (focus.ts)

  /**
   * Focuses the control for `path` — for a date the first box in error, for radios the chosen one — after
   * scrolling its label or legend into view. Returns false when no control answers that path.
   */
  protected focusField(path: string): boolean {
    return focusField(this.renderRoot, path);
  }

  protected applyPendingFocus(): void {
    const focus = this.pendingFocus;
    this.pendingFocus = null;
    applyFocus(this.renderRoot as ShadowRoot, focus, (path) => this.focusField(path));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    joinPrinting(this, () => this.step !== 'form');
    // Moved (into a dialog, say) after sending: the download link's blob URL was revoked on the way; make a new one.
    if (this.step === 'sent') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leavePrinting(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draftKey')) this.drafts.restore();
    if (!this.hasUpdated) this.hostLink.restoreFromHostField();
    this.hostLink.warnIfActionIgnored(this.formName);
    if (changed.has('config')) {
      const problems = this.configProblems();
      if (problems.length && this.reportedConfig !== this.config) {
        this.reportedConfig = this.config;
        console.error(`${this.formName}: the config has problems:\n- ${problems.join('\n- ')}`);
      }
    }
  }

  /**
   * Moves focus after a step change or a summary link, and keeps the host form's value and validity (whose anchor
   * is a rendered control) up to date. Subclasses that override this must call super.
   */
  protected override updated(): void {
    this.hostLink.sync();
    this.applyPendingFocus();
  }

  /** The host form was reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** The browser gives back the answers it kept for history navigation (the state host-link.ts keeps). */
  formStateRestoreCallback(state: unknown, mode: 'restore' | 'autocomplete'): void {
    if (mode !== 'restore' || typeof state !== 'string' || Object.keys(this.draft).length) return;
    try {
      const { value, submissionId } = JSON.parse(state) as { value?: unknown; submissionId?: unknown };
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      this.setDraft(cloneDraft(value as Draft), { user: false });
      if (typeof submissionId === 'string') this.submissionId = submissionId;
    } catch {
      // Not our state (another version of the element wrote it): keep the empty form.
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Public methods

  /** Runs every check on the current draft without showing errors. */
  validate(): Finding[] {
    return this.checkResult.findings.map((finding) => ({ ...finding }));
  }

  /** Clears the draft and goes back to the first step, with a new submission id and no errors showing. */
  reset(): void {
    this.sentCopy.revoke();
    this.drafts.forget();
    this.liveRegion.quiet();
    this.retryFirst = false;
    this.errorsShown = false;
    this.sendError = null;
    this.sendProblems = [];
    this.errors.fileProblems.clear();
    this.answersFile.status = '';
    this.sentEnvelope = undefined;
    this.hostLink.changedSinceConfirmed.value = false;
    this.submissionId = newSubmissionId();
    this.step = 'form';
    this.pages.first();
    this.setDraft({}, { user: false });
  }

}
