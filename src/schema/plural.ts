import { msg, str } from '@lit/localize';
import { formatNumber, pluralRules } from './intl.js';

/**
 * True when `count` takes the singular ("one") form in `locale`, by `Intl.PluralRules`: "1 school day" but
 * "0 school days", "2 school days" and "1.5 hours".
 *
 * en-GB's rule, without ICU on the first render: "one" is a count that reads "1" once written with up to 3
 * decimals (as `Intl.PluralRules` sees it), whatever its sign; test/node/formats.test.ts compares the two.
 */
export function isSingular(count: number, locale: string): boolean {
  if (locale === 'en-GB') {
    const written = formatNumber(count, locale);
    return written === '1' || written === '-1';
  }
  return pluralRules(locale).select(count) === 'one';
}

/*
 * Counted nouns, each with both forms in msg() so a translation gets both; the findings' sentences and the
 * elements use the same ones. Sentences take the whole phrase as one value ("Parents must be given notice at
 * least ${schoolDays} before it"), so no sentence is written twice.
 */

/** "1 school day", "2 school days". */
export function schoolDaysText(count: number, locale: string): string {
  const days = formatNumber(count, locale);
  return isSingular(count, locale) ? msg(str`${days} school day`) : msg(str`${days} school days`);
}

/**
 * "1 hour", "12.5 hours", "24.999 hours": as many decimals as a school would type, up to 3, cut rather than rounded,
 * so a total just under a threshold never reads as the threshold itself.
 */
export function hoursText(count: number, locale: string): string {
  const hours = formatNumber(count, locale, { truncate: true });
  return isSingular(count, locale) ? msg(str`${hours} hour`) : msg(str`${hours} hours`);
}
