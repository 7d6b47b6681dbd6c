import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { groupedShortReference } from '../../schema/reference.js';
import { button, buttonGroup } from './buttons.js';
import { sharedStyles } from './styles.js';
import { errorSummary } from './error-summary.js';
import { copyFileName } from './files.js';
import { findingNotices, insetText, notificationBanner } from './notices.js';
import { saveForLater } from './save-for-later.js';
import { sentAt, summaryList } from './summary-list.js';
import type { QuestionView } from './questions.js';
import { pagedStyles } from './paged-layout.js';

import { OffsiteFormSteps } from './form-steps.js';

/**
 * Where the user is: answering, checking, waiting for the host to store the envelope, or done. With host-submit,
 * `ready` replaces the last two: the answers are confirmed for the host page's own form, which has not sent them.
 */
export type FormStep = 'form' | 'check' | 'sending' | 'sent' | 'ready';

export type { FormCheckOptions, FormsConfigValue } from './check-runner.js';

/**
 * The machinery both forms share: the draft, the rule check, the steps (form → check your answers → sending →
 * sent), the events and the envelope. A form supplies its questions, its check function, its answer rows and, if
 * it has one, its rule panel. The class is built in three layers, each a file: the draft and its units
 * (form-state.ts), the steps and sending (form-steps.ts), and the views (this file). The concerns are units it composes: drafts in web storage (draft-keeper.ts),
 * delivery (delivery.ts), the host form and target field (host-link.ts), focus (focus.ts), the live region
 * (live-region.ts), the errors shown (error-display.ts), the sent copy's link (sent-copy.ts) and the file of saved
 * answers (save-for-later.ts).
 *
 * Embedding (CONTRACT §2–§3, §8.1), all opt-in: `action` POSTs the envelope itself; `name` makes the element a
 * form control of a host `<form>` (form value: the envelope JSON of the answers last checked; invalid until
 * then); `target-field` copies that JSON into a host input; `host-submit` (on by itself for a `target-field`
 * without `action`) leaves sending to the host page's form: Confirm, not Submit, and never "sent";
 * `draft-key` keeps the unsent draft in web storage.
 *
 * @summary Base class of the offsite direction forms. Not registered as an element itself.
 *
 * @fires offsite-direction-submit - Submit pressed with no blocking errors. Cancelable. `detail` is the
 *   submission envelope plus `waitUntil(promise)`.
 * @fires offsite-direction-invalid - Continue or Submit pressed with blocking errors. `detail: { form, findings }`.
 * @fires offsite-direction-change - After each user edit, never after setting `value`.
 *   `detail: { form, value, findings }`.
 * @fires offsite-direction-ready - With host-submit: Confirm pressed with no blocking errors; the envelope is in
 *   the target field and the form value, for the host page's form to send. Not cancelable. `detail` is the envelope.
 *
 * The parts (`@csspart`) and custom properties (`@cssprop`) are listed on each form's own class, which adds its own.
 */
export abstract class OffsiteFormElement<TData = unknown, TDerived = unknown, V extends QuestionView = QuestionView> extends OffsiteFormSteps<TData, TDerived, V> {
  static override styles = [...sharedStyles, pagedStyles];
  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  private renderConfigProblems(): TemplateResult | typeof nothing {
    const problems = this.configProblems();
    if (!problems.length) return nothing;
    return notificationBanner({
      kind: 'error',
      id: 'config-problems',
      title: msg('This form is not set up correctly'),
      content: html`<p class="body">
          ${msg('The settings this page gave the form have problems, so some checks may use the defaults:')}
        </p>
        <ul>
          ${problems.map((problem) => html`<li>${problem}</li>`)}
        </ul>`,
    });
  }

  private renderDraftRestored(): TemplateResult | typeof nothing {
    if (!this.drafts.restored || this.step !== 'form') return nothing;
    return notificationBanner({
      id: 'draft-restored',
      title: msg('We restored your unsent answers'),
      content: html`<p class="body">${msg('You started this form earlier and have not sent it yet.')}</p>
        ${buttonGroup(button({ label: msg('Clear the restored answers'), variant: 'secondary', onClick: this.onClearDraft }))}`,
    });
  }

  private renderFormStep(): TemplateResult {
    this.fieldOrder = [];
    // Between user edits, take in the conclusions silently, so only what a user's own edit changes is said.
    this.liveRegion.takeInSilently();
    const questions = this.renderQuestions();
    const paged = this.paged;
    const shown = this.errorsShown
      ? this.errors.summaryErrors(this.findings, this.fieldOrder)
      : [...this.errors.fileProblems.values()];
    // A page lists the errors of its own questions; a file refused as it was picked is said on any page.
    const errors = paged
      ? shown.filter((finding) => this.pages.onPage(finding) || this.errors.fileProblems.has(finding.path ?? ''))
      : shown;
    const page = this.pages.current();
    const heading = paged
      ? html`${page.number > 1 || this.pages.returnToCheck
            ? html`<a class="back-link" href="#" @click=${this.onPageBack}>${msg('Back')}</a>`
            : nothing}
          <p class="caption-m" id="section-caption">${msg(str`Section ${page.number} of ${page.count}`)}</p>
          <h2 class="heading-l" id="step-heading" tabindex="-1">${page.section?.heading ?? this.formTitle}</h2>`
      : html`<h2 class="heading-l" id="step-heading" tabindex="-1">${this.formTitle}</h2>`;
    return html`<form novalidate part="form" @submit=${this.onContinue}>
      ${errors.length ? errorSummary(errors, { onLink: (path) => this.focusField(path) }) : nothing}
      ${heading} ${!paged || page.number === 1 ? this.renderIntro() : nothing} ${questions} ${this.renderRulePanel()}
      <p class="visually-hidden" role="status" id="rule-panel-status">${this.liveRegion.announcement}</p>
      ${buttonGroup(button({ label: msg('Continue'), type: 'submit' }))}
      ${saveForLater(this.fields, { onSave: this.answersFile.onSave, onFile: this.answersFile.onFile, status: this.answersFile.status })}
    </form>`;
  }

  /** The host's send button in a sentence: the host's own words for it, or "the form's own button below". */
  private get hostButtonText(): string {
    return this.hostSubmitLabel.trim() || msg("the form's own button below");
  }

  /** With host-submit: answers confirmed, then changed, are out of the host form until confirmed again. */
  private renderChangedSinceConfirmed(): TemplateResult | typeof nothing {
    if (!this.hostSends || !this.hostLink.changedSinceConfirmed.value || this.step === 'ready') return nothing;
    return notificationBanner({
      id: 'changed-since-confirmed',
      title: msg('Your answers have changed since you confirmed them'),
      content: html`<p class="body">
        ${msg('Nothing has been sent yet. Check your answers and confirm them again before you send this form.')}
      </p>`,
    });
  }

  private renderRestoredFromHost(): TemplateResult | typeof nothing {
    if (!this.hostLink.restoredFromHost.value || this.step !== 'check') return nothing;
    return notificationBanner({
      id: 'restored-from-host',
      title: msg('We brought back the answers you saved'),
      content: html`<p class="body">${msg('This form kept your answers. Nothing has been sent yet.')}</p>`,
    });
  }

  private renderCheckStep(): TemplateResult {
    const sending = this.step === 'sending';
    const notices = this.findings.filter((finding) => finding.severity !== 'error');
    const hostSends = this.hostSends;
    const actions = html`${hostSends
      ? html`<p class="body" id="confirm-hint">
          ${msg(str`Confirming does not send your answers. After you confirm them, press ${this.hostButtonText} to send them.`)}
        </p>`
      : nothing}
    ${buttonGroup(
      button({
        label: hostSends ? msg('Confirm your answers') : this.sendError !== null ? msg('Try again') : this.submitLabel,
        busy: sending,
        busyLabel: msg('Sending…'),
        onClick: this.onSubmitPress,
      }),
    )}`;
    // After a failed send, Try again comes straight after the banner that says so, not after every answer, and
    // stays there (the same button, keeping focus) through the retry, even one the host cancels.
    const retryFirst = this.retryFirst;
    return html`${this.sendError !== null
        ? notificationBanner({
            kind: 'error',
            id: 'send-error',
            alert: true,
            title: msg('Your form has not been sent'),
            content: html`<p class="body">
                ${this.sendErrorIsOwn
                  ? msg('Your answers are still here.')
                  : msg('Your answers are still here. Check your connection, then try again.')}
              </p>
              ${this.sendError ? html`<p class="body" part="error">${this.sendError}</p>` : nothing}
              ${this.sendProblems.length
                ? html`<ul>
                    ${this.sendProblems.map((problem) => html`<li>${problem}</li>`)}
                  </ul>`
                : nothing}`,
          })
        : nothing}
      ${retryFirst ? actions : nothing}
      ${sending ? nothing : html`<a class="back-link" href="#" @click=${this.onBack}>${msg('Back')}</a>`}
      <p class="print-only heading-m">
        ${msg(str`Not sent yet: these answers have not been sent to ${this.localAuthority().name}.`)}
      </p>
      <h2 class="heading-l" id="step-heading" tabindex="-1">${msg('Check your answers before sending')}</h2>
      ${summaryList(this.answerRows(), sending ? {} : { onChange: this.onChangeAnswer })}
      ${notices.length
        ? html`<section class="section" part="section">
            <h3 class="heading-m">${msg('Warnings and notices')}</h3>
            ${findingNotices(notices)}
          </section>`
        : nothing}
      ${retryFirst ? nothing : actions}`;
  }

  private renderSentStep(): TemplateResult {
    const envelope = this.sentEnvelope;
    if (!envelope) return this.renderCheckStep();
    const sent = sentAt(envelope.submittedAt, this.locale());
    const copy = this.savedCopy;
    return html`<div class="panel" part="panel">
        <h2 class="panel__title" id="step-heading" tabindex="-1">${this.sentHeading}</h2>
        <div class="panel__body">
          ${msg('Your reference')}
          <span class="panel__reference" id="short-reference">${groupedShortReference(envelope.submissionId)}</span>
        </div>
      </div>
      <p class="body">
        ${msg('Full reference number:')} <span class="reference-full" id="reference">${envelope.submissionId}</span>
      </p>
      ${this.renderNextSteps()}
      <p class="body no-print" id="saved-copy-purpose">${copy.purpose}</p>
      ${buttonGroup(
        button({ label: msg('Print or save a copy'), variant: 'secondary', onClick: this.onPrint }),
        html`<a
          class="button button--secondary"
          part="button button-secondary"
          href=${this.sentCopy.href(envelope)}
          download=${copyFileName(envelope)}
          aria-describedby="saved-copy-purpose"
          >${copy.label}</a
        >`,
        button({ label: msg('Start another'), variant: 'secondary', onClick: this.onStartAnother }),
      )}
      <section class="section" part="section">
        <h3 class="heading-m">${msg('Your answers')}</h3>
        ${sent ? html`<p class="body secondary-text">${msg(str`Sent at ${sent.time} on ${sent.day}`)}</p>` : nothing}
        ${summaryList(this.answerRows(), { headingLevel: 4 })}
        ${envelope.findings.length ? findingNotices(envelope.findings) : nothing}
      </section>`;
  }

  /**
   * With host-submit, after Confirm: the answers wait in the host form. Says plainly that nothing has been sent
   * and which button sends them; never a reference number, never "sent".
   */
  private renderReadyStep(): TemplateResult {
    const authority = this.localAuthority().name;
    return html`<h2 class="heading-l" id="step-heading" tabindex="-1">${msg('Your answers are ready to send')}</h2>
      ${insetText(
        html`<p class="body"><strong>${msg('Nothing has been sent yet.')}</strong></p>
          <p class="body" id="ready-how">
            ${msg(str`To send your answers to ${authority}, press ${this.hostButtonText}.`)}
          </p>`,
      )}
      <p class="body">
        ${msg('If you leave this page before you press it, your answers will not reach the local authority.')}
      </p>
      ${buttonGroup(
        button({ label: msg('Change your answers'), variant: 'secondary', onClick: this.onBackToCheck }),
        button({ label: msg('Print or save a copy'), variant: 'secondary', onClick: this.onPrint }),
      )}
      <section class="section" part="section">
        <h3 class="heading-m">${msg('Your answers (not sent yet)')}</h3>
        ${summaryList(this.answerRows(), { headingLevel: 4 })}
      </section>`;
  }

  protected override render(): TemplateResult {
    const step = this.step;
    return html`<div class="odf" part="base">
      ${this.renderConfigProblems()} ${this.renderDraftRestored()} ${this.renderChangedSinceConfirmed()}
      ${this.renderRestoredFromHost()}
      ${step === 'form'
        ? this.renderFormStep()
        : step === 'sent'
          ? this.renderSentStep()
          : step === 'ready'
            ? this.renderReadyStep()
            : this.renderCheckStep()}
      <div class="visually-hidden" role="status">${step === 'sending' ? msg('Sending…') : ''}</div>
    </div>`;
  }

}
