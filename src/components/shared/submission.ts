import type { FormEnvelope } from '../../events.js';
import type { CheckResult } from '../../schema/result.js';
import { SendError } from './delivery.js';
import type { DraftHolder } from './draft-keeper.js';
import { hasErrors } from './error-display.js';
import type { FormStep } from './offsite-form-element.js';
import { newSubmissionId } from './paths.js';

/** What a Submit press needs of the element. */
export interface SubmissionPort<TData, TDerived> {
  readonly holder: DraftHolder;
  checkResult(): CheckResult<TData, TDerived>;
  /** Back to the questions with the errors of `result`. */
  refuse(result: CheckResult<TData, TDerived>): void;
  buildEnvelope(result: CheckResult<TData, TDerived>): FormEnvelope<TData, TDerived>;
  /** The element's (overridable) delivery: resolves whether the envelope was taken, rejects when sending failed. */
  deliver(envelope: FormEnvelope<TData, TDerived>): Promise<boolean>;
  /** Keeps the draft (with the attempt) under `draft-key`. */
  saveDraft(): void;
  /** Gives the host form and target field the envelope handed over. */
  setCheckedEnvelope(envelope: FormEnvelope<TData, TDerived>): void;
  /** The reason a send failed (null: none), and the receiver's own findings. */
  setFailure(reason: string | null, problems: readonly string[]): void;
  /** Shows a step without moving focus, or (`focus`) with focus on the send error. */
  showStep(step: FormStep, focus?: 'send-error'): void;
  /** The envelope was taken: show the confirmation. */
  onSent(envelope: FormEnvelope<TData, TDerived>): void;
}

/**
 * A Submit press: the check, the hand-over under the right submission id, the delivery, and a failure's "Try
 * again" (which re-sends the same id while the answers are the same).
 */
export class Submission<TData, TDerived> {
  /** Set synchronously on a Submit press, so a second press before the first is settled does nothing. */
  private pending = false;
  /** Set while a failed send's reason came from this element (not from a host's `waitUntil`). */
  errorIsOwn = false;
  /**
   * Set from a failed send until the next visit to check your answers: "Try again" sits under the error banner,
   * and stays there (the same button, keeping its focus) while the retry is sending.
   */
  retryFirst = false;

  constructor(private readonly port: SubmissionPort<TData, TDerived>) {}

  /**
   * Submits the current draft: re-checks it (errors → back to the questions with the summary), then delivers the
   * envelope once. A press while one is pending does nothing.
   */
  async submit(): Promise<void> {
    if (this.pending) return;
    this.pending = true;
    const port = this.port;
    try {
      const result = port.checkResult();
      if (hasErrors(result)) {
        port.refuse(result);
        return;
      }
      // Before the submit event, so a host that submits its own form from the listener sends this envelope.
      const envelope = this.handOver(result);
      port.setFailure(null, []);
      let taken: boolean;
      try {
        taken = await port.deliver(envelope);
      } catch (error) {
        port.setFailure(
          error instanceof Error ? error.message : typeof error === 'string' ? error : '',
          error instanceof SendError ? error.problems : [],
        );
        this.errorIsOwn = error instanceof SendError;
        this.retryFirst = true;
        port.showStep('check', 'send-error');
        return;
      }
      if (!taken) {
        port.showStep('check');
        return;
      }
      port.onSent(envelope);
    } finally {
      this.pending = false;
    }
  }

  /**
   * Hands the checked answers over (a Submit, or a Confirm for the host's form): the same answers keep the
   * submission id they were last handed over under, changed ones get a new one; the draft keeps that attempt, and
   * the host form and target field get the envelope, which is returned.
   */
  handOver(result: CheckResult<TData, TDerived>): FormEnvelope<TData, TDerived> {
    const holder = this.port.holder;
    const data = JSON.stringify(result.data);
    if (holder.attempt?.id === holder.submissionId && holder.attempt.data !== data) holder.submissionId = newSubmissionId();
    holder.attempt = { id: holder.submissionId, data };
    this.port.saveDraft();
    const envelope = this.port.buildEnvelope(result);
    this.port.setCheckedEnvelope(envelope);
    return envelope;
  }
}
