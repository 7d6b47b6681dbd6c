import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { resolveConfig } from '../../schema/config.js';
import type { CheckResult, Finding } from '../../schema/result.js';
import { CHANGE_EVENT, createFormEvent, type EnvelopeLocalAuthority, type FormName, type FormEnvelope } from '../../events.js';
import { CheckRunner, type FormCheckOptions } from './check-runner.js';
import { DraftKeeper, type Attempt, type DraftHolder } from './draft-keeper.js';
import { ErrorDisplay } from './error-display.js';
import type { FieldContext } from './fields.js';
import { type PendingFocus } from './focus.js';
import { OffsiteFormControl } from './form-control.js';
import { HostLink } from './host-link.js';
import { LiveRegion } from './live-region.js';
import { currentLocale } from './locale.js';
import { cloneDraft, getAt, newSubmissionId, pathWithin, setAt, type DateParts, type Draft } from './paths.js';
import { notePrintingUse } from './printing.js';
import { AnswersFile } from './save-for-later.js';
import { SentCopyLink } from './sent-copy.js';
import { type SummaryRow } from './summary-list.js';
import { renderSection, summaryRows, type ItemDrawer } from './controls.js';
import { DrawMemo } from './section-memo.js';
import type { FormDefinition, QuestionView, Section } from './questions.js';
import { PagedLayout, type FormLayout } from './paged-layout.js';

import type { FormStep } from './offsite-form-element.js';

/**
 * The first layer of the forms' base class: the draft and the units that keep it (drafts in web storage, the file of
 * saved answers, the host link, the live region, the errors shown), the rule check, and what each form supplies.
 * The steps are in form-steps.ts and the views in offsite-form-element.ts.
 */
export abstract class OffsiteFormState<TData = unknown, TDerived = unknown, V extends QuestionView = QuestionView> extends OffsiteFormControl {

  protected draft: Draft = {};
  protected readonly rawTexts = new Map<string, string>();
  protected readonly rawDates = new Map<string, DateParts>();
  protected readonly checks = new CheckRunner<TData, TDerived>(
    (value, options) => this.check(value, options),
    () => this.formName,
  );
  /** The fields in the order the last render drew them, for ordering the error summary. */
  protected fieldOrder: string[] = [];
  protected pendingFocus: PendingFocus | null = null;
  /** Set synchronously on a Submit press, so a second press before the first is settled does nothing. */
  protected submitPending = false;
  protected reportedConfig: unknown = undefined;
  /** Set while a failed send's reason came from this element (not from a host's `waitUntil`). */
  protected sendErrorIsOwn = false;
  /**
   * Set from a failed send until the next visit to check your answers: "Try again" sits under the error banner,
   * and stays there (the same button, keeping its focus) while the retry is sending.
   */
  protected retryFirst = false;
  /**
   * The submission id last handed over (to the host or to `action`) and the JSON of the data it carried. A send
   * whose outcome is unknown (a timeout, a reload) may have been stored under that id, and a receiver keeps the
   * first answers it stored for an id: so different answers get a new id, and only a true retry reuses it.
   */
  protected attempt: Attempt | undefined;
  /** The draft as the units below read and write it. */
  protected readonly holder: DraftHolder = ((el) => ({
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
  protected readonly drafts = new DraftKeeper(this, this.holder, () => ({ key: this.draftKey, storage: this.draftStorage }));
  protected readonly errors = new ErrorDisplay();
  protected readonly liveRegion = new LiveRegion(this, {
    conclusions: () => this.conclusions(),
    onQuestions: () => this.step === 'form',
  });
  protected readonly answersFile = new AnswersFile(this, this.holder, {
    setFileProblem: (path, problem) => this.setFileProblem(path, problem),
    loadAnswers: (next) => this.loadAnswers(next),
  });
  protected readonly sentCopy = new SentCopyLink(this);
  protected readonly hostLink = new HostLink<TData, TDerived>(this, {
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
      return html`${section ? this.drawSection(section, view, false) : nothing}`;
    }
    return html`${this.definition.sections.map((section) => this.drawSection(section, view))}`;
  }

  private readonly titledSections = new DrawMemo();
  private readonly untitledSections = new DrawMemo();
  private readonly items = new DrawMemo();
  private readonly itemDrawer: ItemDrawer<V> = (item, view, draw) => this.items.render(item, view, this.fieldOrder, draw);

  /**
   * A section of the questions. It and each of its questions are drawn again only when something they show has
   * changed (section-memo.ts): a keystroke draws again the question typed in and what shows its answer.
   */
  protected drawSection(section: Section<V>, view: V, titled = true): unknown {
    const memo = titled ? this.titledSections : this.untitledSections;
    return memo.render(section, view, this.fieldOrder, (seen) => renderSection(section, seen, titled, this.itemDrawer));
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
  protected showErrorsOf(result: CheckResult<TData, TDerived>): void {
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

}
