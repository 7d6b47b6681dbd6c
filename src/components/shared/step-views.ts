/**
 * The steps after the questions (check your answers, sent, ready for the host's form) and the banners above every
 * step, as templates of a small view model the element fills in. No state here but the sent copy's blob URL.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FormEnvelope } from '../../events.js';
import { groupedShortReference } from '../../schema/reference.js';
import type { Finding } from '../../schema/result.js';
import { button, buttonGroup } from './buttons.js';
import { copyFileName } from './files.js';
import { findingNotices, insetText, notificationBanner } from './notices.js';
import type { FormStep } from './offsite-form-element.js';
import { sentAt, summaryList, type SummaryRow } from './summary-list.js';

/** What the step views show, and the presses they hand back. */
export interface StepView {
  step: FormStep;
  /** True when the host page's own form sends the answers (Confirm, not Submit). */
  hostSends: boolean;
  /** The host's send button in a sentence. */
  hostButtonText: string;
  submitLabel: string;
  /** The local authority's name. */
  authority: string;
  findings: readonly Finding[];
  answerRows(): SummaryRow[];
  /** Set when sending failed: the reason to show (may be empty). */
  sendError: string | null;
  /** True when the failed send's reason came from the element (not from a host's `waitUntil`). */
  sendErrorIsOwn: boolean;
  sendProblems: readonly string[];
  /** After a failed send: Try again straight under its banner. */
  retryFirst: boolean;
  sentEnvelope: FormEnvelope<unknown, unknown> | undefined;
  locale: string;
  sent(): { heading: string; copy: { label: string; purpose: string }; nextSteps: TemplateResult | typeof nothing };
  copyHref(envelope: FormEnvelope<unknown, unknown>): string;
  configProblems: string[];
  draftRestored: boolean;
  changedSinceConfirmed: boolean;
  restoredFromHost: boolean;
  on: {
    submit(): void;
    back(event: Event): void;
    change(path: string): void;
    print(): void;
    startAnother(): void;
    backToCheck(): void;
    clearDraft(): void;
  };
}

/** The sent copy's download link: one blob URL while the confirmation shows, revoked on reset or removal. */
export class SentCopyLink implements ReactiveController {
  private url: string | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.revoke();
  }

  revoke(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }

  href(envelope: FormEnvelope<unknown, unknown>): string {
    this.url ??= URL.createObjectURL(new Blob([JSON.stringify(envelope, null, 2)], { type: 'application/json' }));
    return this.url;
  }
}

/** The banners above every step: config problems, restored draft, changed since confirmed, restored from host. */
export function banners(view: StepView): TemplateResult {
  const { step, configProblems: problems } = view;
  return html`${problems.length
    ? notificationBanner({
        kind: 'error',
        id: 'config-problems',
        title: msg('This form is not set up correctly'),
        content: html`<p class="body">
            ${msg('The settings this page gave the form have problems, so some checks may use the defaults:')}
          </p>
          <ul>
            ${problems.map((problem) => html`<li>${problem}</li>`)}
          </ul>`,
      })
    : nothing} ${view.draftRestored && step === 'form'
    ? notificationBanner({
        id: 'draft-restored',
        title: msg('We restored your unsent answers'),
        content: html`<p class="body">${msg('You started this form earlier and have not sent it yet.')}</p>
          ${buttonGroup(button({ label: msg('Clear the restored answers'), variant: 'secondary', onClick: view.on.clearDraft }))}`,
      })
    : nothing} ${view.hostSends && view.changedSinceConfirmed && step !== 'ready'
    ? notificationBanner({
        id: 'changed-since-confirmed',
        title: msg('Your answers have changed since you confirmed them'),
        content: html`<p class="body">
          ${msg('Nothing has been sent yet. Check your answers and confirm them again before you send this form.')}
        </p>`,
      })
    : nothing}
  ${view.restoredFromHost && step === 'check'
    ? notificationBanner({
        id: 'restored-from-host',
        title: msg('We brought back the answers you saved'),
        content: html`<p class="body">${msg('This form kept your answers. Nothing has been sent yet.')}</p>`,
      })
    : nothing}`;
}

/** Check your answers (also while sending): the answers with Change links, the notices, Submit or Confirm. */
export function checkStep(view: StepView): TemplateResult {
  const sending = view.step === 'sending';
  const notices = view.findings.filter((finding) => finding.severity !== 'error');
  const { hostSends, sendError } = view;
  const actions = html`${hostSends
    ? html`<p class="body" id="confirm-hint">
        ${msg(str`Confirming does not send your answers. After you confirm them, press ${view.hostButtonText} to send them.`)}
      </p>`
    : nothing}
  ${buttonGroup(
    button({
      label: hostSends ? msg('Confirm your answers') : sendError !== null ? msg('Try again') : view.submitLabel,
      busy: sending,
      busyLabel: msg('Sending…'),
      onClick: view.on.submit,
    }),
  )}`;
  // After a failed send, Try again comes straight after the banner that says so, not after every answer, and
  // stays there (the same button, keeping focus) through the retry, even one the host cancels.
  const retryFirst = view.retryFirst;
  return html`${sendError !== null
      ? notificationBanner({
          kind: 'error',
          id: 'send-error',
          alert: true,
          title: msg('Your form has not been sent'),
          content: html`<p class="body">
              ${view.sendErrorIsOwn
                ? msg('Your answers are still here.')
                : msg('Your answers are still here. Check your connection, then try again.')}
            </p>
            ${sendError ? html`<p class="body" part="error">${sendError}</p>` : nothing}
            ${view.sendProblems.length
              ? html`<ul>
                  ${view.sendProblems.map((problem) => html`<li>${problem}</li>`)}
                </ul>`
              : nothing}`,
        })
      : nothing}
    ${retryFirst ? actions : nothing}
    ${sending ? nothing : html`<a class="back-link" href="#" @click=${view.on.back}>${msg('Back')}</a>`}
    <p class="print-only heading-m">
      ${msg(str`Not sent yet: these answers have not been sent to ${view.authority}.`)}
    </p>
    <h2 class="heading-l" id="step-heading" tabindex="-1">${msg('Check your answers before sending')}</h2>
    ${summaryList(view.answerRows(), sending ? {} : { onChange: view.on.change })}
    ${notices.length
      ? html`<section class="section" part="section">
          <h3 class="heading-m">${msg('Warnings and notices')}</h3>
          ${findingNotices(notices)}
        </section>`
      : nothing}
    ${retryFirst ? nothing : actions}`;
}

/** The confirmation: the panel with the reference, the copy to print or save, and what was sent. */
export function sentStep(view: StepView): TemplateResult {
  const envelope = view.sentEnvelope;
  if (!envelope) return checkStep(view);
  const sent = sentAt(envelope.submittedAt, view.locale);
  const { heading, copy, nextSteps } = view.sent();
  return html`<div class="panel" part="panel">
      <h2 class="panel__title" id="step-heading" tabindex="-1">${heading}</h2>
      <div class="panel__body">
        ${msg('Your reference')}
        <span class="panel__reference" id="short-reference">${groupedShortReference(envelope.submissionId)}</span>
      </div>
    </div>
    <p class="body">
      ${msg('Full reference number:')} <span class="reference-full" id="reference">${envelope.submissionId}</span>
    </p>
    ${nextSteps}
    <p class="body no-print" id="saved-copy-purpose">${copy.purpose}</p>
    ${buttonGroup(
      button({ label: msg('Print or save a copy'), variant: 'secondary', onClick: view.on.print }),
      html`<a
        class="button button--secondary"
        part="button button-secondary"
        href=${view.copyHref(envelope)}
        download=${copyFileName(envelope)}
        aria-describedby="saved-copy-purpose"
        >${copy.label}</a
      >`,
      button({ label: msg('Start another'), variant: 'secondary', onClick: view.on.startAnother }),
    )}
    <section class="section" part="section">
      <h3 class="heading-m">${msg('Your answers')}</h3>
      ${sent ? html`<p class="body secondary-text">${msg(str`Sent at ${sent.time} on ${sent.day}`)}</p>` : nothing}
      ${summaryList(view.answerRows(), { headingLevel: 4 })}
      ${envelope.findings.length ? findingNotices(envelope.findings) : nothing}
    </section>`;
}

/**
 * With host-submit, after Confirm: the answers wait in the host form. Says plainly that nothing has been sent
 * and which button sends them; never a reference number, never "sent".
 */
export function readyStep(view: StepView): TemplateResult {
  return html`<h2 class="heading-l" id="step-heading" tabindex="-1">${msg('Your answers are ready to send')}</h2>
    ${insetText(
      html`<p class="body"><strong>${msg('Nothing has been sent yet.')}</strong></p>
        <p class="body" id="ready-how">
          ${msg(str`To send your answers to ${view.authority}, press ${view.hostButtonText}.`)}
        </p>`,
    )}
    <p class="body">
      ${msg('If you leave this page before you press it, your answers will not reach the local authority.')}
    </p>
    ${buttonGroup(
      button({ label: msg('Change your answers'), variant: 'secondary', onClick: view.on.backToCheck }),
      button({ label: msg('Print or save a copy'), variant: 'secondary', onClick: view.on.print }),
    )}
    <section class="section" part="section">
      <h3 class="heading-m">${msg('Your answers (not sent yet)')}</h3>
      ${summaryList(view.answerRows(), { headingLevel: 4 })}
    </section>`;
}
