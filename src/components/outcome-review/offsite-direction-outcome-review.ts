import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { FormEnvelope } from '../../events.js';
import { resolveConfig } from '../../schema/config.js';
import {
  checkOutcomeReview,
  formatDateForPeople,
  isIsoDate,
  outcomeReviewFromNotification,
  suggestedNewSchool,
  type OutcomeReviewCheck,
  type OutcomeReviewData,
  type OutcomeReviewDerived,
  type OutcomeReviewDraft,
} from '../../schema/index.js';
import { insetText, warningText } from '../shared/notices.js';
import { OffsiteFormElement, type FormCheckOptions } from '../shared/offsite-form-element.js';
import { getAt, setAt, type DateParts, type Draft } from '../shared/paths.js';
import { PerCheck } from '../shared/memo.js';
import { configuredText, contactLine, guidanceLink, unknownTextProblems } from '../shared/texts.js';
import { NOTIFICATION_FILE_PATH, notificationFileQuestion, readNotificationFile } from './notification-file.js';
import { answerPaths, mergeDraft, withoutUndefined } from './prefill.js';
import { localDateOf } from '../shared/files.js';
import { groupedShortReference } from '../../schema/reference.js';
import { outcomeReviewStyles } from './styles.js';
import { cannotBeSent, outcomePanel, panelConclusions, panelFacts, registrationText, type PanelFact } from './outcome-panel.js';
import { outcomeReviewDefinition, type OutcomeReviewView } from './questions.js';
import { baseView, DefinitionPerLocale, type FormDefinition } from '../shared/questions.js';

type NotificationInput = Parameters<typeof outcomeReviewFromNotification>[0];


/**
 * What `notification` accepts: the envelope the notification form sent — the `offsite-direction-submit` event's
 * `detail` as it is — or a notification's `data`.
 */
export type NotificationSource = NotificationInput | FormEnvelope;

function isPlainObject(value: unknown): value is Draft {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The Offsite Direction Outcome Review: the form a school sends its local authority when the review of an
 * offsite direction decides what happens next — an extension, a return to the school, or a permanent managed
 * move. Every rule is the one `checkOutcomeReview` in `offsite-direction-forms/schema` applies.
 *
 * Set `notification` to the envelope the notification form sent and the review starts with the school, pupil,
 * provision and placement dates already filled in; check your answers marks those answers "From the notification".
 *
 * @tag offsite-direction-outcome-review
 * @summary The outcome review of an offsite direction: extension, return or managed move.
 *
 * @fires offsite-direction-submit - Submit pressed with no blocking errors. Cancelable. `detail` is the
 *   envelope (`form: 'offsite-direction-outcome-review'`) plus `waitUntil(promise)`.
 * @fires offsite-direction-invalid - Continue or Submit pressed with blocking errors. `detail: { form, findings }`.
 * @fires offsite-direction-change - After each user edit, never after setting `value` or `notification`.
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
 * @csspart input - A text box, text area, radio or checkbox.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart summary - A check-your-answers list.
 * @csspart warning - A warning.
 * @csspart notice - A notice or guidance (inset text).
 * @csspart notification - A banner (configuration problem, sending failed).
 * @csspart rule-panel - The live "What your answers mean" panel under the outcome.
 * @csspart panel - The confirmation panel.
 * @csspart button - Every button; also `button-primary` or `button-secondary`.
 * @csspart button-primary - The step's main button: Continue, Submit, Try again.
 * @csspart button-secondary - Clear, Print or save a copy, Save a copy, Save your answers to a file, Start another.
 *
 * @cssprop --odf-font-family - Font stack of all text. Default: the system UI font.
 * @cssprop --odf-text-colour - Text, and the warning icon. Default `#0b0c0c`.
 * @cssprop --odf-secondary-text-colour - Hints and "Not given". Default `#505a5f`.
 * @cssprop --odf-background-colour - Background of the element, inputs and banner bodies. Default `#ffffff`.
 * @cssprop --odf-border-colour - Dividers, summary rows and the bar beside follow-up questions. Default `#b1b4b6`.
 * @cssprop --odf-input-border-colour - Borders of text boxes, radios and checkboxes. Default `#0b0c0c`.
 * @cssprop --odf-focus-colour - The focus highlight of every control, link and button. Default `#ffdd00`.
 * @cssprop --odf-focus-text-colour - Text on the focus highlight, and the bar under a focused link or button. Default `#0b0c0c`.
 * @cssprop --odf-error-colour - Error messages, the error summary and the bar beside a field in error. Default `#d4351c`.
 * @cssprop --odf-link-colour - Links, and the information banner. Default `#1d70b8`.
 * @cssprop --odf-link-visited-colour - Visited links. Default `#4c2c92`.
 * @cssprop --odf-link-hover-colour - Links under the pointer. Default `#003078`.
 * @cssprop --odf-button-colour - Primary buttons (Continue, Submit). Default `#00703c`.
 * @cssprop --odf-button-hover-colour - Primary buttons under the pointer. Default `#005a30`.
 * @cssprop --odf-button-shadow-colour - The shadow under primary buttons. Default `#002d18`.
 * @cssprop --odf-button-text-colour - Text of primary buttons. Default `#ffffff`.
 * @cssprop --odf-secondary-button-colour - Secondary buttons (Print, Save a copy, Start another). Default `#f3f2f1`.
 * @cssprop --odf-secondary-button-hover-colour - Secondary buttons under the pointer. Default `#dbdad9`.
 * @cssprop --odf-secondary-button-shadow-colour - The shadow under secondary buttons. Default `#929191`.
 * @cssprop --odf-panel-colour - The confirmation panel. Default `#00703c`.
 * @cssprop --odf-panel-text-colour - Text of the confirmation panel. Default `#ffffff`.
 * @cssprop --odf-banner-text-colour - Title of a banner (set-up problem, restored answers, sending failed). Default `#ffffff`.
 * @cssprop --odf-inset-border-colour - The bar beside a notice (inset text). Default `#b1b4b6`.
 * @cssprop --odf-radius - Corner radius of inputs, boxes, the panel and buttons. Default `0`.
 * @cssprop --odf-space-1 - Spacing scale, step 1. Default `5px`.
 * @cssprop --odf-space-2 - Spacing scale, step 2. Default `10px`.
 * @cssprop --odf-space-3 - Spacing scale, step 3. Default `15px`.
 * @cssprop --odf-space-4 - Spacing scale, step 4. Default `20px`.
 * @cssprop --odf-space-5 - Spacing scale, step 5. Default `25px`.
 * @cssprop --odf-space-6 - Spacing scale, step 6. Default `30px`.
 * @cssprop --odf-space-7 - Spacing scale, step 7. Default `40px`.
 * @cssprop --odf-tag-colour - Background of the "From the notification" tag. Default `#bbd4ea`.
 * @cssprop --odf-tag-text-colour - Text of the "From the notification" tag. Default `#0c2d4a`.
 */
export class OffsiteDirectionOutcomeReview extends OffsiteFormElement<OutcomeReviewData, OutcomeReviewDerived, OutcomeReviewView> {
  static override styles = [...OffsiteFormElement.styles, outcomeReviewStyles];

  private notificationSource: NotificationSource | undefined = undefined;
  /** What the notification gave, as review answers: the rows that still hold these are marked. */
  private notificationAnswers: Draft = {};
  /** Answers given under an outcome the user has since moved away from, restored if they choose it again. */
  private outcomeStash: Partial<Record<string, Draft>> = {};
  private applyingNotification = false;
  /** What the last notification file filled in, said beside its question. */
  @state() private notificationFileStatus = '';

  /**
   * The notification this review follows: the envelope `<offsite-direction-notification>` sent (or its `data`).
   * Setting it fills in the school, the pupil, the provision, the placement dates and the notification
   * reference, keeps every other answer, and never fires `offsite-direction-change`.
   */
  @property({ attribute: false })
  get notification(): NotificationSource | undefined {
    return this.notificationSource;
  }
  set notification(source: NotificationSource | null | undefined) {
    const previous = this.notificationSource;
    this.notificationSource = source ?? undefined;
    this.notificationAnswers = isPlainObject(source)
      ? (outcomeReviewFromNotification(source as NotificationInput) as Draft)
      : {};
    if (answerPaths(this.notificationAnswers).length > 0) {
      this.applyingNotification = true;
      try {
        this.setDraft(this.withSuggestedNewSchool(mergeDraft(this.value, this.notificationAnswers)), { user: false });
      } finally {
        this.applyingNotification = false;
      }
    }
    this.requestUpdate('notification', previous);
  }

  readonly formName = 'offsite-direction-outcome-review' as const;

  protected get formTitle(): string {
    return msg('Offsite direction outcome review');
  }

  protected get submitLabel(): string {
    return msg('Submit outcome review');
  }

  protected override get sentHeading(): string {
    return msg('Outcome review sent');
  }

  protected check(value: Draft, options: FormCheckOptions): OutcomeReviewCheck {
    return checkOutcomeReview(value, { ...options, locale: this.locale() });
  }

  protected override configProblems(): string[] {
    return [...super.configProblems(), ...unknownTextProblems(resolveConfig(this.config).config)];
  }

  override reset(): void {
    this.notificationFileStatus = '';
    super.reset();
  }

  // ---------------------------------------------------------------------------------------------------------
  // State

  protected override setDraft(next: Draft, options: { user: boolean }): void {
    if (!options.user) {
      // A new draft from the host (a prefill, a restore, a reset) has nothing to do with outcomes chosen before.
      if (!this.applyingNotification) this.outcomeStash = {};
    }
    super.setDraft(next, options);
  }

  protected override updateField(path: string, value: unknown, raw?: string | DateParts): void {
    if (path === 'outcome.kind') {
      this.chooseOutcome(value);
      return;
    }
    super.updateField(path, value, raw);
  }

  /**
   * Choosing an outcome keeps only that outcome's answers in the draft, so nothing typed under another outcome
   * is ever sent; the others are put aside and come back if the user chooses that outcome again.
   */
  private chooseOutcome(kind: unknown): void {
    const current = this.fieldValue('outcome');
    const { kind: previous, ...answers } = isPlainObject(current) ? current : {};
    if (previous === kind) return;
    if (typeof previous === 'string' && Object.keys(answers).length > 0) this.outcomeStash[previous] = answers;
    const restored = typeof kind === 'string' ? (this.outcomeStash[kind] ?? {}) : {};
    // Two outcomes share `outcome.reason`: what was typed for one must not show under the other.
    this.forgetTyped('outcome');
    const next = setAt(this.value, 'outcome', kind === undefined ? undefined : { ...restored, kind });
    this.setDraft(this.withSuggestedNewSchool(next), { user: true });
  }

  /** A managed move's new school defaults to the provision, when that was a mainstream school. */
  private withSuggestedNewSchool(draft: Draft): Draft {
    if (getAt(draft, 'outcome.kind') !== 'managed-move' || getAt(draft, 'outcome.newSchool') !== undefined) return draft;
    const suggestion = suggestedNewSchool(getAt(draft, 'provision') as OutcomeReviewDraft['provision']);
    return suggestion ? setAt(draft, 'outcome.newSchool', withoutUndefined(suggestion)) : draft;
  }

  /** True when the answer at `path` is still what the notification said. */
  private fromNotification(path: string): boolean {
    const given = getAt(this.notificationAnswers, path);
    return given !== undefined && !isPlainObject(given) && given === this.fieldValue(path);
  }

  private dateForPeople(path: string): string | undefined {
    const answer = this.fieldValue(path);
    return isIsoDate(answer) ? formatDateForPeople(answer, this.locale()) : undefined;
  }

  private get derived(): OutcomeReviewDerived | undefined {
    return this.checkResult.derived;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Questions

  protected override renderIntro(): TemplateResult {
    const config = resolveConfig(this.config).config;
    const { name } = config.localAuthority;
    const prefilled = answerPaths(this.notificationAnswers).some((path) => this.fromNotification(path));
    return html`<p class="body">
        ${msg(
          str`Tell ${name} what the review of a pupil's offsite direction decided: an extension, a return to your school, or a permanent managed move to another school.`,
        )}
      </p>
      <p class="body">${msg('Answer every question unless it says it is optional.')}</p>
      ${contactLine(config)} ${guidanceLink(config)}
      ${prefilled
        ? insetText(
            msg(
              'Your school, the pupil, the provision and the placement dates are filled in from the notification. Check them and change any that are no longer right.',
            ),
          )
        : nothing}`;
  }

  private readonly definitions = new DefinitionPerLocale(outcomeReviewDefinition);

  /** The questions, in the locale the element renders in. */
  protected get definition(): FormDefinition<OutcomeReviewView> {
    return this.definitions.get(this.locale());
  }

  protected questionView(): OutcomeReviewView {
    return {
      ...baseView(this.fields, this.checkResult, this.locale()),
      notificationFile: () =>
        notificationFileQuestion(this.fields, { status: this.notificationFileStatus, onFile: this.onNotificationFile }),
      blockedNotice: (path) => this.blockedNotice(path),
      notifiedEnd: this.dateForPeople('placement.estimatedEndDate'),
      fromNotification: (path) => this.fromNotification(path),
    };
  }

  protected override renderQuestions(): TemplateResult {
    const view = this.questionView();
    // One section per page: what the answers mean stays in sight above each page's questions.
    if (this.paged) return html`${this.renderOutcomePanel()}${this.renderSections(view)}`;
    // What the answers mean follows the outcome, the question it is mostly about.
    return html`${this.definition.sections.map(
      (section) => html`${this.drawSection(section, view)}${section.id === 'outcome' ? this.renderOutcomePanel() : nothing}`,
    )}`;
  }

  /** "Start from the notification you sent": a good file prefills as `notification` does; a bad one changes nothing. */
  private readonly onNotificationFile = async (file: File) => {
    this.notificationFileStatus = '';
    const read = await readNotificationFile(file, this.config);
    if (!read.ok) {
      this.setFileProblem(NOTIFICATION_FILE_PATH, read.finding);
      return;
    }
    this.setFileProblem(NOTIFICATION_FILE_PATH, undefined);
    this.notification = read.envelope;
    // The person chose the file: an edit of theirs (the change event fires, a kept draft is updated).
    this.setDraft(this.value, { user: true });
    const sent = formatDateForPeople(localDateOf(read.envelope.submittedAt), this.locale());
    this.notificationFileStatus = msg(
      str`Your school, the pupil, the provision and the placement dates are filled in from notification ${groupedShortReference(read.envelope.submissionId)}, sent on ${sent}.`,
    );
  };

  /** Under an answer that blocks a managed move: the rule's own sentence, until the inline error says it instead. */
  private blockedNotice(path: string): TemplateResult {
    const blocking = this.findings.find((finding) => finding.severity === 'error' && finding.path === path);
    if (!blocking || this.fieldError(path)) return html``;
    return warningText(html`${blocking.message} ${cannotBeSent()}`);
  }

  // ---------------------------------------------------------------------------------------------------------
  // The live panel: only what the rule check derived and found (outcome-panel.ts)

  /** What the live panel states, once per check result: the panel and the live region ask in the same render. */
  private panelFacts(): PanelFact[] {
    const provisionKnown = this.fieldValue('provision.kind') !== undefined;
    return this.factsPerCheck.get(this.checkResult, [this.locale(), provisionKnown], () =>
      panelFacts(this.derived, provisionKnown, this.locale()),
    );
  }

  private readonly factsPerCheck = new PerCheck<object, PanelFact[]>();

  protected override conclusions(): Record<string, string> {
    return panelConclusions(this.panelFacts(), this.findings);
  }

  private renderOutcomePanel(): TemplateResult | typeof nothing {
    return outcomePanel(this.panelFacts(), this.findings);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Check your answers and the confirmation

  protected override renderNextSteps(): TemplateResult | typeof nothing {
    const envelope = this.sentEnvelope;
    if (!envelope) return nothing;
    const { name } = envelope.localAuthority;
    const outcome = envelope.data.outcome;
    // The dates follow the locale the page shows now, which may have changed since the form was sent.
    const locale = this.locale();
    let step: TemplateResult;
    if (outcome.kind === 'extension') {
      step = html`<p class="body">
        ${msg(
          str`Hold the next review meeting on ${formatDateForPeople(outcome.nextReviewDate, locale)}, and send another outcome review after it.`,
        )}
      </p>`;
    } else if (outcome.kind === 'return') {
      step = html`<p class="body">
        ${msg(str`From ${formatDateForPeople(outcome.returnDate, locale)} the pupil is taught at your school again.`)}
        ${registrationText(envelope.derived.registration ?? { change: 'return', homeSchool: 'single', provision: null })}
      </p>`;
    } else {
      step = html`<ul class="list">
        <li>${msg('Take the pupil off your school\'s roll and send the CML (leaver) file.')}</li>
        <li>${msg('The new school registers the pupil as main (single) registration and sends the CMJ (joiner) file within 5 days.')}</li>
      </ul>`;
    }
    return html`<section class="section" part="section">
      <h3 class="heading-m">${msg('What happens next')}</h3>
      <p class="body" data-text="outcome-review.next-steps">
        ${configuredText(
          resolveConfig(this.config).config,
          'outcome-review.next-steps',
          msg(str`${name} has the outcome of the review. Keep a copy for your school's records.`),
        )}
      </p>
      ${step}
    </section>`;
  }
}
