import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  checkNotification,
  formatDateForPeople,
  isRegisteredProvision,
  resolveConfig,
  yearGroups,
  type FormsConfig,
  type NotificationData,
  type NotificationDerived,
} from '../../schema/index.js';
import {
  checkboxField,
  dateField,
  emailField,
  formSection,
  hoursField,
  radiosField,
  telField,
  textareaField,
  textField,
  timeField,
  yesNoField,
  type ChoiceOption,
} from '../shared/fields.js';
import {
  accurateDeclaration,
  governanceLabel,
  homeSchoolSection,
  provisionNumbers,
  submittedBySection,
} from '../shared/common-questions.js';
import { externalLink, insetText, warningText } from '../shared/notices.js';
import { OffsiteFormElement, type FormCheckOptions } from '../shared/offsite-form-element.js';
import type { Draft } from '../shared/paths.js';
import { hoursText, schoolDaysText } from '../../schema/plural.js';
import { placementLengthText } from '../shared/placement-length.js';
import { dateText, yesNoText, type SummaryRow } from '../shared/summary-list.js';
import {
  configuredText,
  contactLine,
  partTimeTimetableLinkText,
  unknownTextProblems,
} from '../shared/texts.js';
import {
  answerKeys,
  provisionKindLabel,
  provisionKindOptions,
  sectionHeadings,
  sessionPatternLabel,
  yearGroupLabel,
} from './questions.js';
import { conclusions, formatHours, rulePanel, type RulePanelInput } from './rule-panel.js';
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
export class OffsiteDirectionNotification extends OffsiteFormElement<NotificationData, NotificationDerived> {
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

  private get registered(): boolean {
    return isRegisteredProvision(this.fieldValue('provision.kind'));
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

  /**
   * An answer as check your answers shows it: the normalised value that will be sent once the draft passes
   * (upper-case UPN, spaced postcode, 7-digit LAESTAB), otherwise what was typed.
   */
  private shown(path: string): unknown {
    const result = this.checkResult;
    if (result.ok && result.data) {
      let node: unknown = result.data;
      for (const key of path.split('.')) {
        node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
      }
      if (node !== undefined) return node;
    }
    return this.fieldValue(path);
  }

  private textOf(path: string): string | undefined {
    const value = this.shown(path);
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    return undefined;
  }

  private hoursOf(path: string): string | undefined {
    const value = this.shown(path);
    if (typeof value !== 'number') return typeof value === 'string' ? value : undefined;
    return hoursText(value, this.locale());
  }

  private dateOf(path: string): string | undefined {
    const value = this.shown(path);
    return typeof value === 'string' ? formatDateForPeople(value, this.locale()) : undefined;
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

  protected renderQuestions(): TemplateResult {
    const input = this.panelInput();
    return html`<div class="notification-layout">
      ${rulePanel(input)}
      <div class="notification-layout__questions">
        ${homeSchoolSection(this.fields)} ${submittedBySection(this.fields)} ${this.pupilQuestions()}
        ${this.provisionQuestions()} ${this.placementQuestions()} ${this.timetableQuestions()}
        ${this.informedQuestions()} ${this.declarationQuestions()}
      </div>
    </div>`;
  }

  private pupilQuestions(): TemplateResult {
    const fields = this.fields;
    return formSection(
      sectionHeadings().pupil,
      html`${textField(fields, {
        path: 'pupil.firstName',
        label: msg('Legal first name'),
        hint: msg('As on the school register'),
        autocomplete: 'off',
        spellcheck: false,
      })}
      ${textField(fields, {
        path: 'pupil.lastName',
        label: msg('Legal last name'),
        autocomplete: 'off',
        spellcheck: false,
      })}
      ${dateField(fields, { path: 'pupil.dateOfBirth', legend: msg('Date of birth'), hint: msg('For example, 14 5 2012') })}
      ${textField(fields, {
        path: 'pupil.upn',
        label: msg('Unique pupil number (UPN)'),
        hint: msg(
          '13 characters, like Q830200024001. It is on the pupil\'s record in your management information system and on their common transfer file.',
        ),
        width: 20,
        autocomplete: 'off',
        spellcheck: false,
      })}
      ${radiosField(fields, {
        path: 'pupil.yearGroup',
        legend: msg('Year group'),
        inline: true,
        options: yearGroups.map((yearGroup) => ({ value: yearGroup, label: yearGroupLabel(yearGroup) })),
      })}
      ${yesNoField(fields, {
        path: 'pupil.hasEhcp',
        legend: msg('Does the pupil have an education, health and care (EHC) plan?'),
        hint: msg('If so, the local authority that maintains the plan must also be given notice.'),
      })}
      ${yesNoField(fields, {
        path: 'pupil.isLookedAfter',
        legend: msg('Is the pupil looked after by a local authority?'),
        hint: msg('A child in care, including one placed with foster carers or in a children\'s home.'),
      })}
      ${yesNoField(fields, { path: 'pupil.hasSocialWorker', legend: msg('Does the pupil have a social worker?') })}`,
    );
  }

  private provisionQuestions(): TemplateResult {
    const fields = this.fields;
    const schoolNumbers = () => provisionNumbers(fields);
    const kinds: ChoiceOption[] = provisionKindOptions().map((option) =>
      isRegisteredProvision(option.value) ? { ...option, conditional: schoolNumbers } : option,
    );
    return formSection(
      sectionHeadings().provision,
      html`${radiosField(fields, {
        path: 'provision.kind',
        legend: msg('What kind of provision will the pupil attend?'),
        hint: msg('A registered school is one on the DfE\'s register of schools, with its own DfE number.'),
        options: kinds,
      })}
      ${textField(fields, { path: 'provision.name', label: msg('Name of the school or provision'), autocomplete: 'off' })}
      ${textField(fields, { path: 'provision.address.line1', label: msg('Address line 1'), autocomplete: 'off' })}
      ${textField(fields, {
        path: 'provision.address.line2',
        label: msg('Address line 2 (optional)'),
        autocomplete: 'off',
      })}
      ${textField(fields, {
        path: 'provision.address.town',
        label: msg('Town or city'),
        width: 20,
        autocomplete: 'off',
      })}
      ${textField(fields, {
        path: 'provision.address.postcode',
        label: msg('Postcode'),
        width: 10,
        autocomplete: 'off',
        spellcheck: false,
      })}
      <h4 class="heading-s">${msg('Who the pupil reports to on the first day')}</h4>
      <p class="hint">${msg('The parents\' notice must say who this is.')}</p>
      ${textField(fields, { path: 'provision.reportTo.name', label: msg('Their name'), autocomplete: 'off' })}
      ${textField(fields, {
        path: 'provision.reportTo.role',
        label: msg('Their role (optional)'),
        autocomplete: 'off',
      })}
      ${telField(fields, {
        path: 'provision.reportTo.phone',
        label: msg('Their phone number (optional)'),
        autocomplete: 'off',
      })}
      ${emailField(fields, {
        path: 'provision.reportTo.email',
        label: msg('Their email address (optional)'),
        autocomplete: 'off',
      })}`,
    );
  }

  private placementQuestions(): TemplateResult {
    const fields = this.fields;
    const days = this.resolvedConfig.noticeSchoolDays;
    return formSection(
      sectionHeadings().placement,
      html`${dateField(fields, {
        path: 'placement.decisionDate',
        legend: msg('When was the direction decided?'),
        hint: msg('The date your school decided to direct the pupil off site. For example, 2 3 2026'),
      })}
      ${dateField(fields, {
        path: 'placement.startDate',
        legend: msg('Start date'),
        hint: msg(
          str`The first school day the pupil must attend the provision: the law calls it the “relevant day”. Parents must be given written notice at least ${schoolDaysText(days, this.locale())} before it. For example, 13 4 2026`,
        ),
      })}
      ${dateField(fields, {
        path: 'placement.estimatedEndDate',
        legend: msg('Estimated end date'),
        hint: msg('You can extend the placement later with an outcome review. For example, 22 5 2026'),
      })}
      ${textareaField(fields, {
        path: 'placement.reasons',
        label: msg('Reasons for the direction'),
        hint: msg('The behaviour the direction is meant to improve. It must not be used as a punishment.'),
      })}
      ${textareaField(fields, {
        path: 'placement.objectives',
        label: msg('Objectives'),
        hint: msg('What the pupil should achieve, so the reviews can tell whether it is working.'),
      })}
      ${textareaField(fields, {
        path: 'placement.interventionsTried',
        label: msg('Interventions already tried in school'),
        hint: msg('For example, a pastoral support plan, mentoring or a behaviour support referral.'),
      })}
      ${dateField(fields, {
        path: 'placement.firstReviewDate',
        legend: msg('Date of the first review'),
        hint: msg('Review at intervals that suit the pupil\'s needs. For example, 20 4 2026'),
      })}`,
    );
  }

  private timetableQuestions(): TemplateResult {
    const fields = this.fields;
    const twoSessions = () =>
      html`${timeField(fields, { path: 'timetable.sessions.morningStart', label: msg('Morning session starts') })}
      ${timeField(fields, { path: 'timetable.sessions.breakStart', label: msg('Break starts') })}
      ${timeField(fields, { path: 'timetable.sessions.breakEnd', label: msg('Break ends') })}
      ${timeField(fields, { path: 'timetable.sessions.afternoonEnd', label: msg('Afternoon session ends') })}`;
    const oneSession = () =>
      html`${timeField(fields, { path: 'timetable.sessions.start', label: msg('Session starts') })}
      ${timeField(fields, { path: 'timetable.sessions.end', label: msg('Session ends') })}`;
    const threshold = formatHours(this.resolvedConfig.partTimeThresholdHours, this.locale());
    return formSection(
      sectionHeadings().timetable,
      html`<p class="body">
          ${msg(
            str`Give the hours of education each week. If they add up to less than ${threshold}, you must also send the part-time timetable notification.`,
          )}
        </p>
        ${hoursField(fields, {
          path: 'timetable.offsiteHoursPerWeek',
          label: msg('Hours a week at the provision'),
          hint: msg('For example, 12.5'),
        })}
        ${hoursField(fields, {
          path: 'timetable.homeSchoolHoursPerWeek',
          label: msg('Hours a week at your school'),
          hint: msg('Enter 0 if the pupil is off site full-time'),
        })}
        ${hoursField(fields, {
          path: 'timetable.otherHoursPerWeek',
          label: msg('Hours a week at any other provision'),
          hint: msg('Enter 0 if there is none'),
        })}
        ${radiosField(fields, {
          path: 'timetable.sessions.pattern',
          legend: msg('How is the pupil\'s day at the provision arranged?'),
          hint: msg('The parents\' notice must give these times.'),
          options: [
            {
              value: 'two-sessions',
              label: msg('Two sessions, morning and afternoon, with a break between'),
              conditional: twoSessions,
            },
            { value: 'one-session', label: msg('One session'), conditional: oneSession },
          ],
        })}`,
    );
  }

  private informedQuestions(): TemplateResult {
    const fields = this.fields;
    return formSection(
      sectionHeadings().informed,
      html`${dateField(fields, {
        path: 'notices.parentNoticeDate',
        legend: msg('When were parents given written notice?'),
        hint: msg(
          'Or the pupil, if they are 18 or over. The notice gives the address, who to report to, the number of days, the reasons and objectives, and the session times. For example, 2 3 2026',
        ),
      })}
      ${this.fieldValue('pupil.isLookedAfter') === true
        ? yesNoField(fields, {
            path: 'informed.virtualSchool',
            legend: msg('Have you told the virtual school head?'),
            hint: msg('The pupil is looked after, so their virtual school head should know about the direction.'),
          })
        : nothing}
      ${this.fieldValue('pupil.hasSocialWorker') === true
        ? yesNoField(fields, { path: 'informed.socialWorker', legend: msg('Have you told the pupil\'s social worker?') })
        : nothing}`,
    );
  }

  private declarationQuestions(): TemplateResult {
    const fields = this.fields;
    return formSection(
      sectionHeadings().declarations,
      html`${this.registered
        ? checkboxField(fields, {
            path: 'declarations.dualRegistration',
            label: msg('The pupil will be dual registered: my school keeps the main registration and the provision adds the pupil as a subsidiary registration'),
            hint: msg(
              'A pupil directed to another registered school must be on both schools\' registers. Your school records code D for the sessions the pupil is due there.',
            ),
          })
        : nothing}
      ${accurateDeclaration(fields)}`,
    );
  }

  // ---------------------------------------------------------------------------------------------------------
  // Check your answers and confirmation

  protected answerRows(): SummaryRow[] {
    const key = answerKeys();
    const heading = sectionHeadings();
    const rows: SummaryRow[] = [];
    const row = (section: string, rowKey: string, value: SummaryRow['value'], path?: string) => {
      rows.push(path === undefined ? { section, key: rowKey, value } : { section, key: rowKey, value, path });
    };
    const yesNo = (path: string) => yesNoText(this.fieldValue(path));
    const confirmed = (path: string) => (this.fieldValue(path) === true ? msg('Confirmed') : undefined);
    const derived = this.checkResult.derived;

    let section = heading.homeSchool;
    row(section, key.homeSchoolName, this.textOf('homeSchool.name'), 'homeSchool.name');
    row(section, key.homeSchoolLaestab, this.textOf('homeSchool.laestab'), 'homeSchool.laestab');
    row(section, key.homeSchoolUrn, this.textOf('homeSchool.urn'), 'homeSchool.urn');
    row(section, key.governance, governanceLabel(this.fieldValue('homeSchool.governance')), 'homeSchool.governance');

    section = heading.submittedBy;
    row(section, key.submittedByName, this.textOf('submittedBy.name'), 'submittedBy.name');
    row(section, key.submittedByRole, this.textOf('submittedBy.role'), 'submittedBy.role');
    row(section, key.submittedByEmail, this.textOf('submittedBy.email'), 'submittedBy.email');
    row(section, key.submittedByPhone, this.textOf('submittedBy.phone'), 'submittedBy.phone');

    section = heading.pupil;
    const yearGroup = this.fieldValue('pupil.yearGroup');
    row(section, key.firstName, this.textOf('pupil.firstName'), 'pupil.firstName');
    row(section, key.lastName, this.textOf('pupil.lastName'), 'pupil.lastName');
    row(section, key.dateOfBirth, dateText(this.shown('pupil.dateOfBirth'), this.locale()), 'pupil.dateOfBirth');
    row(section, key.upn, this.textOf('pupil.upn'), 'pupil.upn');
    row(
      section,
      key.yearGroup,
      typeof yearGroup === 'string' ? yearGroupLabel(yearGroup) : undefined,
      'pupil.yearGroup',
    );
    row(section, key.hasEhcp, yesNo('pupil.hasEhcp'), 'pupil.hasEhcp');
    row(section, key.isLookedAfter, yesNo('pupil.isLookedAfter'), 'pupil.isLookedAfter');
    row(section, key.hasSocialWorker, yesNo('pupil.hasSocialWorker'), 'pupil.hasSocialWorker');

    section = heading.provision;
    row(section, key.provisionKind, provisionKindLabel(this.fieldValue('provision.kind')), 'provision.kind');
    row(section, key.provisionName, this.textOf('provision.name'), 'provision.name');
    if (this.registered) {
      row(section, key.provisionLaestab, this.textOf('provision.laestab'), 'provision.laestab');
      row(section, key.provisionUrn, this.textOf('provision.urn'), 'provision.urn');
    }
    row(
      section,
      key.address,
      ['line1', 'line2', 'town', 'postcode']
        .map((part) => this.textOf(`provision.address.${part}`))
        .filter((line): line is string => line !== undefined),
      'provision.address.line1',
    );
    row(section, key.reportToName, this.textOf('provision.reportTo.name'), 'provision.reportTo.name');
    row(section, key.reportToRole, this.textOf('provision.reportTo.role'), 'provision.reportTo.role');
    row(section, key.reportToPhone, this.textOf('provision.reportTo.phone'), 'provision.reportTo.phone');
    row(section, key.reportToEmail, this.textOf('provision.reportTo.email'), 'provision.reportTo.email');

    section = heading.placement;
    row(section, key.decisionDate, this.dateOf('placement.decisionDate'), 'placement.decisionDate');
    row(section, key.startDate, this.dateOf('placement.startDate'), 'placement.startDate');
    row(section, key.estimatedEndDate, this.dateOf('placement.estimatedEndDate'), 'placement.estimatedEndDate');
    const schoolDays = derived?.placementSchoolDays ?? null;
    if (schoolDays !== null) {
      row(section, key.placementSchoolDays, placementLengthText(schoolDays, derived?.calendarApproximate ?? false, this.locale()));
    }
    row(section, key.reasons, this.textOf('placement.reasons'), 'placement.reasons');
    row(section, key.objectives, this.textOf('placement.objectives'), 'placement.objectives');
    row(section, key.interventionsTried, this.textOf('placement.interventionsTried'), 'placement.interventionsTried');
    row(section, key.firstReviewDate, this.dateOf('placement.firstReviewDate'), 'placement.firstReviewDate');

    section = heading.timetable;
    row(section, key.offsiteHours, this.hoursOf('timetable.offsiteHoursPerWeek'), 'timetable.offsiteHoursPerWeek');
    row(section, key.homeSchoolHours, this.hoursOf('timetable.homeSchoolHoursPerWeek'), 'timetable.homeSchoolHoursPerWeek');
    row(section, key.otherHours, this.hoursOf('timetable.otherHoursPerWeek'), 'timetable.otherHoursPerWeek');
    const total = derived?.totalHoursPerWeek ?? null;
    if (total !== null) row(section, key.totalHours, hoursText(total, this.locale()));
    const pattern = this.fieldValue('timetable.sessions.pattern');
    row(section, key.sessionPattern, sessionPatternLabel(pattern), 'timetable.sessions.pattern');
    const times: [string, string][] =
      pattern === 'two-sessions'
        ? [
            [key.morningStart, 'morningStart'],
            [key.breakStart, 'breakStart'],
            [key.breakEnd, 'breakEnd'],
            [key.afternoonEnd, 'afternoonEnd'],
          ]
        : pattern === 'one-session'
          ? [
              [key.sessionStart, 'start'],
              [key.sessionEnd, 'end'],
            ]
          : [];
    for (const [timeKey, name] of times) {
      row(section, timeKey, this.textOf(`timetable.sessions.${name}`), `timetable.sessions.${name}`);
    }

    section = heading.informed;
    row(section, key.parentNoticeDate, this.dateOf('notices.parentNoticeDate'), 'notices.parentNoticeDate');
    if (this.fieldValue('pupil.isLookedAfter') === true) {
      row(section, key.virtualSchool, yesNo('informed.virtualSchool'), 'informed.virtualSchool');
    }
    if (this.fieldValue('pupil.hasSocialWorker') === true) {
      row(section, key.socialWorker, yesNo('informed.socialWorker'), 'informed.socialWorker');
    }

    section = heading.declarations;
    if (this.registered) {
      row(section, key.dualRegistration, confirmed('declarations.dualRegistration'), 'declarations.dualRegistration');
    }
    row(section, key.accurate, confirmed('declarations.accurate'), 'declarations.accurate');
    return rows;
  }

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
