import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Finding, OutcomeKind, OutcomeRegistration, OutcomeReviewDerived } from '../../schema/index.js';
import { findingNotices } from '../shared/notices.js';
import { placementLengthText } from '../shared/placement-length.js';

/*
 * The outcome review's live panel, "What your answers mean": only what the rule check derived and found, each fact
 * keyed so the live region can say just the ones an edit changed.
 */

/** One fact of the panel. */
export interface PanelFact {
  key: string;
  term: string;
  detail: string;
}

/** Errors a managed move cannot be sent with, said as soon as an answer causes one (see the review's blocked notice). */
const BLOCKING_CODES = new Set(['managed-move-not-agreed', 'managed-move-not-in-best-interests', 'managed-move-not-mainstream']);

export const cannotBeSent = () => msg('This form cannot be sent as a managed move until it changes.');

/** What happens to the pupil's registration, in a sentence. */
export function registrationText(registration: OutcomeRegistration): string {
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

function schoolDaysText(days: number, approximate: boolean, outcome: OutcomeKind | null, locale: string): string {
  const count = placementLengthText(days, approximate, locale);
  switch (outcome) {
    case 'extension':
      return msg(str`${count}, from the start date to the new estimated end date`);
    case 'return':
      return msg(str`${count}, from the start date to the day before the pupil returns`);
    default:
      return msg(str`${count}, from the start date to the day before the start at the new school`);
  }
}

/**
 * The panel's facts. Until the provision's kind is answered (`provisionKnown`) the check cannot know whether a
 * subsidiary registration ends, so a return says nothing about registration yet.
 */
export function panelFacts(derived: OutcomeReviewDerived | undefined, provisionKnown: boolean, locale: string): PanelFact[] {
  const facts: PanelFact[] = [];
  const registration = derived?.registration;
  if (registration && (registration.change !== 'return' || provisionKnown)) {
    facts.push({ key: 'registration', term: msg('Registration'), detail: registrationText(registration) });
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
      detail: schoolDaysText(derived.placementSchoolDays, derived.calendarApproximate === true, derived.outcome, locale),
    });
  }
  return facts;
}

/**
 * Said by the live region when an edit changes them: the panel's facts, its warnings and notices, and a managed
 * move that cannot be sent (the notice shown under the answer that blocks it).
 */
export function panelConclusions(facts: readonly PanelFact[], findings: readonly Finding[]): Record<string, string> {
  const said: Record<string, string> = {};
  for (const fact of facts) said[fact.key] = `${fact.term}: ${fact.detail}.`;
  for (const finding of findings) {
    const blocking = finding.severity === 'error' && BLOCKING_CODES.has(finding.code);
    if (finding.severity !== 'error' || blocking) {
      said[`${finding.code} ${finding.path ?? ''}`] = blocking ? `${finding.message} ${cannotBeSent()}` : finding.message;
    }
  }
  return said;
}

/** The panel, or nothing while there is nothing to say. */
export function outcomePanel(facts: readonly PanelFact[], findings: readonly Finding[]): TemplateResult | typeof nothing {
  const notes = findings.filter((finding) => finding.severity !== 'error');
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
