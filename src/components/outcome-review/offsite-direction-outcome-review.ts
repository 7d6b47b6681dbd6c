import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { FormEnvelope } from '../../events.js';
import { resolveConfig } from '../../schema/config.js';
import {
  checkOutcomeReview,
  formatDateForPeople,
  governanceTypes,
  isIsoDate,
  isRegisteredProvision,
  outcomeKinds,
  outcomeReviewFromNotification,
  provisionKinds,
  reviewRequesters,
  suggestedNewSchool,
  type Finding,
  type OutcomeKind,
  type OutcomeRegistration,
  type OutcomeReviewCheck,
  type OutcomeReviewData,
  type OutcomeReviewDerived,
  type OutcomeReviewDraft,
  type ProvisionKind,
} from '../../schema/index.js';
import {
  dateField,
  formSection,
  radiosField,
  textareaField,
  textField,
  yesNoField,
  type ChoiceOption,
} from '../shared/fields.js';
import { findingNotices, insetText, warningText } from '../shared/notices.js';
import { OffsiteFormElement, type FormCheckOptions } from '../shared/offsite-form-element.js';
import {
  accurateDeclaration,
  governanceLabel,
  homeSchoolSection,
  laestabHint,
  provisionNumbers,
  submittedBySection,
} from '../shared/common-questions.js';
import { getAt, setAt, type DateParts, type Draft } from '../shared/paths.js';
import { sharedStyles } from '../shared/styles.js';
import { placementLengthText } from '../shared/placement-length.js';
import { PerCheck } from '../shared/memo.js';
import { dateText, yesNoText, type SummaryRow } from '../shared/summary-list.js';
import { configuredText, contactLine, guidanceLink, unknownTextProblems } from '../shared/texts.js';
import {
  outcomeHint,
  outcomeLabel,
  provisionKindHint,
  provisionKindLabel,
  requesterLabel,
  type ReviewRequester,
} from './labels.js';
import { NOTIFICATION_FILE_PATH, notificationFileQuestion, readNotificationFile } from './notification-file.js';
import { answerPaths, mergeDraft, withoutUndefined } from './prefill.js';
import { localDateOf } from '../shared/files.js';
import { groupedShortReference } from '../../schema/reference.js';
import { outcomeReviewStyles } from './styles.js';

type NotificationInput = Parameters<typeof outcomeReviewFromNotification>[0];

/** Errors a managed move cannot be sent with, said as soon as an answer causes one (see `blockedNotice`). */
const BLOCKING_CODES = new Set(['managed-move-not-agreed', 'managed-move-not-in-best-interests', 'managed-move-not-mainstream']);
const cannotBeSent = () => msg('This form cannot be sent as a managed move until it changes.');

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
export class OffsiteDirectionOutcomeReview extends OffsiteFormElement<OutcomeReviewData, OutcomeReviewDerived> {
  static override styles = [...sharedStyles, outcomeReviewStyles];

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

  /**
   * An answer as check your answers shows it: once the draft passes, exactly what will be sent (trimmed, UPN and
   * LAESTAB normalised); until then what was typed, trimmed.
   */
  private text(path: string): string | undefined {
    const result = this.checkResult;
    const sent = result.ok ? getAt(result.data, path) : undefined;
    const answer = typeof sent === 'string' ? sent : this.fieldValue(path);
    return typeof answer === 'string' && answer.trim() !== '' ? answer.trim() : undefined;
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

  protected renderQuestions(): TemplateResult {
    return html`${this.renderNotificationQuestions()} ${homeSchoolSection(this.fields)} ${submittedBySection(this.fields)}
    ${this.renderPupilQuestions()} ${this.renderProvisionQuestions()} ${this.renderPlacementQuestions()}
    ${this.renderReviewQuestions()} ${this.renderOutcomeQuestions()} ${this.renderOutcomePanel()}
    ${this.renderNoticeQuestions()} ${this.renderDeclaration()}`;
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

  private renderNotificationQuestions(): TemplateResult {
    return formSection(
      msg('The notification this review follows'),
      html`${notificationFileQuestion(this.fields, {
        status: this.notificationFileStatus,
        onFile: this.onNotificationFile,
      })}
      ${textField(this.fields, {
        path: 'notificationId',
        label: msg('Notification reference (optional)'),
        hint: msg('The full reference number shown when the notification was sent, like 6f1d2c1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f, or its short reference, like 6F1D 2C1E'),
        spellcheck: false,
        autocomplete: 'off',
      })}`,
    );
  }

  private renderPupilQuestions(): TemplateResult {
    const f = this.fields;
    return formSection(
      msg('The pupil'),
      html`${textField(f, {
        path: 'pupil.firstName',
        label: msg('Legal first name'),
        width: 20,
        spellcheck: false,
        autocomplete: 'off',
      })}
      ${textField(f, {
        path: 'pupil.lastName',
        label: msg('Legal last name'),
        width: 20,
        spellcheck: false,
        autocomplete: 'off',
      })}
      ${dateField(f, { path: 'pupil.dateOfBirth', legend: msg('Date of birth'), hint: msg('For example, 14 5 2012') })}
      ${textField(f, {
        path: 'pupil.upn',
        label: msg('Unique pupil number (UPN)'),
        hint: msg('13 characters, like Q830200024001'),
        width: 20,
        spellcheck: false,
        autocomplete: 'off',
      })}
      ${yesNoField(f, {
        path: 'pupil.hasEhcp',
        legend: msg('Does the pupil have an education, health and care (EHC) plan?'),
      })}`,
    );
  }

  private renderProvisionQuestions(): TemplateResult {
    const f = this.fields;
    const identifiers = () => provisionNumbers(f);
    return formSection(
      msg('The provision'),
      html`${textField(f, { path: 'provision.name', label: msg('Name of the provision'), autocomplete: 'off' })}
      ${radiosField(f, {
        path: 'provision.kind',
        legend: msg('What kind of provision is it?'),
        options: provisionKinds.map((kind) => {
          const option: ChoiceOption = { value: kind, label: provisionKindLabel(kind) };
          const hint = provisionKindHint(kind);
          if (hint) option.hint = hint;
          if (isRegisteredProvision(kind)) option.conditional = identifiers;
          return option;
        }),
      })}`,
    );
  }

  private renderPlacementQuestions(): TemplateResult {
    const f = this.fields;
    return formSection(
      msg('The placement as notified'),
      html`<p class="body">${msg('The dates given in the notification.')}</p>
        ${dateField(f, { path: 'placement.startDate', legend: msg('Start date'), hint: msg('For example, 9 3 2026') })}
        ${dateField(f, {
          path: 'placement.estimatedEndDate',
          legend: msg('Estimated end date'),
          hint: msg('For example, 22 5 2026'),
        })}`,
    );
  }

  private renderReviewQuestions(): TemplateResult {
    const f = this.fields;
    const requestQuestions = () =>
      html`${insetText(
        msg(
          'A parent, or the local authority for a pupil with an EHC plan, can ask in writing for a review. The governing board must hold it as soon as reasonably practicable, unless a review meeting was held in the 10 weeks before the request.',
        ),
      )}
      ${dateField(f, {
        path: 'review.requestDate',
        legend: msg('Date the review was asked for'),
        hint: msg('For example, 14 4 2026'),
      })}
      ${dateField(f, {
        path: 'review.previousReviewDate',
        legend: msg('Date of the previous review meeting (optional)'),
        hint: msg('Leave it blank if there has not been one. For example, 16 3 2026'),
      })}`;
    return formSection(
      msg('The review'),
      html`${dateField(f, {
        path: 'review.date',
        legend: msg('Date of the review meeting'),
        hint: msg('For example, 20 4 2026'),
      })}
      ${radiosField(f, {
        path: 'review.requestedBy',
        legend: msg('Why was the review held?'),
        options: reviewRequesters.map((requester) => {
          const option: ChoiceOption = { value: requester, label: requesterLabel(requester as ReviewRequester) };
          if (requester === 'local-authority') option.hint = msg('For a pupil with an EHC plan');
          if (requester !== 'scheduled') option.conditional = requestQuestions;
          return option;
        }),
      })}`,
    );
  }

  private renderOutcomeQuestions(): TemplateResult {
    const questions: Record<OutcomeKind, () => TemplateResult> = {
      extension: () => this.renderExtensionQuestions(),
      return: () => this.renderReturnQuestions(),
      'managed-move': () => this.renderManagedMoveQuestions(),
    };
    return formSection(
      msg('The outcome'),
      radiosField(this.fields, {
        path: 'outcome.kind',
        legend: msg('What did the review decide?'),
        hint: msg('Choose one. Each outcome asks its own questions.'),
        options: outcomeKinds.map((kind) => ({
          value: kind,
          label: outcomeLabel(kind),
          hint: outcomeHint(kind),
          conditional: questions[kind],
        })),
      }),
    );
  }

  private notifiedEndHint(): string {
    const end = this.dateForPeople('placement.estimatedEndDate');
    return end
      ? msg(str`It must be after the notified estimated end date, ${end}. For example, 17 7 2026`)
      : msg('It must be after the estimated end date given in the notification. For example, 17 7 2026');
  }

  private renderExtensionQuestions(): TemplateResult {
    const f = this.fields;
    return html`${dateField(f, {
      path: 'outcome.newEstimatedEndDate',
      legend: msg('New estimated end date'),
      hint: this.notifiedEndHint(),
    })}
    ${textareaField(f, { path: 'outcome.reason', label: msg('Why is the placement being extended?') })}
    ${dateField(f, {
      path: 'outcome.nextReviewDate',
      legend: msg('Date of the next review meeting'),
      hint: msg('For example, 15 6 2026'),
    })}`;
  }

  private renderReturnQuestions(): TemplateResult {
    const f = this.fields;
    const end = this.dateForPeople('placement.estimatedEndDate');
    const unregistered = this.fieldValue('provision.kind') === 'unregistered-alternative-provision';
    return html`${dateField(f, {
      path: 'outcome.returnDate',
      legend: msg('Date the pupil returns to your school'),
      hint: msg('For example, 27 4 2026'),
    })}
    ${textareaField(f, {
      path: 'outcome.reason',
      label: msg(
        'Reason for the return (required if the placement ended early, before the notified estimated end date)',
      ),
      hint: end
        ? msg(str`The notified estimated end date is ${end}.`)
        : msg('The estimated end date is the one given in the notification.'),
    })}
    ${insetText(
      unregistered
        ? msg(
            'The pupil was on your school\'s register only, so registration does not change: your school records the pupil\'s attendance as usual from the return date.',
          )
        : msg(
            'When the pupil returns, the provision\'s subsidiary registration ends and your school goes back to single registration: your school records the pupil\'s attendance from the return date.',
          ),
    )}`;
  }

  /** Under a "no" that blocks a managed move: the rule's own sentence, until the inline error says it instead. */
  private blockedNotice(path: string): () => TemplateResult {
    return () => {
      const blocking = this.findings.find((finding) => finding.severity === 'error' && finding.path === path);
      if (!blocking || this.fieldError(path)) return html``;
      return warningText(html`${blocking.message} ${cannotBeSent()}`);
    };
  }

  private renderManagedMoveQuestions(): TemplateResult {
    const f = this.fields;
    const agreement = (path: string, legend: string, hint?: string) => {
      const options = { path, legend, noConditional: this.blockedNotice(path) };
      return yesNoField(f, hint ? { ...options, hint } : options);
    };
    return html`${dateField(f, {
      path: 'outcome.startDate',
      legend: msg('Start date at the new school'),
      hint: msg('For example, 27 4 2026'),
    })}
    <h4 class="heading-s">${msg('The new school')}</h4>
    ${textField(f, { path: 'outcome.newSchool.name', label: msg('Name of the new school'), autocomplete: 'off' })}
    ${textField(f, {
      path: 'outcome.newSchool.laestab',
      label: msg('New school DfE number (LAESTAB)'),
      hint: laestabHint(),
      width: 10,
      spellcheck: false,
      autocomplete: 'off',
    })}
    ${textField(f, {
      path: 'outcome.newSchool.urn',
      label: msg('New school URN (optional)'),
      hint: msg('6 digits, like 145678'),
      width: 10,
      inputmode: 'numeric',
      spellcheck: false,
      autocomplete: 'off',
    })}
    ${radiosField(f, {
      path: 'outcome.newSchool.kind',
      legend: msg('What kind of school is the new school?'),
      hint: msg('A managed move can only be to a mainstream school'),
      options: provisionKinds.map((kind: ProvisionKind) => {
        const option: ChoiceOption = { value: kind, label: provisionKindLabel(kind) };
        if (kind !== 'mainstream-school') option.conditional = this.blockedNotice('outcome.newSchool.kind');
        return option;
      }),
    })}
    <h4 class="heading-s">${msg('Agreement')}</h4>
    ${agreement(
      'outcome.parentsAgreed',
      msg('Have the pupil\'s parents agreed to the move?'),
      msg('A managed move is voluntary. The threat of exclusion must never be used to make parents agree.'),
    )}
    ${agreement('outcome.admissionAuthorityAgreed', msg('Has the new school\'s admission authority agreed to admit the pupil?'))}
    ${agreement('outcome.inBestInterests', msg('Is the move in the pupil\'s best interests?'))}
    ${this.fieldValue('pupil.hasEhcp') === true
      ? yesNoField(f, {
          path: 'outcome.localAuthoritySendConsulted',
          legend: msg('Has the local authority\'s SEND team been consulted about the move?'),
          hint: msg('The pupil has an EHC plan: the local authority must be involved before the move, to amend the plan.'),
        })
      : nothing}
    <h4 class="heading-s">${msg('Data returns')}</h4>
    <ul class="list">
      <li>${msg('Your school takes the pupil off roll and sends a CML (leaver) file.')}</li>
      <li>
        ${msg('The new school registers the pupil as main (single) registration and sends a CMJ (joiner) file within 5 days.')}
      </li>
    </ul>`;
  }

  private renderNoticeQuestions(): TemplateResult {
    return formSection(
      msg('Notices'),
      dateField(this.fields, {
        path: 'notices.parentOutcomeNoticeDate',
        legend: msg('Date the pupil\'s parents were told of the outcome'),
        hint: msg('For example, 21 4 2026'),
      }),
    );
  }

  private renderDeclaration(): TemplateResult {
    return formSection(
      msg('Declaration'),
      accurateDeclaration(this.fields),
    );
  }

  // ---------------------------------------------------------------------------------------------------------
  // The live panel: only what the rule check derived and found

  private registrationText(registration: OutcomeRegistration): string {
    switch (registration.change) {
      case 'unchanged':
        return registration.kind === 'dual'
          ? msg('Nothing changes: your school stays the main registration and the provision the subsidiary, and your school records code D for the sessions the pupil is due there.')
          : msg('Nothing changes: the pupil stays on your school\'s register only, and your school records code B for the sessions at the provision.');
      case 'return':
        return registration.provision === 'subsidiary-ended'
          ? msg('The provision\'s subsidiary registration ends and your school goes back to single registration.')
          : msg('The pupil stays on your school\'s register only (single registration).');
      case 'managed-move':
        return msg(
          str`Your school takes the pupil off roll and sends a ${registration.dataReturns.homeSchool} file; the new school registers the pupil as main (single) registration and sends a ${registration.dataReturns.newSchool} file.`,
        );
    }
  }

  private schoolDaysText(days: number, approximate: boolean, outcome: OutcomeKind | null): string {
    const count = placementLengthText(days, approximate, this.locale());
    switch (outcome) {
      case 'extension':
        return msg(str`${count}, from the start date to the new estimated end date`);
      case 'return':
        return msg(str`${count}, from the start date to the day before the pupil returns`);
      default:
        return msg(str`${count}, from the start date to the day before the start at the new school`);
    }
  }

  /** What the live panel states: each fact keyed, so the live region can say just the ones an edit changed. */
  private panelFacts(): { key: string; term: string; detail: string }[] {
    // Once per check result: the panel and the live region's conclusions both ask in the same render.
    return this.factsPerCheck.get(this.checkResult, [this.locale()], () => this.workOutPanelFacts());
  }

  private readonly factsPerCheck = new PerCheck<object, { key: string; term: string; detail: string }[]>();

  private workOutPanelFacts(): { key: string; term: string; detail: string }[] {
    const derived = this.derived;
    const facts: { key: string; term: string; detail: string }[] = [];
    const registration = derived?.registration;
    // Until the provision's kind is answered the check cannot know whether a subsidiary registration ends.
    const provisionKnown = this.fieldValue('provision.kind') !== undefined;
    if (registration && (registration.change !== 'return' || provisionKnown)) {
      facts.push({ key: 'registration', term: msg('Registration'), detail: this.registrationText(registration) });
    }
    if (derived?.outcome === 'return' && derived.endedEarly !== null) {
      facts.push({
        key: 'endedEarly',
        term: msg('Ended early'),
        detail: derived.endedEarly
          ? msg('Yes: the pupil returns before the notified estimated end date')
          : msg('No: the placement ran to its estimated end date'),
      });
    }
    if (derived && derived.placementSchoolDays !== null) {
      facts.push({
        key: 'schoolDays',
        term: msg('School days in the placement'),
        detail: this.schoolDaysText(derived.placementSchoolDays, derived.calendarApproximate === true, derived.outcome),
      });
    }
    return facts;
  }

  /**
   * Said by the live region when an edit changes them: the panel's facts, its warnings and notices, and a managed
   * move that cannot be sent (the notice shown under the answer that blocks it).
   */
  protected override conclusions(): Record<string, string> {
    const said: Record<string, string> = {};
    for (const fact of this.panelFacts()) said[fact.key] = `${fact.term}: ${fact.detail}.`;
    for (const finding of this.findings) {
      const blocking = finding.severity === 'error' && BLOCKING_CODES.has(finding.code);
      if (finding.severity !== 'error' || blocking) {
        said[`${finding.code} ${finding.path ?? ''}`] = blocking ? `${finding.message} ${cannotBeSent()}` : finding.message;
      }
    }
    return said;
  }

  private renderOutcomePanel(): TemplateResult | typeof nothing {
    const notes: Finding[] = this.findings.filter((finding) => finding.severity !== 'error');
    const facts = this.panelFacts();
    if (facts.length === 0 && notes.length === 0) return nothing;
    return html`<section class="rule-panel" part="rule-panel" aria-labelledby="rule-panel-title">
      <h3 class="heading-m rule-panel__title" id="rule-panel-title">${msg('What your answers mean')}</h3>
      ${facts.length
        ? html`<dl class="rule-panel__facts">
            ${facts.map(
              (fact) => html`<dt>${fact.term}</dt>
                <dd>${fact.detail}</dd>`,
            )}
          </dl>`
        : nothing}
      ${findingNotices(notes)}
    </section>`;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Check your answers and the confirmation

  protected answerRows(): SummaryRow[] {
    const locale = this.locale();
    const fromNotification = msg('From the notification');
    const rows: SummaryRow[] = [];
    let section = '';
    const add = (key: string, path: string, value: string | undefined) => {
      rows.push({
        section,
        key,
        path,
        value,
        tag: value !== undefined && this.fromNotification(path) ? fromNotification : undefined,
      });
    };
    const text = (key: string, path: string) => add(key, path, this.text(path));
    // Dates of events with their weekday, as the notification writes them; a date of birth without.
    const date = (key: string, path: string, withWeekday = true) =>
      add(key, path, dateText(this.fieldValue(path), locale, withWeekday));
    const yesNo = (key: string, path: string) => add(key, path, yesNoText(this.fieldValue(path)));
    const choice = <T extends string>(key: string, path: string, allowed: readonly T[], label: (value: T) => string | undefined) => {
      const answer = this.fieldValue(path);
      add(key, path, allowed.includes(answer as T) ? label(answer as T) : this.text(path));
    };

    section = msg('The notification this review follows');
    text(msg('Notification reference'), 'notificationId');

    section = msg('Your school');
    text(msg('School name'), 'homeSchool.name');
    text(msg('DfE number (LAESTAB)'), 'homeSchool.laestab');
    text(msg('URN'), 'homeSchool.urn');
    choice(msg('Maintained school or academy'), 'homeSchool.governance', governanceTypes, governanceLabel);

    section = msg('Your details');
    text(msg('Full name'), 'submittedBy.name');
    text(msg('Role'), 'submittedBy.role');
    text(msg('Email address'), 'submittedBy.email');
    text(msg('Phone number'), 'submittedBy.phone');

    section = msg('The pupil');
    text(msg('Legal first name'), 'pupil.firstName');
    text(msg('Legal last name'), 'pupil.lastName');
    date(msg('Date of birth'), 'pupil.dateOfBirth', false);
    text(msg('UPN'), 'pupil.upn');
    yesNo(msg('EHC plan'), 'pupil.hasEhcp');

    section = msg('The provision');
    text(msg('Name'), 'provision.name');
    choice(msg('Kind of provision'), 'provision.kind', provisionKinds, provisionKindLabel);
    if (isRegisteredProvision(this.fieldValue('provision.kind'))) {
      text(msg('DfE number (LAESTAB)'), 'provision.laestab');
      text(msg('URN'), 'provision.urn');
    }

    section = msg('The placement as notified');
    date(msg('Start date'), 'placement.startDate');
    date(msg('Estimated end date'), 'placement.estimatedEndDate');

    section = msg('The review');
    date(msg('Date of the review meeting'), 'review.date');
    choice(msg('Why it was held'), 'review.requestedBy', reviewRequesters, (value) =>
      requesterLabel(value as ReviewRequester),
    );
    const requestedBy = this.fieldValue('review.requestedBy');
    if (requestedBy === 'parent' || requestedBy === 'local-authority') {
      date(msg('Date it was asked for'), 'review.requestDate');
      date(msg('Previous review meeting'), 'review.previousReviewDate');
    }

    section = msg('The outcome');
    const kind = this.fieldValue('outcome.kind');
    choice(msg('Outcome'), 'outcome.kind', outcomeKinds, outcomeLabel);
    if (kind === 'extension') {
      date(msg('New estimated end date'), 'outcome.newEstimatedEndDate');
      text(msg('Why it is extended'), 'outcome.reason');
      date(msg('Next review meeting'), 'outcome.nextReviewDate');
    } else if (kind === 'return') {
      date(msg('Return date'), 'outcome.returnDate');
      text(msg('Reason for the return'), 'outcome.reason');
    } else if (kind === 'managed-move') {
      date(msg('Start date at the new school'), 'outcome.startDate');
      text(msg('New school'), 'outcome.newSchool.name');
      text(msg('New school DfE number (LAESTAB)'), 'outcome.newSchool.laestab');
      text(msg('New school URN'), 'outcome.newSchool.urn');
      choice(msg('Kind of school'), 'outcome.newSchool.kind', provisionKinds, provisionKindLabel);
      yesNo(msg('Parents agreed'), 'outcome.parentsAgreed');
      yesNo(msg('Admission authority agreed'), 'outcome.admissionAuthorityAgreed');
      yesNo(msg('In the pupil\'s best interests'), 'outcome.inBestInterests');
      if (this.fieldValue('pupil.hasEhcp') === true) {
        yesNo(msg('Local authority SEND team consulted'), 'outcome.localAuthoritySendConsulted');
      }
    }

    section = msg('Notices');
    date(msg('Parents told of the outcome'), 'notices.parentOutcomeNoticeDate');

    section = msg('Declaration');
    add(
      msg('Information is accurate'),
      'declarations.accurate',
      this.fieldValue('declarations.accurate') === true ? msg('Confirmed') : undefined,
    );
    return rows;
  }

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
        ${this.registrationText(envelope.derived.registration ?? { change: 'return', homeSchool: 'single', provision: null })}
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
