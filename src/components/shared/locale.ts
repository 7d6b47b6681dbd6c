import { getLocale, sourceLocale } from '../../localization/localization.js';

/** The locale our messages are written in; `msg()` falls back to it. */
export const SOURCE_LOCALE = sourceLocale;

/** The locale our elements are rendering in (the envelope's `locale`, and the locale the checks write for). */
export function currentLocale(): string {
  return getLocale();
}
