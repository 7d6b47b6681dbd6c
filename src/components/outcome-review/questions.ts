import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  isRegisteredProvision,
  outcomeKinds,
  provisionKinds,
  reviewRequesters,
  type OutcomeKind,
} from '../../schema/index.js';
import {
  accurateDeclaration,
  homeSchoolSection,
  laestabHint,
  provisionNumbers,
  pupilIdentityQuestions,
  submittedBySection,
} from '../shared/common-questions.js';
import { insetText } from '../shared/notices.js';
import type { Choice, FormDefinition, Item, QuestionView } from '../shared/questions.js';
import {
  outcomeHint,
  outcomeLabel,
  provisionKindHint,
  provisionKindLabel,
  requesterLabel,
  type ReviewRequester,
} from './labels.js';

/*
 * The outcome review's questions, each defined once: the form, check your answers and the error summary's order
 * all come from this definition (see ../shared/questions.ts). Made once per locale, so `msg()` runs in that locale.
 */

/** What the outcome review's questions read besides the answers. */
export interface OutcomeReviewView extends QuestionView {
  /** "Start from the notification you sent": the file question, with its status and handler. */
  notificationFile(): TemplateResult;
  /** Under an answer that blocks a managed move: the rule's sentence, until the inline error says it. */
  blockedNotice(path: string): TemplateResult;
  /** The notified estimated end date, for people ("Friday 22 May 2026"), when it is a real date. */
  readonly notifiedEnd: string | undefined;
  /** True while the answer at `path` is still what the notification said. */
  fromNotification(path: string): boolean;
}

const blocked = (path: string): Item<OutcomeReviewView> => ({ kind: 'content', render: (view) => view.blockedNotice(path) });

const subHeading = (text: string): Item<OutcomeReviewView> => ({
  kind: 'content',
  render: () => html`<h4 class="heading-s">${text}</h4>`,
});

function extensionQuestions(): Item<OutcomeReviewView>[] {
  return [
    {
      kind: 'date',
      path: 'outcome.newEstimatedEndDate',
      label: msg('New estimated end date'),
      hint: (view) =>
        view.notifiedEnd
          ? msg(str`It must be after the notified estimated end date, ${view.notifiedEnd}. For example, 17 7 2026`)
          : msg('It must be after the estimated end date given in the notification. For example, 17 7 2026'),
      summary: { key: msg('New estimated end date') },
    },
    {
      kind: 'textarea',
      path: 'outcome.reason',
      label: msg('Why is the placement being extended?'),
      summary: { key: msg('Why it is extended') },
    },
    {
      kind: 'date',
      path: 'outcome.nextReviewDate',
      label: msg('Date of the next review meeting'),
      hint: msg('For example, 15 6 2026'),
      summary: { key: msg('Next review meeting') },
    },
  ];
}

function returnQuestions(): Item<OutcomeReviewView>[] {
  return [
    {
      kind: 'date',
      path: 'outcome.returnDate',
      label: msg('Date the pupil returns to your school'),
      hint: msg('For example, 27 4 2026'),
      summary: { key: msg('Return date') },
    },
    {
      kind: 'textarea',
      path: 'outcome.reason',
      label: msg('Reason for the return (required if the placement ended early, before the notified estimated end date)'),
      hint: (view) =>
        view.notifiedEnd
          ? msg(str`The notified estimated end date is ${view.notifiedEnd}.`)
          : msg('The estimated end date is the one given in the notification.'),
      summary: { key: msg('Reason for the return') },
    },
    {
      kind: 'content',
      render: (view) =>
        insetText(
          view.value('provision.kind') === 'unregistered-alternative-provision'
            ? msg('The pupil was on your school\'s register only, so registration does not change: your school records the pupil\'s attendance as usual from the return date.')
            : msg('When the pupil returns, the provision\'s subsidiary registration ends and your school goes back to single registration: your school records the pupil\'s attendance from the return date.'),
        ),
    },
  ];
}

function managedMoveQuestions(): Item<OutcomeReviewView>[] {
  const agreement = (path: string, label: string, key: string, hint?: string): Item<OutcomeReviewView> => ({
    kind: 'yes-no',
    path,
    label,
    ...(hint ? { hint } : {}),
    no: [blocked(path)],
    summary: { key },
  });
  return [
    {
      kind: 'date',
      path: 'outcome.startDate',
      label: msg('Start date at the new school'),
      hint: msg('For example, 27 4 2026'),
      summary: { key: msg('Start date at the new school') },
    },
    subHeading(msg('The new school')),
    {
      kind: 'text',
      path: 'outcome.newSchool.name',
      label: msg('Name of the new school'),
      autocomplete: 'off',
      summary: { key: msg('New school') },
    },
    {
      kind: 'text',
      path: 'outcome.newSchool.laestab',
      label: msg('New school DfE number (LAESTAB)'),
      hint: laestabHint(),
      width: 10,
      spellcheck: false,
      autocomplete: 'off',
      summary: { key: msg('New school DfE number (LAESTAB)') },
    },
    {
      kind: 'text',
      path: 'outcome.newSchool.urn',
      label: msg('New school URN (optional)'),
      hint: msg('6 digits, like 145678'),
      width: 10,
      inputmode: 'numeric',
      spellcheck: false,
      autocomplete: 'off',
      summary: { key: msg('New school URN') },
    },
    {
      kind: 'radios',
      path: 'outcome.newSchool.kind',
      label: msg('What kind of school is the new school?'),
      hint: msg('A managed move can only be to a mainstream school'),
      options: provisionKinds.map((kind) => ({
        value: kind,
        label: provisionKindLabel(kind),
        ...(kind !== 'mainstream-school' ? { followUps: [blocked('outcome.newSchool.kind')] } : {}),
      })),
      summary: { key: msg('Kind of school') },
    },
    subHeading(msg('Agreement')),
    agreement(
      'outcome.parentsAgreed',
      msg('Have the pupil\'s parents agreed to the move?'),
      msg('Parents agreed'),
      msg('A managed move is voluntary. The threat of exclusion must never be used to make parents agree.'),
    ),
    agreement(
      'outcome.admissionAuthorityAgreed',
      msg('Has the new school\'s admission authority agreed to admit the pupil?'),
      msg('Admission authority agreed'),
    ),
    agreement('outcome.inBestInterests', msg('Is the move in the pupil\'s best interests?'), msg('In the pupil\'s best interests')),
    {
      kind: 'yes-no',
      path: 'outcome.localAuthoritySendConsulted',
      label: msg('Has the local authority\'s SEND team been consulted about the move?'),
      hint: msg('The pupil has an EHC plan: the local authority must be involved before the move, to amend the plan.'),
      when: (view) => view.value('pupil.hasEhcp') === true,
      summary: { key: msg('Local authority SEND team consulted') },
    },
    subHeading(msg('Data returns')),
    {
      kind: 'content',
      render: () => html`<ul class="list">
        <li>${msg('Your school takes the pupil off roll and sends a CML (leaver) file.')}</li>
        <li>
          ${msg('The new school registers the pupil as main (single) registration and sends a CMJ (joiner) file within 5 days.')}
        </li>
      </ul>`,
    },
  ];
}

/** What a review asked for in writing asks besides. */
function requestQuestions(): Item<OutcomeReviewView>[] {
  return [
    {
      kind: 'content',
      render: () =>
        insetText(
          msg(
            'A parent, or the local authority for a pupil with an EHC plan, can ask in writing for a review. The governing board must hold it as soon as reasonably practicable, unless a review meeting was held in the 10 weeks before the request.',
          ),
        ),
    },
    {
      kind: 'date',
      path: 'review.requestDate',
      label: msg('Date the review was asked for'),
      hint: msg('For example, 14 4 2026'),
      summary: { key: msg('Date it was asked for') },
    },
    {
      kind: 'date',
      path: 'review.previousReviewDate',
      label: msg('Date of the previous review meeting (optional)'),
      hint: msg('Leave it blank if there has not been one. For example, 16 3 2026'),
      summary: { key: msg('Previous review meeting') },
    },
  ];
}

/** The outcome review, section by section. */
export function outcomeReviewDefinition(): FormDefinition<OutcomeReviewView> {
  const outcomeQuestions: Record<OutcomeKind, () => Item<OutcomeReviewView>[]> = {
    extension: extensionQuestions,
    return: returnQuestions,
    'managed-move': managedMoveQuestions,
  };
  const fromNotification = msg('From the notification');
  return {
    tag: (path, view) => (view.fromNotification(path) ? fromNotification : undefined),
    sections: [
      {
        id: 'notification',
        heading: msg('The notification this review follows'),
        items: [
          { kind: 'content', render: (view) => view.notificationFile() },
          {
            kind: 'text',
            path: 'notificationId',
            label: msg('Notification reference (optional)'),
            hint: msg('The full reference number shown when the notification was sent, like 6f1d2c1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f, or its short reference, like 6F1D 2C1E'),
            spellcheck: false,
            autocomplete: 'off',
            summary: { key: msg('Notification reference') },
          },
        ],
      },
      homeSchoolSection(),
      submittedBySection(),
      {
        id: 'pupil',
        heading: msg('The pupil'),
        items: [
          ...pupilIdentityQuestions<OutcomeReviewView>({ nameWidth: 20, upnHint: msg('13 characters, like Q830200024001') }),
          {
            kind: 'yes-no',
            path: 'pupil.hasEhcp',
            label: msg('Does the pupil have an education, health and care (EHC) plan?'),
            summary: { key: msg('EHC plan') },
          },
        ],
      },
      {
        id: 'provision',
        heading: msg('The provision'),
        items: [
          { kind: 'text', path: 'provision.name', label: msg('Name of the provision'), autocomplete: 'off', summary: { key: msg('Name') } },
          {
            kind: 'radios',
            path: 'provision.kind',
            label: msg('What kind of provision is it?'),
            options: provisionKinds.map((kind) => {
              const choice: Choice<OutcomeReviewView> = { value: kind, label: provisionKindLabel(kind) };
              const hint = provisionKindHint(kind);
              if (hint) choice.hint = hint;
              if (isRegisteredProvision(kind)) choice.followUps = provisionNumbers();
              return choice;
            }),
            summary: { key: msg('Kind of provision') },
          },
        ],
      },
      {
        id: 'placement',
        heading: msg('The placement as notified'),
        items: [
          { kind: 'content', render: () => html`<p class="body">${msg('The dates given in the notification.')}</p>` },
          { kind: 'date', path: 'placement.startDate', label: msg('Start date'), hint: msg('For example, 9 3 2026'), summary: { key: msg('Start date') } },
          {
            kind: 'date',
            path: 'placement.estimatedEndDate',
            label: msg('Estimated end date'),
            hint: msg('For example, 22 5 2026'),
            summary: { key: msg('Estimated end date') },
          },
        ],
      },
      {
        id: 'review',
        heading: msg('The review'),
        items: [
          {
            kind: 'date',
            path: 'review.date',
            label: msg('Date of the review meeting'),
            hint: msg('For example, 20 4 2026'),
            summary: { key: msg('Date of the review meeting') },
          },
          {
            kind: 'radios',
            path: 'review.requestedBy',
            label: msg('Why was the review held?'),
            options: reviewRequesters.map((requester) => {
              const choice: Choice<OutcomeReviewView> = { value: requester, label: requesterLabel(requester as ReviewRequester) };
              if (requester === 'local-authority') choice.hint = msg('For a pupil with an EHC plan');
              if (requester !== 'scheduled') choice.followUps = requestQuestions();
              return choice;
            }),
            summary: { key: msg('Why it was held') },
          },
        ],
      },
      {
        id: 'outcome',
        heading: msg('The outcome'),
        items: [
          {
            kind: 'radios',
            path: 'outcome.kind',
            label: msg('What did the review decide?'),
            hint: msg('Choose one. Each outcome asks its own questions.'),
            options: outcomeKinds.map((kind) => ({
              value: kind,
              label: outcomeLabel(kind),
              hint: outcomeHint(kind),
              followUps: outcomeQuestions[kind](),
            })),
            summary: { key: msg('Outcome') },
          },
        ],
      },
      {
        id: 'notices',
        heading: msg('Notices'),
        items: [
          {
            kind: 'date',
            path: 'notices.parentOutcomeNoticeDate',
            label: msg('Date the pupil\'s parents were told of the outcome'),
            hint: msg('For example, 21 4 2026'),
            summary: { key: msg('Parents told of the outcome') },
          },
        ],
      },
      { id: 'declarations', heading: msg('Declaration'), items: [accurateDeclaration()] },
    ],
  };
}
