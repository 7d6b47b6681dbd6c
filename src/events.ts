import type { FormName } from './schema/envelope.js';
import type { Finding } from './schema/result.js';

export type { FormName };

/** Fired when Submit is pressed with no blocking errors. Cancelable; the detail is the envelope plus `waitUntil`. */
export const SUBMIT_EVENT = 'offsite-direction-submit' as const;
/** Fired when Continue or Submit is pressed while the draft has blocking errors. */
export const INVALID_EVENT = 'offsite-direction-invalid' as const;
/** Fired after every user edit — never after a programmatic `value` set. */
export const CHANGE_EVENT = 'offsite-direction-change' as const;
/**
 * With `host-submit`: fired when Confirm is pressed with no blocking errors and the envelope is in the target
 * field and the form value, ready for the host page's own form to send. Not cancelable; the detail is the envelope.
 */
export const READY_EVENT = 'offsite-direction-ready' as const;

/** The local authority the envelope is addressed to, taken from the resolved configuration. */
export interface EnvelopeLocalAuthority {
  name: string;
  code: string;
}

/** What a submission carries (CONTRACT §4). `data` is the zod output; `derived` comes from the rule checks. */
export interface FormEnvelope<TData = unknown, TDerived = unknown> {
  form: FormName;
  schemaVersion: 1;
  /** Made once per draft and kept for every retry, so a backend can drop duplicates. */
  submissionId: string;
  /** ISO 8601 timestamp (UTC) of the press that sent it. */
  submittedAt: string;
  /** The `YYYY-MM-DD` the rule checks used as "today". */
  today: string;
  locale: string;
  localAuthority: EnvelopeLocalAuthority;
  data: TData;
  derived: TDerived;
  /** The warnings and notices that stood at submit time; never an error. */
  findings: Finding[];
}

/**
 * The submit event's detail: the envelope, plus `waitUntil(promise)` to keep the element in its
 * "Sending…" state until the host has stored the envelope. `waitUntil` is not enumerable, so
 * `JSON.stringify(detail)` and `{ ...detail }` give the bare envelope.
 */
export type SubmitEventDetail<TData = unknown, TDerived = unknown> = FormEnvelope<TData, TDerived> & {
  /** Call during dispatch. Resolve to show the confirmation; reject to show the error and "Try again". */
  waitUntil(promise: Promise<unknown>): void;
};

export interface InvalidEventDetail {
  form: FormName;
  /** Every finding that stood when the press was refused; at least one is an error. */
  findings: Finding[];
}

export interface ChangeEventDetail<TValue = Record<string, unknown>> {
  form: FormName;
  /** The draft after the edit, in the data shapes of CONTRACT §5 (not yet normalised). */
  value: TValue;
  findings: Finding[];
}

export type OffsiteDirectionSubmitEvent = CustomEvent<SubmitEventDetail>;
export type OffsiteDirectionInvalidEvent = CustomEvent<InvalidEventDetail>;
export type OffsiteDirectionChangeEvent = CustomEvent<ChangeEventDetail>;
export type OffsiteDirectionReadyEvent = CustomEvent<FormEnvelope>;

/** Makes one of our events: every one bubbles and crosses shadow boundaries. */
export function createFormEvent<K extends keyof OffsiteDirectionEventMap>(
  type: K,
  detail: OffsiteDirectionEventMap[K]['detail'],
): OffsiteDirectionEventMap[K] {
  return new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: type === SUBMIT_EVENT,
  }) as OffsiteDirectionEventMap[K];
}

export interface OffsiteDirectionEventMap {
  [SUBMIT_EVENT]: OffsiteDirectionSubmitEvent;
  [INVALID_EVENT]: OffsiteDirectionInvalidEvent;
  [CHANGE_EVENT]: OffsiteDirectionChangeEvent;
  [READY_EVENT]: OffsiteDirectionReadyEvent;
}

declare global {
  interface HTMLElementEventMap {
    'offsite-direction-submit': CustomEvent<SubmitEventDetail>;
    'offsite-direction-invalid': CustomEvent<InvalidEventDetail>;
    'offsite-direction-change': CustomEvent<ChangeEventDetail>;
    'offsite-direction-ready': CustomEvent<FormEnvelope>;
  }
}
