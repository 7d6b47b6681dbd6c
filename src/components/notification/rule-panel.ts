import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateForPeople, type FormsConfig, type NotificationDerived } from '../../schema/index.js';
import type { Finding } from '../../schema/result.js';
import { externalLink, insetText, warningText } from '../shared/notices.js';
import { formatNumber } from '../../schema/intl.js';
import { hoursText, schoolDaysText } from '../../schema/plural.js';
import { PerCheck } from '../shared/memo.js';
import { guidanceLink, partTimeTimetableLinkText } from '../shared/texts.js';

/*
 * The rule panel: what the rules core concluded from the answers so far, written for people. Everything here is
 * read from the check's `derived` values and findings; no rule is worked out again in the view.
 */

/** What the panel shows, gathered by the element from its check result, its resolved config and its draft. */
export interface RulePanelInput {
  derived: NotificationDerived | undefined;
  findings: readonly Finding[];
  config: FormsConfig;
  locale: string;
  /** The answer to "Does the pupil have an EHC plan?", which says whether the LA notice applies at all. */
  hasEhcp: unknown;
  /** The provision's name as typed, to name it in the registration note. */
  provisionName: unknown;
}

/** A number of hours, rounded to at most 3 decimals: "16", "12.5". */
export function formatHours(hours: number, locale: string): string {
  return formatNumber(hours, locale);
}

/** The numbers and dates both the panel and the live region's conclusions write. */
interface PanelTexts {
  /** The total hours a week, "25 hours", once known. */
  hours: string | null;
  /** The part-time threshold, "25 hours". */
  threshold: string;
  /** The part-time threshold as a bare number, "25". */
  thresholdNumber: string;
  /** The deadline for notice, "Thursday 26 March 2026", once known. */
  deadline: string | null;
}

const panelTextsPerCheck = new PerCheck<NotificationDerived, PanelTexts>();
const conclusionsPerCheck = new PerCheck<NotificationDerived, Record<string, string>>();

/** Once per check result: the panel draws them and the live region says them in the same render. */
function panelTexts(input: RulePanelInput): PanelTexts {
  const { derived, config, locale } = input;
  const work = (): PanelTexts => ({
    hours: derived?.totalHoursPerWeek != null ? hoursText(derived.totalHoursPerWeek, locale) : null,
    threshold: hoursText(config.partTimeThresholdHours, locale),
    thresholdNumber: formatHours(config.partTimeThresholdHours, locale),
    deadline: derived?.noticeDeadline != null ? formatDateForPeople(derived.noticeDeadline, locale) : null,
  });
  return derived ? panelTextsPerCheck.get(derived, [locale, config], work) : work();
}

function findingOf(findings: readonly Finding[], code: string): Finding | undefined {
  return findings.find((finding) => finding.code === code);
}

function hoursRule(input: RulePanelInput): TemplateResult {
  const { derived } = input;
  const { hours, threshold } = panelTexts(input);
  let answer: TemplateResult;
  if (hours === null) {
    answer = html`${msg('Enter the hours a week at the provision, at your school and elsewhere to see the total.')}`;
  } else {
    answer = html`<strong data-value="total-hours">${msg(str`${hours} a week`)}</strong>
      ${derived?.partTimeTimetableRequired === false
        ? html`<span class="rule-panel__detail"
            >${msg(str`At least ${threshold}: no part-time timetable notification is needed.`)}</span
          >`
        : nothing}`;
  }
  return html`<div class="rule-panel__rule" data-rule="hours">
    <dt>${msg('Education a week, in total')}</dt>
    <dd>${answer}</dd>
  </div>`;
}

/** The rules core's warnings about the start date itself, beside the deadline they move. */
function startDateWarnings(input: RulePanelInput): TemplateResult[] {
  return ['start-in-past', 'start-not-school-day'].flatMap((code) => {
    const finding = findingOf(input.findings, code);
    return finding
      ? [
          html`<span class="rule-panel__status rule-panel__status--late" data-status=${code}
            >${finding.message}</span
          >`,
        ]
      : [];
  });
}

function noticeRule(input: RulePanelInput): TemplateResult {
  const { derived, config, locale, hasEhcp } = input;
  const date = panelTexts(input).deadline;
  const days = config.noticeSchoolDays;
  if (date === null) {
    return html`<div class="rule-panel__rule" data-rule="notice">
      <dt>${msg('Deadline for notice')}</dt>
      <dd>${msg('Enter the start date to see when parents must be told.')}</dd>
    </div>`;
  }
  const parents =
    derived?.parentNoticeLate === true
      ? html`<span class="rule-panel__status rule-panel__status--late" data-status="parent-late"
          >${msg('Parents: the notice was given after the deadline.')}</span
        >`
      : derived?.parentNoticeLate === false
        ? html`<span class="rule-panel__status" data-status="parent-on-time"
            >${msg('Parents: the notice was given in time.')}</span
          >`
        : html`<span class="rule-panel__status" data-status="parent-unknown"
            >${msg('Parents: enter the date they were given written notice.')}</span
          >`;
  const localAuthority =
    hasEhcp === false
      ? html`<span class="rule-panel__status" data-status="la-not-needed"
          >${msg('Local authority: the pupil has no EHC plan, so the notice rule does not apply to it.')}</span
        >`
      : derived?.laNoticeLate === true
        ? html`<span class="rule-panel__status rule-panel__status--late" data-status="la-late"
            >${msg('Local authority (EHC plan): the deadline has passed. Send this notification now.')}</span
          >`
        : derived?.laNoticeLate === false
          ? html`<span class="rule-panel__status" data-status="la-on-time"
              >${msg(str`Local authority (EHC plan): in time if you send this by ${date}.`)}</span
            >`
          : html`<span class="rule-panel__status" data-status="la-unknown"
              >${msg('Local authority: answer whether the pupil has an EHC plan.')}</span
            >`;
  return html`<div class="rule-panel__rule" data-rule="notice">
    <dt>${msg('Deadline for notice')}</dt>
    <dd>
      <strong data-value="notice-deadline">${date}</strong>
      <span class="rule-panel__detail"
        >${msg(str`${schoolDaysText(days, locale)} before the start date, on your school's calendar.`)}</span
      >
      ${parents} ${localAuthority} ${startDateWarnings(input)}
    </dd>
  </div>`;
}

function registrationRule(input: RulePanelInput): TemplateResult {
  const registration = input.derived?.registration ?? null;
  const provision =
    typeof input.provisionName === 'string' && input.provisionName.trim()
      ? input.provisionName.trim()
      : msg('the provision');
  let answer: TemplateResult;
  if (registration === null) {
    answer = html`${msg('Choose the kind of provision to see how to register the pupil.')}`;
  } else if (registration.kind === 'dual') {
    answer = html`<strong data-value="registration">${msg('Dual registration, attendance code D')}</strong>
      <span class="rule-panel__detail"
        >${msg(
          str`Your school keeps the main registration and ${provision} registers the pupil as a subsidiary pupil. For the sessions the pupil is due there, your school records code D (dual registered: at another school).`,
        )}</span
      >`;
  } else {
    answer = html`<strong data-value="registration">${msg('Single registration, attendance code B')}</strong>
      <span class="rule-panel__detail"
        >${msg(
          str`The pupil stays on your register only: ${provision} is not a registered school. For the sessions the pupil is there, your school records code B (other approved educational activity).`,
        )}</span
      >`;
  }
  return html`<div class="rule-panel__rule" data-rule="registration">
    <dt>${msg('Registration and attendance')}</dt>
    <dd>${answer}</dd>
  </div>`;
}

function partTimeNotice(input: RulePanelInput): TemplateResult | typeof nothing {
  const finding = findingOf(input.findings, 'part-time-timetable-required');
  if (!finding) return nothing;
  const url = input.config.localAuthority.partTimeTimetableFormUrl;
  return html`<div data-notice="part-time">
    ${warningText(html`${finding.message}
    ${url ? externalLink(url, partTimeTimetableLinkText(input.config)) : nothing}`)}
  </div>`;
}

function infoNotice(input: RulePanelInput, code: string, name: string): TemplateResult | typeof nothing {
  const finding = findingOf(input.findings, code);
  return finding ? html`<div data-notice=${name}>${insetText(finding.message)}</div>` : nothing;
}

/**
 * The panel itself: a region named by its heading, so it can be found from a landmark list and sits inside a
 * host page's `<main>` without breaking the landmark structure (an `<aside>` there would be flagged as a
 * complementary landmark nested in another).
 *
 * Live updates: the panel itself is not live; the element's live region says what changed once typing pauses,
 * from `conclusions` below (see `OffsiteFormElement.conclusions`).
 */
export function rulePanel(input: RulePanelInput): TemplateResult {
  return html`<section class="rule-panel" part="rule-panel" aria-labelledby="rule-panel-title">
    <h3 class="heading-s" id="rule-panel-title">${msg('What the rules say')}</h3>
    <p class="hint">${msg('Worked out from your answers as you go.')}</p>
    <dl class="rule-panel__rules">${hoursRule(input)} ${noticeRule(input)} ${registrationRule(input)}</dl>
    ${partTimeNotice(input)} ${infoNotice(input, 'academy-non-statutory', 'academy')}
    ${infoNotice(input, 'calendar-approximate', 'calendar-approximate')}
    ${guidanceLink(input.config)}
  </section>`;
}

/**
 * The conclusions worth announcing, each as the sentence to say when it changes. A conclusion that is not known
 * yet is left out, so a half-typed date or hours figure never says anything.
 */
export function conclusions(input: RulePanelInput): Record<string, string> {
  const { derived, config, locale } = input;
  if (!derived) return {};
  return conclusionsPerCheck.get(derived, [locale, config], () => {
    const said: Record<string, string> = {};
    const { hours, thresholdNumber: threshold, deadline } = panelTexts(input);
    if (derived.partTimeTimetableRequired !== null && hours !== null) {
      said.partTime = derived.partTimeTimetableRequired
        ? msg(str`${hours} a week, under ${threshold}: the part-time timetable notification is needed too.`)
        : msg(str`${hours} a week: no part-time timetable notification is needed.`);
    }
    if (deadline !== null) said.deadline = msg(str`Deadline for notice: ${deadline}.`);
    if (derived.parentNoticeLate !== null) {
      said.parentNotice = derived.parentNoticeLate
        ? msg('Parents were given notice after the deadline.')
        : msg('Parents were given notice in time.');
    }
    if (derived.laNoticeLate === true) said.laNotice = msg('The deadline for telling the local authority has passed.');
    if (derived.registration !== null) {
      said.registration =
        derived.registration.kind === 'dual'
          ? msg('Dual registration: record attendance code D.')
          : msg('Single registration: record attendance code B.');
    }
    return said;
  });
}
