import { msg } from '@lit/localize';
import type { OutcomeKind, ProvisionKind } from '../../schema/index.js';

/*
 * The words for each enum value of the outcome review, in one place so the questions, check your answers and
 * the confirmation always agree. Functions, not constants: msg() must run in the locale being rendered.
 */

export type ReviewRequester = 'scheduled' | 'parent' | 'local-authority';

/** A kind of provision, as the answer to "what kind of provision is it?". */
export function provisionKindLabel(kind: ProvisionKind): string {
  switch (kind) {
    case 'mainstream-school':
      return msg('Mainstream school');
    case 'special-school':
      return msg('Special school');
    case 'registered-alternative-provision':
      return msg('Registered alternative provision');
    case 'unregistered-alternative-provision':
      return msg('Unregistered alternative provision');
  }
}

export function provisionKindHint(kind: ProvisionKind): string | undefined {
  switch (kind) {
    case 'registered-alternative-provision':
      return msg('A pupil referral unit, an alternative provision academy or free school');
    case 'unregistered-alternative-provision':
      return msg('Not a registered school, so it has no DfE number');
    default:
      return undefined;
  }
}

export function requesterLabel(requester: ReviewRequester): string {
  switch (requester) {
    case 'scheduled':
      return msg('A review the governing board planned');
    case 'parent':
      return msg('A parent asked for it in writing');
    case 'local-authority':
      return msg('The local authority asked for it in writing');
  }
}

export function outcomeLabel(kind: OutcomeKind): string {
  switch (kind) {
    case 'extension':
      return msg('Extend the placement');
    case 'return':
      return msg('The pupil returns to your school');
    case 'managed-move':
      return msg('Permanent managed move to another school');
  }
}

export function outcomeHint(kind: OutcomeKind): string {
  switch (kind) {
    case 'extension':
      return msg('The offsite direction carries on past the notified estimated end date');
    case 'return':
      return msg('The offsite direction ends and the pupil is taught at your school again');
    case 'managed-move':
      return msg('The pupil leaves your school and joins another mainstream school for good');
  }
}
