import { msg } from '@lit/localize';
import type { CheckOptions, CheckResult } from '../../schema/result.js';
import type { Draft } from './paths.js';

/** The configuration a host may pass; whatever the rules core accepts. */
export type FormsConfigValue = CheckOptions['config'];

/** What the element passes to its check function. */
export interface FormCheckOptions {
  today: string;
  config?: FormsConfigValue;
}

/**
 * Runs a form's rule check, once per draft, today, config and locale; a check that throws is logged and gives
 * one error, so the form says its answers could not be checked instead of breaking.
 */
export class CheckRunner<TData, TDerived> {
  private cache?: {
    draft: Draft;
    today: string;
    config: FormsConfigValue;
    locale: string;
    result: CheckResult<TData, TDerived>;
  };

  constructor(
    private readonly check: (value: Draft, options: FormCheckOptions) => CheckResult<TData, TDerived>,
    private readonly formName: () => string,
  ) {}

  /** The check of `draft`, re-run when the draft, today, config or locale changes. */
  result(draft: Draft, today: string, config: FormsConfigValue, locale: string): CheckResult<TData, TDerived> {
    const cache = this.cache;
    if (cache && cache.draft === draft && cache.today === today && cache.config === config && cache.locale === locale) {
      return cache.result;
    }
    const result = this.run(draft, today, config);
    this.cache = { draft, today, config, locale, result };
    return result;
  }

  private run(draft: Draft, today: string, config: FormsConfigValue): CheckResult<TData, TDerived> {
    const options: FormCheckOptions = { today };
    if (config !== undefined) options.config = config;
    try {
      return this.check(draft, options);
    } catch (error) {
      console.error(`${this.formName()}: the rule check failed`, error);
      return {
        ok: false,
        findings: [
          {
            code: 'check-failed',
            severity: 'error',
            message: msg('Your answers could not be checked. Try again later.'),
          },
        ],
      };
    }
  }
}
