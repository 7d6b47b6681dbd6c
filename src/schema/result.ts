import type { FormsConfigInput } from './config.js';

/** How much a finding matters: an error blocks sending, a warning or an info travels with the envelope. */
export type Severity = 'error' | 'warning' | 'info';

/** One thing a rule check found. `code` is stable; `message` is the localised sentence made from `params`. */
export interface Finding {
  code: string;
  severity: Severity;
  /** Dotted path of the field the finding is about (`pupil.upn`), or of a group (`timetable`). */
  path?: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface CheckOptions {
  /** "Today" for every date rule, `YYYY-MM-DD`. Defaults to the local date where the check runs. */
  today?: string;
  /** Partial configuration; missing parts take the Derbyshire defaults. */
  config?: FormsConfigInput;
  /** The locale findings' sentences and dates are written for. Defaults to `en-GB`. */
  locale?: string;
}

export interface CheckResult<TData, TDerived> {
  /** True when no finding is an error; then `data` and `derived` are set. */
  ok: boolean;
  data?: TData;
  derived?: TDerived;
  findings: Finding[];
}
