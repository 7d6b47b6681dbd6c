import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  checkNotification,
  resolveConfig,
  type FormsConfig,
  type NotificationData,
  type NotificationDerived,
} from '../../schema/index.js';
import { externalLink, insetText, warningText } from '../shared/notices.js';
import { OffsiteFormElement, type FormCheckOptions } from '../shared/offsite-form-element.js';
import type { Draft } from '../shared/paths.js';
import {
  configuredText,
  contactLine,
  partTimeTimetableLinkText,
  unknownTextProblems,
} from '../shared/texts.js';
import { notificationDefinition, type NotificationView } from './questions.js';
import { baseView, DefinitionPerLocale, type FormDefinition } from '../shared/questions.js';
import { conclusions, rulePanel, type RulePanelInput } from './rule-panel.js';
import { notificationStyles } from './styles.js';

/** How long typing must pause before the rule panel's live region speaks. */

/**
 * The Offsite Direction Notification: the form a school sends its local authority for each new offsite
 * direction. The questions follow the notice regulations; a panel beside them shows, as the user types, the
 * total weekly hours, the deadline for notice, and how to register the pupil. Then check your answers, then
 * Submit, then a confirmation with the reference number.
 *
 * @tag offsite-direction-notification
 * @summary Tell the local authority about an offsite direction.
 *
 * @fires offsite-direction-submit - Submit pressed with no blocking errors. Cancelable. `detail` is the
 *   notification envelope plus `waitUntil(promise)`.
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
 * @csspart rule-panel - The "What the rules say" panel beside or above the questions.
 * @csspart summary - A check-your-answers list.
 * @csspart warning - A warning.
 * @csspart notice - A notice (inset text).
 * @csspart notification - A banner (configuration problem, sending failed).
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
 */
export class OffsiteDirectionNotification extends OffsiteFormElement<NotificationData, NotificationDerived, NotificationView> {
  static override styles = [...OffsiteFormElement.styles, notificationStyles];

  readonly formName = 'offsite-direction-notification' as const;

  // ---------------------------------------------------------------------------------------------------------
  // What the base class asks for

  protected get formTitle(): string {
    return msg('Tell the local authority about an offsite direction');
  }

  protected get submitLabel(): string {
    return msg('Submit notification');
  }

  protected override get sentHeading(): string {
    return msg('Notification sent');
  }

  /** The copy the outcome review reads back under "Start from the notification you sent". */
  protected override get savedCopy(): { label: string; purpose: string } {
    return {
      label: msg('Save a copy for the outcome review'),
      purpose: msg('Save this notification as a file and keep it with your school\'s records. When the placement has been reviewed, choose the file in the outcome review, under "Start from the notification you sent": it fills in your school, the pupil, the provision and the placement dates. The file holds a child\'s personal data: keep it where only staff who need it can open it.'),
    };
  }

  protected check(value: Draft, options: FormCheckOptions) {
    return checkNotification(value, { ...options, locale: this.locale() });
  }

  protected override configProblems(): string[] {
    return [...super.configProblems(), ...unknownTextProblems(this.resolvedConfig)];
  }

  // ---------------------------------------------------------------------------------------------------------
  // Helpers

  private get resolvedConfig(): FormsConfig {
    return resolveConfig(this.config).config;
  }

  private readonly definitions = new DefinitionPerLocale(notificationDefinition);

  /** The questions, in the locale the element renders in. */
  protected get definition(): FormDefinition<NotificationView> {
    return this.definitions.get(this.locale());
  }

  protected questionView(): NotificationView {
    const result = this.checkResult;
    return { ...baseView(this.fields, result, this.locale()), config: this.resolvedConfig, derived: result.derived };
  }

  protected override conclusions(): Record<string, string> {
    return conclusions(this.panelInput());
  }

  private panelInput(): RulePanelInput {
    const result = this.checkResult;
    return {
      derived: result.derived,
      findings: result.findings,
      config: this.resolvedConfig,
      locale: this.locale(),
      hasEhcp: this.fieldValue('pupil.hasEhcp'),
      provisionName: this.fieldValue('provision.name'),
    };
  }

  // ---------------------------------------------------------------------------------------------------------
  // The questions

  protected override renderIntro(): TemplateResult {
    const { localAuthority } = this.resolvedConfig;
    return html`<p class="body">
        ${msg(
          str`Tell ${localAuthority.name} about each new offsite direction: when your school requires a pupil to attend education somewhere else to improve their behaviour. Send it as soon as the direction is decided, before the pupil starts.`,
        )}
      </p>
      <p class="body">
        ${msg(
          'You need the pupil\'s UPN, the provision\'s address and DfE number, the planned hours and session times, and the date parents were given written notice.',
        )}
      </p>
      ${contactLine(this.resolvedConfig)}`;
  }

  protected override renderQuestions(): TemplateResult {
    const view = this.questionView();
    return html`<div class="notification-layout">
      ${rulePanel(this.panelInput())}
      <div class="notification-layout__questions">
        ${this.renderSections(view)}
      </div>
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Check your answers and confirmation

  protected override renderNextSteps(): TemplateResult {
    const envelope = this.sentEnvelope;
    const config = this.resolvedConfig;
    const { localAuthority } = config;
    const derived = envelope?.derived;
    const formUrl = localAuthority.partTimeTimetableFormUrl;
    return html`<section class="section" part="section">
      <h3 class="heading-m">${msg('What happens next')}</h3>
      <p class="body" data-text="notification.next-steps">
        ${configuredText(
          config,
          'notification.next-steps',
          msg(
            str`${localAuthority.name} will record the direction. Keep a copy of this notification with the pupil's records: print it, or save it as a file for the outcome review.`,
          ),
        )}
      </p>
      ${derived?.partTimeTimetableRequired
        ? warningText(
            html`${msg('You must also send the part-time timetable notification.')}
            ${formUrl ? externalLink(formUrl, partTimeTimetableLinkText(config)) : nothing}`,
          )
        : nothing}
      ${derived?.registration
        ? insetText(
            derived.registration.kind === 'dual'
              ? msg(
                  'Keep the pupil on your register as their main registration, and make sure the provision registers them as a subsidiary pupil. Record code D for the sessions the pupil is due there.',
                )
              : msg('Keep the pupil on your register only. Record code B for the sessions the pupil is at the provision.'),
          )
        : nothing}
      <p class="body">
        ${msg(
          'After each review, send an outcome review: an extension of the placement, a return to your school, or a managed move.',
        )}
      </p>
    </section>`;
  }
}
