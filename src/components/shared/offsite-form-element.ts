import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { resolveConfig } from '../../schema/config.js';
import { groupedShortReference } from '../../schema/reference.js';
import type { CheckOptions, CheckResult, Finding } from '../../schema/result.js';
import {
  CHANGE_EVENT,
  createFormEvent,
  INVALID_EVENT,
  READY_EVENT,
  SUBMIT_EVENT,
  type EnvelopeLocalAuthority,
  type FormName,
  type FormEnvelope,
  type SubmitEventDetail,
} from '../../events.js';
import { button, buttonGroup } from './buttons.js';
import { DEFAULT_SEND_TIMEOUT_MS, postEnvelope, SendError } from './delivery.js';
import { readDraft, removeDraft, writeDraft, type DraftStorageKind } from './draft-storage.js';
import { errorSummary } from './error-summary.js';
import { copyFileName, draftFile, draftFileMessage, draftFileName, readDraftFile, readJsonFile, saveJsonFile } from './files.js';
import type { FieldContext } from './fields.js';
import { findHostField, writeHostField } from './host-field.js';
import { HostSubmitWatch, keptEnvelope } from './host-submit.js';
import { currentLocale } from './locale.js';
import { findingNotices, insetText, notificationBanner } from './notices.js';
import {
  cloneDraft,
  getAt,
  localToday,
  newSubmissionId,
  pathWithin,
  setAt,
  type DateParts,
  type Draft,
} from './paths.js';
import { joinPrinting, leavePrinting, notePrintingUse, printOnly } from './printing.js';
import { DRAFT_FILE_PATH, saveForLater } from './save-for-later.js';
import { sharedStyles } from './styles.js';
import { sentAt, summaryList, type SummaryRow } from './summary-list.js';

/**
 * Where the user is: answering, checking, waiting for the host to store the envelope, or done. With host-submit,
 * `ready` replaces the last two: the answers are confirmed for the host page's own form, which has not sent them.
 */
export type FormStep = 'form' | 'check' | 'sending' | 'sent' | 'ready';

/** The configuration a host may pass; whatever the rules core accepts. */
export type FormsConfigValue = CheckOptions['config'];

/** What the element passes to its check function. */
export interface FormCheckOptions {
  today: string;
  config?: FormsConfigValue;
}

type PendingFocus = 'heading' | 'error-summary' | 'send-error' | { path: string };

const DATE_PART_NAME = /^(.+)-(day|month|year)$/;

/** How long typing must pause before the live region says what an edit changed. */
const ANNOUNCE_AFTER_MS = 1000;

/** What identifies an error between presses: its field's path, or its code for an error of no one field. */
function errorKey(finding: Finding): string {
  return finding.path ?? `#${finding.code}`;
}

/** True when a control named `name` answers the question at `path` (itself, a part of a date, or inside it). */
function controlAnswers(name: string, path: string): boolean {
  const datePart = DATE_PART_NAME.exec(name);
  return pathWithin(name, path) || (datePart !== null && pathWithin(datePart[1]!, path));
}

/**
 * The machinery both forms share: the draft, the rule check, the steps (form → check your answers → sending →
 * sent), error display, focus management, the events and the envelope. A form supplies its questions, its check
 * function, its answer rows and, if it has one, its rule panel.
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
 * @csspart base - The wrapper around everything.
 * @csspart form - The `<form>` of the questions step.
 * @csspart section - A titled group of questions.
 * @csspart field - One question: label or legend, hint, error and control(s).
 * @csspart label - A label or legend.
 * @csspart hint - Hint text.
 * @csspart error - An inline error message.
 * @csspart input - A text box, text area, select, radio or checkbox.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart summary - A check-your-answers list.
 * @csspart warning - A warning on the check step.
 * @csspart notice - A notice (inset text).
 * @csspart notification - A banner (configuration problem, sending failed).
 * @csspart panel - The confirmation panel.
 * @csspart button - Every button; also `button-primary` or `button-secondary`.
 *
 * @cssprop --odf-font-family - Font stack. Default: the system UI font.
 * @cssprop --odf-text-colour - Text. Default `#0b0c0c`.
 * @cssprop --odf-secondary-text-colour - Hints. Default `#505a5f`.
 * @cssprop --odf-background-colour - Background. Default `#ffffff`.
 * @cssprop --odf-border-colour - Rules and dividers. Default `#b1b4b6`.
 * @cssprop --odf-input-border-colour - Input borders. Default `#0b0c0c`.
 * @cssprop --odf-focus-colour - Focus highlight. Default `#ffdd00`.
 * @cssprop --odf-focus-text-colour - Text and bar on focus. Default `#0b0c0c`.
 * @cssprop --odf-error-colour - Errors. Default `#d4351c`.
 * @cssprop --odf-link-colour - Links. Default `#1d70b8`.
 * @cssprop --odf-button-colour - Primary buttons. Default `#00703c`.
 * @cssprop --odf-button-shadow-colour - Primary button shadow. Default `#002d18`.
 * @cssprop --odf-panel-colour - Confirmation panel. Default `#00703c`.
 * @cssprop --odf-radius - Corner radius of boxes and buttons. Default `0`.
 * @cssprop --odf-space-1 - Spacing scale, `--odf-space-1` (5px) to `--odf-space-9` (60px).
 */
export abstract class OffsiteFormElement<TData = unknown, TDerived = unknown> extends LitElement {
  static override styles = [...sharedStyles];
  /** A form control of the host `<form>` it sits in (used only when `name` is set). */
  static formAssociated = true;

  private draft: Draft = {};
  private readonly rawTexts = new Map<string, string>();
  private readonly rawDates = new Map<string, DateParts>();
  private checkCache?: {
    draft: Draft;
    today: string;
    config: FormsConfigValue;
    locale: string;
    result: CheckResult<TData, TDerived>;
  };
  /** The fields in the order the last render drew them, for ordering the error summary. */
  private fieldOrder: string[] = [];
  private pendingFocus: PendingFocus | null = null;
  /** Set synchronously on a Submit press, so a second press before the first is settled does nothing. */
  private submitPending = false;
  private downloadUrl: string | undefined;
  private reportedConfig: unknown = undefined;
  private readonly internals: ElementInternals;
  /**
   * The envelope of the answers the user last checked (Continue) or submitted: the host form's value and what
   * `target-field` holds. Any change to the draft forgets it, so a host never sends answers nobody checked.
   */
  private checkedEnvelope: FormEnvelope<TData, TDerived> | undefined;
  /** What this element last wrote into the `target-field` input ('' when it has written nothing). */
  private hostFieldText = '';
  /** The `draft-key` whose stored draft has been looked for, so it is restored once. */
  private draftLookedUpFor: string | undefined;
  /** The draft a restore replaced (a host's prefill), for "Clear". */
  private draftBeforeRestore: Draft | undefined;
  /** Set while a failed send's reason came from this element (not from a host's `waitUntil`). */
  private sendErrorIsOwn = false;
  /**
   * Set from a failed send until the next visit to check your answers: "Try again" sits under the error banner,
   * and stays there (the same button, keeping its focus) while the retry is sending.
   */
  private retryFirst = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The conclusions as last spoken (or silently taken in, after a prefill or a new `today`/`config`). */
  private spokenConclusions: Record<string, string> = {};
  /** What the live region says now. */
  @state() private announcement = '';
  /** Problems with a file the person chose, by the file question's path (`draftFile`, `notificationFile`). */
  private readonly fileProblems = new Map<string, Finding>();
  /** What the last file of saved answers filled in, said beside its question. */
  @state() private draftFileStatus = '';
  /**
   * The submission id last handed over (to the host or to `action`) and the JSON of the data it carried. A send
   * whose outcome is unknown (a timeout, a reload) may have been stored under that id, and a receiver keeps the
   * first answers it stored for an id: so different answers get a new id, and only a true retry reuses it.
   */
  private attempt: { id: string; data: string } | undefined;

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
  /** The fields (paths, or `#code` for an error with none) in error at the last press that showed errors. */
  private errorsAtPress: ReadonlySet<string> = new Set();
  /** Set when sending failed: the reason to show (may be empty). */
  @state() protected sendError: string | null = null;
  /** When sending failed with the receiver's own findings (a 422 answer): their sentences. */
  @state() protected sendProblems: readonly string[] = [];
  /** True while answers restored from web storage are showing, with the notice and its "Clear" button. */
  @state() protected draftRestored = false;
  /** With host-submit: the answers changed after they were confirmed, so the host form holds nothing to send. */
  @state() private changedSinceConfirmed = false;
  /** With host-submit: the answers came back from the builder's own field (a builder that saves its pages). */
  @state() private restoredFromHost = false;
  /** When the draft restored from web storage was kept, to tell it from an older envelope in the builder's field. */
  private restoredDraftSavedAt = '';
  private hostFieldLookedUp = false;
  private warnedActionIgnored = false;
  private readonly hostWatch = new HostSubmitWatch(this, {
    active: () => this.hostSends,
    hostForms: () => [this.internals.form, this.hostField()?.form],
    hasUnsentAnswers: () => this.step === 'ready' || Object.keys(this.draft).length > 0,
    confirmed: () => this.checkedEnvelope !== undefined,
    onHostSubmit: () => this.forgetDraft(),
  });

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

  constructor() {
    super();
    this.internals = this.attachInternals();
    // Re-render, and so re-run the check for its localised messages, when the locale changes.
    updateWhenLocaleChanges(this);
    // Only user edits fire this event, so a prefill, a reset or a new `today` never makes the live region speak.
    this.addEventListener(CHANGE_EVENT, this.onUserEdit);
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

  /** The questions, built with the field templates and `this.fields`. */
  protected abstract renderQuestions(): TemplateResult;

  /** Every answer for check your answers and the confirmation, with the path each Change link returns to. */
  protected abstract answerRows(): SummaryRow[];

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

  /**
   * True when the host page's own form sends the answers: `host-submit`, or a `target-field` without `action`
   * (a builder page, where nothing else would send them).
   */
  protected get hostSends(): boolean {
    return this.hostSubmit || (this.targetField.trim() !== '' && this.action.trim() === '');
  }

  /** The `target-field` input, when one is set and found. */
  private hostField(): HTMLInputElement | HTMLTextAreaElement | null {
    return this.targetField.trim() ? findHostField(this, this.targetField) : null;
  }

  /** "Today" as the rules see it: the `today` property, or the local date when it is empty. */
  protected get effectiveToday(): string {
    return this.today || localToday();
  }

  /** The check of the current draft, re-run when the draft, today, config or locale changes. */
  protected get checkResult(): CheckResult<TData, TDerived> {
    const today = this.effectiveToday;
    const locale = this.locale();
    const cache = this.checkCache;
    if (
      cache &&
      cache.draft === this.draft &&
      cache.today === today &&
      cache.config === this.config &&
      cache.locale === locale
    ) {
      return cache.result;
    }
    const result = this.runCheck(today);
    this.checkCache = { draft: this.draft, today, config: this.config, locale, result };
    return result;
  }

  /** The findings of the current draft. */
  protected get findings(): Finding[] {
    return this.checkResult.findings;
  }

  private runCheck(today: string): CheckResult<TData, TDerived> {
    const options: FormCheckOptions = { today };
    if (this.config !== undefined) options.config = this.config;
    try {
      return this.check(this.draft, options);
    } catch (error) {
      console.error(`${this.formName}: the rule check failed`, error);
      return {
        ok: false,
        findings: [
          {
            code: 'check-failed',
            severity: 'error',
            message: msg('Your answers could not be checked. Try again later.'),
          },
        ],
      };
    }
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
      this.draftRestored = false;
      this.restoredFromHost = false;
    }
    if (this.hostSends) {
      // Confirmed answers that change are no longer in the host form: say so until they are confirmed again.
      if (options.user && this.checkedEnvelope) this.changedSinceConfirmed = true;
      if (this.step === 'ready') this.step = 'form';
      this.hostWatch.noteEdit();
    }
    this.setCheckedEnvelope(undefined);
    this.requestUpdate();
    if (options.user) {
      this.saveDraft();
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

  /**
   * The error to show at `path`: the first error finding with exactly that path, when that field was in error at
   * the last Continue or Submit and still is.
   */
  protected fieldError(path: string): Finding | undefined {
    const fileProblem = this.fileProblems.get(path);
    if (fileProblem) return fileProblem;
    if (!this.errorsShown || !this.errorsAtPress.has(path)) return undefined;
    return this.findings.find((finding) => finding.severity === 'error' && finding.path === path);
  }

  /** Shows the errors `result` has now: from here on each shows until fixed, and no new one until the next press. */
  private showErrorsOf(result: CheckResult<TData, TDerived>): void {
    this.errorsShown = true;
    this.errorsAtPress = new Set(
      result.findings.filter((finding) => finding.severity === 'error').map((finding) => errorKey(finding)),
    );
  }

  /** Errors for the summary: one per path, in the order their fields appear on the page. */
  private summaryErrors(which: 'shown' | 'all' = 'shown'): Finding[] {
    const seen = new Set<string>();
    // A file refused as it was picked is said at once, not at the next press: the person has just acted.
    const filed = [...this.fileProblems.values()];
    const errors = [...filed, ...this.findings].filter((finding) => {
      if (finding.severity !== 'error') return false;
      if (which === 'shown' && !filed.includes(finding) && !this.errorsAtPress.has(errorKey(finding))) return false;
      const key = finding.path ?? `#${finding.code}:${finding.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const position = (finding: Finding) => {
      if (!finding.path) return Number.MAX_SAFE_INTEGER;
      const index = this.fieldOrder.findIndex(
        (path) => pathWithin(path, finding.path!) || pathWithin(finding.path!, path),
      );
      return index === -1 ? Number.MAX_SAFE_INTEGER - 1 : index;
    };
    return errors
      .map((finding, index) => ({ finding, index, at: position(finding) }))
      .sort((a, b) => a.at - b.at || a.index - b.index)
      .map(({ finding }) => finding);
  }

  private hasErrors(result: CheckResult<TData, TDerived>): boolean {
    return !result.ok || result.findings.some((finding) => finding.severity === 'error');
  }

  // ---------------------------------------------------------------------------------------------------------
  // Files the school keeps (CONTRACT §8.2; the formats are in files.ts)

  /**
   * Shows (or, with `undefined`, clears) the problem with a file chosen at the file question `path`: beside the
   * question and in the error summary, which takes focus. The answers are left exactly as they were.
   */
  protected setFileProblem(path: string, problem: Finding | undefined): void {
    if (problem) {
      this.fileProblems.set(path, problem);
      this.pendingFocus = 'error-summary';
    } else {
      this.fileProblems.delete(path);
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

  /** "Save your answers to a file": the answers as typed, with the submission id only if no send was tried. */
  private readonly onSaveAnswers = () => {
    const now = new Date();
    const neverSent = this.attempt?.id !== this.submissionId;
    saveJsonFile(
      draftFileName(this.formName, now),
      draftFile(this.formName, this.value, neverSent ? this.submissionId : undefined, now),
    );
  };

  /** "Carry on from a saved file": this form's answers, of a version this page knows, replace the answers. */
  private readonly onDraftFile = async (file: File) => {
    this.draftFileStatus = '';
    const json = await readJsonFile(file);
    const read = json.ok ? readDraftFile(json.json, this.formName) : json;
    if (!read.ok) {
      this.setFileProblem(DRAFT_FILE_PATH, {
        code: 'draft-file-invalid',
        severity: 'error',
        path: DRAFT_FILE_PATH,
        message: draftFileMessage(read),
        params: { problem: read.problem },
      });
      return;
    }
    this.setFileProblem(DRAFT_FILE_PATH, undefined);
    // The file's id is kept only while no send was tried under it, so the form sent from it is one submission.
    // Set first: loading the answers keeps the draft under `draft-key`, with this id.
    this.submissionId =
      read.submissionId && read.submissionId !== this.attempt?.id ? read.submissionId : newSubmissionId();
    this.loadAnswers(read.value);
    this.draftFileStatus = msg(str`The answers saved in ${file.name} are filled in. Check them before you continue.`);
  };

  // ---------------------------------------------------------------------------------------------------------
  // Steps and sending

  /** Moves to a step; focus goes to its heading. */
  protected goToStep(step: FormStep): void {
    this.step = step;
    this.pendingFocus = 'heading';
    this.quietLiveRegion();
  }

  /** Forgets a pending or standing announcement, so nothing stale is said after a step change or a reset. */
  private quietLiveRegion(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    this.announcement = '';
  }

  /** Shows the errors and the summary (focused), back on the questions, and tells the host. */
  private refuse(result: CheckResult<TData, TDerived>): void {
    this.showErrorsOf(result);
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
    if (this.hasErrors(result)) {
      this.refuse(result);
      return;
    }
    this.showErrorsOf(result);
    this.fileProblems.clear();
    this.draftFileStatus = '';
    // A failed send belongs to the visit to check your answers it happened on; coming back through Continue
    // starts a fresh one (the submission id still only changes if the answers did).
    this.sendError = null;
    this.retryFirst = false;
    this.sendProblems = [];
    // With host-submit only Confirm puts answers in the host form; otherwise checked answers go there now.
    if (!this.hostSends) this.setCheckedEnvelope(this.buildEnvelope(result));
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
    this.step = 'form';
    this.pendingFocus = { path };
  };

  private readonly onBack = (event: Event) => {
    event.preventDefault();
    this.goToStep('form');
  };

  private readonly onStartAnother = () => {
    this.reset();
    this.pendingFocus = 'heading';
  };

  private readonly onClearDraft = () => {
    const before = this.draftBeforeRestore ?? {};
    this.forgetDraft();
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
   * set — POSTs the envelope. A host's rejected promise stops the POST: a host can veto or prepare a send.
   */
  protected async deliver(envelope: FormEnvelope<TData, TDerived>): Promise<boolean> {
    const pending: Promise<unknown>[] = [];
    let dispatching = true;
    const detail = { ...envelope } as SubmitEventDetail<TData, TDerived>;
    Object.defineProperty(detail, 'waitUntil', {
      enumerable: false,
      value: (promise: Promise<unknown>) => {
        if (!dispatching) {
          throw new DOMException(
            'waitUntil() must be called while offsite-direction-submit is being dispatched',
            'InvalidStateError',
          );
        }
        pending.push(Promise.resolve(promise));
      },
    });
    const event = createFormEvent(SUBMIT_EVENT, detail as SubmitEventDetail);
    const proceed = this.dispatchEvent(event);
    dispatching = false;
    if (!proceed) return false;
    const action = this.action.trim();
    if (pending.length || action) {
      this.showSending();
      await Promise.all(pending);
      if (action) {
        // Timers overflow past 2^31 − 1 ms and fire at once, so a huge value is held at that.
        const given = Number(this.sendTimeout);
        const timeoutMs = given > 0 ? Math.min(given, 2 ** 31 - 1) : DEFAULT_SEND_TIMEOUT_MS;
        await postEnvelope(action, envelope, { timeoutMs });
      }
    }
    return true;
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
      if (this.hasErrors(result)) {
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
      this.forgetDraft();
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
    this.saveDraft();
    const envelope = this.buildEnvelope(result);
    this.setCheckedEnvelope(envelope);
    return envelope;
  }

  /**
   * With host-submit: re-checks the draft (errors → back to the questions with the summary), then puts the
   * envelope in the target field and the form value, fires `offsite-direction-ready` and shows that nothing has
   * been sent. The submission id changes only when the answers differ from those last confirmed.
   */
  protected confirmAnswers(): void {
    const result = this.checkResult;
    if (this.hasErrors(result)) {
      this.refuse(result);
      return;
    }
    const envelope = this.handOver(result);
    this.changedSinceConfirmed = false;
    this.restoredFromHost = false;
    this.goToStep('ready');
    this.dispatchEvent(createFormEvent(READY_EVENT, JSON.parse(JSON.stringify(envelope)) as FormEnvelope));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Embedding: host form, target field, drafts in web storage

  /** Records the envelope the user checked (or `undefined` after an edit) and tells the host form and field. */
  private setCheckedEnvelope(envelope: FormEnvelope<TData, TDerived> | undefined): void {
    if (envelope === undefined && this.checkedEnvelope === undefined && !this.hostFieldText) return;
    this.checkedEnvelope = envelope;
    this.syncFormValue();
    this.syncValidity();
    this.syncHostField();
  }

  /** The host form's value: the checked envelope's JSON, only with a `name`. */
  private syncFormValue(): void {
    if (!this.name) {
      this.internals.setFormValue(null);
      return;
    }
    const envelope = this.checkedEnvelope;
    // The state lets the browser give the answers back on history navigation, as it does for its own inputs;
    // never once sent, so a sent submission id is not reused.
    const restorable = this.step === 'sent' ? null : JSON.stringify({ value: this.draft, submissionId: this.submissionId });
    this.internals.setFormValue(envelope ? JSON.stringify(envelope) : null, restorable);
  }

  /**
   * Invalid, so a host form's native submit is blocked, while the element has a `name` and no checked envelope:
   * the message is the first error in page order (or asks the user to check their answers); the browser focuses
   * the anchor (that error's control, else this step's main button) and shows the message there.
   */
  private syncValidity(): void {
    if (!this.name || this.checkedEnvelope) {
      this.internals.setValidity({});
      return;
    }
    // The browser's own message when a host form is sent: the first error there is, shown on the page or not yet.
    const error = this.summaryErrors('all')[0];
    const message =
      error?.message ??
      (this.hostSends ? msg('Check and confirm your answers before you send this form.') : msg('Check your answers before sending.'));
    const anchor =
      (error?.path ? this.controlFor(error.path) : undefined) ??
      this.renderRoot?.querySelector<HTMLElement>('button[part~="button-primary"]') ??
      this.renderRoot?.querySelector<HTMLElement>('#step-heading') ??
      undefined;
    if (anchor) this.internals.setValidity({ customError: true }, message, anchor);
    else this.internals.setValidity({ customError: true }, message);
  }

  /** Copies the checked envelope into the `target-field` input, or empties it once the answers change. */
  private syncHostField(): void {
    const text = this.checkedEnvelope ? JSON.stringify(this.checkedEnvelope) : '';
    if (!this.targetField || text === this.hostFieldText) return;
    const field = findHostField(this, this.targetField);
    if (!field) return;
    writeHostField(field, text);
    this.hostFieldText = text;
  }

  /** Keeps the unsent draft after a user edit, only with a `draft-key`; an emptied form keeps nothing. */
  private saveDraft(): void {
    const key = this.draftKey;
    if (!key) return;
    if (Object.keys(this.draft).length === 0) {
      removeDraft(this.draftStorage, key);
      return;
    }
    writeDraft(this.draftStorage, key, {
      form: this.formName,
      submissionId: this.submissionId,
      value: this.draft,
      rawTexts: Object.fromEntries(this.rawTexts),
      rawDates: Object.fromEntries(this.rawDates),
      ...(this.attempt?.id === this.submissionId ? { attempt: this.attempt } : {}),
      savedAt: new Date().toISOString(),
    });
  }

  /** Brings back the draft kept under `draft-key`, once per key, with its submission id and what was typed. */
  private restoreDraft(): void {
    const key = this.draftKey;
    if (!key || this.draftLookedUpFor === key) return;
    this.draftLookedUpFor = key;
    const saved = readDraft(this.draftStorage, key, this.formName);
    if (!saved) return;
    this.draftBeforeRestore = this.draft;
    this.setDraft(cloneDraft(saved.value), { user: false });
    // What was typed comes back only where the draft still holds an answer: a draft kept by an older version may
    // carry text typed under an answer since removed (another outcome's reason), which would show but not be sent.
    for (const [path, text] of Object.entries(saved.rawTexts)) {
      if (getAt(this.draft, path) !== undefined) this.rawTexts.set(path, text);
    }
    for (const [path, parts] of Object.entries(saved.rawDates)) {
      if (getAt(this.draft, path) !== undefined) this.rawDates.set(path, { ...parts });
    }
    this.submissionId = saved.submissionId;
    this.attempt = saved.attempt;
    this.draftRestored = true;
    this.restoredDraftSavedAt = saved.savedAt;
  }

  /**
   * With host-submit, once: a builder that saves and reloads its own fields gives back the envelope this element
   * confirmed. Its answers come back, re-checked, on check your answers, with their submission id. A draft kept in
   * web storage after that envelope (answers changed since) is newer: it stays, and the stale field is emptied.
   */
  private restoreFromHostField(): void {
    if (this.hostFieldLookedUp || !this.hostSends) return;
    this.hostFieldLookedUp = true;
    const field = this.hostField();
    const kept = field ? keptEnvelope(field.value, this.formName) : undefined;
    if (!field || !kept) return;
    if (this.draftRestored && this.restoredDraftSavedAt > kept.submittedAt) {
      writeHostField(field, '');
      this.changedSinceConfirmed = true;
      return;
    }
    this.setDraft(cloneDraft(kept.data as Draft), { user: false });
    this.submissionId = kept.submissionId;
    this.attempt = { id: kept.submissionId, data: JSON.stringify(kept.data) };
    const result = this.checkResult;
    this.showErrorsOf(result);
    if (this.hasErrors(result)) {
      // Today's rules refuse what was confirmed then (a later "today", say): the field must not send it.
      writeHostField(field, '');
      this.step = 'form';
      return;
    }
    if (JSON.stringify(result.data) === JSON.stringify(kept.data)) {
      // Still exactly what was confirmed: the field keeps it, and the host form may send it as it is.
      this.checkedEnvelope = JSON.parse(field.value) as FormEnvelope<TData, TDerived>;
      this.hostFieldText = field.value;
    } else {
      writeHostField(field, '');
      this.changedSinceConfirmed = true;
    }
    this.restoredFromHost = true;
    this.step = 'check';
  }

  /** Deletes the kept draft (after a send, a reset or "Clear") and hides the restored notice. */
  private forgetDraft(): void {
    if (this.draftKey) removeDraft(this.draftStorage, this.draftKey);
    this.draftRestored = false;
    this.draftBeforeRestore = undefined;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Focus

  /** The control that answers `path` — for a date the first box in error, for radios the chosen one. */
  private controlFor(path: string): HTMLInputElement | undefined {
    if (!this.renderRoot) return undefined;
    const controls = Array.from(
      this.renderRoot.querySelectorAll<HTMLInputElement>('input[name], textarea[name], select[name]'),
    ).filter((control) => controlAnswers(control.getAttribute('name') ?? '', path));
    if (controls.length === 0) return undefined;
    const invalid = controls.filter((control) => control.getAttribute('aria-invalid') === 'true');
    const first = (invalid.length ? invalid : controls)[0]!;
    if (first.type !== 'radio') return first;
    return controls.find((control) => control.name === first.name && control.checked) ?? first;
  }

  /**
   * Focuses the control for `path` — for a date the first box in error, for radios the chosen one — after
   * scrolling its label or legend into view. Returns false when no control answers that path.
   */
  protected focusField(path: string): boolean {
    const target = this.controlFor(path);
    if (!target) return false;
    const inFieldset = target.type === 'radio' || target.type === 'checkbox' || DATE_PART_NAME.test(target.name);
    const anchor =
      (inFieldset ? target.closest('fieldset')?.querySelector('legend') : null) ??
      (target.id ? this.renderRoot.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null) ??
      target;
    anchor.scrollIntoView?.({ block: 'start', inline: 'nearest' });
    target.focus({ preventScroll: true });
    return true;
  }

  private applyPendingFocus(): void {
    const focus = this.pendingFocus;
    this.pendingFocus = null;
    if (!focus) return;
    const root = this.renderRoot as ShadowRoot;
    const heading = () => root.getElementById('step-heading')?.focus();
    if (focus === 'heading') heading();
    else if (focus === 'error-summary') (root.getElementById('error-summary') ?? null)?.focus();
    else if (focus === 'send-error') (root.getElementById('send-error') ?? null)?.focus();
    else if (!this.focusField(focus.path)) heading();
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
    this.revokeDownload();
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  private readonly onUserEdit = () => {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(this.announceChanges, ANNOUNCE_AFTER_MS);
  };

  /** Once typing pauses: say the conclusions that changed since they were last said, and nothing else. */
  private readonly announceChanges = () => {
    this.announceTimer = undefined;
    const now = this.conclusions();
    const before = this.spokenConclusions;
    this.spokenConclusions = now;
    const changed = Object.keys(now).filter((key) => now[key] !== before[key]);
    // Emptied when nothing changed, so the same sentence can be said again the next time it becomes true.
    this.announcement = this.step === 'form' ? changed.map((key) => now[key]).join(' ') : '';
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draftKey')) this.restoreDraft();
    if (!this.hasUpdated) this.restoreFromHostField();
    if (this.hostSubmit && this.action.trim() && !this.warnedActionIgnored) {
      this.warnedActionIgnored = true;
      console.warn(`${this.formName}: host-submit is set, so the host page's form sends the answers and action is ignored.`);
    }
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
    this.syncFormValue();
    this.syncValidity();
    this.applyPendingFocus();
  }

  /** The host form was reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** The browser gives back the answers it kept for history navigation (the state of {@link syncFormValue}). */
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

  /** Clears the draft and goes back to the first step, with a new submission id and no errors showing. */
  reset(): void {
    this.revokeDownload();
    this.forgetDraft();
    this.quietLiveRegion();
    this.retryFirst = false;
    this.errorsShown = false;
    this.sendError = null;
    this.sendProblems = [];
    this.fileProblems.clear();
    this.draftFileStatus = '';
    this.sentEnvelope = undefined;
    this.changedSinceConfirmed = false;
    this.submissionId = newSubmissionId();
    this.step = 'form';
    this.setDraft({}, { user: false });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rendering

  private revokeDownload(): void {
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
  }

  private downloadHref(envelope: FormEnvelope<TData, TDerived>): string {
    this.downloadUrl ??= URL.createObjectURL(
      new Blob([JSON.stringify(envelope, null, 2)], { type: 'application/json' }),
    );
    return this.downloadUrl;
  }

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
    if (!this.draftRestored || this.step !== 'form') return nothing;
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
    if (this.announceTimer === undefined) this.spokenConclusions = this.conclusions();
    const questions = this.renderQuestions();
    const errors = this.errorsShown ? this.summaryErrors() : [...this.fileProblems.values()];
    return html`<form novalidate part="form" @submit=${this.onContinue}>
      ${errors.length ? errorSummary(errors, { onLink: (path) => this.focusField(path) }) : nothing}
      <h2 class="heading-l" id="step-heading" tabindex="-1">${this.formTitle}</h2>
      ${this.renderIntro()} ${questions} ${this.renderRulePanel()}
      <p class="visually-hidden" role="status" id="rule-panel-status">${this.announcement}</p>
      ${buttonGroup(button({ label: msg('Continue'), type: 'submit' }))}
      ${saveForLater(this.fields, { onSave: this.onSaveAnswers, onFile: this.onDraftFile, status: this.draftFileStatus })}
    </form>`;
  }

  /** The host's send button in a sentence: the host's own words for it, or "the form's own button below". */
  private get hostButtonText(): string {
    return this.hostSubmitLabel.trim() || msg("the form's own button below");
  }

  /** With host-submit: answers confirmed, then changed, are out of the host form until confirmed again. */
  private renderChangedSinceConfirmed(): TemplateResult | typeof nothing {
    if (!this.hostSends || !this.changedSinceConfirmed || this.step === 'ready') return nothing;
    return notificationBanner({
      id: 'changed-since-confirmed',
      title: msg('Your answers have changed since you confirmed them'),
      content: html`<p class="body">
        ${msg('Nothing has been sent yet. Check your answers and confirm them again before you send this form.')}
      </p>`,
    });
  }

  private renderRestoredFromHost(): TemplateResult | typeof nothing {
    if (!this.restoredFromHost || this.step !== 'check') return nothing;
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
          href=${this.downloadHref(envelope)}
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
