import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { resolveConfig } from '../../schema/config.js';
import { groupedShortReference } from '../../schema/reference.js';
import type { CheckResult, Finding } from '../../schema/result.js';
import {
  CHANGE_EVENT,
  createFormEvent,
  INVALID_EVENT,
  READY_EVENT,
  type EnvelopeLocalAuthority,
  type FormName,
  type FormEnvelope,
} from '../../events.js';
import { button, buttonGroup } from './buttons.js';
import { CheckRunner, type FormCheckOptions } from './check-runner.js';
import { deliverEnvelope, SendError } from './delivery.js';
import { DraftKeeper, type Attempt, type DraftHolder } from './draft-keeper.js';
import { errorSummary } from './error-summary.js';
import { copyFileName } from './files.js';
import { ErrorDisplay, hasErrors } from './error-display.js';
import type { FieldContext } from './fields.js';
import { applyFocus, focusField, type PendingFocus } from './focus.js';
import { OffsiteFormControl } from './form-control.js';
import { HostLink } from './host-link.js';
import { LiveRegion } from './live-region.js';
import { currentLocale } from './locale.js';
import { findingNotices, insetText, notificationBanner } from './notices.js';
import { cloneDraft, getAt, newSubmissionId, pathWithin, setAt, type DateParts, type Draft } from './paths.js';
import { joinPrinting, leavePrinting, notePrintingUse, printOnly } from './printing.js';
import { AnswersFile, saveForLater } from './save-for-later.js';
import { sharedStyles } from './styles.js';
import { SentCopyLink } from './sent-copy.js';
import { sentAt, summaryList, type SummaryRow } from './summary-list.js';
import { renderSection, summaryRows } from './controls.js';
import type { FormDefinition, QuestionView } from './questions.js';
import { PagedLayout, pagedStyles, type FormLayout } from './paged-layout.js';

/**
 * Where the user is: answering, checking, waiting for the host to store the envelope, or done. With host-submit,
 * `ready` replaces the last two: the answers are confirmed for the host page's own form, which has not sent them.
 */
export type FormStep = 'form' | 'check' | 'sending' | 'sent' | 'ready';

export type { FormCheckOptions, FormsConfigValue } from './check-runner.js';

/**
 * The machinery both forms share: the draft, the rule check, the steps (form → check your answers → sending →
 * sent), the events and the envelope. A form supplies its questions, its check function, its answer rows and, if
 * it has one, its rule panel. The concerns are units it composes: drafts in web storage (draft-keeper.ts),
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
export abstract class OffsiteFormElement<TData = unknown, TDerived = unknown, V extends QuestionView = QuestionView> extends OffsiteFormControl {
  static override styles = [...sharedStyles, pagedStyles];

  private draft: Draft = {};
  private readonly rawTexts = new Map<string, string>();
  private readonly rawDates = new Map<string, DateParts>();
  private readonly checks = new CheckRunner<TData, TDerived>(
    (value, options) => this.check(value, options),
    () => this.formName,
  );
  /** The fields in the order the last render drew them, for ordering the error summary. */
  private fieldOrder: string[] = [];
  private pendingFocus: PendingFocus | null = null;
  /** Set synchronously on a Submit press, so a second press before the first is settled does nothing. */
  private submitPending = false;
  private reportedConfig: unknown = undefined;
  /** Set while a failed send's reason came from this element (not from a host's `waitUntil`). */
  private sendErrorIsOwn = false;
  /**
   * Set from a failed send until the next visit to check your answers: "Try again" sits under the error banner,
   * and stays there (the same button, keeping its focus) while the retry is sending.
   */
  private retryFirst = false;
  /**
   * The submission id last handed over (to the host or to `action`) and the JSON of the data it carried. A send
   * whose outcome is unknown (a timeout, a reload) may have been stored under that id, and a receiver keeps the
   * first answers it stored for an id: so different answers get a new id, and only a true retry reuses it.
   */
  private attempt: Attempt | undefined;
  /** The draft as the units below read and write it. */
  private readonly holder: DraftHolder = ((el) => ({
    get formName() { return el.formName; },
    get draft() { return el.draft; },
    rawTexts: el.rawTexts,
    rawDates: el.rawDates,
    get submissionId() { return el.submissionId; },
    set submissionId(id: string) { el.submissionId = id; },
    get attempt() { return el.attempt; },
    set attempt(next: Attempt | undefined) { el.attempt = next; },
    get page() { return el.paged ? el.pages.pageId : undefined; },
    set page(id: string | undefined) { el.pages.restore(id); },
    setDraft: (next: Draft, options: { user: boolean }) => el.setDraft(next, options),
  }))(this);
  private readonly drafts = new DraftKeeper(this, this.holder, () => ({ key: this.draftKey, storage: this.draftStorage }));
  private readonly errors = new ErrorDisplay();
  private readonly liveRegion = new LiveRegion(this, {
    conclusions: () => this.conclusions(),
    onQuestions: () => this.step === 'form',
  });
  private readonly answersFile = new AnswersFile(this, this.holder, {
    setFileProblem: (path, problem) => this.setFileProblem(path, problem),
    loadAnswers: (next) => this.loadAnswers(next),
  });
  private readonly sentCopy = new SentCopyLink(this);
  private readonly hostLink = new HostLink<TData, TDerived>(this, {
    internals: this.internals,
    holder: this.holder,
    attributes: () => ({ name: this.name, targetField: this.targetField, action: this.action, hostSubmit: this.hostSubmit }),
    hostSends: () => this.hostSends,
    step: () => this.step,
    showStep: (step) => {
      this.step = step;
    },
    checkResult: () => this.checkResult,
    showErrorsOf: (result) => this.showErrorsOf(result),
    firstError: () => this.errors.summaryErrors(this.findings, this.fieldOrder, 'all')[0],
    draftRestoredAt: () => (this.drafts.restored ? this.drafts.restoredSavedAt : undefined),
    onHostSubmit: () => this.drafts.forget(),
  });

  /** Made once per draft and kept across retries; {@link reset} makes a new one. */
  protected submissionId = newSubmissionId();
  /** The envelope that was sent, while the confirmation shows. */
  protected sentEnvelope: FormEnvelope<TData, TDerived> | undefined;

  /** What the field templates use to read and write this element's draft. Pass it as their first argument. */
  protected readonly fields: FieldContext = {
    value: (path) => getAt(this.draft, path),
    rawText: (path) => this.rawTexts.get(path),
    rawDate: (path) => this.rawDates.get(path),
    error: (path) => this.fieldError(path),
    update: (path, value, raw) => this.updateField(path, value, raw),
    noteField: (path) => {
      this.fieldOrder.push(path);
    },
  };

  @state() protected step: FormStep = 'form';
  /**
   * False until the first Continue or Submit. Then the errors that press found show, each until its field is
   * fixed; an error that arises while typing waits for the next press (GOV.UK validates on submit).
   */
  @state() protected errorsShown = false;
  /** Set when sending failed: the reason to show (may be empty). */
  @state() protected sendError: string | null = null;
  /** When sending failed with the receiver's own findings (a 422 answer): their sentences. */
  @state() protected sendProblems: readonly string[] = [];

  /**
   * The draft, in the data shapes of CONTRACT §5. Setting it replaces the draft (a prefill or a restore) and
   * never fires `offsite-direction-change`. Reading it gives a copy.
   */
  @property({ attribute: false })
  get value(): Draft {
    return cloneDraft(this.draft);
  }
  set value(next: Draft | null | undefined) {
    this.setDraft(cloneDraft(next ?? {}), { user: false });
  }

  /**
   * `single` (the default): every question on one page. `pages`: one section per page, with "Section N of M", a
   * Back link and a Continue that checks only that page; then check your answers. The envelope is the same.
   */
  @property({ reflect: true }) layout: FormLayout = 'single';

  /** Which page shows with `layout="pages"`. */
  protected readonly pages = new PagedLayout<V>(
    () => this.definition,
    () => this.questionView(),
  );

  /** True with `layout="pages"`. */
  protected get paged(): boolean {
    return this.layout === 'pages';
  }

  constructor() {
    super();
    // Re-render, and so re-run the check for its localised messages, when the locale changes.
    updateWhenLocaleChanges(this);
    // Only user edits fire this event, so a prefill, a reset or a new `today` never makes the live region speak.
    this.addEventListener(CHANGE_EVENT, this.liveRegion.noteEdit);
    // The browser's own Print prints the form the person was using (see printing.ts).
    this.addEventListener('focusin', () => notePrintingUse(this));
    this.addEventListener('pointerdown', () => notePrintingUse(this));
  }

  // ---------------------------------------------------------------------------------------------------------
  // What each form supplies

  /** The element's tag name, which is also the envelope's `form`. */
  abstract readonly formName: FormName;

  /** The form's title, the heading of the questions step. */
  protected abstract get formTitle(): string;

  /** The Submit button's text; it must start with "Submit" (e.g. "Submit notification"). */
  protected abstract get submitLabel(): string;

  /** Runs every rule on a draft. The same function the `./schema` entry exports. */
  protected abstract check(value: Draft, options: FormCheckOptions): CheckResult<TData, TDerived>;

  /** The form's questions as data (its questions.ts), in the locale the element renders in. */
  protected abstract get definition(): FormDefinition<V>;

  /** What the definition's functions read: the answers, and what the form adds for its own questions. */
  protected abstract questionView(): V;

  /** The questions of the step: every section, or with `layout="pages"` the page's. Override to add around them. */
  protected renderQuestions(): TemplateResult {
    return this.renderSections(this.questionView());
  }

  /** The sections the step shows, each drawn from the definition. */
  protected renderSections(view: V): TemplateResult {
    if (this.paged) {
      // The page's heading is the section's, so the section is drawn without its own.
      const { section } = this.pages.current();
      return html`${section ? renderSection(section, view, false) : nothing}`;
    }
    return html`${this.definition.sections.map((section) => renderSection(section, view))}`;
  }

  /** Every answer for check your answers and the confirmation, with the path each Change link returns to. */
  protected answerRows(): SummaryRow[] {
    return summaryRows(this.definition, this.questionView());
  }

  /** Optional live panel under the questions (deadlines, totals, what the rules say). */
  protected renderRulePanel(): TemplateResult | typeof nothing {
    return nothing;
  }

  /**
   * What the live panel concludes from the answers, each as the sentence to say when it changes (key → sentence).
   * The panel itself is not live: it changes on almost every keystroke, and reading it out each time would drown
   * what the user is typing. Once typing pauses, a polite live region says only the conclusions a user's own
   * edit changed. A conclusion not known yet is left out, so a half-typed answer never says anything.
   */
  protected conclusions(): Record<string, string> {
    return {};
  }

  /** Optional text between the title and the first question. */
  protected renderIntro(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Optional "What happens next" under the confirmation panel. */
  protected renderNextSteps(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The confirmation panel's heading. */
  protected get sentHeading(): string {
    return msg('Form sent');
  }

  /** The confirmation's saved copy: its button and what the file is for. */
  protected get savedCopy(): { label: string; purpose: string } {
    return {
      label: msg('Save a copy of what you sent'),
      purpose: msg('The file holds what you sent, for your school\'s records. It holds a child\'s personal data: keep it where only staff who need it can open it.'),
    };
  }

  /** Problems with `config`, one sentence each; shown at the top of the element and logged once. */
  protected configProblems(): string[] {
    return resolveConfig(this.config).problems.map((problem) => problem.message);
  }

  /** The local authority named in the envelope, from the resolved configuration. */
  protected localAuthority(): EnvelopeLocalAuthority {
    const { name, code } = resolveConfig(this.config).config.localAuthority;
    return { name, code };
  }

  /** The locale the element renders in, for the envelope. */
  protected locale(): string {
    return currentLocale();
  }

  // ---------------------------------------------------------------------------------------------------------
  // State: every change to the draft goes through setDraft

  /** The check of the current draft, re-run when the draft, today, config or locale changes. */
  protected get checkResult(): CheckResult<TData, TDerived> {
    return this.checks.result(this.draft, this.effectiveToday, this.config, this.locale());
  }

  /** The findings of the current draft. */
  protected get findings(): Finding[] {
    return this.checkResult.findings;
  }

  /**
   * Replaces the draft. `user: true` means an edit: the change event fires. `user: false` (a prefill, a restore,
   * a reset) also forgets what was typed in date and hours boxes, so they show the new draft.
   * Override to observe every change (keep drafts in storage); call super.
   */
  protected setDraft(next: Draft, options: { user: boolean }): void {
    this.draft = next;
    if (!options.user) {
      this.rawTexts.clear();
      this.rawDates.clear();
      // A prefill or reset replaces whatever was restored, so the notice would no longer be true.
      this.drafts.restored = false;
      this.hostLink.restoredFromHost.value = false;
    }
    this.hostLink.noteDraftChange(options.user);
    this.requestUpdate();
    if (options.user) {
      this.drafts.save();
      this.dispatchEvent(
        createFormEvent(CHANGE_EVENT, {
          form: this.formName,
          value: this.value,
          findings: [...this.findings],
        }),
      );
    }
  }

  /**
   * Forgets what was typed at and under `path`; the draft keeps its answers, and the boxes show them again. For a
   * form whose questions change under the user (the outcome review's outcomes share `outcome.reason`).
   */
  protected forgetTyped(path: string): void {
    for (const typed of [this.rawTexts, this.rawDates]) {
      for (const key of typed.keys()) if (pathWithin(key, path)) typed.delete(key);
    }
  }

  /** The draft's value at a dotted path. */
  protected fieldValue(path: string): unknown {
    return getAt(this.draft, path);
  }

  /** Writes one answer from a user edit; `undefined` removes it. `raw` is what was typed, kept for display. */
  protected updateField(path: string, value: unknown, raw?: string | DateParts): void {
    if (typeof raw === 'string') this.rawTexts.set(path, raw);
    else if (raw) this.rawDates.set(path, raw);
    this.setDraft(setAt(this.draft, path, value), { user: true });
  }

  /** True while answers restored from web storage are showing, with the notice and its "Clear" button. */
  protected get draftRestored(): boolean {
    return this.drafts.restored;
  }
  protected set draftRestored(restored: boolean) {
    this.drafts.restored = restored;
  }

  /**
   * The error to show at `path`: the first error finding with exactly that path, when that field was in error at
   * the last Continue or Submit and still is.
   */
  protected fieldError(path: string): Finding | undefined {
    return this.errors.fieldError(path, this.errorsShown, this.findings);
  }

  /** Shows the errors `result` has now: from here on each shows until fixed, and no new one until the next press. */
  private showErrorsOf(result: CheckResult<TData, TDerived>): void {
    this.errorsShown = true;
    this.errors.showErrorsOf(result);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Files the school keeps (CONTRACT §8.2; the formats are in files.ts, the handlers in save-for-later.ts)

  /**
   * Shows (or, with `undefined`, clears) the problem with a file chosen at the file question `path`: beside the
   * question and in the error summary, which takes focus. The answers are left exactly as they were.
   */
  protected setFileProblem(path: string, problem: Finding | undefined): void {
    if (problem) {
      this.errors.fileProblems.set(path, problem);
      this.pendingFocus = 'error-summary';
    } else {
      this.errors.fileProblems.delete(path);
    }
    this.requestUpdate();
  }

  /**
   * Replaces every answer with answers the person loaded from a file: a user's edit (the change event fires, a
   * kept draft is updated), with the boxes showing the new answers.
   */
  protected loadAnswers(next: Draft): void {
    this.setDraft(cloneDraft(next), { user: false });
    this.setDraft(this.draft, { user: true });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Steps and sending

  /** Moves to a step; focus goes to its heading. */
  protected goToStep(step: FormStep): void {
    this.step = step;
    this.pendingFocus = 'heading';
    this.liveRegion.quiet();
  }

  /** Shows the errors and the summary (focused), back on the questions, and tells the host. */
  private refuse(result: CheckResult<TData, TDerived>): void {
    this.showErrorsOf(result);
    if (this.paged) this.pages.showFirstWith(result.findings);
    this.sendError = null;
    this.step = 'form';
    this.pendingFocus = 'error-summary';
    this.requestUpdate();
    this.dispatchEvent(createFormEvent(INVALID_EVENT, { form: this.formName, findings: [...result.findings] }));
  }

  private readonly onContinue = (event: Event) => {
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
  private readonly onPrint = () => {
    printOnly(this);
  };

  private readonly onSubmitPress = () => {
    // With host-submit, submit() confirms instead.
    void this.submit();
  };

  private readonly onBackToCheck = () => {
    this.goToStep('check');
  };

  private readonly onChangeAnswer = (path: string) => {
    // With pages, the page that asks it; its Continue comes back here.
    if (this.paged) this.pages.openFor(path);
    this.step = 'form';
    this.pendingFocus = { path };
  };

  private readonly onBack = (event: Event) => {
    event.preventDefault();
    if (this.paged) this.pages.last();
    this.goToStep('form');
  };

  /**
   * With pages, Continue on a page: its own errors stop it there; else the next page shows, with none of its errors
   * until its own Continue. True when that is all; false after the last page (or a page opened by a Change link),
   * when Continue goes on to check every answer.
   */
  private continuePage(result: CheckResult<TData, TDerived>): boolean {
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
  private readonly onPageBack = (event: Event) => {
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

  private readonly onStartAnother = () => {
    this.reset();
    this.pendingFocus = 'heading';
  };

  private readonly onClearDraft = () => {
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
  private handOver(result: CheckResult<TData, TDerived>): FormEnvelope<TData, TDerived> {
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

  private applyPendingFocus(): void {
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
